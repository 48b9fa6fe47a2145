// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/KeptKeyUnlock.h"

#include "widgets/Retranslating.h"

#include <QDialog>

class PinVerifier;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

// Asks for a PIN, for one of two separate secrets: the administrator's, checked against the
// provisioned hash, to leave kiosk mode; or, to unlock a station that keeps keys in its keychain,
// a supervisor's key ID and their own unlock PIN (KeptKeyUnlock). The check runs off the GUI
// thread, and failures are counted by PinThrottle outside the dialog, for both uses together:
// closing and reopening it, or restarting Vigie, does not shorten a lockout.
class PinDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    enum class Purpose { LeaveKiosk, Unlock };

    // Leaving kiosk mode, with the administrator's PIN.
    PinDialog(const QString &adminPinHash, const QString &pinAttemptsFile, QWidget *parent = nullptr);
    // Unlocking as a supervisor: keyId is offered (the supervisor who was signed in last), and
    // the key given back goes out through unlock's unlocked() signal.
    PinDialog(KeptKeyUnlock *unlock, const QString &keyId, QWidget *parent = nullptr);

private:
    PinDialog(Purpose purpose, QWidget *parent);
    void check();
    void handleVerified(bool accepted);
    void handleUnlock(KeptKeyUnlock::Outcome outcome);
    bool isChecking() const;
    qint64 remainingLockoutMs() const;
    // Shows the wrong-PIN message and the lockout, and enables input only when a try is allowed.
    void updateState();
    void retranslate() override;

    Purpose m_purpose;
    PinVerifier *m_verifier = nullptr;
    KeptKeyUnlock *m_unlock = nullptr;
    QLabel *m_prompt;
    QLabel *m_keyIdLabel;
    QLineEdit *m_keyId;
    QLineEdit *m_pin;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_countdown;
    bool m_wrongPin = false;
    bool m_keychainFailed = false;
};
