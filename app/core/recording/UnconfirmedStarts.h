// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/ConfirmationSchedule.h"

#include <QObject>

#include <functional>

class RecordingJobQueue;
class RecordingTracker;
struct TrackedRecording;

// Starts whose answer was lost after CXone may have acted. Each is asked about again, with
// back-off, by sending the start once more with what remains of its duration: a running recording
// is not duplicated and CXone answers with it (docs/cxone-contract.md#one-recording-per-agent).
// Asking stops when CXone names the recording or refuses, when its time has run out, or when the
// supervisor forgets it.
class UnconfirmedStarts : public QObject
{
    Q_OBJECT
public:
    UnconfirmedStarts(RecordingTracker *tracker, RecordingJobQueue *jobs, QObject *parent = nullptr);

    void setBackoff(int firstDelayMs, int longestDelayMs) { m_schedule.setBackoff(firstDelayMs, longestDelayMs); }
    // Whether a start may be asked about now, under the key signed in; one that may not is asked
    // about again at the next askAllNow().
    void setPermission(std::function<bool(const TrackedRecording &)> mayAsk) { m_mayAsk = std::move(mayAsk); }
    // Asks at once about every unconfirmed start (after a restart, after signing in).
    void askAllNow();
    // Asks at once about the unconfirmed starts the supervisor asked to stop (once the scope that
    // may allow them is known); the others keep their back-off.
    void askNowAboutStops();
    // A supervisor pressed Stop: ask now, and stop the recording as soon as CXone names it.
    void stopWhenConfirmed(const QString &userId, const QString &supervisor);
    // Stop asking. CXone may still be recording until its end time.
    void forget(const QString &userId);
    // CXone answered for good (named the recording or refused): nothing more to ask.
    void settle(const QString &userId) { m_schedule.remove(userId); }
    // The answer was lost again: ask later, a little further apart.
    void askAgainLater(const QString &userId) { m_schedule.scheduleAfterFailure(userId); }

Q_SIGNALS:
    // A confirmation waits in the job queue, ahead of new work.
    void queued();

private:
    void confirm(const QString &userId);

    RecordingTracker *m_tracker;
    RecordingJobQueue *m_jobs;
    ConfirmationSchedule m_schedule;
    std::function<bool(const TrackedRecording &)> m_mayAsk;
};
