// SPDX-License-Identifier: Apache-2.0
#include "recording/StartAnswers.h"

#include "cxone/RecordingClient.h"
#include "recording/RecordingAuthority.h"
#include "recording/RecordingTracker.h"
#include "recording/UnconfirmedStarts.h"
#include "registry/SiteRegistry.h"

using Job = RecordingJob;

StartAnswers::StartAnswers(RecordingClient *client, RecordingTracker *tracker, RecordingRequests *requests,
    const RecordingAuthority *authority, UnconfirmedStarts *unconfirmed, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_requests(requests)
    , m_authority(authority)
    , m_unconfirmed(unconfirmed)
{
    connect(client, &RecordingClient::startFinished, this, &StartAnswers::handleStartFinished);
    connect(m_tracker, &RecordingTracker::recordingAnnounced, this, &StartAnswers::handleAnnounced);
}

void StartAnswers::fail(const QString &userId, const Job &job, const StartResult &result)
{
    Q_EMIT startFailed(userId, job.agentName, result, job.supervisor);
    m_requests->settle(job, false, result.outcome);
}

void StartAnswers::handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result)
{
    const Job job = m_requests->finish(userId);
    if (vigie::isSuccess(result.outcome)) {
        m_unconfirmed->settle(userId);
        handleNamed(userId, job, durationSeconds, result);
        return;
    }
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (!intent) {
        // Forgotten, or its time ran out, while the request was on its way.
        if (job.kind == Job::Kind::Start) {
            Q_EMIT startFailed(userId, job.agentName, result, job.supervisor);
        }
        m_requests->settle(job, false, result.outcome);
        return;
    }
    // A first answer that says CXone did nothing ends it; once a start is unconfirmed, only CXone's
    // own refusal does: a timeout, an undocumented status or a sign-out while asking again proves
    // nothing about the first request.
    // Asked again under another supervisor's key (a shared station), a refusal may only mean that
    // key lacks a right the first one had: it says nothing about the first start.
    const bool certainlyNothing = job.kind == Job::Kind::Confirm
        ? vigie::isRefusalByCxone(result.outcome) && intent->startedBy == m_authority->supervisor()
        : !result.mayHaveStarted;
    if (certainlyNothing) {
        m_tracker->dropPending({ userId });
        m_unconfirmed->settle(userId);
        fail(userId, job, result);
        return;
    }
    keepUnconfirmed(job, result);
}

void StartAnswers::handleNamed(const QString &userId, const Job &job, int durationSeconds, const StartResult &result)
{
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    const TrackedRecording *known = m_tracker->activeByContact(result.contactId);
    if (!known) {
        known = m_tracker->recentlyEnded(result.contactId);
    }
    if (known) {
        // The recording Vigie already knows (or whose countdown just ended): nothing new started.
        const TrackedRecording recording = *known;
        const bool stopAsked = intent && intent->stopRequested;
        const QString stopper = intent ? intent->stopRequestedBy : QString();
        m_tracker->dropPending({ userId });
        Q_EMIT started(recording, vigie::StartKind::AlreadyRunning, vigie::SaveState::Saved, job.supervisor);
        if (stopAsked) {
            Q_EMIT stopWanted(recording.contactId, stopper);
        }
        m_requests->settle(job, true, result.outcome);
        return;
    }
    if (adoptElsewhere(job, result.contactId)) {
        return;
    }
    // A forgotten start that CXone now names is recording all the same: it is tracked.
    TrackedRecording recording;
    if (intent) {
        recording = *intent;
    } else {
        recording.userId = userId;
        recording.agentName = job.agentName;
        recording.durationSeconds = durationSeconds;
        recording.startedAtUtc = m_tracker->wallNowUtc();
        recording.startedBy = job.supervisor;
    }
    recording.contactId = result.contactId;
    recording.interactionId = result.interactionId;
    // Reported once the ledger holds it: the tracker announces it after its (group) write.
    m_awaitingAnnouncement.insert(userId,
        { job, job.kind == Job::Kind::Confirm ? vigie::StartKind::Confirmed : vigie::StartKind::New,
            recording.stopRequested, recording.stopRequestedBy });
    // A Stop asked of the unconfirmed start is sent once the recording is announced.
    recording.stopRequested = false;
    recording.stopRequestedBy.clear();
    m_tracker->track(recording);
    m_requests->pump(); // the connection is free now; only the report waits for the write
}

bool StartAnswers::adoptElsewhere(const Job &job, qint64 contactId)
{
    const SiteRecording *elsewhere = m_registry ? m_registry->byContact(contactId) : nullptr;
    if (!elsewhere || elsewhere->station == m_registry->station()) {
        return false;
    }
    // Its holder and its end are the other station's: this one shows and audits it as such.
    m_tracker->dropPending({ job.userId });
    Q_EMIT started(
        elsewhere->toTracked(), vigie::StartKind::RecordedElsewhere, vigie::SaveState::Saved, job.supervisor);
    m_requests->settle(job, true, vigie::ApiOutcome::Success);
    return true;
}

void StartAnswers::keepUnconfirmed(const Job &job, const StartResult &result)
{
    const TrackedRecording intent = *m_tracker->pendingForUser(job.userId);
    m_tracker->markUnconfirmed(job.userId);
    m_unconfirmed->askAgainLater(job.userId);
    if (intent.confirmation == TrackedRecording::Confirmation::Sending) {
        Q_EMIT startUnconfirmed(*m_tracker->pendingForUser(job.userId), result);
    }
    if (job.inBatch) {
        m_requests->batch().leaveUnconfirmed(job.agentName);
    }
    m_requests->pump();
    m_requests->finishBatchIfDone();
}

void StartAnswers::handleAnnounced(const TrackedRecording &recording, bool saved)
{
    const auto it = m_awaitingAnnouncement.constFind(recording.userId);
    if (it == m_awaitingAnnouncement.constEnd()) {
        return;
    }
    const Announcement announcement = *it;
    m_awaitingAnnouncement.erase(it);
    Q_EMIT started(recording, announcement.kind, saved ? vigie::SaveState::Saved : vigie::SaveState::NotSaved,
        announcement.job.supervisor);
    if (announcement.stopOnceTracked) {
        Q_EMIT stopWanted(recording.contactId, announcement.stoppedBy);
    }
    m_requests->settle(announcement.job, true, vigie::ApiOutcome::Success);
}
