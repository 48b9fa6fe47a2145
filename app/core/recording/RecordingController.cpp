#include "recording/RecordingController.h"

#include "cxone/RecordingClient.h"
#include "cxone/RecordingDuration.h"

RecordingController::RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_confirmations([tracker] { return tracker->monotonicNowMs(); })
{
    connect(m_client, &RecordingClient::startFinished, this, &RecordingController::handleStartFinished);
    connect(m_client, &RecordingClient::stopFinished, this, &RecordingController::handleStopFinished);
    connect(m_tracker, &RecordingTracker::recordingAdded, this, &RecordingController::handleAnnounced);
    connect(&m_confirmations, &ConfirmationSchedule::due, this, &RecordingController::confirm);
}

void RecordingController::setConfirmationBackoff(int firstDelayMs, int longestDelayMs)
{
    m_confirmations.setBackoff(firstDelayMs, longestDelayMs);
}

QString RecordingController::userIdFor(const Agent &agent) const
{
    return m_userIdField == CxoneEnvironment::UserIdField::AgentId ? QString::number(agent.agentId) : agent.userId;
}

void RecordingController::setScope(const SupervisorScope &scope, const QVector<Agent> &agents)
{
    m_scope = scope;
    m_userIdsInScope.clear();
    for (const Agent &agent : agents) {
        if (scope.includes(agent)) {
            m_userIdsInScope.insert(userIdFor(agent));
        }
    }
}

bool RecordingController::isInScope(const QString &userId) const
{
    return !m_scope.isRestricted() || m_userIdsInScope.contains(userId);
}

void RecordingController::refuseOutOfScope(const QString &userId, const QString &agentName)
{
    ++m_batch.requested;
    StartResult result;
    result.outcome = ApiOutcome::OutOfScope;
    result.detail = QStringLiteral("outside the supervisor's scope, %1").arg(m_scope.auditText());
    Q_EMIT startFailed(userId, agentName, result);
    Job job;
    job.userId = userId;
    job.agentName = agentName;
    settle(job, false, result.outcome);
}

void RecordingController::start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose)
{
    QVector<TrackedRecording> intents;
    QVector<const Agent *> outOfScope;
    for (const Agent &agent : agents) {
        const QString userId = userIdFor(agent);
        // Defence in depth: the directory lists nobody outside the scope, and whoever asks, nothing
        // reaches CXone for them.
        if (!isInScope(userId)) {
            outOfScope.append(&agent);
            continue;
        }
        if (const TrackedRecording *running = m_tracker->activeForUser(userId)) {
            // cxone-api.md: a second start changes nothing, so it is not even sent.
            Q_EMIT started(*running, StartKind::AlreadyRunning, SaveState::Saved);
            continue;
        }
        if (m_busyUsers.contains(userId) || m_tracker->pendingForUser(userId)) {
            continue; // already on its way, or being confirmed with CXone
        }
        TrackedRecording intent;
        intent.userId = userId;
        intent.agentId = agent.agentId;
        intent.agentName = agent.displayName();
        intent.teamName = agent.teamName;
        intent.durationSeconds = durationSeconds;
        intent.startedBy = m_supervisor;
        intent.purpose = purpose;
        intent.scope = m_scope.auditText();
        intents.append(intent);
    }
    queueStarts(intents);
    // Refused once the others are queued, so that the batch does not end before they are counted.
    for (const Agent *agent : std::as_const(outOfScope)) {
        refuseOutOfScope(userIdFor(*agent), agent->displayName());
    }
    pump();
}

void RecordingController::queueStarts(QVector<TrackedRecording> intents)
{
    if (intents.isEmpty()) {
        return;
    }
    QString error;
    // One ledger write for a whole batch: a thousand fsyncs would cost more than the requests.
    const bool noted = m_tracker->notePending(intents, &error);
    for (const TrackedRecording &intent : std::as_const(intents)) {
        Job job;
        job.userId = intent.userId;
        job.agentName = intent.agentName;
        job.durationSeconds = intent.durationSeconds;
        if (noted) {
            enqueue(job);
            continue;
        }
        // A start the ledger does not hold could be lost by a crash: it is not sent at all.
        ++m_batch.requested;
        StartResult result;
        result.outcome = ApiOutcome::NotSaved;
        result.detail = error;
        Q_EMIT startFailed(intent.userId, intent.agentName, result);
        settle(job, false, result.outcome);
    }
}

void RecordingController::stop(const QVector<qint64> &contactIds)
{
    for (qint64 contactId : contactIds) {
        enqueueStop(contactId, 0, true);
    }
    pump();
}

int RecordingController::stopRecordingsOf(const QStringList &userIds)
{
    int stopping = 0;
    for (const QString &userId : userIds) {
        if (const TrackedRecording *recording = m_tracker->activeForUser(userId)) {
            enqueueStop(recording->contactId, 0, true);
            ++stopping;
        } else if (m_tracker->pendingForUser(userId)) {
            stopUnconfirmed(userId);
            ++stopping;
        }
    }
    pump();
    return stopping;
}

