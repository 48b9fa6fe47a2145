// SPDX-License-Identifier: Apache-2.0
#include "cxone/TeamDirectory.h"

#include "cxone/AnswerLimits.h"
#include "cxone/ApiCall.h"
#include "cxone/DirectoryAnswers.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QUrlQuery>

namespace {
const QString kTeamFields = QStringLiteral("teamId,teamName,isActive,teamLeadId,agentCount,niceScreenRecordingEnabled");
// Tenants have tens of teams: a server still serving pages after this many is not ending.
constexpr int kMaxPages = 100;
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
    m_pagesReceived = 0;
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
    m_call = new ApiCall(m_network, m_tokens, "GET", teamsUrl(skip), m_policy,
        AnswerLimits::directoryPage(m_tokens->environment().agentPageSize), this);
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
    QString error;
    const std::optional<TeamPage> page = TeamPage::parse(response.body, &error);
    if (!page) {
        fail(vigie::ApiOutcome::MalformedResponse,
            QStringLiteral("teams page at skip %1 is not the documented JSON: %2").arg(skip).arg(error));
        return;
    }
    m_received.append(page->teams);
    ++m_pagesReceived;
    const int total = page->totalRecords >= 0 ? page->totalRecords : int(m_received.size());
    const int next = skip + page->served;
    // An empty page ends the list whatever totalRecords said.
    if (page->served > 0 && next < total) {
        if (m_pagesReceived >= kMaxPages) {
            fail(vigie::ApiOutcome::MalformedResponse,
                QStringLiteral("teams: still more after %1 pages (totalRecords %2)").arg(kMaxPages).arg(total));
            return;
        }
        requestPage(next); // a server may cap 'top': step by what it served
        return;
    }
    m_teams = m_received;
    qCInfo(lcCxone) << "teams loaded:" << m_teams.size();
    Q_EMIT loaded(m_teams);
}

void TeamDirectory::fail(vigie::ApiOutcome outcome, const QString &detail)
{
    qCWarning(lcCxone) << "teams load failed:" << detail;
    Q_EMIT loadFailed(outcome, detail);
}
