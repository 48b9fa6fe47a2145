// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingController.h"

#include "cxone/RecordingClient.h"
#include "registry/SiteRegistry.h"

RecordingController::RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_unconfirmed(tracker, &m_jobs)
{
    connect(m_client, &RecordingClient::startFinished, this, &RecordingController::handleStartFinished);
    connect(m_client, &RecordingClient::stopFinished, this, &RecordingController::handleStopFinished);
    connect(m_tracker, &RecordingTracker::recordingAnnounced, this, &RecordingController::handleAnnounced);
    connect(&m_unconfirmed, &UnconfirmedStarts::queued, this, &RecordingController::pump);
    connect(&m_jobs, &RecordingJobQueue::busyChanged, this, &RecordingController::pendingChanged);
    m_unconfirmed.setPermission([this](const TrackedRecording &intent) { return mayAskAbout(intent); });
    m_stopRetry.setSingleShot(true);
    connect(&m_stopRetry, &QTimer::timeout, this, &RecordingController::resendKeptStops);
}

QString RecordingController::userIdFor(const Agent &agent) const
{
    return m_userIdField == CxoneEnvironment::UserIdField::AgentId ? QString::number(agent.agentId) : agent.userId;
}

void RecordingController::setScope(const SupervisorScope &scope, const QVector<Agent> &agents)
{
    m_scope = scope;
    m_userIdsInScope.clear();
    // Without a restriction everyone is in scope: no set of 100,000 user ids to build.
    for (const Agent &agent : scope.isRestricted() ? agents : QVector<Agent>()) {
        if (scope.includes(agent)) {
            m_userIdsInScope.insert(userIdFor(agent));
        }
    }
    // Resolved with the tenant's agents: stops of unconfirmed starts that waited for it may go.
    if (!agents.isEmpty()) {
        m_unconfirmed.askNowAboutStops();
    }
}

bool RecordingController::mayAskAbout(const TrackedRecording &intent) const
{
    // Asking again is starting again: under another supervisor's key, for a start CXone never
    // received, it would record an agent that supervisor never asked to record. So only the
    // supervisor who started it asks; or, when it is to be stopped, a supervisor whose scope
    // holds the agent (the shortest recording CXone allows, stopped as soon as it is named).
    return intent.startedBy == m_supervisor || (intent.stopRequested && isInScope(intent.userId));
}

bool RecordingController::isSignedIn() const { return m_client->isSignedIn(); }

bool RecordingController::isInScope(const QString &userId) const
{
    return !m_scope.isRestricted() || m_userIdsInScope.contains(userId);
}

void RecordingController::refuseOutOfScope(const QString &userId, const QString &agentName)
{
    StartResult result;
    result.outcome = ApiOutcome::OutOfScope;
    result.detail = QStringLiteral("outside the supervisor's scope, %1").arg(m_scope.auditText());
    Q_EMIT startFailed(userId, agentName, result, m_supervisor);
    Job job;
    job.userId = userId;
    job.agentName = agentName;
    job.supervisor = m_supervisor;
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
            // docs/cxone-contract.md#one-recording-per-agent: a second start changes nothing, so it is not even sent.
            Q_EMIT started(*running, StartKind::AlreadyRunning, SaveState::Saved, m_supervisor);
            continue;
        }
        if (m_jobs.isBusy(userId) || m_tracker->pendingForUser(userId)) {
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
    // All counted before any is settled, so that the batch ends once, with every one of them.
    m_batch.addRequests(int(outOfScope.size()));
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
    // A start nobody could account for is not sent: first its entry in the audit trail, then its
    // intent in the ledger, each one write (and fsync) for the whole batch.
    ApiOutcome refusal = ApiOutcome::Success;
    if (m_startWitness && !m_startWitness(intents, &error)) {
        refusal = ApiOutcome::NotAudited;
    } else if (!m_tracker->notePending(intents, &error)) {
        refusal = ApiOutcome::NotSaved; // a start the ledger does not hold could be lost by a crash
    }
    for (const TrackedRecording &intent : std::as_const(intents)) {
        Job job;
        job.userId = intent.userId;
        job.agentName = intent.agentName;
        job.durationSeconds = intent.durationSeconds;
        job.supervisor = intent.startedBy;
        if (refusal == ApiOutcome::Success) {
            enqueue(job);
            continue;
        }
        m_batch.addRequests();
        StartResult result;
        result.outcome = refusal;
        result.detail = error;
        Q_EMIT startFailed(intent.userId, intent.agentName, result, intent.startedBy);
        settle(job, false, result.outcome);
    }
}

