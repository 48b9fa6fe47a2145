// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/AgentStatePoller.h"
#include "cxone/ApiOutcome.h"
#include "cxone/DirectoryLoad.h"
#include "cxone/DirectoryReader.h"
#include "cxone/RetryPolicy.h"
#include "scope/SupervisorScope.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class TokenProvider;

// The agents of the tenant the supervisor may see, and their live states. A load (DirectoryLoad)
// brings the agents in scope; the states are asked for beside its pages, and the list is announced
// once both are in, so the first view already shows them; an AgentStatePoller then refreshes them
// on an interval. Agents outside the scope never leave this class: not in agents(), not in
// agentsLoaded, not in statesChanged. Pages and state lists are read on a thread of their own
// (DirectoryReader); this class, its signals included, lives on the window's. reload() (F5,
// sign-in) fetches the whole directory again.
class AgentDirectory : public QObject
{
    Q_OBJECT
public:
    AgentDirectory(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent = nullptr);

    void setRefreshIntervalMs(int intervalMs) { m_states.setIntervalMs(intervalMs); }
    int refreshIntervalMs() const { return m_states.intervalMs(); }
    // 0: only after a reconnection.
    void setFullRefreshIntervalMs(int intervalMs) { m_states.setFullRefreshIntervalMs(intervalMs); }
    void setRetryPolicy(const RetryPolicy &policy);
    // The administrator's scope settings; they apply from the next load.
    void setScopeSettings(const ScopeSettings &settings);

    // Loads the whole directory, then states; periodic state refreshes follow.
    void reload();
    void refreshStates() { m_states.askNow(); }
    void stop();

    bool isLoading() const { return m_phase == Phase::Loading; }
    const QVector<Agent> &agents() const { return m_agents; }
    // The scope of the last load (unresolved before the first one).
    const SupervisorScope &scope() const { return m_scope; }
    QDateTime lastRefreshUtc() const { return m_lastRefreshUtc; }

Q_SIGNALS:
    void loadProgress(int loaded, int total);
    // During the first load of a tenant of several pages, when every agent is in scope: the
    // pages in the server's order once they and all before them have arrived, without states
    // yet, so the list is shown before the last page (ArrivingPages). Every page is announced
    // before agentsLoaded, which then brings the same agents in the same order.
    void agentsArriving(const QVector<Agent> &agents);
    // Before agentsLoaded, at each load: which agents the supervisor may see and record. With a
    // problem (no team matches), agentsLoaded follows with no agent.
    void scopeResolved(const SupervisorScope &scope);
    void agentsLoaded(const QVector<Agent> &agents);
    void statesChanged(const QVector<AgentStateChange> &changes);
    void loadFailed(vigie::ApiOutcome outcome, const QString &detail);
    void refreshFailed(vigie::ApiOutcome outcome, const QString &detail);
    void refreshSucceeded();

private:
    enum class Phase {
        Idle, // nothing loaded, or the load failed or was stopped
        Loading, // the load and the first state answer, until both are in
        Listed, // agents() is the list; the poller keeps its states
    };

    void finishLoadWhenJoined();
    void failLoad(vigie::ApiOutcome outcome, const QString &detail);
    void handleStates(const AgentStatesReply &reply);
    void applyStates(const AgentStatesReply &reply, bool initialLoad);

    TokenProvider *m_tokens;
    DirectoryReader m_reader;
    DirectoryLoad m_load;
    AgentStatePoller m_states;
    ScopeSettings m_scopeSettings;
    SupervisorScope m_scope;
    QTimer m_reloadTimer; // after a failed load: CXone or the network may come back

    Phase m_phase = Phase::Idle;
    // The load asks for every state beside the pages; the answer waits here for the agents.
    std::optional<AgentStatesReply> m_initialStates;
    QVector<Agent> m_agents;
    QHash<qint64, int> m_indexByAgentId;
    QDateTime m_lastRefreshUtc;
};
