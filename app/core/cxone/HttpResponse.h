#pragma once

#include "cxone/ApiOutcome.h"

#include <QByteArray>
#include <QNetworkReply>

#include <optional>

// What came back from one HTTP exchange, after retries: either a status with its body,
// or the reason no status arrived.
struct HttpResponse
{
    int status = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    bool sessionExpired = false; // 401 survived a token refresh
    QByteArray body;
    std::optional<int> retryAfterMs;
    int attempts = 0;

    bool hasStatus() const { return status != 0; }
    // Reads a finished reply. A cancellation we did not ask for is the transfer timeout firing.
    static HttpResponse fromReply(QNetworkReply *reply, bool cancelledByUs = false);

    // The outcome for statuses that mean the same for every endpoint; 2xx maps to Success.
    ApiOutcome outcome() const;
};

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
std::optional<int> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
