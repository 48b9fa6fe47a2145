// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"

#include "cxone/AnswerLimits.h"
#include "cxone/ApiCall.h"
#include "cxone/DirectoryAnswers.h"
#include "cxone/FormEncoding.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QUrlQuery>

#include <utility>

namespace {
constexpr int kDefaultRefreshIntervalMs = 5000;
constexpr int kReloadAfterFailureMs = 5000;
constexpr int kDefaultFullRefreshIntervalMs = 15 * 60 * 1000;
const QString kAgentFields
    = QStringLiteral("agentId,userId,userName,firstName,lastName,teamId,teamName,isActive,reportToId,isSupervisor");

Agent::TeamRecording teamRecordingOf(const Team &team)
{
    if (!team.screenRecordingEnabled) {
        return Agent::TeamRecording::Unknown;
    }
    return *team.screenRecordingEnabled ? Agent::TeamRecording::Enabled : Agent::TeamRecording::Disabled;
}

} // namespace

AgentDirectory::AgentDirectory(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_teams(network, tokens)
{
    connect(&m_teams, &TeamDirectory::loaded, this, [this] {
        m_teamsDone = true;
        m_teamsKnown = true;
        finishLoadWhenComplete();
    });
    connect(&m_teams, &TeamDirectory::loadFailed, this, &AgentDirectory::handleTeamsFailed);
    m_refreshTimer.setInterval(kDefaultRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AgentDirectory::refreshStates);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadAfterFailureMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_tokens->hasToken()) {
            reload();
        }
    });
    m_fullRefreshTimer.setInterval(kDefaultFullRefreshIntervalMs);
    // The next refresh asks for every state rather than the changes.
    // Due rather than done at once: a delta in flight would write its lastPollTime back over it.
    connect(&m_fullRefreshTimer, &QTimer::timeout, this, [this] { m_fullRefreshDue = true; });
    m_announceTimer.setSingleShot(true);
    connect(&m_announceTimer, &QTimer::timeout, this, [this] { announcePagesInOrder(kAnnounceAtMost); });
    connect(&m_reader, &DirectoryReader::pageRead, this, &AgentDirectory::handlePageRead);
    connect(&m_reader, &DirectoryReader::statesRead, this, &AgentDirectory::handleStatesRead);
}

void AgentDirectory::setRefreshIntervalMs(int intervalMs) { m_refreshTimer.setInterval(qMax(500, intervalMs)); }

void AgentDirectory::setFullRefreshIntervalMs(int intervalMs)
{
    m_fullRefreshTimer.setInterval(qMax(0, intervalMs));
    if (intervalMs <= 0) {
        m_fullRefreshTimer.stop();
    }
}

void AgentDirectory::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_teams.setRetryPolicy(policy);
}

void AgentDirectory::setScopeSettings(const ScopeSettings &settings)
{
    m_scopeSettings = settings;
    m_scope = SupervisorScope::unresolved(settings);
}

