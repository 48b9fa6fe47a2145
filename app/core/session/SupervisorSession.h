// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProxyCredentialStore.h"
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/TokenProvider.h"
#include "network/ProxyAuthenticator.h"
#include "policy/PolicyGate.h"
#include "recording/RecordingController.h"
#include "recording/RecordingLedger.h"
#include "recording/RecordingTracker.h"
#include "registry/RegistryAuditFeed.h"
#include "registry/RegistrySync.h"
#include "registry/SiteRegistry.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

// The non-UI objects of one running Vigie, wired together: the CXone connection, the agent
// directory, the recording client, and the tracker with its ledger. Widgets receive pointers
// to these and never see a network reply.
class SupervisorSession : public QObject
{
    Q_OBJECT
public:
    SupervisorSession(const CxoneEnvironment &environment, const QString &ledgerPath, const QString &auditPath,
        QObject *parent = nullptr);

    // Recordings CXone accepts within this window share one ledger write (and fsync), and the
    // audit entries written within it one fsync.
    static constexpr int kGroupCommitMs = 25;

    // An identifier for the environment, to file remembered keys under.
    QString environmentId() const;

    // The administrator's scope: which agents are listed and may be recorded. Until the directory
    // has resolved it after each sign-in, a restricted scope lets nobody be recorded.
    void setScopeSettings(const ScopeSettings &settings);
    // Shares this station's recordings with the site's other stations (docs/registry.md); once
    // the ledger is restored, so that the registry hears of every recording it holds.
    void useSiteRegistry(const RegistrySettings &settings, const QString &outboxPath);
    // The works council's policy ([Policy]), applied to every start from now on; recorded in the
    // audit trail when it differs from the last one recorded there (PolicyRecord).
    void usePolicy(const RecordingPolicy &policy);

    TokenProvider *tokens() { return &m_tokens; }
    AgentDirectory *directory() { return &m_directory; }
    RecordingClient *client() { return &m_client; }
    RecordingLedger *ledger() { return &m_ledger; }
    RecordingTracker *tracker() { return &m_tracker; }
    RecordingController *controller() { return &m_controller; }
    CredentialStore *credentials() { return &m_credentials; }
    // Answers the proxy's requests for credentials on every CXone connection; the keychain keeps them.
    ProxyAuthenticator *proxyAuthenticator() { return &m_proxyAuthenticator; }
    ProxyCredentialStore *proxyCredentials() { return &m_proxyCredentials; }
    // The proxy ("host:port") CXone's issuer is reached through; empty: none.
    QString proxyForCxone() const;
    AuditLog *auditLog() { return &m_auditLog; }
    AuditRecorder *auditRecorder() { return &m_auditRecorder; }
    PolicyGate *policyGate() { return &m_policyGate; }
    // Null when this station has no site registry.
    SiteRegistry *siteRegistry() { return m_siteRegistry.get(); }
    RegistrySync *registrySync() { return m_registrySync.get(); }
    RegistryAuditFeed *registryAuditFeed() { return m_registryAuditFeed.get(); }

private:
    QNetworkAccessManager m_network;
    // The agent list's pages on connections of their own: a load keeps more of them in flight
    // than Qt opens connections to a host, and no start, Stop or token refresh may wait for one.
    QNetworkAccessManager m_directoryNetwork;
    TokenProvider m_tokens;
    AgentDirectory m_directory;
    RecordingClient m_client;
    RecordingLedger m_ledger;
    RecordingTracker m_tracker;
    RecordingController m_controller;
    CredentialStore m_credentials;
    ProxyAuthenticator m_proxyAuthenticator;
    ProxyCredentialStore m_proxyCredentials;
    AuditLog m_auditLog;
    AuditRecorder m_auditRecorder;
    PolicyGate m_policyGate;
    ScopeSettings m_scopeSettings;
    std::unique_ptr<SiteRegistry> m_siteRegistry;
    std::unique_ptr<RegistrySync> m_registrySync;
    std::unique_ptr<RegistryAuditFeed> m_registryAuditFeed;
};
