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
    void setBusy(bool busy);
    void showError(const QString &message);
    void setRememberAvailable(bool available);

Q_SIGNALS:
    void signInRequested(const AccessKey &key, bool remember);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate() override;
    void updateButtons();
    void forgetSecret();

    QString m_environment;
    QLabel *m_intro;
    QLabel *m_keyIdLabel;
    QLabel *m_secretLabel;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QProgressBar *m_progress;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    bool m_busy = false;
};