void RecordingController::stop(const QVector<qint64> &contactIds)
{
    for (qint64 contactId : contactIds) {
        enqueueStop(contactId, 0, true, m_supervisor);
    }
    pump();
}

void RecordingController::stopUnconfirmed(const QString &userId)
{
    m_unconfirmed.stopWhenConfirmed(userId, m_supervisor);
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (intent && intent->confirmation == TrackedRecording::Confirmation::Unconfirmed && !mayAskAbout(*intent)) {
        Q_EMIT stopWaitsForItsSupervisor(*intent);
    }
}

int RecordingController::stopRecordingsOf(const QStringList &userIds)
{
    int stopping = 0;
    for (const QString &userId : userIds) {
        if (const TrackedRecording *recording = m_tracker->activeForUser(userId)) {
            enqueueStop(recording->contactId, 0, true, m_supervisor);
            ++stopping;
        } else if (const TrackedRecording *intent = m_tracker->pendingForUser(userId)) {
            if (m_claiming.contains(userId)) {
                m_withdrawn.insert(userId); // its claim is on its way: it is not sent when answered
            } else if (intent->confirmation == TrackedRecording::Confirmation::Queued) {
                // Still waiting for a connection: it never leaves, rather than start to be stopped.
                dropQueued([&userId](const Job &job) { return job.kind == Job::Kind::Start && job.userId == userId; },
                    QStringLiteral("stopped by the supervisor before it was sent"));
            } else {
                stopUnconfirmed(userId);
            }
            ++stopping;
        }
    }
    pump();
    return stopping;
}

bool RecordingController::stopElsewhere(const SiteRecording &recording)
{
    if (!isInScope(recording.agentUserId) || recording.contactId == 0 || m_jobs.isBusy(recording.agentUserId)) {
        return false;
    }
    const TrackedRecording elsewhere = recording.toTracked();
    m_stopsElsewhere.insert(recording.contactId, elsewhere);
    enqueue(stopJob(elsewhere, m_supervisor));
    pump();
    return true;
}

void RecordingController::extend(qint64 contactId, int durationSeconds)
{
    // The new start would be refused: the running recording is left as it is.
    const TrackedRecording *recording = m_tracker->activeByContact(contactId);
    if (recording && !isInScope(recording->userId)) {
        m_batch.addRequests();
        refuseOutOfScope(recording->userId, recording->agentName);
        return;
    }
    enqueueStop(contactId, durationSeconds, true, m_supervisor);
    pump();
}

void RecordingController::enqueueStop(qint64 contactId, int extendToSeconds, bool inBatch, const QString &supervisor)
{
    const TrackedRecording *recording = m_tracker->activeByContact(contactId);
    if (!recording && extendToSeconds == 0) {
        // Its countdown just ended here, but CXone's clock may not agree yet: a stop asked for
        // it still goes.
        recording = m_tracker->recentlyEnded(contactId);
    }
    if (!recording || m_jobs.isBusy(recording->userId)) {
        return;
    }
    if (extendToSeconds == 0) {
        m_tracker->requestStop(contactId, supervisor);
    }
    Job job = stopJob(*recording, supervisor);
    job.extendToSeconds = extendToSeconds;
    job.inBatch = inBatch;
    enqueue(job);
}

RecordingController::Job RecordingController::stopJob(const TrackedRecording &recording, const QString &supervisor)
{
    Job job;
    job.kind = Job::Kind::Stop;
    job.supervisor = supervisor;
    job.userId = recording.userId;
    job.agentName = recording.agentName;
    job.contactId = recording.contactId;
    return job;
}

void RecordingController::cancelQueued()
{
    withdrawClaiming(false, {});
    const QVector<Job> dropped = dropQueued(
        [](const Job &job) { return job.inBatch; }, QStringLiteral("cancelled by the supervisor before it was sent"));
    // The supervisor no longer means to stop them.
    for (const Job &job : dropped) {
        if (job.kind == Job::Kind::Stop && job.extendToSeconds == 0) {
            m_tracker->withdrawStopRequest(job.contactId);
        }
    }
}

void RecordingController::abandonUnsent()
{
    // A Stop stays wanted: the ledger keeps it, and it goes when its supervisor signs in again.
    withdrawClaiming(true, QStringLiteral("not sent: the session ended (sign-out, lock, expiry or quit)"));
    dropQueued([](const Job &job) { return job.kind != Job::Kind::Confirm; },
        QStringLiteral("not sent: the session ended (sign-out, lock, expiry or quit)"));
    if (const QVector<TrackedRecording> kept = m_tracker->keptStops(); !kept.isEmpty()) {
        Q_EMIT stopsKept(kept);
    }
}

