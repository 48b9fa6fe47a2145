// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/StationLock.h"
#include "widgets/Retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;

// What a locked station shows instead of agents and recordings: that it is locked and why,
// that the recordings go on, and the ways back in, each of which takes something typed: the
// access key's secret, or, where keys are kept in the keychain, a supervisor's own unlock PIN. The window
// switches to it (KeePassXC's locked mode).
class LockScreen : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    struct Ways
    {
        bool pin = false; // keys are kept in the keychain, each with its supervisor's unlock PIN
        bool leaveKiosk = false;
    };

    explicit LockScreen(const Ways &ways, QWidget *parent = nullptr);

    void setReason(StationLock::Reason reason);
    void focusUnlock();

Q_SIGNALS:
    void signInRequested();
    void pinRequested();
    void leaveKioskRequested();

private:
    void retranslate() override;

    StationLock::Reason m_reason = StationLock::Reason::NotSignedInYet;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_unlockButton;
    QPushButton *m_pinUnlockButton;
    QPushButton *m_leaveKioskButton;
};
