#include "cxone/AgentDirectory.h"

#include "cxone/ApiCall.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
constexpr int kDefaultRefreshIntervalMs = 5000;
constexpr int kReloadAfterFailureMs = 5000;
const QString kAgentFields
    = QStringLiteral("agentId,userId,userName,firstName,lastName,teamId,teamName,isActive,reportToId,isSupervisor");

Agent::TeamRecording teamRecordingOf(const Team &team)
{
    if (!team.screenRecordingEnabled) {
        return Agent::TeamRecording::Unknown;
    }
    return *team.screenRecordingEnabled ? Agent::TeamRecording::Enabled : Agent::TeamRecording::Disabled;
}

Agent agentFrom(const QJsonObject &object)
{
    Agent agent;
    agent.agentId = qint64(object.value(QLatin1String("agentId")).toDouble());
    agent.userId = object.value(QLatin1String("userId")).toString();
    agent.userName = object.value(QLatin1String("userName")).toString();
    agent.firstName = object.value(QLatin1String("firstName")).toString();
    agent.lastName = object.value(QLatin1String("lastName")).toString();
    agent.teamId = qint64(object.value(QLatin1String("teamId")).toDouble());
    agent.teamName = object.value(QLatin1String("teamName")).toString();
    agent.reportToId = qint64(object.value(QLatin1String("reportToId")).toDouble());
    agent.isSupervisor = object.value(QLatin1String("isSupervisor")).toBool();
    return agent;
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
}

void AgentDirectory::setRefreshIntervalMs(int intervalMs) { m_refreshTimer.setInterval(qMax(500, intervalMs)); }

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
    m_lastRefreshUtc = {};
    m_pageStep = m_tokens->environment().agentPageSize;
    m_pagesDone = false;
    m_teamsDone = false;
    m_teamsKnown = false;
    requestPage(0);
    m_nextSkip = m_pageStep;
    m_teams.load();
}

void AgentDirectory::stop()
{
    m_refreshTimer.stop();
    m_reloadTimer.stop();
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
    }
    m_pagesInFlight = 0;
    m_loading = false;
}

void AgentDirectory::requestPage(int skip)
{
    auto *call = new ApiCall(m_network, m_tokens, "GET", agentsUrl(skip), m_policy, this);
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
    if (response.status == 204) {
        // cxone-platform.md: 204 No Content means the tenant has no agents.
        m_totalRecords = qMax(m_totalRecords, 0);
        m_pages.insert(skip, {});
    } else if (response.status == 200) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        const QJsonObject body = document.object();
        const QJsonValue agentsValue = body.value(QLatin1String("agents"));
        const QJsonValue totalValue = body.value(QLatin1String("totalRecords"));
        if (parseError.error != QJsonParseError::NoError || !agentsValue.isArray() || !totalValue.isDouble()) {
            failLoad(ApiOutcome::MalformedResponse,
                QStringLiteral("agents page at skip %1 is not the documented JSON: %2")
                    .arg(skip)
                    .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QStringLiteral("fields missing")));
            return;
        }
        const QJsonArray array = agentsValue.toArray();
        QVector<Agent> page;
        page.reserve(array.size());
        for (const QJsonValue &value : array) {
            Agent agent = agentFrom(value.toObject());
            if (agent.agentId > 0) {
                page.append(std::move(agent));
            }
        }
        if (m_totalRecords < 0) {
            m_totalRecords = totalValue.toInt();
            // A server may cap 'top' below what we asked: step by what it actually returns.
            const int served = int(array.size());
            if (served > 0 && served < m_tokens->environment().agentPageSize) {
                m_nextSkip = served;
                m_pageStep = served;
            }
        }
        m_pages.insert(skip, std::move(page));
    } else {
        failLoad(response.outcome(), QStringLiteral("agents page at skip %1: HTTP %2").arg(skip).arg(response.status));
        return;
    }

    int loaded = 0;
    for (const QVector<Agent> &page : std::as_const(m_pages)) {
        loaded += int(page.size());
    }
    Q_EMIT loadProgress(loaded, m_totalRecords);

    while (m_pagesInFlight < kConcurrentPages && m_nextSkip < m_totalRecords) {
        requestPage(m_nextSkip);
        m_nextSkip += m_pageStep;
    }
    if (m_pagesInFlight == 0) {
        m_pagesDone = true;
        finishLoadWhenComplete();
    }
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
    if (m_loading && m_pagesDone && m_teamsDone) {
        finishLoad();
    }
}

