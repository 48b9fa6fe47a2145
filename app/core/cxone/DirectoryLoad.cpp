// SPDX-License-Identifier: Apache-2.0
#include "cxone/DirectoryLoad.h"

#include "cxone/AnswerLimits.h"
#include "cxone/ApiCall.h"
#include "cxone/DirectoryReader.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QUrlQuery>

namespace {
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

DirectoryLoad::DirectoryLoad(
    QNetworkAccessManager *network, TokenProvider *tokens, DirectoryReader *reader, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_reader(reader)
    , m_teams(network, tokens)
{
    connect(&m_teams, &TeamDirectory::loaded, this, [this] {
        m_teamsState = Teams::Known;
        completeWhenEverythingCame();
    });
    connect(&m_teams, &TeamDirectory::loadFailed, this, &DirectoryLoad::handleTeamsFailed);
    connect(&m_pages, &ArrivingPages::agentsArriving, this, &DirectoryLoad::agentsArriving);
    connect(&m_pages, &ArrivingPages::announcedAll, this, &DirectoryLoad::completeWhenEverythingCame);
    connect(m_reader, &DirectoryReader::pageRead, this, &DirectoryLoad::handlePageRead);
}

void DirectoryLoad::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_teams.setRetryPolicy(policy);
}

QUrl DirectoryLoad::agentsUrl(int skip) const
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

void DirectoryLoad::start(const ScopeSettings &settings, Showing showing)
{
    stop();
    m_phase = Phase::Fetching;
    m_scopeSettings = settings;
    m_pages.restart(showing);
    m_pagesState = Pages::Coming;
    m_teamsState = Teams::Loading;
    m_totalRecords = -1;
    m_agentsReceived = 0;
    m_listing = {};
    m_pageStep = m_tokens->environment().agentPageSize;
    requestPage(0);
    m_nextSkip = m_pageStep;
    m_teams.load();
}

void DirectoryLoad::stop()
{
    m_pages.stop();
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_calls.clear();
    m_teams.stop();
    m_pagesInFlight = 0;
    m_pagesBeingRead = 0; // the owner restarts the reader: pages being read are dropped
    m_phase = Phase::Idle;
}

void DirectoryLoad::requestPage(int skip)
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

void DirectoryLoad::requestPages()
{
    // Before the first page tells the total, m_totalRecords is -1: nothing more is asked for.
    while (m_pagesInFlight < kConcurrentPages && m_pagesInFlight + m_pagesBeingRead < kPagesAhead
        && m_nextSkip < m_totalRecords) {
        requestPage(m_nextSkip);
        m_nextSkip += m_pageStep;
    }
}

void DirectoryLoad::handlePage(int skip, const HttpResponse &response)
{
    if (m_phase != Phase::Fetching) {
        return;
    }
    if (response.status == 200) {
        ++m_pagesBeingRead;
        m_reader->readPage(skip, response.body);
        requestPages(); // the next page need not wait for this one to be read
        return;
    }
    if (response.status != 204) {
        fail(response.outcome(), QStringLiteral("agents page at skip %1: HTTP %2").arg(skip).arg(response.status));
        return;
    }
    // docs/cxone-contract.md#listing-agents: 204 No Content means the tenant has no agents; past the first page,
    // none after this one, like an empty page: no page after it is asked for.
    m_totalRecords = skip == 0 ? qMax(m_totalRecords, 0) : qMin(m_totalRecords, skip);
    m_pages.add(skip, {});
    acceptPage();
}

void DirectoryLoad::handlePageRead(int skip, const std::optional<AgentPage> &page, const QString &error)
{
    if (m_phase != Phase::Fetching) {
        return;
    }
    --m_pagesBeingRead;
    if (!page) {
        fail(vigie::ApiOutcome::MalformedResponse,
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
            fail(vigie::ApiOutcome::MalformedResponse,
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
        fail(vigie::ApiOutcome::MalformedResponse,
            QStringLiteral("CXone announces %1 agents but its first page lists none").arg(page->totalRecords));
        return;
    }
    if (served == 0) {
        // The list ends at an empty page, whatever totalRecords said: no page after it is asked for.
        m_totalRecords = qMin(m_totalRecords, skip);
    }
    m_agentsReceived += int(page->agents.size());
    m_pages.add(skip, page->agents);
    acceptPage();
}

void DirectoryLoad::acceptPage()
{
    Q_EMIT progress(m_agentsReceived, qMax(m_totalRecords, m_agentsReceived));
    m_pages.announceArrived(m_pageStep, m_totalRecords);
    requestPages();
    Q_EMIT pageAccepted();
    if (m_pagesInFlight == 0 && m_pagesBeingRead == 0) {
        m_pagesState = Pages::AllRead;
        completeWhenEverythingCame();
    }
}

void DirectoryLoad::handleTeamsFailed(vigie::ApiOutcome outcome, const QString &detail)
{
    if (m_phase != Phase::Fetching) {
        return;
    }
    if (m_scopeSettings.restricts()) {
        // Without the teams nobody can be placed in scope: no list rather than the whole tenant.
        fail(outcome, detail);
        return;
    }
    // Only the teams' screen-recording flags are missing: the agents are listed, flags unknown.
    m_teamsState = Teams::Unknown;
    completeWhenEverythingCame();
}

void DirectoryLoad::completeWhenEverythingCame()
{
    if ((m_phase != Phase::Fetching && m_phase != Phase::Announcing) || m_pagesState != Pages::AllRead
        || m_teamsState == Teams::Loading) {
        return;
    }
    if (m_pages.hasWaiting()) {
        // Pages still waiting are announced first, a few at a time: the directory's agentsLoaded
        // then brings the agents shown, in their order, and the table updates them in place
        // instead of resetting the selection.
        m_phase = Phase::Announcing;
        m_pages.announceTheRest();
        return;
    }
    m_calls.clear();
    resolveScope();
    m_phase = Phase::Complete;
    Q_EMIT completed();
}

void DirectoryLoad::resolveScope()
{
    QVector<Agent> tenant = m_pages.takeAll();
    const QVector<Team> teams = m_teamsState == Teams::Known ? m_teams.teams() : QVector<Team>();
    m_scope = SupervisorScope::resolve(m_scopeSettings, m_tokens->userId(), tenant, teams);
    QHash<qint64, Agent::TeamRecording> recordingByTeam;
    for (const Team &team : teams) {
        recordingByTeam.insert(team.teamId, teamRecordingOf(team));
    }
    m_listing.rowByAgentId.reserve(tenant.size());
    for (Agent &agent : tenant) {
        // A server that moved agents between pages may list one twice: the first stays.
        if (m_scope.includes(agent) && !m_listing.rowByAgentId.contains(agent.agentId)) {
            agent.teamRecording = recordingByTeam.value(agent.teamId, Agent::TeamRecording::Unknown);
            m_listing.rowByAgentId.insert(agent.agentId, int(m_listing.agents.size()));
            m_listing.agents.append(std::move(agent));
        }
    }
    m_listing.agents.squeeze();
    qCInfo(lcCxone) << "directory loaded:" << m_listing.agents.size() << "agents of" << m_totalRecords << "in scope,"
                    << m_scope.auditText();
    if (!m_scope.unmatched().isEmpty()) {
        qCWarning(lcCxone) << "Scope/Teams names no team of the tenant:" << m_scope.unmatched();
    }
}

void DirectoryLoad::fail(vigie::ApiOutcome outcome, const QString &detail)
{
    stop();
    Q_EMIT failed(outcome, detail);
}
