// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/ApiOutcome.h"
#include "network/ConnectionFailure.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QUrl>

#include <optional>

// What came back from one HTTP exchange, after retries: either a status with its body,
// or the reason no status arrived.
struct HttpResponse
{
    int status = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    // The answer grew past the cap its kind allows and was abandoned unread: whatever its status
    // said, there is no usable answer, as if it had been lost.
    bool tooLarge = false;
    bool sessionExpired = false; // 401 survived a token refresh
    QByteArray body;
    std::optional<int> retryAfterMs;
    int attempts = 0;
    // Where a 3xx pointed. Vigie never follows it: the request would carry credentials to a host
    // nobody configured, and a redirected POST may arrive as a GET.
    QUrl redirectTarget;
    // A certificate Vigie refused, a TLS version too old, a proxy in the way: with what to name.
    ConnectionFailure connection;
    // True when this attempt, or an earlier one of the same call, may have been carried out by the
    // server although no usable answer says so (a lost answer, a timeout, a 5xx, a garbled 2xx).
    bool mayHaveActed = false;

    // Why a reply was aborted before it finished by itself, if it was.
    enum class Abort { None, ByCaller, Deadline, TooLarge };

    bool hasStatus() const { return status != 0; }
    bool isRedirect() const { return status >= 300 && status < 400 && status != 304; }
    // Reads a finished reply, with the certificate errors Qt reported on its way.
    static HttpResponse fromReply(
        QNetworkReply *reply, Abort abort = Abort::None, const QList<QSslError> &certificateErrors = {});

    // Whether the server may have carried this exchange out: only answers that say it did not
    // (a refusal, a redirect, a connection that never opened) rule it out.
    bool attemptMayHaveActed() const;

    // The outcome for statuses that mean the same for every endpoint; 2xx maps to Success.
    vigie::ApiOutcome outcome() const;
};

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
std::optional<int> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
