// SPDX-License-Identifier: Apache-2.0
// Answers to start and stop, and Retry-After, as the recording client reads them. The first byte
// picks the status (a documented one), the rest is the body.
#include "cxone/HttpResponse.h"
#include "cxone/RecordingClient.h"

#include <QDateTime>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const int kStatuses[] = { 200, 202, 204, 302, 307, 400, 401, 403, 404, 409, 425, 429, 500, 503, 504 };
    HttpResponse response;
    response.status = kStatuses[data[0] % std::size(kStatuses)];
    response.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    response.attempts = 1;
    response.mayHaveActed = response.attemptMayHaveActed();

    const StartResult start = RecordingClient::parseStartResponse(response);
    // Success always carries both identifiers, the contactId positive; anything else carries none.
    if (vigie::isSuccess(start.outcome) != (start.contactId > 0 && !start.interactionId.isEmpty())) {
        __builtin_trap();
    }
    // A garbled success may hide a started recording: it must never read as "nothing started".
    if (start.outcome == vigie::ApiOutcome::MalformedResponse && !start.mayHaveStarted) {
        __builtin_trap();
    }
    RecordingClient::parseStopResponse(response);
    parseRetryAfterMs(response.body, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    return 0;
}