void RecordingController::resendKeptStops()
{
    if (!isSignedIn()) {
        return; // the next sign-in sends them
    }
    for (const TrackedRecording &recording : m_tracker->keptStops()) {
        if (recording.stopRequestedBy == m_supervisor) {
            enqueueStop(recording.contactId, 0, false, m_supervisor);
        }
    }
    pump();
}

QVector<RecordingController::Job> RecordingController::dropQueued(
    const std::function<bool(const Job &)> &which, const QString &reason)
{
    const QVector<Job> dropped = m_jobs.drop(which);
    if (dropped.isEmpty()) {
        return dropped;
    }
    QStringList neverSent;
    QVector<TrackedRecording> intents;
    for (const Job &job : dropped) {
        if (job.kind == Job::Kind::Start) {
            neverSent.append(job.userId);
            if (const TrackedRecording *intent = m_tracker->pendingForUser(job.userId)) {
                intents.append(*intent);
            }
        }
    }
    if (!intents.isEmpty()) {
        Q_EMIT startsNotSent(intents, reason); // the trail holds them as requested: it says what came of it
    }
    // Off the disk before anyone hears "cancelled": a restart must not send them after all.
    m_tracker->dropPending(neverSent);
    for (const Job &job : dropped) {
        m_jobs.release(job.userId);
        if (job.inBatch) {
            m_batch.cancel();
        }
    }
    pump();
    finishBatchIfDone();
    return dropped;
}

void RecordingController::enqueue(const Job &job)
{
    m_jobs.append(job);
    if (job.inBatch) {
        m_batch.addRequests();
    }
}

void RecordingController::pump()
{
    while (const std::optional<Job> job = m_jobs.takeNextToSend()) {
        send(*job);
    }
    if (m_batch.isRunning()) {
        Q_EMIT batchProgress(m_batch.done(), m_batch.requested());
    }
}

void RecordingController::send(const Job &job)
{
    if (job.kind == Job::Kind::Stop) {
        m_client->stop(job.userId, job.contactId);
        return;
    }
    if (job.kind == Job::Kind::Start) {
        if (!m_tracker->pendingForUser(job.userId)) {
            // Its intent is gone (forgotten while queued): a start the ledger does not hold is never sent.
            m_jobs.finish(job.userId);
            settle(job, false, ApiOutcome::Cancelled);
            return;
        }
        if (m_registry) {
            m_claiming.insert(job.userId);
            const TrackedRecording &intent = *m_tracker->pendingForUser(job.userId);
            m_registry->claim({ { job.userId, job.agentName, job.supervisor, intent.purpose, job.durationSeconds } },
                [this, job](const QVector<RegistryClaimAnswer> &answers) { cleared(job, answers.constFirst()); });
            return;
        }
        sendStart(job);
        return;
    }
    if (job.kind == Job::Kind::Confirm) {
        // Queued under one supervisor, it may come up under the next one's key.
        const TrackedRecording *intent = m_tracker->pendingForUser(job.userId);
        if (!intent || !mayAskAbout(*intent)) {
            m_jobs.finish(job.userId); // asked about again when its supervisor signs in
            return;
        }
    }
    m_client->start(job.userId, job.durationSeconds);
}

void RecordingController::cleared(const Job &job, const RegistryClaimAnswer &answer)
{
    using Verdict = RegistryClaimAnswer::Verdict;
    m_claiming.remove(job.userId);
    // Stopped, cancelled, signed out or quit while the registry answered: never sent.
    const TrackedRecording *intent = m_tracker->pendingForUser(job.userId);
    const bool withdrawn = m_withdrawn.remove(job.userId);
    if (withdrawn || !intent || intent->stopRequested || job.supervisor != m_supervisor || !isSignedIn()
        || !isInScope(job.userId)) {
        m_jobs.finish(job.userId);
        if (intent) {
            Q_EMIT startsNotSent({ *intent }, QStringLiteral("withdrawn while the site registry answered its claim"));
            m_tracker->dropPending({ job.userId });
        }
        settle(job, false, ApiOutcome::Cancelled);
        return;
    }
    // A station the registry cannot vouch for starts alone, as it would without one, unless the
    // site requires the registry for every start.
    const bool mayGo = answer.verdict == Verdict::Granted
        || (answer.verdict == Verdict::Unavailable && !m_registry->requiredForStart());
    if (mayGo) {
        sendStart(job);
        return;
    }
    m_jobs.finish(job.userId);
    m_tracker->dropPending({ job.userId });
    StartResult result;
    if (answer.verdict == Verdict::HeldElsewhere) {
        result.outcome = ApiOutcome::HeldByAnotherStation;
        result.detail = QStringLiteral("recorded by %1 from station %2 (contact %3), %4 s left")
                            .arg(answer.holder.supervisor, answer.holder.station)
                            .arg(answer.holder.contactId)
                            .arg(answer.holder.secondsRemaining(m_tracker->monotonicNowMs()));
    } else {
        result.outcome = ApiOutcome::RegistryUnavailable;
        result.detail = QStringLiteral("the site registry is required for starts: %1").arg(m_registry->problem());
    }
    Q_EMIT startFailed(job.userId, job.agentName, result, job.supervisor);
    settle(job, false, result.outcome);
}

