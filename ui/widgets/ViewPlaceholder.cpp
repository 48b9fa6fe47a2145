// SPDX-License-Identifier: Apache-2.0
#include "widgets/ViewPlaceholder.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ViewPlaceholder::ViewPlaceholder(QAbstractItemView *view, const QString &buttonObjectName)
    : QWidget(view->viewport())
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
    // The viewport is not laid out: the placeholder follows its size by hand.
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    setVisible(false);
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
    setVisible(!message.isEmpty());
}

QString ViewPlaceholder::message() const { return isVisibleTo(parentWidget()) ? m_label->text() : QString(); }

bool ViewPlaceholder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == parentWidget()) {
        setGeometry(parentWidget()->rect());
    }
    return QWidget::eventFilter(watched, event);
}