void RecordingController::extend(qint64 contactId, int durationSeconds)
{
    // The new start would be refused: the running recording is left as it is.
    const TrackedRecording *recording = m_tracker->activeByContact(contactId);
    if (recording && !isInScope(recording->userId)) {
        refuseOutOfScope(recording->userId, recording->agentName);
        return;
    }
    enqueueStop(contactId, durationSeconds, true);
    pump();
}

void RecordingController::enqueueStop(qint64 contactId, int extendToSeconds, bool inBatch)
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
    job.inBatch = inBatch;
    enqueue(job);
}

void RecordingController::stopUnconfirmed(const QString &userId)
{
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (!intent || intent->stopRequested) {
        return; // nothing to stop, or already on its way to being stopped
    }
    m_tracker->setStopRequested(userId);
    if (!m_busyUsers.contains(userId)) {
        m_confirmations.scheduleNow(userId);
    }
}

void RecordingController::forget(const QString &userId)
{
    dropQueued([&userId](const Job &job) { return job.kind == Job::Kind::Confirm && job.userId == userId; });
    m_confirmations.remove(userId);
    m_tracker->forget(userId);
}

void RecordingController::resumePending()
{
    for (const TrackedRecording &intent : m_tracker->pending()) {
        if (intent.confirmation == TrackedRecording::Confirmation::Unconfirmed
            && !m_busyUsers.contains(intent.userId)) {
            m_confirmations.scheduleNow(intent.userId);
        }
    }
}

void RecordingController::confirm(const QString &userId)
{
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (!intent) {
        m_confirmations.remove(userId);
        return;
    }
    if (m_busyUsers.contains(userId)) {
        return; // its answer reschedules it
    }
    // The rest of what was asked, so that a start CXone never received ends when it was meant to.
    const int remaining = m_tracker->secondsRemaining(*intent);
    if (remaining < RecordingDuration::kMinimumSeconds) {
        m_confirmations.remove(userId); // too late to ask: it ends by itself, and so does its row
        return;
    }
    Job job;
    job.kind = Job::Kind::Confirm;
    job.userId = userId;
    job.agentName = intent->agentName;
    // Asked to stop it: the shortest recording CXone allows. If the first start never reached
    // CXone, this one is all there is, and it ends in seconds even if the stop that follows fails.
    job.durationSeconds = intent->stopRequested ? RecordingDuration::kMinimumSeconds
                                                : qMin(remaining, RecordingDuration::kMaximumSeconds);
    job.inBatch = false;
    // The truth about a recording comes before new work.
    m_queue.prepend(job);
    setBusy(userId, true);
    pump();
}

void RecordingController::cancelQueued()
{
    dropQueued([](const Job &job) { return job.inBatch; });
}

void RecordingController::abandonUnsent()
{
    dropQueued([](const Job &job) { return job.kind != Job::Kind::Confirm; });
}

void RecordingController::dropQueued(const std::function<bool(const Job &)> &which)
{
    QVector<Job> dropped;
    QQueue<Job> kept;
    for (const Job &job : std::as_const(m_queue)) {
        (which(job) ? dropped : kept).append(job);
    }
    if (dropped.isEmpty()) {
        return;
    }
    m_queue = kept;
    QStringList neverSent;
    for (const Job &job : std::as_const(dropped)) {
        if (job.kind == Job::Kind::Start) {
            neverSent.append(job.userId);
        }
    }
    // Off the disk before anyone hears "cancelled": a restart must not send them after all.
    m_tracker->dropPending(neverSent);
    for (const Job &job : std::as_const(dropped)) {
        setBusy(job.userId, false);
        if (job.inBatch) {
            ++m_batch.cancelled;
            ++m_batchDone;
        }
    }
    pump();
    finishBatchIfDone();
}

