// SPDX-License-Identifier: Apache-2.0
#include "widgets/ViewPlaceholder.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ViewPlaceholder::ViewPlaceholder(QAbstractItemView *view, const QString &buttonObjectName)
    : QWidget(view->parentWidget())
    , m_view(view)
    , m_label(new QLabel(this))
    , m_button(buttonObjectName.isEmpty() ? nullptr : new QPushButton(this))
{
    setObjectName(view->objectName() + QStringLiteral("Placeholder"));
    m_label->setObjectName(view->objectName() + QStringLiteral("PlaceholderText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    if (m_button) {
        m_button->setObjectName(buttonObjectName);
        m_button->setVisible(false);
        layout->addWidget(m_button, 0, Qt::AlignHCenter);
        connect(m_button, &QPushButton::clicked, this, &ViewPlaceholder::buttonClicked);
    }
    layout->addStretch();
    // Not laid out: the placeholder follows the view (moved into a layout or a stack later, too)
    // and its viewport by hand.
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    followView();
}

void ViewPlaceholder::setButtonText(const QString &text)
{
    if (m_button) {
        m_button->setText(text);
        m_button->setAccessibleName(text);
    }
}

void ViewPlaceholder::showMessage(const QString &message, bool withButton)
{
    m_label->setText(message);
    m_label->setAccessibleName(message);
    if (m_button) {
        m_button->setVisible(withButton);
    }
    m_saying = !message.isEmpty();
    followView();
}

QString ViewPlaceholder::message() const { return m_saying ? m_label->text() : QString(); }

void ViewPlaceholder::followView()
{
    if (parentWidget() != m_view->parentWidget()) {
        setParent(m_view->parentWidget());
    }
    QWidget *viewport = m_view->viewport();
    setGeometry(QRect(viewport->mapTo(m_view->parentWidget(), QPoint()), viewport->size()));
    raise();
    setVisible(m_saying && m_view->parentWidget() && !m_view->isHidden());
}

bool ViewPlaceholder::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ParentChange:
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        if (watched == m_view || watched == m_view->viewport()) {
            followView();
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
