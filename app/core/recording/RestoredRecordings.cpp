// SPDX-License-Identifier: Apache-2.0
#include "recording/RestoredRecordings.h"

RestoredRecordings RestoredRecordings::place(
    const RecordingLedger::LoadResult &loaded, const RecordingClock &clock, qint64 graceMs)
{
    RestoredRecordings restored;
    restored.history = loaded.contents.history;
    restored.changed = loaded.unreadableEntries > 0;
    const qint64 now = clock.monotonicNowMs();
    const bool sameBoot = !clock.bootId().isEmpty() && loaded.contents.bootId == clock.bootId();
    if (sameBoot) {
        // Their deadlines are on this boot's clock: the grace period goes on across the restart.
        for (const TrackedRecording &ended : std::as_const(restored.history)) {
            restored.rememberCountdownEnd(ended, now, graceMs);
        }
    }
    for (TrackedRecording intent : loaded.contents.pending) {
        clock.placeAfterRestart(&intent, sameBoot);
        // Whether the request left before the crash is unknown: CXone may be recording.
        intent.confirmation = TrackedRecording::Confirmation::Unconfirmed;
        if (intent.secondsRemaining(clock.monotonicNowMs()) == 0) {
            intent.endReason = TrackedRecording::EndReason::UnconfirmedElapsed;
            intent.endedAtUtc = intent.endsAtUtc;
            restored.history.prepend(intent);
            restored.changed = true;
        } else {
            restored.pending.append(intent);
        }
    }
    for (TrackedRecording recording : loaded.contents.active) {
        clock.placeAfterRestart(&recording, sameBoot);
        if (recording.secondsRemaining(clock.monotonicNowMs()) == 0) {
            recording.endReason = TrackedRecording::EndReason::EndedWhileClosed;
            recording.endedAtUtc = recording.endsAtUtc;
            // Placed on this boot's clock, at the latest now.
            restored.rememberCountdownEnd(recording, clock.monotonicNowMs(), graceMs);
            restored.history.prepend(recording);
            restored.changed = true;
        } else {
            restored.active.append(recording);
        }
    }
    for (TrackedRecording elsewhere : loaded.contents.stopsElsewhere) {
        // Kept through the grace period past its end like a running one: the Stop may have reached
        // CXone before the crash, and sending it again is what gets its answer told and audited.
        const qint64 msPastEnd = sameBoot && elsewhere.deadlineMs != 0
            ? now - elsewhere.deadlineMs
            : elsewhere.endsAtUtc.msecsTo(clock.wallNowUtc());
        // One whose grace period passed while Vigie was closed is given up on the first tick, and
        // audited then, like one given up while Vigie runs.
        clock.placeAfterRestart(&elsewhere, sameBoot);
        elsewhere.deadlineMs -= qMax<qint64>(0, msPastEnd); // the grace period goes on, not again
        restored.stopsElsewhere.append(elsewhere);
    }
    return restored;
}

void RestoredRecordings::rememberCountdownEnd(const TrackedRecording &ended, qint64 monotonicNowMs, qint64 graceMs)
{
    // A Stop's answer said CXone ended it; only a countdown's end leaves CXone's clock behind ours.
    const bool countdownEnded = ended.endReason == TrackedRecording::EndReason::Elapsed
        || ended.endReason == TrackedRecording::EndReason::EndedWhileClosed;
    if (countdownEnded && ended.contactId != 0 && ended.deadlineMs != 0 && monotonicNowMs - ended.deadlineMs <= graceMs
        && !countdownEnds.contains(ended.contactId)) {
        countdownEnds.insert(ended.contactId, ended.deadlineMs);
    }
}
