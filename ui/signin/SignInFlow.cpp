// SPDX-License-Identifier: Apache-2.0
#include "signin/SignInFlow.h"

#include "logging/LogRedaction.h"
#include "session/SupervisorSession.h"
#include "shell/UiSettings.h"
#include "signin/ProxyCredentialsDialog.h"
#include "signin/SignInDialog.h"
#include "text/OutcomeText.h"

namespace {
// A copy that shares its characters with no other string, so that filling it overwrites them:
// QString::fill() on a shared string detaches first, and fills a fresh copy while the secret stays
// in the buffer the other copies share.
QString unshared(const QString &text) { return QString(text.constData(), text.size()); }
} // namespace

SignInFlow::SignInFlow(SupervisorSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    TokenProvider *tokens = m_session->tokens();
    connect(tokens, &TokenProvider::signedIn, this, &SignInFlow::handleSignedIn);
    connect(tokens, &TokenProvider::signInFailed, this,
        [this](vigie::ApiOutcome outcome, const QString &, const ConnectionFailure &connection) {
            handleSignInFailed(outcome, connection);
        });
    connect(tokens, &TokenProvider::sessionExpired, this, [this] {
        const QString text = OutcomeText::common(vigie::ApiOutcome::SessionExpired);
        Q_EMIT message(ActivityLogModel::Severity::Warning, text);
        showDialog(text);
    });

    // The proxy's credentials are read from the keychain before the first sign-in, since Qt asks
    // for them synchronously, in the middle of an exchange; whatever the keychain says, it goes on.
    ProxyCredentialStore *proxyCredentials = m_session->proxyCredentials();
    auto continueBegin = [this] {
        m_reloadingProxyCredentials = false;
        if (m_beginAfterProxyCredentials) {
            const std::optional<AccessKey> key = *m_beginAfterProxyCredentials;
            m_beginAfterProxyCredentials.reset();
            begin(key, true);
        }
    };
    connect(proxyCredentials, &ProxyCredentialStore::loaded, this, continueBegin);
    connect(proxyCredentials, &ProxyCredentialStore::notFound, this, continueBegin);
    connect(
        proxyCredentials, &ProxyCredentialStore::failed, this, [this, continueBegin](CredentialStore::Failure failure) {
            // A failed read before the sign-in only means the supervisor will be asked; a failed write
            // means they will be asked again next time, which they should know.
            if (!m_beginAfterProxyCredentials && !m_reloadingProxyCredentials) {
                Q_EMIT message(ActivityLogModel::Severity::Warning,
                    failure == CredentialStore::Failure::AccessDenied
                        ? tr("The system keychain refused to keep your proxy credentials: Vigie will ask for them "
                             "again next time.")
                        : tr("No system keychain is available to keep your proxy credentials: Vigie will ask for them "
                             "again next time."));
            }
            continueBegin();
        });
    connect(proxyCredentials, &ProxyCredentialStore::saved, this, [this] {
        Q_EMIT message(ActivityLogModel::Severity::Information,
            tr("Your proxy credentials are remembered in the system keychain."));
    });

    CredentialStore *credentials = m_session->credentials();
    connect(credentials, &CredentialStore::loaded, this, [this](const AccessKey &key, const QString &) {
        if (!m_awaitingKeptKey) {
            // Asked for before the station locked: the answer must not unlock it.
            LogRedaction::forgetSecret(key.secret);
            return;
        }
        m_awaitingKeptKey = false;
        signIn(key, false);
    });
    connect(credentials, &CredentialStore::notFound, this, [this] {
        if (m_awaitingKeptKey) {
            m_awaitingKeptKey = false;
            showDialog();
        }
    });
    connect(credentials, &CredentialStore::saved, this, [this] {
        Q_EMIT message(
            ActivityLogModel::Severity::Information, tr("Your access key is remembered in the system keychain."));
    });
    connect(credentials, &CredentialStore::failed, this, [this](CredentialStore::Failure failure) {
        m_keychainUsable = false;
        m_awaitingKeptKey = false;
        const QString text = OutcomeText::keychainFailure(failure);
        Q_EMIT message(ActivityLogModel::Severity::Warning, text);
        if (!m_session->tokens()->hasToken() && m_session->tokens()->state() != TokenProvider::State::SigningIn) {
            showDialog(text);
        }
    });
}

