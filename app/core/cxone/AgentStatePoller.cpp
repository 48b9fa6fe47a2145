// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentStatePoller.h"

#include "cxone/AnswerLimits.h"
#include "cxone/ApiCall.h"
#include "cxone/DirectoryReader.h"
#include "cxone/FormEncoding.h"
#include "cxone/TokenProvider.h"

#include <QUrlQuery>

namespace {
constexpr int kDefaultIntervalMs = 5000;
constexpr int kDefaultFullRefreshIntervalMs = 15 * 60 * 1000;
} // namespace

QString AgentStatesReply::failure() const
{
    return error.isEmpty() ? QStringLiteral("agent states: HTTP %1").arg(status)
                           : QStringLiteral("agent states answer is not the documented JSON: %1").arg(error);
}

AgentStatePoller::AgentStatePoller(
    QNetworkAccessManager *network, TokenProvider *tokens, DirectoryReader *reader, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_reader(reader)
{
    m_pollTimer.setInterval(kDefaultIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AgentStatePoller::askNow);
    m_fullRefreshTimer.setInterval(kDefaultFullRefreshIntervalMs);
    connect(&m_fullRefreshTimer, &QTimer::timeout, this, &AgentStatePoller::askEverythingNext);
    connect(m_reader, &DirectoryReader::statesRead, this, &AgentStatePoller::handleRead);
}

void AgentStatePoller::setFullRefreshIntervalMs(int intervalMs)
{
    m_fullRefreshTimer.setInterval(qMax(0, intervalMs));
    if (intervalMs <= 0) {
        m_fullRefreshTimer.stop();
    }
}

void AgentStatePoller::keepPolling()
{
    if (m_tokens->hasToken() && !m_pollTimer.isActive()) {
        m_pollTimer.start();
    }
}

void AgentStatePoller::restartFullRefreshes()
{
    if (m_fullRefreshTimer.interval() > 0) {
        m_fullRefreshTimer.start();
    }
}

void AgentStatePoller::stop()
{
    m_pollTimer.stop();
    m_fullRefreshTimer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
    m_exchange = Exchange::Idle; // the owner restarts the reader: an answer being read is dropped
}

void AgentStatePoller::askNow()
{
    if (m_exchange != Exchange::Idle || !m_tokens->hasToken()) {
        return;
    }
    m_asked = m_updatedSince.isEmpty() ? AgentStatesReply::Question::Everything : m_next;
    m_next = AgentStatesReply::Question::Changes;
    QUrl url = m_tokens->environment().adminApiUrl(m_tokens->apiBase(), QStringLiteral("/agents/states"));
    if (m_asked == AgentStatesReply::Question::Changes) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("updatedSince"), exactQueryValue(m_updatedSince));
        url.setQuery(query);
    }
    m_askedAtUtc = QDateTime::currentDateTimeUtc();
    m_exchange = Exchange::Asking;
    m_call = new ApiCall(m_network, m_tokens, "GET", url, m_policy, AnswerLimits::kStates, this);
    connect(m_call, &ApiCall::finished, this, &AgentStatePoller::handleResponse);
    m_call->start();
}

void AgentStatePoller::handleResponse(const HttpResponse &response)
{
    m_call = nullptr;
    if (response.status == 200) {
        m_exchange = Exchange::Reading;
        m_reader->readStates(response.body);
        return;
    }
    AgentStatesReply reply;
    reply.status = response.status;
    reply.outcome = response.outcome();
    deliver(reply);
}

void AgentStatePoller::handleRead(const std::optional<AgentStatesAnswer> &answer, const QString &error)
{
    if (m_exchange != Exchange::Reading) {
        return;
    }
    AgentStatesReply reply;
    reply.status = 200;
    reply.outcome = vigie::ApiOutcome::MalformedResponse; // when the answer is not the documented JSON
    reply.answer = answer;
    reply.error = error;
    deliver(reply);
}

void AgentStatePoller::deliver(AgentStatesReply reply)
{
    m_exchange = Exchange::Idle;
    reply.question = m_asked;
    if (reply.answer) {
        // CXone's own clock says where the next delta starts; a server that gives none is asked
        // from the moment this request left, so no change slips between two refreshes.
        m_updatedSince = !reply.answer->lastPollTime.isEmpty() ? reply.answer->lastPollTime
                                                               : m_askedAtUtc.toString(Qt::ISODateWithMs);
    } else if (!reply.succeeded()) {
        // What changed while CXone could not be reached may be lost to a delta: ask for everything.
        m_next = AgentStatesReply::Question::Everything;
    }
    Q_EMIT answered(reply);
}