void AgentDirectory::finishLoad()
{
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
    for (Agent &agent : tenant) {
        if (m_scope.includes(agent)) {
            agent.teamRecording = recordingByTeam.value(agent.teamId, Agent::TeamRecording::Unknown);
            m_agents.append(std::move(agent));
        }
    }
    m_indexByAgentId.clear();
    m_indexByAgentId.reserve(m_agents.size());
    for (int row = 0; row < m_agents.size(); ++row) {
        m_indexByAgentId.insert(m_agents.at(row).agentId, row);
    }
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
    refreshStates();
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
    if (m_stateCall || !m_tokens->hasToken()) {
        return;
    }
    QUrl url = m_tokens->environment().adminApiUrl(m_tokens->apiBase(), QStringLiteral("/agents/states"));
    if (m_lastRefreshUtc.isValid()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("updatedSince"), m_lastRefreshUtc.toString(Qt::ISODateWithMs));
        url.setQuery(query);
    }
    m_statesRequestedAtUtc = QDateTime::currentDateTimeUtc();
    m_stateCall = new ApiCall(m_network, m_tokens, "GET", url, m_policy, this);
    connect(m_stateCall, &ApiCall::finished, this, &AgentDirectory::handleStates);
    m_stateCall->start();
}

void AgentDirectory::handleStates(const HttpResponse &response)
{
    m_stateCall = nullptr;
    const bool initialLoad = m_loading;
    QVector<AgentStateChange> changes;
    bool ok = response.status == 304;
    if (response.status == 200) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        const QJsonValue statesValue = document.object().value(QLatin1String("agentStates"));
        ok = parseError.error == QJsonParseError::NoError && statesValue.isArray();
        const QJsonArray states = statesValue.toArray();
        for (const QJsonValue &value : states) {
            const QJsonObject object = value.toObject();
            const auto row = m_indexByAgentId.constFind(qint64(object.value(QLatin1String("agentId")).toDouble()));
            if (row == m_indexByAgentId.constEnd()) {
                continue;
            }
            Agent &agent = m_agents[*row];
            const QString stateName = object.value(QLatin1String("agentStateName")).toString();
            const QDateTime since
                = QDateTime::fromString(object.value(QLatin1String("startDate")).toString(), Qt::ISODateWithMs);
            if (agent.stateName != stateName || agent.stateSinceUtc != since) {
                agent.stateName = stateName;
                agent.stateSinceUtc = since.toUTC();
                changes.append({ agent.agentId, stateName, agent.stateSinceUtc });
            }
        }
    }

    if (ok) {
        // Ask for changes since the moment this request left, so none slips between two refreshes.
        m_lastRefreshUtc = m_statesRequestedAtUtc;
        Q_EMIT refreshSucceeded();
    } else {
        const QString detail = QStringLiteral("agent states: HTTP %1").arg(response.status);
        qCWarning(lcCxone) << detail;
        Q_EMIT refreshFailed(response.status == 200 ? ApiOutcome::MalformedResponse : response.outcome(), detail);
    }
    if (initialLoad) {
        m_loading = false;
        Q_EMIT agentsLoaded(m_agents);
    } else if (!changes.isEmpty()) {
        Q_EMIT statesChanged(changes);
    }
    if (m_tokens->hasToken() && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}
