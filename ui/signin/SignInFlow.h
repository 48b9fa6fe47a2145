// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/CredentialStore.h"
#include "cxone/AccessKey.h"
#include "cxone/ApiOutcome.h"
#include "models/ActivityLogModel.h"
#include "network/ConnectionFailure.h"
#include "signin/SignInDialog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class SupervisorSession;
class QWidget;

// How a supervisor gets signed in: the demo key, else a key remembered in the keychain,
// else the sign-in dialog, which is reused (never stacked) when the session expires. It keeps
// no key longer than the sign-in that needs it: the one to remember is wiped once saved, and
// abandon() drops everything when the station locks.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    SignInFlow(SupervisorSession *session, QWidget *dialogParent);

    // demoKey: the demo tenant's key, which signs in at once and fills the dialog after a
    // sign-out; otherwise a remembered key or the dialog.
    void begin(const std::optional<AccessKey> &demoKey);
    void showDialog(const QString &reason = {});
    // Signs in with the key last remembered in the keychain, at the start of a personal station.
    void signInWithKeptKey();
    // Signs in with a key given back by KeptKeyUnlock, after its supervisor's own unlock PIN.
    void signInWithUnlockedKey(const AccessKey &key);
    // Signs out and forgets the remembered key.
    void signOut();
    // The station locks: the key waiting to be remembered is wiped, a keychain answer still to
    // come will be ignored, and the dialog closes with whatever was typed in it.
    void abandon();
    SignInDialog *dialog() const { return m_dialog; }
    // A kiosk station may forbid keeping keys in the keychain.
    void setRememberAllowed(bool allowed) { m_rememberAllowed = allowed; }
    // A station that locks does not sign in from the keychain by itself when it starts, or it
    // would come back unlocked from a restart: begin() shows the dialog, and the kept key is
    // used only through signInWithKeptKey(). Nor does its dialog hold the demo's key.
    void setKeptKeyAtStart(bool allowed) { m_keptKeyAtStart = allowed; }
    // At a station that locks, a key is remembered only with an unlock PIN of its supervisor's
    // own, so that unlocking gives each supervisor back their key and no one else's.
    void setUnlockPinRequired(bool required) { m_unlockPinRequired = required; }

Q_SIGNALS:
    void message(ActivityLogModel::Severity severity, const QString &text);

private:
    void signIn(const AccessKey &key, bool remember, const QString &unlockPin = {});
    void handleSignedIn();
    void handleSignInFailed(vigie::ApiOutcome outcome, const ConnectionFailure &connection);
    void forgetKeyToRemember();
    void begin(const std::optional<AccessKey> &demoKey, bool proxyCredentialsAsked);
    void askForProxyCredentials(const QString &proxy);
    void forgetAttempt();
    void forgetTypedProxyCredentials();

    SupervisorSession *m_session;
    QWidget *m_dialogParent;
    QPointer<SignInDialog> m_dialog;
    std::optional<AccessKey> m_keyToRemember;
    // The sign-in on its way, kept while a proxy's 407 interrupts it: once the supervisor gives the
    // proxy's credentials it goes on with the key already typed, which is wiped as soon as it ends.
    // Its secret and PIN are copies shared with no other string, or wiping them would only detach.
    struct Attempt
    {
        AccessKey key;
        bool remember = false;
        QString unlockPin;
    };
    std::optional<Attempt> m_attempt;
    std::optional<AccessKey> m_demoKey;
    QString m_unlockPinToRemember;
    bool m_awaitingKeptKey = false;
    bool m_keychainUsable = true;
    bool m_rememberAllowed = true;
    bool m_keptKeyAtStart = true;
    bool m_unlockPinRequired = false;
    // Until the keychain answers for the proxy's credentials, the sign-in waits.
    std::optional<std::optional<AccessKey>> m_beginAfterProxyCredentials;
    // The station's own proxy credentials read again after a supervisor's typed ones were forgotten.
    bool m_reloadingProxyCredentials = false;
};
