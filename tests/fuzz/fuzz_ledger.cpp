// SPDX-License-Identifier: Apache-2.0
// The recording ledger as read back from disk after a crash, a full disk or a hand edit.
#include "recording/RecordingLedger.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonArray unreadable;
    const RecordingLedger::LoadResult result = RecordingLedger::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &unreadable);
    if (result.status != RecordingLedger::LoadStatus::Loaded) {
        return 0;
    }
    // Whatever was read writes back and reads again as the same recordings.
    for (const TrackedRecording &recording : result.contents.active + result.contents.pending) {
        const std::optional<TrackedRecording> again = TrackedRecording::fromJson(recording.toJson());
        if (!again || again->contactId != recording.contactId || again->userId != recording.userId
            || again->durationSeconds != recording.durationSeconds || again->deadlineMs != recording.deadlineMs) {
            __builtin_trap();
        }
    }
    for (const TrackedRecording &recording : result.contents.active) {
        if (recording.contactId <= 0) {
            __builtin_trap(); // an active recording Vigie could not stop
        }
    }
    return 0;
}
