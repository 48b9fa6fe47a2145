#pragma once

#include "credentials/CredentialStore.h"
#include "cxone/AccessKey.h"
#include "cxone/ApiOutcome.h"
#include "models/ActivityLogModel.h"
#include "signin/SignInDialog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class SupervisorSession;
class QWidget;

// How a supervisor gets signed in: the demo key, else a key remembered in the keychain,
// else the sign-in dialog, which is reused (never stacked) when the session expires.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    SignInFlow(SupervisorSession *session, QWidget *dialogParent);

    void begin(const std::optional<AccessKey> &automaticKey);
    void showDialog(const QString &reason = {});
    // Signs out and forgets the remembered key.
    void signOut();
    SignInDialog *dialog() const { return m_dialog; }
    // A kiosk station may forbid keeping keys in the keychain.
    void setRememberAllowed(bool allowed) { m_rememberAllowed = allowed; }

Q_SIGNALS:
    void message(ActivityLogModel::Severity severity, const QString &text);

private:
    void signIn(const AccessKey &key, bool remember);
    void handleSignedIn();
    void handleSignInFailed(ApiOutcome outcome);

    SupervisorSession *m_session;
    QWidget *m_dialogParent;
    QPointer<SignInDialog> m_dialog;
    std::optional<AccessKey> m_keyToRemember;
    bool m_keychainUsable = true;
    bool m_rememberAllowed = true;
};
