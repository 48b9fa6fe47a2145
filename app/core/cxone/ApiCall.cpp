// SPDX-License-Identifier: Apache-2.0
#include "cxone/ApiCall.h"

#include "cxone/HttpExchange.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

ApiCall::ApiCall(QNetworkAccessManager *network, TokenProvider *tokens, const QByteArray &verb, const QUrl &url,
    const RetryPolicy &policy, qint64 largestAnswer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_verb(verb)
    , m_url(url)
    , m_policy(policy)
    , m_largestAnswer(largestAnswer)
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which would retry before Retry-After allows.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

void ApiCall::start()
{
    if (m_tokens->state() == TokenProvider::State::Refreshing) {
        waitForRefresh();
        return;
    }
    sendAttempt();
}

void ApiCall::cancel()
{
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_exchange) {
        m_exchange->abort(); // answers through handleAttempt
        return;
    }
    HttpResponse response;
    response.networkError = QNetworkReply::OperationCanceledError;
    finish(response);
}

void ApiCall::sendAttempt()
{
    if (!m_tokens->hasToken()) {
        finishWithoutAnswer(true);
        return;
    }
    // A retry goes out under the key of the first attempt or not at all: a start retried under
    // the next supervisor's key (a shared station) would be theirs.
    if (m_attempts == 0) {
        m_keyId = m_tokens->keyId();
    } else if (m_tokens->keyId() != m_keyId) {
        finishWithoutAnswer(true);
        return;
    }
    ++m_attempts;
    const CxoneEnvironment &environment = m_tokens->environment();
    QNetworkRequest request = HttpExchange::requestFor(m_url, environment.requestTimeoutMs);
    request.setRawHeader("Authorization", m_tokens->authorizationHeader());
    m_exchange
        = new HttpExchange(m_network, request, m_verb, {}, environment.exchangeDeadlineMs(), m_largestAnswer, this);
    connect(m_exchange, &HttpExchange::finished, this, &ApiCall::handleAttempt);
}

void ApiCall::handleAttempt(HttpResponse response)
{
    m_exchange = nullptr;
    m_mayHaveActed = m_mayHaveActed || response.mayHaveActed;
    response.attempts = m_attempts;
    if (m_cancelled) {
        finish(response);
        return;
    }
    if (response.status == 401 && !m_refreshedAfter401) {
        // docs/cxone-contract.md#keeping-the-token: refresh once on 401, then give up and ask for a new sign-in.
        m_refreshedAfter401 = true;
        --m_attempts; // the replay after a refresh is not a retry
        waitForRefresh();
        m_tokens->refresh();
        return;
    }
    if (response.status == 401) {
        response.sessionExpired = true;
    }
    const bool unusableSuccess = response.status / 100 == 2 && m_isUsable && !m_isUsable(response);
    if (m_policy.shouldRetry(response) || (unusableSuccess && m_attempts < m_policy.maxAttempts)) {
        const int delayMs = m_policy.delayBeforeAttemptMs(m_attempts + 1, response.retryAfterMs);
        qCInfo(lcCxone) << m_verb << m_url.path() << "attempt" << m_attempts << "got status" << response.status
                        << response.networkError << "- retrying in" << delayMs << "ms";
        m_retryTimer.start(delayMs);
        return;
    }
    finish(response);
}

void ApiCall::waitForRefresh()
{
    connect(
        m_tokens, &TokenProvider::refreshFinished, this,
        [this](bool ok) {
            if (m_cancelled || m_finished) {
                return;
            }
            if (ok || m_tokens->hasToken()) {
                sendAttempt();
                return;
            }
            finishWithoutAnswer(true);
        },
        Qt::SingleShotConnection);
}

void ApiCall::finishWithoutAnswer(bool sessionExpired)
{
    HttpResponse response;
    response.sessionExpired = sessionExpired;
    finish(response);
}

void ApiCall::finish(HttpResponse response)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    response.attempts = m_attempts;
    response.mayHaveActed = m_mayHaveActed;
    Q_EMIT finished(response);
    deleteLater();
}
