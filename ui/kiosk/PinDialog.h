#pragma once

#include <QDialog>

class PinVerifier;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

// Asks for the kiosk administrator PIN and checks it against the provisioned hash, to leave
// kiosk mode or to unlock a station that keeps the supervisor's key in its keychain. The check
// runs off the GUI thread, and failures are counted by PinThrottle outside the dialog, for both
// uses together: closing and reopening it, or restarting Vigie, does not shorten a lockout.
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { LeaveKiosk, Unlock };

    PinDialog(const QString &pinHash, Purpose purpose = Purpose::LeaveKiosk, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void handleVerified(bool accepted);
    // Shows the wrong-PIN message and the lockout, and enables input only when a try is allowed.
    void updateState();
    void retranslate();

    Purpose m_purpose;
    PinVerifier *m_verifier;
    QLabel *m_prompt;
    QLineEdit *m_pin;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_countdown;
    bool m_wrongPin = false;
};