void RecordingController::withdrawClaiming(bool dropIntents, const QString &reason)
{
    m_withdrawn.unite(m_claiming);
    if (!dropIntents) {
        return;
    }
    QVector<TrackedRecording> intents;
    for (const QString &userId : std::as_const(m_claiming)) {
        if (const TrackedRecording *intent = m_tracker->pendingForUser(userId)) {
            intents.append(*intent);
        }
    }
    if (!intents.isEmpty()) {
        Q_EMIT startsNotSent(intents, reason);
        m_tracker->dropPending(QStringList(m_claiming.cbegin(), m_claiming.cend()));
    }
}

void RecordingController::sendStart(const Job &job)
{
    m_tracker->markSent(job.userId);
    m_client->start(job.userId, job.durationSeconds);
}

bool RecordingController::adoptElsewhere(const Job &job, qint64 contactId)
{
    const SiteRecording *elsewhere = m_registry ? m_registry->byContact(contactId) : nullptr;
    if (!elsewhere || elsewhere->station == m_registry->station()) {
        return false;
    }
    // Its holder and its end are the other station's: this one shows and audits it as such.
    m_tracker->dropPending({ job.userId });
    Q_EMIT started(elsewhere->toTracked(), StartKind::RecordedElsewhere, SaveState::Saved, job.supervisor);
    settle(job, true, ApiOutcome::Success);
    return true;
}

void RecordingController::handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result)
{
    const Job job = m_jobs.finish(userId);
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (isSuccess(result.outcome)) {
        m_unconfirmed.settle(userId);
        const TrackedRecording *known = m_tracker->activeByContact(result.contactId);
        if (!known) {
            known = m_tracker->recentlyEnded(result.contactId);
        }
        if (known) {
            // The recording Vigie already knows (or whose countdown just ended): nothing new started.
            const TrackedRecording recording = *known;
            const bool stopWanted = intent && intent->stopRequested;
            const QString stopper = intent ? intent->stopRequestedBy : QString();
            m_tracker->dropPending({ userId });
            Q_EMIT started(recording, StartKind::AlreadyRunning, SaveState::Saved, job.supervisor);
            if (stopWanted) {
                enqueueStop(recording.contactId, 0, false, stopper);
            }
            settle(job, true, result.outcome);
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
            { job, job.kind == Job::Kind::Confirm ? StartKind::Confirmed : StartKind::New, recording.stopRequested,
                recording.stopRequestedBy });
        // A Stop asked of the unconfirmed start is sent once the recording is announced.
        recording.stopRequested = false;
        recording.stopRequestedBy.clear();
        m_tracker->track(recording);
        pump(); // the connection is free now; only the report waits for the write
        return;
    }
    if (!intent) {
        // Forgotten, or its time ran out, while the request was on its way.
        if (job.kind == Job::Kind::Start) {
            Q_EMIT startFailed(userId, job.agentName, result, job.supervisor);
        }
        settle(job, false, result.outcome);
        return;
    }
    // A first answer that says CXone did nothing ends it; once a start is unconfirmed, only CXone's
    // own refusal does: a timeout, an undocumented status or a sign-out while asking again proves
    // nothing about the first request.
    // Asked again under another supervisor's key (a shared station), a refusal may only mean that
    // key lacks a right the first one had: it says nothing about the first start.
    const bool certainlyNothing = job.kind == Job::Kind::Confirm
        ? isRefusalByCxone(result.outcome) && intent->startedBy == m_supervisor
        : !result.mayHaveStarted;
    if (certainlyNothing) {
        m_tracker->dropPending({ userId });
        m_unconfirmed.settle(userId);
        Q_EMIT startFailed(userId, job.agentName, result, job.supervisor);
        settle(job, false, result.outcome);
        return;
    }
    keepUnconfirmed(job, result);
}