QUrl AgentDirectory::agentsUrl(int skip) const
{
    QUrl url = m_tokens->environment().adminApiUrl(m_tokens->apiBase(), QStringLiteral("/agents"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("isActive"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("fields"), kAgentFields);
    query.addQueryItem(QStringLiteral("orderBy"), QStringLiteral("agentId"));
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("top"), QString::number(m_tokens->environment().agentPageSize));
    url.setQuery(query);
    return url;
}

void AgentDirectory::reload()
{
    stop();
    m_loading = true;
    m_totalRecords = -1;
    m_nextSkip = 0;
    m_pages.clear();
    m_agentsReceived = 0;
    m_lastRefreshUtc = {};
    m_updatedSince.clear();
    // Only a first paint is progressive: a list already shown stays as it is until the new one.
    m_progressive = m_agents.isEmpty() && !m_scopeSettings.restricts();
    m_nextSkipToAnnounce = 0;
    m_pageStep = m_tokens->environment().agentPageSize;
    m_pagesDone = false;
    m_teamsDone = false;
    m_teamsKnown = false;
    m_statesDone = false;
    m_initialStates = {};
    requestPage(0);
    m_nextSkip = m_pageStep;
    m_teams.load();
}

void AgentDirectory::stop()
{
    m_refreshTimer.stop();
    m_reloadTimer.stop();
    m_fullRefreshTimer.stop();
    m_announceTimer.stop();
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_calls.clear();
    m_teams.stop();
    if (m_stateCall) {
        m_stateCall->disconnect(this);
        m_stateCall->cancel();
        m_stateCall = nullptr;
    }
    m_reader.restart();
    m_readingStates = false;
    m_pagesInFlight = 0;
    m_pagesBeingRead = 0;
    m_loading = false;
}

void AgentDirectory::requestPage(int skip)
{
    auto *call = new ApiCall(m_network, m_tokens, "GET", agentsUrl(skip), m_policy,
        AnswerLimits::directoryPage(m_tokens->environment().agentPageSize), this);
    m_calls.append(call);
    ++m_pagesInFlight;
    connect(call, &ApiCall::finished, this, [this, skip](const HttpResponse &response) {
        --m_pagesInFlight;
        handlePage(skip, response);
    });
    call->start();
}

void AgentDirectory::handlePage(int skip, const HttpResponse &response)
{
    if (!m_loading) {
        return;
    }
    if (response.status == 200) {
        ++m_pagesBeingRead;
        m_reader.readPage(skip, response.body);
        requestPages(); // the next page need not wait for this one to be read
        return;
    }
    if (response.status != 204) {
        failLoad(response.outcome(), QStringLiteral("agents page at skip %1: HTTP %2").arg(skip).arg(response.status));
        return;
    }
    // docs/cxone-contract.md#listing-agents: 204 No Content means the tenant has no agents; past the first page,
    // none after this one, like an empty page: no page after it is asked for.
    m_totalRecords = skip == 0 ? qMax(m_totalRecords, 0) : qMin(m_totalRecords, skip);
    m_pages.insert(skip, {});
    acceptPage();
}

void AgentDirectory::handlePageRead(int skip, const std::optional<AgentPage> &page, const QString &error)
{
    --m_pagesBeingRead;
    if (!page) {
        failLoad(ApiOutcome::MalformedResponse,
            QStringLiteral("agents page at skip %1 is not the documented JSON: %2").arg(skip).arg(error));
        return;
    }
    const int served = page->served;
    if (m_totalRecords < 0) {
        // A server may cap 'top' below what we asked: step by what it actually returns.
        if (served > 0 && served < m_pageStep) {
            m_nextSkip = served;
            m_pageStep = served;
        }
        const qint64 pagesNeeded = (qint64(page->totalRecords) + m_pageStep - 1) / m_pageStep;
        if (page->totalRecords > kMaxAgents || pagesNeeded > kMaxPages) {
            failLoad(ApiOutcome::MalformedResponse,
                QStringLiteral("CXone announces %1 agents in pages of %2: more than Vigie lists (%3 agents, %4 "
                               "pages)")
                    .arg(page->totalRecords)
                    .arg(m_pageStep)
                    .arg(kMaxAgents)
                    .arg(kMaxPages));
            return;
        }
        m_totalRecords = page->totalRecords;
    }
    if (served == 0 && skip == 0 && page->totalRecords > 0) {
        // A tenant of agents that lists none contradicts itself: the list shown stays as it was.
        failLoad(ApiOutcome::MalformedResponse,
            QStringLiteral("CXone announces %1 agents but its first page lists none").arg(page->totalRecords));
        return;
    }
    if (served == 0) {
        // The list ends at an empty page, whatever totalRecords said: no page after it is asked for.
        m_totalRecords = qMin(m_totalRecords, skip);
    }
    m_agentsReceived += int(page->agents.size());
    m_pages.insert(skip, page->agents);
    acceptPage();
}

void AgentDirectory::acceptPage()
{
    Q_EMIT loadProgress(m_agentsReceived, qMax(m_totalRecords, m_agentsReceived));
    announceArrivedPages();
    requestPages();
    // Every state, fetched beside the other pages rather than after them (on a large tenant the
    // answer is as long to come as several pages), and after the first, which is painted first.
    if (!m_statesDone) {
        refreshStates();
    }
    if (m_pagesInFlight == 0 && m_pagesBeingRead == 0) {
        m_pagesDone = true;
        finishLoadWhenComplete();
    }
}

void AgentDirectory::requestPages()
{
    // Before the first page tells the total, m_totalRecords is -1: nothing more is asked for.
    while (m_pagesInFlight < kConcurrentPages && m_pagesInFlight + m_pagesBeingRead < kPagesAhead
        && m_nextSkip < m_totalRecords) {
        requestPage(m_nextSkip);
        m_nextSkip += m_pageStep;
    }
}

void AgentDirectory::announceArrivedPages()
{
    // A tenant that fits in one page is listed whole, states and all, a moment later.
    if (!m_progressive || m_pageStep >= m_totalRecords) {
        return;
    }
    if (m_nextSkipToAnnounce == 0) {
        announcePagesInOrder(kAnnounceAtMost);
    } else if (!m_announceTimer.isActive()) {
        m_announceTimer.start(kAnnounceIntervalMs);
    }
}

void AgentDirectory::announcePagesInOrder(int atMost)
{
    if (!m_loading) {
        return;
    }
    QVector<Agent> arrived;
    for (auto page = m_pages.constFind(m_nextSkipToAnnounce); page != m_pages.constEnd();
         page = m_pages.constFind(m_nextSkipToAnnounce)) {
        if (!arrived.isEmpty() && arrived.size() + page->size() > atMost) {
            break;
        }
        m_nextSkipToAnnounce += m_pageStep;
        arrived += *page;
    }
    if (!arrived.isEmpty()) {
        Q_EMIT agentsArriving(arrived);
    }
    if (pagesWaitingToBeAnnounced()) {
        m_announceTimer.start(0); // the rest once the events waiting meanwhile, a click among them, are handled
    } else {
        finishLoadWhenComplete();
    }
}

bool AgentDirectory::pagesWaitingToBeAnnounced() const
{
    return m_loading && m_progressive && m_pageStep < m_totalRecords && m_pages.contains(m_nextSkipToAnnounce);
}

void AgentDirectory::handleTeamsFailed(ApiOutcome outcome, const QString &detail)
{
    if (!m_loading) {
        return;
    }
    if (m_scopeSettings.restricts()) {
        // Without the teams nobody can be placed in scope: no list rather than the whole tenant.
        failLoad(outcome, detail);
        return;
    }
    // Only the teams' screen-recording flags are missing: the agents are listed, flags unknown.
    m_teamsDone = true;
    finishLoadWhenComplete();
}

void AgentDirectory::finishLoadWhenComplete()
{
    if (!m_loading || !m_pagesDone || !m_teamsDone || !m_statesDone) {
        return;
    }
    if (pagesWaitingToBeAnnounced()) {
        // Pages still waiting are announced first, a few at a time: agentsLoaded then brings the
        // agents shown, in their order, and the table updates them in place instead of resetting
        // the selection.
        m_announceTimer.start(0);
        return;
    }
    finishLoad();
}

void AgentDirectory::finishLoad()
{
    m_announceTimer.stop();
    m_calls.clear();
    QVector<Agent> tenant;
    tenant.reserve(m_totalRecords);
    for (QVector<Agent> &page : m_pages) {
        tenant.append(std::move(page));
    }
    m_pages.clear();
    const QVector<Team> teams = m_teamsKnown ? m_teams.teams() : QVector<Team>();
    m_scope = SupervisorScope::resolve(m_scopeSettings, m_tokens->userId(), tenant, teams);
    QHash<qint64, Agent::TeamRecording> recordingByTeam;
    for (const Team &team : teams) {
        recordingByTeam.insert(team.teamId, teamRecordingOf(team));
    }
    m_agents.clear();
    m_indexByAgentId.clear();
    m_indexByAgentId.reserve(tenant.size());
    for (Agent &agent : tenant) {
        // A server that moved agents between pages may list one twice: the first stays.
        if (m_scope.includes(agent) && !m_indexByAgentId.contains(agent.agentId)) {
            agent.teamRecording = recordingByTeam.value(agent.teamId, Agent::TeamRecording::Unknown);
            m_indexByAgentId.insert(agent.agentId, int(m_agents.size()));
            m_agents.append(std::move(agent));
        }
    }
    m_agents.squeeze();
    qCInfo(lcCxone) << "directory loaded:" << m_agents.size() << "agents of" << m_totalRecords << "in scope,"
                    << m_scope.auditText();
    if (!m_scope.unmatched().isEmpty()) {
        qCWarning(lcCxone) << "Scope/Teams names no team of the tenant:" << m_scope.unmatched();
    }
    Q_EMIT scopeResolved(m_scope);
    if (m_scope.problem() != SupervisorScope::Problem::None) {
        m_loading = false;
        Q_EMIT agentsLoaded(m_agents);
        return;
    }
    // The list is announced once states are merged, so the first view already shows them.
    applyStates(std::exchange(m_initialStates, {}), true);
    if (m_fullRefreshTimer.interval() > 0) {
        m_fullRefreshTimer.start();
    }
}

void AgentDirectory::failLoad(ApiOutcome outcome, const QString &detail)
{
    qCWarning(lcCxone) << "directory load failed:" << detail;
    stop();
    if (outcome != ApiOutcome::SessionExpired && outcome != ApiOutcome::Forbidden) {
        m_reloadTimer.start();
    }
    Q_EMIT loadFailed(outcome, detail);
}

void AgentDirectory::refreshStates()
{
    if (m_stateCall || m_readingStates || !m_tokens->hasToken()) {
        return;
    }
    if (m_fullRefreshDue) {
        m_fullRefreshDue = false;
        m_updatedSince.clear();
    }
    QUrl url = m_tokens->environment().adminApiUrl(m_tokens->apiBase(), QStringLiteral("/agents/states"));
    if (!m_updatedSince.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("updatedSince"), exactQueryValue(m_updatedSince));
        url.setQuery(query);
    }
    m_statesRequestedAtUtc = QDateTime::currentDateTimeUtc();
    m_stateCall = new ApiCall(m_network, m_tokens, "GET", url, m_policy, AnswerLimits::kStates, this);
    connect(m_stateCall, &ApiCall::finished, this, &AgentDirectory::handleStates);
    m_stateCall->start();
}

