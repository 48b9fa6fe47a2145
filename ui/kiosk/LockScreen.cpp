// SPDX-License-Identifier: Apache-2.0
#include "kiosk/LockScreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(const Ways &ways, QWidget *parent)
    : Retranslating(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_unlockButton(new QPushButton(this))
    , m_pinUnlockButton(new QPushButton(this))
    , m_leaveKioskButton(new QPushButton(this))
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
    m_pinUnlockButton->setObjectName(QStringLiteral("pinUnlockButton"));
    m_pinUnlockButton->setVisible(ways.pin);
    m_leaveKioskButton->setObjectName(QStringLiteral("lockLeaveKioskButton"));
    m_leaveKioskButton->setVisible(ways.leaveKiosk);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(m_pinUnlockButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addStretch();
    layout->addWidget(m_leaveKioskButton, 0, Qt::AlignRight);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::signInRequested);
    connect(m_pinUnlockButton, &QPushButton::clicked, this, &LockScreen::pinRequested);
    connect(m_leaveKioskButton, &QPushButton::clicked, this, &LockScreen::leaveKioskRequested);
    retranslate();
}

void LockScreen::setReason(StationLock::Reason reason)
{
    m_reason = reason;
    retranslate();
}

void LockScreen::focusUnlock() { m_unlockButton->setFocus(); }

void LockScreen::retranslate()
{
    m_title->setText(tr("Station locked"));
    QString why;
    switch (m_reason) {
    case StationLock::Reason::NotSignedInYet:
        why = tr("Sign in to see agents and recordings.");
        break;
    case StationLock::Reason::Idle:
        why = tr("It was locked after a period without activity.");
        break;
    case StationLock::Reason::SessionEnded:
        why = tr("It was locked because the CXone session ended.");
        break;
    }
    m_text->setText(
        why + QLatin1Char(' ') + tr("Agents and recordings are hidden. Active recordings go on and end as planned."));
    m_unlockButton->setText(tr("&Sign in to unlock"));
    m_unlockButton->setAccessibleName(tr("Sign in to unlock"));
    m_pinUnlockButton->setText(tr("Unlock with your &PIN"));
    m_pinUnlockButton->setAccessibleName(tr("Unlock with your PIN"));
    m_pinUnlockButton->setToolTip(
        tr("Vigie signs in with the access key this station remembers for you, after the unlock PIN you chose"));
    m_leaveKioskButton->setText(tr("&Leave kiosk mode…"));
    m_leaveKioskButton->setAccessibleName(tr("Leave kiosk mode"));
}