void SignInFlow::begin(const std::optional<AccessKey> &demoKey) { begin(demoKey, false); }

void SignInFlow::begin(const std::optional<AccessKey> &demoKey, bool proxyCredentialsAsked)
{
    m_demoKey = demoKey;
    if (const QString proxy = m_session->proxyForCxone(); !proxyCredentialsAsked && !proxy.isEmpty()) {
        m_beginAfterProxyCredentials = demoKey;
        m_session->proxyCredentials()->load(proxy);
        return;
    }
    if (!m_session->tokens()->environment().hasClientRegistration()) {
        showDialog(tr("This station has no CXone application registration (client ID). Ask your administrator to "
                      "provision Vigie's configuration file."));
        return;
    }
    if (demoKey) {
        signIn(*demoKey, false);
        return;
    }
    if (!m_keptKeyAtStart) {
        showDialog();
        return;
    }
    signInWithKeptKey();
}

void SignInFlow::signInWithKeptKey()
{
    // Asked even when no key is remembered: a keychain that does not answer is said at once, and
    // "Remember my key" is not offered.
    m_awaitingKeptKey = true;
    m_session->credentials()->load(m_session->environmentId(), UiSettings::rememberedKeyId());
}

void SignInFlow::signInWithUnlockedKey(const AccessKey &key) { signIn(key, false); }

void SignInFlow::abandon()
{
    forgetKeyToRemember();
    forgetAttempt();
    forgetTypedProxyCredentials();
    m_awaitingKeptKey = false;
    if (m_dialog) {
        m_dialog->close();
    }
}

void SignInFlow::showDialog(const QString &reason)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_session->tokens()->environment().issuer.host(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signInRequested, this, &SignInFlow::signIn);
    }
    m_dialog->setRememberAvailable(m_keychainUsable && m_rememberAllowed);
    m_dialog->setUnlockPinRequired(m_unlockPinRequired);
    // A station that locks is unlocked with the secret typed, never a single click: the demo's
    // key is filled only where the station does not lock.
    if (m_demoKey && m_keptKeyAtStart) {
        m_dialog->setDemoKey(*m_demoKey);
    } else {
        m_dialog->setKeyId(m_session->tokens()->keyId());
    }
    if (!reason.isEmpty()) {
        m_dialog->showError(reason);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SignInFlow::signOut()
{
    forgetKeyToRemember();
    forgetAttempt();
    forgetTypedProxyCredentials();
    m_awaitingKeptKey = false;
    const QString keyId = m_session->tokens()->keyId();
    m_session->tokens()->signOut();
    m_session->credentials()->remove(m_session->environmentId(), keyId);
    if (UiSettings::rememberedKeyId() == keyId) {
        UiSettings::setRememberedKeyId({});
    }
    Q_EMIT message(ActivityLogModel::Severity::Information, tr("Signed out. Your remembered key was forgotten."));
    showDialog();
}

void SignInFlow::signIn(const AccessKey &key, bool remember, const QString &unlockPin)
{
    forgetKeyToRemember();
    forgetAttempt();
    m_attempt = Attempt { { key.keyId, unshared(key.secret) }, remember, unshared(unlockPin) };
    // The dialog does not offer to remember without a PIN where one is required; this holds if
    // it ever did.
    if (remember && (!m_unlockPinRequired || !unlockPin.isEmpty())) {
        m_keyToRemember = key;
        m_unlockPinToRemember = m_unlockPinRequired ? unlockPin : QString();
    }
    if (m_dialog) {
        m_dialog->setBusy(true);
    }
    Q_EMIT message(ActivityLogModel::Severity::Information, tr("Signing in to CXone…"));
    m_session->tokens()->signIn(key);
}

void SignInFlow::handleSignedIn()
{
    forgetAttempt();
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->accept();
    }
    Q_EMIT message(
        ActivityLogModel::Severity::Success, tr("Signed in to CXone as %1.").arg(m_session->tokens()->keyId()));
    if (m_keyToRemember) {
        m_session->credentials()->save(m_session->environmentId(), *m_keyToRemember, m_unlockPinToRemember);
        UiSettings::setRememberedKeyId(m_keyToRemember->keyId);
        forgetKeyToRemember();
    }
}

