// SPDX-License-Identifier: Apache-2.0
#include "session/SupervisorSession.h"

#include "policy/PolicyRecord.h"

#include <QNetworkProxyFactory>

SupervisorSession::SupervisorSession(
    const CxoneEnvironment &environment, const QString &ledgerPath, const QString &auditPath, QObject *parent)
    : QObject(parent)
    , m_tokens(&m_network)
    , m_directory(&m_directoryNetwork, &m_tokens)
    , m_client(&m_network, &m_tokens)
    , m_ledger(ledgerPath)
    , m_tracker(&m_ledger)
    , m_controller(&m_client, &m_tracker)
    , m_auditLog(auditPath)
    , m_auditRecorder(&m_auditLog, &m_controller, &m_tracker)
    , m_policyGate(&m_auditLog)
{
    m_tokens.setEnvironment(environment);
    m_proxyAuthenticator.watch(&m_network);
    m_proxyAuthenticator.watch(&m_directoryNetwork);
    connect(
        &m_proxyCredentials, &ProxyCredentialStore::loaded, &m_proxyAuthenticator, &ProxyAuthenticator::setCredentials);
    m_tracker.setGroupCommitMs(kGroupCommitMs);
    m_controller.setUserIdField(environment.userIdField);
    m_auditRecorder.setGroupCommitMs(kGroupCommitMs);
    connect(&m_auditRecorder, &AuditRecorder::appended, &m_tracker, &RecordingTracker::noteAuditHead);
    connect(&m_tokens, &TokenProvider::signedIn, this, [this] {
        m_controller.setSupervisor(m_tokens.keyId());
        m_auditRecorder.setSupervisor(m_tokens.keyId());
        m_directory.reload();
        // Starts whose answer was lost (in this run, or before a crash) are confirmed with CXone.
        m_controller.resumePending();
    });
    // Before anyone else hears of the agents: the controller records only those the scope lists.
    connect(&m_directory, &AgentDirectory::agentsLoaded, this,
        [this](const QVector<Agent> &agents) { m_controller.setScope(m_directory.scope(), agents); });
    connect(&m_tokens, &TokenProvider::stateChanged, this, [this](TokenProvider::State state) {
        if (state == TokenProvider::State::SignedOut) {
            // The next supervisor to sign in may lead other teams.
            m_controller.setScope(SupervisorScope::unresolved(m_scopeSettings), {});
            m_directory.stop();
            // Signed out (or locked): what never left is dropped; what did stays to be confirmed.
            m_controller.abandonUnsent();
        }
    });
}

void SupervisorSession::useSiteRegistry(const RegistrySettings &settings, const QString &outboxPath)
{
    m_siteRegistry = std::make_unique<SiteRegistry>(settings, outboxPath);
    m_registrySync = std::make_unique<RegistrySync>(m_siteRegistry.get(), &m_controller, &m_tracker);
    m_controller.setSiteRegistry(m_siteRegistry.get());
    // The site keeps every station's audit trail too (docs/registry.md, site-wide evidence).
    m_registryAuditFeed = std::make_unique<RegistryAuditFeed>(&m_auditLog, m_siteRegistry.get());
    connect(&m_auditRecorder, &AuditRecorder::appended, m_registryAuditFeed.get(), &RegistryAuditFeed::send);
    connect(m_registryAuditFeed.get(), &RegistryAuditFeed::problem, this,
        [](const QString &problem) { qWarning("site registry: %s", qPrintable(problem)); });
    m_policyGate.setSiteRegistry(m_siteRegistry.get());
    m_siteRegistry->start();
}

void SupervisorSession::usePolicy(const RecordingPolicy &policy)
{
    m_policyGate.setPolicy(policy);
    m_controller.setPolicyGate(&m_policyGate);
    // The report states the policy in force during its period: the trail records each change.
    const QString detail = PolicyRecord::detailFor(policy);
    const std::optional<QString> last = PolicyRecord::lastRecorded(m_auditLog.entries());
    if (last ? *last != detail : !policy.describe().isEmpty()) {
        m_auditRecorder.notePolicyInForce(detail);
    }
}

void SupervisorSession::setScopeSettings(const ScopeSettings &settings)
{
    m_scopeSettings = settings;
    m_directory.setScopeSettings(settings);
    m_controller.setScope(SupervisorScope::unresolved(settings), {});
}

QString SupervisorSession::proxyForCxone() const
{
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(m_tokens.environment().issuer));
    if (proxies.isEmpty() || proxies.constFirst().type() != QNetworkProxy::HttpProxy) {
        return {};
    }
    return ProxyAuthenticator::nameOf(proxies.constFirst());
}

QString SupervisorSession::environmentId() const
{
    const CxoneEnvironment &environment = m_tokens.environment();
    return environment.issuer.host() + QLatin1Char(':') + QString::number(environment.issuer.port(443));
}
