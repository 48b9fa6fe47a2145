// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/HttpResponse.h"

#include <optional>

// Bounded exponential back-off with jitter. Both recording endpoints are safe to repeat: a second
// start returns the running recording, a second stop answers 404 (docs/cxone-contract.md#retries-and-rate-limits).
struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 400;
    int maxDelayMs = 8000;
    // A server asking us to wait longer than this is treated as a failure to report, not a wait.
    int maxRetryAfterMs = 30000;

    static RetryPolicy none() { return RetryPolicy { 1, 0, 0, 0 }; }

    bool shouldRetry(const HttpResponse &response) const;
    // Delay before the given attempt (2 = first retry); honours Retry-After when longer.
    int delayBeforeAttemptMs(int attempt, const std::optional<int> &retryAfterMs) const;
};
