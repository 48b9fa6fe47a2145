#include "recording/RecordingController.h"

#include "cxone/RecordingClient.h"
#include "cxone/RecordingDuration.h"

RecordingController::RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
{
    connect(m_client, &RecordingClient::startFinished, this, &RecordingController::handleStartFinished);
    connect(m_client, &RecordingClient::stopFinished, this, &RecordingController::handleStopFinished);
    connect(m_tracker, &RecordingTracker::recordingAdded, this, [this](const TrackedRecording &recording, bool saved) {
        const auto job = m_awaitingAnnouncement.constFind(recording.userId);
        if (job == m_awaitingAnnouncement.constEnd()) {
            return;
        }
        const QString agentName = job->agentName;
        m_awaitingAnnouncement.erase(job);
        Q_EMIT started(recording, StartKind::New, saved ? SaveState::Saved : SaveState::NotSaved);
        settle(true, agentName, ApiOutcome::Success);
    });
}

QString RecordingController::userIdFor(const Agent &agent) const
{
    return m_userIdField == CxoneEnvironment::UserIdField::AgentId ? QString::number(agent.agentId) : agent.userId;
}

void RecordingController::start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose)
{
    for (const Agent &agent : agents) {
        const QString userId = userIdFor(agent);
        if (const TrackedRecording *running = m_tracker->activeForUser(userId)) {
            // cxone-api.md: a second start changes nothing, so it is not even sent.
            Q_EMIT started(*running, StartKind::AlreadyRunning, SaveState::Saved);
            continue;
        }
        if (m_busyUsers.contains(userId)) {
            continue;
        }
        Job job;
        job.userId = userId;
        job.agentId = agent.agentId;
        job.agentName = agent.displayName();
        job.durationSeconds = durationSeconds;
        job.purpose = purpose;
        enqueue(job);
    }
    notePendingStarts();
    pump();
}

void RecordingController::stop(const QVector<qint64> &contactIds)
{
    for (qint64 contactId : contactIds) {
        enqueueStop(contactId, 0);
    }
    pump();
}

void RecordingController::extend(qint64 contactId, int durationSeconds)
{
    enqueueStop(contactId, durationSeconds);
    pump();
}

void RecordingController::enqueueStop(qint64 contactId, int extendToSeconds)
{
    const TrackedRecording *recording = m_tracker->activeByContact(contactId);
    if (!recording || m_busyUsers.contains(recording->userId)) {
        return;
    }
    Job job;
    job.kind = Job::Kind::Stop;
    job.userId = recording->userId;
    job.agentName = recording->agentName;
    job.contactId = contactId;
    job.extendToSeconds = extendToSeconds;
    enqueue(job);
}

void RecordingController::notePendingStarts()
{
    // One ledger write for a whole batch: a thousand fsyncs would cost more than the requests.
    QVector<TrackedRecording> intents;
    const QDateTime now = m_tracker->nowUtc();
    for (Job &job : m_queue) {
        if (job.kind != Job::Kind::Start || job.requestedAtUtc.isValid()) {
            continue;
        }
        job.requestedAtUtc = now;
        TrackedRecording intent;
        intent.userId = job.userId;
        intent.agentId = job.agentId;
        intent.agentName = job.agentName;
        intent.startedAtUtc = job.requestedAtUtc;
        intent.durationSeconds = job.durationSeconds;
        intent.startedBy = m_supervisor;
        intent.purpose = job.purpose;
        intent.replacesContactId = job.replacesContactId;
        intents.append(intent);
    }
    if (!intents.isEmpty()) {
        m_tracker->notePending(intents);
    }
}

RecordingController::Job RecordingController::startJobFor(const TrackedRecording &recording, int durationSeconds) const
{
    Job job;
    job.userId = recording.userId;
    job.agentId = recording.agentId;
    job.agentName = recording.agentName;
    job.durationSeconds = durationSeconds;
    job.purpose = recording.purpose;
    return job;
}

void RecordingController::resumePending()
{
    const QVector<TrackedRecording> intents = m_tracker->pending();
    const QDateTime now = m_tracker->nowUtc();
    for (const TrackedRecording &intent : intents) {
        const int left = intent.durationSeconds - int(intent.startedAtUtc.secsTo(now));
        if (left < RecordingDuration::kMinimumSeconds || m_busyUsers.contains(intent.userId)) {
            m_tracker->dropPending(intent.userId);
            continue;
        }
        Job job = startJobFor(intent, left);
        // Keep the first request's clock: either way the recording ends when it was meant to.
        job.requestedAtUtc = intent.startedAtUtc;
        job.intendedDurationSeconds = intent.durationSeconds;
        job.replacesContactId = intent.replacesContactId;
        enqueue(job);
    }
    pump();
}