void RecordingController::keepUnconfirmed(const Job &job, const StartResult &result)
{
    const TrackedRecording intent = *m_tracker->pendingForUser(job.userId);
    m_tracker->markUnconfirmed(job.userId);
    m_unconfirmed.askAgainLater(job.userId);
    if (intent.confirmation == TrackedRecording::Confirmation::Sending) {
        Q_EMIT startUnconfirmed(*m_tracker->pendingForUser(job.userId), result);
    }
    if (job.inBatch) {
        m_batch.leaveUnconfirmed(job.agentName);
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
    Q_EMIT started(
        recording, announcement.kind, saved ? SaveState::Saved : SaveState::NotSaved, announcement.job.supervisor);
    if (announcement.stopOnceTracked) {
        enqueueStop(recording.contactId, 0, false, announcement.stoppedBy);
    }
    settle(announcement.job, true, ApiOutcome::Success);
}

void RecordingController::handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result)
{
    const Job job = m_jobs.finish(userId);
    const TrackedRecording *active = m_tracker->activeByContact(contactId);
    const bool stillActive = active != nullptr;
    // Its countdown may have ended here while the stop was on its way, or just before it was
    // asked: what CXone answered is still told, and audited.
    const TrackedRecording *known = stillActive ? active : m_tracker->recentlyEnded(contactId);
    const bool hadEnded = result.outcome == ApiOutcome::AlreadyEnded;
    const bool ended = isSuccess(result.outcome) || hadEnded;
    const StopKind kind = hadEnded ? StopKind::HadAlreadyEnded : StopKind::Stopped;
    if (!known) {
        // Another station's recording, or one unknown here: what CXone answered is told and audited.
        if (m_stopsElsewhere.contains(contactId)) {
            const TrackedRecording elsewhere = m_stopsElsewhere.take(contactId);
            if (ended) {
                Q_EMIT stopped(elsewhere, kind, job.supervisor);
            } else {
                Q_EMIT stopFailed(elsewhere, result, job.supervisor);
            }
        }
        settle(job, ended, result.outcome);
        return;
    }
    const TrackedRecording recording = *known;
    if (!ended) {
        // The supervisor still means to stop it: unless CXone refused it for good, the Stop stays
        // kept and is sent again, further and further apart, as long as its supervisor is signed in.
        if (stillActive && job.extendToSeconds == 0) {
            if (isRefusalByCxone(result.outcome)) {
                m_tracker->withdrawStopRequest(contactId);
            } else if (!m_stopRetry.isActive()) {
                m_stopRetry.start(m_stopRetryDelayMs);
                m_stopRetryDelayMs = qMin(2 * m_stopRetryDelayMs, m_longestStopRetryMs);
            }
        }
        Q_EMIT stopFailed(recording, result, job.supervisor);
        settle(job, false, result.outcome);
        return;
    }
    m_stopRetryDelayMs = m_firstStopRetryMs; // CXone answers again
    if (stillActive) {
        m_tracker->finish(contactId,
            hadEnded ? TrackedRecording::EndReason::AlreadyEndedOnServer : TrackedRecording::EndReason::Stopped);
    }
    Q_EMIT stopped(recording, kind, job.supervisor);
    if (stillActive && job.extendToSeconds > 0) {
        // The new start is the asking supervisor's: under the next one's key, or for an agent now
        // outside the scope, it is not sent; the recording stays stopped, and the trail says why.
        const TrackedRecording intent = intentFor(recording, job.extendToSeconds, job.supervisor);
        if (job.supervisor == m_supervisor && isSignedIn() && isInScope(recording.userId)) {
            queueStarts({ intent });
        } else {
            Q_EMIT startsNotSent({ intent },
                QStringLiteral("not started again: the supervisor who asked to extend "
                               "is no longer signed in"));
        }
    }
    settle(job, true, result.outcome);
}

TrackedRecording RecordingController::intentFor(
    const TrackedRecording &recording, int durationSeconds, const QString &supervisor) const
{
    TrackedRecording intent;
    intent.userId = recording.userId;
    intent.agentId = recording.agentId;
    intent.agentName = recording.agentName;
    intent.teamName = recording.teamName;
    intent.durationSeconds = durationSeconds;
    intent.startedBy = supervisor;
    intent.purpose = recording.purpose;
    intent.scope = m_scope.auditText();
    intent.replacesContactId = recording.contactId;
    return intent;
}

void RecordingController::settle(const Job &job, bool succeeded, ApiOutcome outcome)
{
    if (job.inBatch) {
        m_batch.settle(job.agentName, succeeded, outcome);
    }
    pump();
    finishBatchIfDone();
}

void RecordingController::finishBatchIfDone()
{
    if (const std::optional<BatchSummary> summary = m_batch.takeIfDone()) {
        Q_EMIT batchFinished(*summary);
    }
}
