// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/RecordingClock.h"
#include "recording/RecordingLedger.h"

#include <QHash>

// What a restart finds in the ledger, placed on this boot's clock: starts and recordings whose
// time ran out while Vigie was closed move to history, and the starts that remain are unconfirmed,
// since whether their request left before the crash is unknown.
struct RestoredRecordings
{
    QVector<TrackedRecording> pending;
    QVector<TrackedRecording> active;
    QVector<TrackedRecording> history;
    QVector<TrackedRecording> stopsElsewhere;
    // contactId -> when its countdown ended, for those that ended within the grace period.
    QHash<qint64, qint64> countdownEnds;
    // The ledger no longer says what Vigie holds: it must be written again.
    bool changed = false;

    static RestoredRecordings place(
        const RecordingLedger::LoadResult &loaded, const RecordingClock &clock, qint64 graceMs);

private:
    void rememberCountdownEnd(const TrackedRecording &ended, qint64 monotonicNowMs, qint64 graceMs);
};