void RecordingController::enqueue(const Job &job)
{
    m_queue.enqueue(job);
    if (job.inBatch) {
        ++m_batch.requested;
    }
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

void RecordingController::send(const Job &job)
{
    m_inFlight.insert(job.userId, job);
    if (job.kind == Job::Kind::Stop) {
        m_client->stop(job.userId, job.contactId);
        return;
    }
    if (job.kind == Job::Kind::Start) {
        m_tracker->markSent(job.userId); // a confirmation keeps the first request's clock
    }
    m_client->start(job.userId, job.durationSeconds);
}

void RecordingController::handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result)
{
    const Job job = m_inFlight.take(userId);
    setBusy(userId, false);
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (isSuccess(result.outcome)) {
        m_confirmations.remove(userId);
        const TrackedRecording *known = m_tracker->activeByContact(result.contactId);
        if (!known) {
            known = m_tracker->recentlyEnded(result.contactId);
        }
        if (known) {
            // The recording Vigie already knows (or whose countdown just ended): nothing new started.
            const TrackedRecording recording = *known;
            m_tracker->dropPending({ userId });
            Q_EMIT started(recording, StartKind::AlreadyRunning, SaveState::Saved);
            settle(job, true, result.outcome);
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
            recording.startedBy = m_supervisor;
        }
        recording.contactId = result.contactId;
        recording.interactionId = result.interactionId;
        recording.stopRequested = false;
        // Reported once the ledger holds it: the tracker announces it after its (group) write.
        m_awaitingAnnouncement.insert(userId,
            { job, job.kind == Job::Kind::Confirm ? StartKind::Confirmed : StartKind::New,
                intent && intent->stopRequested });
        m_tracker->track(recording);
        pump(); // the connection is free now; only the report waits for the write
        return;
    }
    if (!intent) {
        // Forgotten, or its time ran out, while the request was on its way.
        if (job.kind == Job::Kind::Start) {
            Q_EMIT startFailed(userId, job.agentName, result);
        }
        settle(job, false, result.outcome);
        return;
    }
    // A first answer that says CXone did nothing ends it; once a start is unconfirmed, only a
    // refusal does: a timeout or an undocumented status while asking again proves nothing.
    const bool certainlyNothing
        = job.kind == Job::Kind::Confirm ? isDefiniteRefusal(result.outcome) : !result.mayHaveStarted;
    if (certainlyNothing) {
        m_tracker->dropPending({ userId });
        m_confirmations.remove(userId);
        Q_EMIT startFailed(userId, job.agentName, result);
        settle(job, false, result.outcome);
        return;
    }
    keepUnconfirmed(job, result);
}

void RecordingController::keepUnconfirmed(const Job &job, const StartResult &result)
{
    const TrackedRecording intent = *m_tracker->pendingForUser(job.userId);
    m_tracker->markUnconfirmed(job.userId);
    m_confirmations.scheduleAfterFailure(job.userId);
    if (intent.confirmation == TrackedRecording::Confirmation::Sending) {
        Q_EMIT startUnconfirmed(*m_tracker->pendingForUser(job.userId), result);
    }
    if (job.inBatch) {
        m_batch.unconfirmed.append(job.agentName);
        ++m_batchDone;
    }
    pump();
    finishBatchIfDone();
}

void RecordingController::handleAnnounced(const TrackedRecording &recording, bool saved)
{
    const auto it = m_awaitingAnnouncement.constFind(recording.userId);
    if (it == m_awaitingAnnouncement.constEnd()) {
        return;
    }
    const Announcement announcement = *it;
    m_awaitingAnnouncement.erase(it);
    Q_EMIT started(recording, announcement.kind, saved ? SaveState::Saved : SaveState::NotSaved);
    if (announcement.stopOnceTracked) {
        enqueueStop(recording.contactId, 0, false);
    }
    settle(announcement.job, true, ApiOutcome::Success);
}

void RecordingController::handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result)
{
    const Job job = m_inFlight.take(userId);
    setBusy(userId, false);
    const TrackedRecording *tracked = m_tracker->activeByContact(contactId);
    const bool ended = isSuccess(result.outcome) || result.outcome == ApiOutcome::AlreadyEnded;
    if (!tracked) {
        settle(job, ended, result.outcome); // it elapsed while the stop was on its way
        return;
    }
    const TrackedRecording recording = *tracked;
    if (!ended) {
        Q_EMIT stopFailed(recording, result);
        settle(job, false, result.outcome);
        return;
    }
    const bool hadEnded = result.outcome == ApiOutcome::AlreadyEnded;
    m_tracker->finish(
        contactId, hadEnded ? TrackedRecording::EndReason::AlreadyEndedOnServer : TrackedRecording::EndReason::Stopped);
    Q_EMIT stopped(recording, hadEnded ? StopKind::HadAlreadyEnded : StopKind::Stopped);
    if (job.extendToSeconds > 0) {
        queueStarts({ intentFor(recording, job.extendToSeconds) });
    }
    settle(job, true, result.outcome);
}

TrackedRecording RecordingController::intentFor(const TrackedRecording &recording, int durationSeconds) const
{
    TrackedRecording intent;
    intent.userId = recording.userId;
    intent.agentId = recording.agentId;
    intent.agentName = recording.agentName;
    intent.teamName = recording.teamName;
    intent.durationSeconds = durationSeconds;
    intent.startedBy = m_supervisor;
    intent.purpose = recording.purpose;
    intent.scope = m_scope.auditText();
    intent.replacesContactId = recording.contactId;
    return intent;
}

void RecordingController::settle(const Job &job, bool succeeded, ApiOutcome outcome)
{
    if (job.inBatch) {
        ++m_batchDone;
        if (succeeded) {
            ++m_batch.succeeded;
        } else {
            m_batch.failures.append({ job.agentName, outcome });
        }
    }
    pump();
    finishBatchIfDone();
}

void RecordingController::finishBatchIfDone()
{
    if (m_batch.requested > 0 && m_batchDone >= m_batch.requested) {
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
