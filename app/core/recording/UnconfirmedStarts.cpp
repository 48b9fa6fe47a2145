// SPDX-License-Identifier: Apache-2.0
#include "recording/UnconfirmedStarts.h"

#include "cxone/RecordingDuration.h"
#include "recording/RecordingJobQueue.h"
#include "recording/RecordingTracker.h"

UnconfirmedStarts::UnconfirmedStarts(RecordingTracker *tracker, RecordingJobQueue *jobs, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_jobs(jobs)
    , m_schedule([tracker] { return tracker->monotonicNowMs(); })
{
    connect(&m_schedule, &ConfirmationSchedule::due, this, &UnconfirmedStarts::confirm);
}

void UnconfirmedStarts::askAllNow()
{
    for (const TrackedRecording &intent : m_tracker->pending()) {
        if (intent.confirmation == TrackedRecording::Confirmation::Unconfirmed && !m_jobs->isBusy(intent.userId)) {
            m_schedule.scheduleNow(intent.userId);
        }
    }
}

void UnconfirmedStarts::askNowAboutStops()
{
    for (const TrackedRecording &intent : m_tracker->pending()) {
        if (intent.confirmation == TrackedRecording::Confirmation::Unconfirmed && intent.stopRequested
            && !m_jobs->isBusy(intent.userId)) {
            m_schedule.scheduleNow(intent.userId);
        }
    }
}

void UnconfirmedStarts::stopWhenConfirmed(const QString &userId, const QString &supervisor)
{
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (!intent || intent->stopRequested) {
        return; // nothing to stop, or already on its way to being stopped
    }
    m_tracker->setStopRequested(userId, supervisor);
    if (!m_jobs->isBusy(userId)) {
        m_schedule.scheduleNow(userId);
    }
}

void UnconfirmedStarts::forget(const QString &userId)
{
    const QVector<RecordingJob> dropped = m_jobs->drop(
        [&userId](const RecordingJob &job) { return job.kind == RecordingJob::Kind::Confirm && job.userId == userId; });
    for (const RecordingJob &job : dropped) {
        m_jobs->release(job.userId);
    }
    m_schedule.remove(userId);
    m_tracker->forget(userId);
}

void UnconfirmedStarts::confirm(const QString &userId)
{
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (!intent) {
        m_schedule.remove(userId);
        return;
    }
    if (m_jobs->isBusy(userId)) {
        return; // its answer reschedules it
    }
    if (m_mayAsk && !m_mayAsk(*intent)) {
        m_schedule.remove(userId);
        return;
    }
    // The rest of what was asked, so that a start CXone never received ends when it was meant to.
    const int remaining = m_tracker->secondsRemaining(*intent);
    if (remaining < RecordingDuration::kMinimumSeconds) {
        m_schedule.remove(userId); // too late to ask: it ends by itself, and so does its row
        return;
    }
    RecordingJob job;
    job.kind = RecordingJob::Kind::Confirm;
    job.userId = userId;
    job.agentName = intent->agentName;
    job.supervisor = intent->startedBy; // what CXone names is their recording
    // Asked to stop it: the shortest recording CXone allows. If the first start never reached
    // CXone, this one is all there is, and it ends in seconds even if the stop that follows fails.
    job.durationSeconds = intent->stopRequested ? RecordingDuration::kMinimumSeconds
                                                : qMin(remaining, RecordingDuration::kMaximumSeconds);
    job.inBatch = false;
    m_jobs->prepend(job);
    Q_EMIT queued();
}