void RecordingController::cancelQueued()
{
    while (!m_queue.isEmpty()) {
        const Job job = m_queue.dequeue();
        ++m_batch.cancelled;
        ++m_batchDone;
        setBusy(job.userId, false);
    }
    finishBatchIfDone();
}

void RecordingController::enqueue(const Job &job)
{
    m_queue.enqueue(job);
    ++m_batch.requested;
    setBusy(job.userId, true);
}

void RecordingController::pump()
{
    while (m_inFlight.size() < m_concurrency && !m_queue.isEmpty()) {
        send(m_queue.dequeue());
    }
    if (m_batch.requested > 0) {
        Q_EMIT batchProgress(m_batchDone, m_batch.requested);
    }
}

void RecordingController::send(Job job)
{
    job.sentAtUtc = m_tracker->nowUtc();
    m_inFlight.insert(job.userId, job);
    if (job.kind == Job::Kind::Stop) {
        m_client->stop(job.userId, job.contactId);
    } else {
        m_client->start(job.userId, job.durationSeconds);
    }
}

void RecordingController::handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result)
{
    const Job job = m_inFlight.take(userId);
    setBusy(userId, false);
    if (!isSuccess(result.outcome)) {
        m_tracker->dropPending(userId);
        Q_EMIT startFailed(userId, job.agentName, result);
        settle(false, job.agentName, result.outcome);
        return;
    }
    if (const TrackedRecording *known = m_tracker->activeByContact(result.contactId)) {
        m_tracker->dropPending(userId);
        Q_EMIT started(*known, StartKind::AlreadyRunning, SaveState::Saved);
        settle(true, job.agentName, result.outcome);
        return;
    }
    TrackedRecording recording;
    recording.userId = userId;
    recording.agentId = job.agentId;
    recording.agentName = job.agentName;
    recording.contactId = result.contactId;
    recording.interactionId = result.interactionId;
    // When the request left, not when the answer came: the countdown must never outlast the real
    // recording. A resumed start keeps the first request's time, so it ends when first meant to.
    recording.startedAtUtc = job.intendedDurationSeconds > 0 ? job.requestedAtUtc : job.sentAtUtc;
    recording.durationSeconds = job.intendedDurationSeconds > 0 ? job.intendedDurationSeconds : durationSeconds;
    recording.startedBy = m_supervisor;
    recording.purpose = job.purpose;
    recording.replacesContactId = job.replacesContactId;
    // Reported once the ledger holds it: the tracker announces it after its (group) write.
    m_awaitingAnnouncement.insert(userId, job);
    m_tracker->track(recording);
    pump(); // the connection is free now; only the report waits for the write
}

void RecordingController::handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result)
{
    const Job job = m_inFlight.take(userId);
    setBusy(userId, false);
    const TrackedRecording *tracked = m_tracker->activeByContact(contactId);
    const bool ended = isSuccess(result.outcome) || result.outcome == ApiOutcome::AlreadyEnded;
    if (!tracked) {
        settle(ended, job.agentName, result.outcome); // it elapsed while the stop was on its way
        return;
    }
    const TrackedRecording recording = *tracked;
    if (!ended) {
        Q_EMIT stopFailed(recording, result);
        settle(false, job.agentName, result.outcome);
        return;
    }
    const bool hadEnded = result.outcome == ApiOutcome::AlreadyEnded;
    m_tracker->finish(
        contactId, hadEnded ? TrackedRecording::EndReason::AlreadyEndedOnServer : TrackedRecording::EndReason::Stopped);
    Q_EMIT stopped(recording, hadEnded ? StopKind::HadAlreadyEnded : StopKind::Stopped);
    if (job.extendToSeconds > 0) {
        Job restart = startJobFor(recording, job.extendToSeconds);
        restart.replacesContactId = contactId;
        enqueue(restart);
        notePendingStarts();
    }
    settle(true, job.agentName, result.outcome);
}

void RecordingController::settle(bool succeeded, const QString &agentName, ApiOutcome outcome)
{
    ++m_batchDone;
    if (succeeded) {
        ++m_batch.succeeded;
    } else {
        m_batch.failures.append({ agentName, outcome });
    }
    pump();
    finishBatchIfDone();
}

void RecordingController::finishBatchIfDone()
{
    if (m_queue.isEmpty() && m_inFlight.isEmpty() && m_awaitingAnnouncement.isEmpty() && m_batch.requested > 0) {
        const BatchSummary summary = m_batch;
        m_batch = {};
        m_batchDone = 0;
        Q_EMIT batchFinished(summary);
    }
}

void RecordingController::setBusy(const QString &userId, bool busy)
{
    if (busy == m_busyUsers.contains(userId)) {
        return;
    }
    if (busy) {
        m_busyUsers.insert(userId);
    } else {
        m_busyUsers.remove(userId);
    }
    Q_EMIT pendingChanged(userId, busy);
}
