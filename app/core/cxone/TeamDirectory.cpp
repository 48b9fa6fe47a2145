#include "cxone/TeamDirectory.h"

#include "cxone/ApiCall.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
const QString kTeamFields = QStringLiteral("teamId,teamName,isActive,teamLeadId,agentCount,niceScreenRecordingEnabled");

Team teamFrom(const QJsonObject &object)
{
    Team team;
    team.teamId = qint64(object.value(QLatin1String("teamId")).toDouble());
    team.teamName = object.value(QLatin1String("teamName")).toString();
    team.isActive = object.value(QLatin1String("isActive")).toBool(true);
    // A string in NICE's schema; a number is read the same way, should a tenant send one.
    const QJsonValue lead = object.value(QLatin1String("teamLeadId"));
    team.teamLeadId = lead.isDouble() ? QString::number(qint64(lead.toDouble())) : lead.toString().trimmed();
    team.agentCount = object.value(QLatin1String("agentCount")).toInt();
    const QJsonValue recording = object.value(QLatin1String("niceScreenRecordingEnabled"));
    if (recording.isBool()) {
        team.screenRecordingEnabled = recording.toBool();
    }
    return team;
}
} // namespace

TeamDirectory::TeamDirectory(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
}

QUrl TeamDirectory::teamsUrl(int skip) const
{
    QUrl url = m_tokens->environment().adminApiUrl(m_tokens->apiBase(), QStringLiteral("/teams"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), kTeamFields);
    query.addQueryItem(QStringLiteral("orderBy"), QStringLiteral("teamId"));
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("top"), QString::number(m_tokens->environment().agentPageSize));
    url.setQuery(query);
    return url;
}

void TeamDirectory::load()
{
    stop();
    m_received.clear();
    requestPage(0);
}

void TeamDirectory::stop()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
}

void TeamDirectory::requestPage(int skip)
{
    m_call = new ApiCall(m_network, m_tokens, "GET", teamsUrl(skip), m_policy, this);
    connect(m_call, &ApiCall::finished, this, [this, skip](const HttpResponse &response) {
        m_call = nullptr;
        handlePage(skip, response);
    });
    m_call->start();
}

void TeamDirectory::handlePage(int skip, const HttpResponse &response)
{
    // The same answer as the agents': 204 No Content means the tenant has none.
    if (response.status == 204) {
        m_teams = m_received;
        Q_EMIT loaded(m_teams);
        return;
    }
    if (response.status != 200) {
        fail(response.outcome(), QStringLiteral("teams page at skip %1: HTTP %2").arg(skip).arg(response.status));
        return;
    }
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(response.body, &parseError).object();
    const QJsonValue teamsValue = body.value(QLatin1String("teams"));
    if (parseError.error != QJsonParseError::NoError || !teamsValue.isArray()) {
        fail(ApiOutcome::MalformedResponse,
            QStringLiteral("teams page at skip %1 is not the documented JSON").arg(skip));
        return;
    }
    const QJsonArray page = teamsValue.toArray();
    for (const QJsonValue &value : page) {
        const Team team = teamFrom(value.toObject());
        if (team.teamId > 0) {
            m_received.append(team);
        }
    }
    const int total = body.value(QLatin1String("totalRecords")).toInt(int(m_received.size()));
    const int next = skip + int(page.size());
    if (!page.isEmpty() && next < total) {
        requestPage(next); // a server may cap 'top': step by what it served
        return;
    }
    m_teams = m_received;
    qCInfo(lcCxone) << "teams loaded:" << m_teams.size();
    Q_EMIT loaded(m_teams);
}

void TeamDirectory::fail(ApiOutcome outcome, const QString &detail)
{
    qCWarning(lcCxone) << "teams load failed:" << detail;
    Q_EMIT loadFailed(outcome, detail);
}