void AgentDirectory::handleStates(const HttpResponse &response)
{
    m_stateCall = nullptr;
    if (response.status == 200) {
        m_readingStates = true;
        m_reader.readStates(response.body);
        return;
    }
    StatesReply reply;
    reply.status = response.status;
    reply.outcome = response.outcome();
    acceptStates(reply);
}

void AgentDirectory::handleStatesRead(const std::optional<AgentStatesAnswer> &answer, const QString &error)
{
    m_readingStates = false;
    StatesReply reply;
    reply.status = 200;
    reply.outcome = ApiOutcome::MalformedResponse; // when the answer is not the documented JSON
    reply.answer = answer;
    reply.error = error;
    acceptStates(reply);
}

void AgentDirectory::acceptStates(const StatesReply &reply)
{
    if (m_loading) {
        m_initialStates = reply;
        m_statesDone = true;
        finishLoadWhenComplete();
        return;
    }
    applyStates(reply, false);
}

void AgentDirectory::applyStates(const StatesReply &reply, bool initialLoad)
{
    QVector<AgentStateChange> changes;
    const std::optional<AgentStatesAnswer> &answer = reply.answer;
    const bool wholeList = m_updatedSince.isEmpty(); // what was asked for: every state, or the changes
    // 304: nothing changed since updatedSince, which stays the question to ask.
    const bool ok = answer || (reply.status == 304 && !m_updatedSince.isEmpty());
    if (answer) {
        for (const AgentStateChange &state : std::as_const(answer->states)) {
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
        // CXone's own clock says where the next delta starts; a server that gives none is asked
        // from the moment this request left, so no change slips between two refreshes.
        m_updatedSince = !answer->lastPollTime.isEmpty() ? answer->lastPollTime
                                                         : m_statesRequestedAtUtc.toString(Qt::ISODateWithMs);
    }

    if (ok) {
        m_lastRefreshUtc = QDateTime::currentDateTimeUtc();
        Q_EMIT refreshSucceeded();
    } else {
        // What changed while CXone could not be reached may be lost to a delta: ask for everything.
        m_updatedSince.clear();
        const QString detail = reply.error.isEmpty()
            ? QStringLiteral("agent states: HTTP %1").arg(reply.status)
            : QStringLiteral("agent states answer is not the documented JSON: %1").arg(reply.error);
        qCWarning(lcCxone) << detail;
        Q_EMIT refreshFailed(reply.outcome, detail);
    }
    if (initialLoad) {
        m_loading = false;
        Q_EMIT agentsLoaded(m_agents);
    } else if (!changes.isEmpty()) {
        Q_EMIT statesChanged(changes);
    }
    if (initialLoad || (answer && wholeList)) {
        m_reader.releaseFreedMemory();
    }
    if (m_tokens->hasToken() && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}
