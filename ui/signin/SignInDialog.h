// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include "cxone/AccessKey.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// Asks for the CXone access key. Shows progress while signing in and, on failure, the reason
// in words. It keeps the key ID typed, never the secret: the field is emptied as soon as the
// sign-in is asked for, and whenever the dialog closes, and nothing is pre-filled with a secret.
class SignInDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    SignInDialog(const QString &environment, QWidget *parent = nullptr);

    void setKeyId(const QString &keyId);
    // The demo: the dialog names the demo tenant and fills its key, which is no secret (it opens
    // only the simulator on this computer), so one click signs in again after a sign-out.
    void setDemoKey(const AccessKey &key);
    void setBusy(bool busy);
    void showError(const QString &message);
    void setRememberAvailable(bool available);
    // Remembering the key then takes an unlock PIN of the supervisor's own, typed twice.
    void setUnlockPinRequired(bool required);

    static constexpr int kMinimumPinDigits = 6;
    static constexpr int kMaximumPinDigits = 64;

Q_SIGNALS:
    // unlockPin is empty unless the key is to be remembered where an unlock PIN is required.
    void signInRequested(const AccessKey &key, bool remember, const QString &unlockPin);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate() override;
    void updateButtons();
    void forgetSecret();
    bool unlockPinWanted() const;
    // Why the unlock PINs typed cannot be used, in words; empty when they can.
    QString unlockPinProblem() const;

    QString m_environment;
    QLabel *m_intro;
    QLabel *m_keyIdLabel;
    QLabel *m_secretLabel;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_unlockPinLabel;
    QLineEdit *m_unlockPin;
    QLabel *m_unlockPinRepeatLabel;
    QLineEdit *m_unlockPinRepeat;
    QLabel *m_unlockPinHint;
    QProgressBar *m_progress;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    bool m_busy = false;
    bool m_unlockPinRequired = false;
    bool m_demo = false;
};