void SignInFlow::handleSignInFailed(vigie::ApiOutcome outcome, const ConnectionFailure &connection)
{
    forgetKeyToRemember();
    const QString text
        = connection.isFailure() ? OutcomeText::connectionFailure(connection) : OutcomeText::signInFailure(outcome);
    if (connection.kind == ConnectionFailure::Kind::ProxyAuthenticationRefused && !connection.proxy.isEmpty()) {
        Q_EMIT message(ActivityLogModel::Severity::Warning, tr("Sign-in failed: %1").arg(text));
        askForProxyCredentials(connection.proxy);
        return;
    }
    forgetAttempt();
    Q_EMIT message(ActivityLogModel::Severity::Error, tr("Sign-in failed: %1").arg(text));
    showDialog(text);
}

void SignInFlow::askForProxyCredentials(const QString &proxy)
{
    auto *dialog = new ProxyCredentialsDialog(proxy, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProxyCredentialsDialog::credentialsGiven, this,
        [this](const QString &name, const QString &user, const QString &password) {
            m_session->proxyAuthenticator()->setCredentials(name, user, password);
            // A station whose administrator keeps no key in the keychain keeps no proxy password there either.
            if (m_rememberAllowed) {
                m_session->proxyCredentials()->save(name, user, password);
            }
            if (!m_attempt) {
                showDialog(tr("The proxy's credentials are given. Sign in again."));
                return;
            }
            // Copies, not the attempt's own characters: signIn() wipes those before it goes on.
            const AccessKey key { m_attempt->key.keyId, unshared(m_attempt->key.secret) };
            signIn(key, m_attempt->remember, unshared(m_attempt->unlockPin));
        });
    connect(dialog, &QDialog::rejected, this, [this, proxy] {
        forgetAttempt();
        showDialog(tr("Without its credentials, the proxy %1 lets Vigie reach nothing.").arg(proxy));
    });
    dialog->open();
}

void SignInFlow::forgetAttempt()
{
    if (!m_attempt) {
        return;
    }
    // The attempt's own copies (signIn()): filled in place, the characters themselves are overwritten.
    m_attempt->key.secret.fill(QLatin1Char('\0'));
    m_attempt->unlockPin.fill(QLatin1Char('\0'));
    m_attempt.reset();
}

// A station that keeps no secret of its supervisors' keeps none in memory past their session either:
// the next supervisor must not go through the proxy as the last one. What the administrator stored
// for the station itself (--store-proxy-credentials) is read back from the keychain.
void SignInFlow::forgetTypedProxyCredentials()
{
    if (m_rememberAllowed) {
        return;
    }
    m_session->proxyAuthenticator()->forgetAll();
    if (const QString proxy = m_session->proxyForCxone(); !proxy.isEmpty()) {
        m_reloadingProxyCredentials = true;
        m_session->proxyCredentials()->load(proxy);
    }
}

void SignInFlow::forgetKeyToRemember()
{
    if (!m_keyToRemember) {
        return;
    }
    // While the token provider or the redaction registry still shares the text, fill() only
    // detaches this copy and they wipe theirs; as the last holder, it wipes the secret itself.
    m_keyToRemember->secret.fill(QLatin1Char('\0'));
    m_keyToRemember.reset();
    m_unlockPinToRemember.fill(QLatin1Char('\0'));
    m_unlockPinToRemember.clear();
}
