// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/HttpResponse.h"
#include "cxone/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class HttpExchange;
class QNetworkAccessManager;
class TokenProvider;

// One authorized request to the CXone API, seen through to its end: bearer token on every
// attempt, a single token refresh and replay on 401, bounded retries with back-off for the
// statuses the policy names. Emits finished() exactly once, then deletes itself. The response it
// hands back remembers whether any attempt may have been carried out (HttpResponse::mayHaveActed).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *network, TokenProvider *tokens, const QByteArray &verb, const QUrl &url,
        const RetryPolicy &policy, qint64 largestAnswer, QObject *parent = nullptr);

    // For idempotent requests whose success body matters: a 2xx that fails this check (cut or
    // garbled on the way) is retried like a transient error instead of being handed back.
    void setResponseValidator(std::function<bool(const HttpResponse &)> isUsable) { m_isUsable = std::move(isUsable); }

    void start();
    // Ends the call now (an attempt on its way is aborted: it may still have been carried out).
    void cancel();

Q_SIGNALS:
    void finished(const HttpResponse &response);

private:
    void sendAttempt();
    void handleAttempt(HttpResponse response);
    void waitForRefresh();
    void finishWithoutAnswer(bool sessionExpired);
    void finish(HttpResponse response);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    QByteArray m_verb;
    QUrl m_url;
    RetryPolicy m_policy;
    qint64 m_largestAnswer; // bytes; AnswerLimits has one for each kind of request
    std::function<bool(const HttpResponse &)> m_isUsable;
    QPointer<HttpExchange> m_exchange;
    QTimer m_retryTimer;
    int m_attempts = 0;
    QString m_keyId; // the access key the first attempt went out under
    bool m_mayHaveActed = false;
    bool m_refreshedAfter401 = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
