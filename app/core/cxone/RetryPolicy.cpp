// SPDX-License-Identifier: Apache-2.0
#include "cxone/RetryPolicy.h"

#include <QRandomGenerator>

bool RetryPolicy::shouldRetry(const HttpResponse &response) const
{
    if (response.attempts >= maxAttempts || response.sessionExpired) {
        return false;
    }
    if (response.retryAfterMs && *response.retryAfterMs > maxRetryAfterMs) {
        return false;
    }
    if (response.connection.isPermanent()) {
        return false; // the same certificate or TLS version would be refused again
    }
    if (!response.hasStatus()) {
        return response.networkError != QNetworkReply::OperationCanceledError || response.timedOut;
    }
    switch (response.status) {
    case 425: // locked while a previous request is processed
    case 429: // rate limited
    case 503: // rate limited or briefly unavailable
    case 504: // the start may have happened; repeating it is harmless
        return true;
    default:
        return false;
    }
}

int RetryPolicy::delayBeforeAttemptMs(int attempt, const std::optional<int> &retryAfterMs) const
{
    const int exponent = qBound(0, attempt - 2, 16);
    const qint64 ceiling = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    // Half fixed, half random: spreads simultaneous retries from a bulk start apart.
    const qint64 jittered = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    return int(qMax<qint64>(jittered, retryAfterMs.value_or(0)));
}
