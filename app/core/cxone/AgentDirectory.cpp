// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"

#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <utility>

namespace {
constexpr int kReloadAfterFailureMs = 5000;
} // namespace

AgentDirectory::AgentDirectory(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_load(network, tokens, &m_reader)
    , m_states(network, tokens, &m_reader)
{
    connect(&m_load, &DirectoryLoad::progress, this, &AgentDirectory::loadProgress);
    connect(&m_load, &DirectoryLoad::agentsArriving, this, &AgentDirectory::agentsArriving);
    // Every state, asked for beside the other pages rather than after them (on a large tenant the
    // answer is as long to come as several pages), and after the first, which is painted first.
    connect(&m_load, &DirectoryLoad::pageAccepted, this, [this] {
        if (!m_initialStates) {
            m_states.askNow();
        }
    });
    connect(&m_load, &DirectoryLoad::completed, this, &AgentDirectory::finishLoadWhenJoined);
    connect(&m_load, &DirectoryLoad::failed, this, &AgentDirectory::failLoad);
    connect(&m_states, &AgentStatePoller::answered, this, &AgentDirectory::handleStates);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadAfterFailureMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_tokens->hasToken()) {
            reload();
        }
    });
}

void AgentDirectory::setRetryPolicy(const RetryPolicy &policy)
{
    m_load.setRetryPolicy(policy);
    m_states.setRetryPolicy(policy);
}

void AgentDirectory::setScopeSettings(const ScopeSettings &settings)
{
    m_scopeSettings = settings;
    m_scope = SupervisorScope::unresolved(settings);
}

void AgentDirectory::reload()
{
    stop();
    m_phase = Phase::Loading;
    m_lastRefreshUtc = {};
    m_initialStates.reset();
    m_states.askEverythingNext();
    // Only a first paint is progressive: a list already shown stays as it is until the new one.
    const bool firstPaint = m_agents.isEmpty() && !m_scopeSettings.restricts();
    m_load.start(
        m_scopeSettings, firstPaint ? DirectoryLoad::Showing::AsPagesArrive : DirectoryLoad::Showing::AtTheEnd);
}

void AgentDirectory::stop()
{
    m_reloadTimer.stop();
    m_load.stop();
    m_states.stop();
    m_reader.restart();
    if (m_phase == Phase::Loading) {
        m_phase = Phase::Idle;
    }
}

void AgentDirectory::failLoad(vigie::ApiOutcome outcome, const QString &detail)
{
    qCWarning(lcCxone) << "directory load failed:" << detail;
    stop();
    if (outcome != vigie::ApiOutcome::SessionExpired && outcome != vigie::ApiOutcome::Forbidden) {
        m_reloadTimer.start();
    }
    Q_EMIT loadFailed(outcome, detail);
}

void AgentDirectory::handleStates(const AgentStatesReply &reply)
{
    if (m_phase == Phase::Loading) {
        m_initialStates = reply;
        finishLoadWhenJoined();
        return;
    }
    applyStates(reply, false);
}

void AgentDirectory::finishLoadWhenJoined()
{
    if (m_phase != Phase::Loading || !m_initialStates || m_load.phase() != DirectoryLoad::Phase::Complete) {
        return;
    }
    DirectoryLoad::Listing listing = m_load.takeListing();
    m_agents = std::move(listing.agents);
    m_indexByAgentId = std::move(listing.rowByAgentId);
    m_scope = m_load.scope();
    Q_EMIT scopeResolved(m_scope);
    if (m_scope.problem() != SupervisorScope::Problem::None) {
        m_phase = Phase::Listed;
        Q_EMIT agentsLoaded(m_agents);
        return;
    }
    // The list is announced once states are merged, so the first view already shows them.
    applyStates(*std::exchange(m_initialStates, std::nullopt), true);
    m_states.restartFullRefreshes();
}

void AgentDirectory::applyStates(const AgentStatesReply &reply, bool initialLoad)
{
    QVector<AgentStateChange> changes;
    if (reply.answer) {
        for (const AgentStateChange &state : std::as_const(reply.answer->states)) {
            const auto row = m_indexByAgentId.constFind(state.agentId);
            if (row == m_indexByAgentId.constEnd()) {
                continue;
            }
            Agent &agent = m_agents[*row];
            if (agent.stateName != state.stateName || agent.stateSinceUtc != state.sinceUtc) {
                agent.stateName = state.stateName;
                agent.stateSinceUtc = state.sinceUtc;
                changes.append(state);
            }
        }
    }
    if (reply.succeeded()) {
        m_lastRefreshUtc = QDateTime::currentDateTimeUtc();
        Q_EMIT refreshSucceeded();
    } else {
        const QString detail = reply.failure();
        qCWarning(lcCxone) << detail;
        Q_EMIT refreshFailed(reply.outcome, detail);
    }
    if (initialLoad) {
        m_phase = Phase::Listed;
        Q_EMIT agentsLoaded(m_agents);
    } else if (!changes.isEmpty()) {
        Q_EMIT statesChanged(changes);
    }
    if (initialLoad || (reply.answer && reply.question == AgentStatesReply::Question::Everything)) {
        m_reader.releaseFreedMemory();
    }
    m_states.keepPolling();
}
