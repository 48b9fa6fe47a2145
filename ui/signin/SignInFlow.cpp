#include "signin/SignInFlow.h"

#include "session/SupervisorSession.h"
#include "signin/SignInDialog.h"
#include "text/OutcomeText.h"

SignInFlow::SignInFlow(SupervisorSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    TokenProvider *tokens = m_session->tokens();
    connect(tokens, &TokenProvider::signedIn, this, &SignInFlow::handleSignedIn);
    connect(tokens, &TokenProvider::signInFailed, this, [this](ApiOutcome outcome) { handleSignInFailed(outcome); });
    connect(tokens, &TokenProvider::sessionExpired, this, [this] {
        const QString text = OutcomeText::common(ApiOutcome::SessionExpired);
        Q_EMIT message(ActivityLogModel::Severity::Warning, text);
        showDialog(text);
    });

    CredentialStore *credentials = m_session->credentials();
    connect(credentials, &CredentialStore::loaded, this, [this](const AccessKey &key) { signIn(key, false); });
    connect(credentials, &CredentialStore::notFound, this, [this] { showDialog(); });
    connect(credentials, &CredentialStore::saved, this, [this] {
        Q_EMIT message(
            ActivityLogModel::Severity::Information, tr("Your access key is remembered in the system keychain."));
    });
    connect(credentials, &CredentialStore::failed, this, [this](CredentialStore::Failure failure) {
        m_keychainUsable = false;
        const QString text = OutcomeText::keychainFailure(failure);
        Q_EMIT message(ActivityLogModel::Severity::Warning, text);
        if (!m_session->tokens()->hasToken() && m_session->tokens()->state() != TokenProvider::State::SigningIn) {
            showDialog(text);
        }
    });
}

void SignInFlow::begin(const std::optional<AccessKey> &automaticKey)
{
    if (!m_session->tokens()->environment().hasClientRegistration()) {
        showDialog(tr("This station has no CXone application registration (client ID). Ask your administrator to "
                      "provision Vigie's configuration file."));
        return;
    }
    if (automaticKey) {
        signIn(*automaticKey, false);
        return;
    }
    m_session->credentials()->load(m_session->environmentId());
}

void SignInFlow::showDialog(const QString &reason)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_session->tokens()->environment().issuer.host(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signInRequested, this, &SignInFlow::signIn);
    }
    m_dialog->setRememberAvailable(m_keychainUsable && m_rememberAllowed);
    m_dialog->setKeyId(m_session->tokens()->keyId());
    if (!reason.isEmpty()) {
        m_dialog->showError(reason);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SignInFlow::signOut()
{
    m_session->tokens()->signOut();
    m_session->credentials()->remove(m_session->environmentId());
    Q_EMIT message(ActivityLogModel::Severity::Information, tr("Signed out. Your remembered key was forgotten."));
    showDialog();
}

void SignInFlow::signIn(const AccessKey &key, bool remember)
{
    m_keyToRemember = remember ? std::optional<AccessKey>(key) : std::nullopt;
    if (m_dialog) {
        m_dialog->setBusy(true);
    }
    Q_EMIT message(ActivityLogModel::Severity::Information, tr("Signing in to CXone…"));
    m_session->tokens()->signIn(key);
}

void SignInFlow::handleSignedIn()
{
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->accept();
    }
    Q_EMIT message(
        ActivityLogModel::Severity::Success, tr("Signed in to CXone as %1.").arg(m_session->tokens()->keyId()));
    if (m_keyToRemember) {
        m_session->credentials()->save(m_session->environmentId(), *m_keyToRemember);
        m_keyToRemember.reset();
    }
}

void SignInFlow::handleSignInFailed(ApiOutcome outcome)
{
    m_keyToRemember.reset();
    const QString text = OutcomeText::signInFailure(outcome);
    Q_EMIT message(ActivityLogModel::Severity::Error, tr("Sign-in failed: %1").arg(text));
    showDialog(text);
}
