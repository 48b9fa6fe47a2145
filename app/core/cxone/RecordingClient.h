// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/RecordingResults.h"
#include "cxone/RetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiCall;
class QNetworkAccessManager;
class TokenProvider;
struct HttpResponse;

// The two endpoints of interaction-recording-management-service (docs/cxone-contract.md#the-recording-endpoints),
// nothing else.
// Requests for one agent are never interleaved: CXone locks the interaction while it
// processes one (425), so a second request for the same agent is refused locally.
class RecordingClient : public QObject
{
    Q_OBJECT
public:
    RecordingClient(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    bool isBusy(const QString &userId) const { return m_inFlight.contains(userId); }
    // Whether a supervisor is signed in: without a token nothing can be asked of CXone.
    bool isSignedIn() const;

    // Each call ends with exactly one startFinished/stopFinished, even when refused locally.
    void start(const QString &userId, int durationSeconds);
    void stop(const QString &userId, qint64 contactId);

    static StartResult parseStartResponse(const HttpResponse &response);
    static StopResult parseStopResponse(const HttpResponse &response);
    // contactId exactly as CXone sent it: a positive 64-bit integer, as a JSON integer or as digits.
    static std::optional<qint64> contactIdFrom(const QJsonValue &value);

Q_SIGNALS:
    void startFinished(const QString &userId, int durationSeconds, const StartResult &result);
    void stopFinished(const QString &userId, qint64 contactId, const StopResult &result);

private:
    QUrl endpoint(const QString &action, const QString &userId, const QString &secondName, qint64 secondValue) const;
    std::optional<vigie::ApiOutcome> refusal(const QString &userId) const;
    ApiCall *post(const QString &userId, const QUrl &url);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    RetryPolicy m_policy;
    QHash<QString, QPointer<ApiCall>> m_inFlight;
};
