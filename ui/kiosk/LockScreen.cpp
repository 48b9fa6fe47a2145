#include "kiosk/LockScreen.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(QWidget *parent)
    : Retranslating(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_unlockButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockPage"));
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(QStringLiteral("lockText"));
    m_text->setWordWrap(true);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    retranslate();
}

void LockScreen::focusUnlock() { m_unlockButton->setFocus(); }

void LockScreen::retranslate()
{
    m_title->setText(tr("Station locked"));
    m_text->setText(tr("Agents and recordings are hidden. Active recordings go on and end as planned."));
    m_unlockButton->setText(tr("&Sign in to unlock"));
    m_unlockButton->setAccessibleName(tr("Sign in to unlock"));
}
