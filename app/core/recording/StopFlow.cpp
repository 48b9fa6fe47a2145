// SPDX-License-Identifier: Apache-2.0
#include "recording/StopFlow.h"

#include "cxone/RecordingClient.h"
#include "policy/PolicyGate.h"
#include "recording/RecordingAuthority.h"
#include "recording/RecordingTracker.h"
#include "recording/StartFlow.h"
#include "recording/UnconfirmedStarts.h"
#include "registry/SiteRegistry.h"
#include "system/SystemClock.h"

using Job = RecordingJob;

StopFlow::StopFlow(RecordingClient *client, RecordingTracker *tracker, RecordingRequests *requests,
    const RecordingAuthority *authority, UnconfirmedStarts *unconfirmed, StartFlow *starts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_requests(requests)
    , m_authority(authority)
    , m_unconfirmed(unconfirmed)
    , m_starts(starts)
{
    connect(m_client, &RecordingClient::stopFinished, this, &StopFlow::handleStopFinished);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StopFlow::resendKeptStops);
    connect(m_tracker, &RecordingTracker::ticked, this, &StopFlow::giveUpStopsOfEndedRecordings);
}

void StopFlow::setRetryBackoff(int firstDelayMs, int longestDelayMs)
{
    m_firstRetryMs = m_retryDelayMs = firstDelayMs;
    m_longestRetryMs = longestDelayMs;
}

void StopFlow::stop(const QVector<qint64> &contactIds)
{
    for (qint64 contactId : contactIds) {
        enqueueStop(contactId, 0, true, m_authority->supervisor());
    }
    m_requests->pump();
}

void StopFlow::stopUnconfirmed(const QString &userId)
{
    m_unconfirmed->stopWhenConfirmed(userId, m_authority->supervisor());
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (intent && intent->confirmation == TrackedRecording::Confirmation::Unconfirmed
        && !m_authority->mayAskAbout(*intent)) {
        Q_EMIT stopWaitsForItsSupervisor(*intent);
    }
}

int StopFlow::stopRecordingsOf(const QStringList &userIds)
{
    int stopping = 0;
    for (const QString &userId : userIds) {
        if (const TrackedRecording *recording = m_tracker->activeForUser(userId)) {
            enqueueStop(recording->contactId, 0, true, m_authority->supervisor());
            ++stopping;
        } else if (const TrackedRecording *intent = m_tracker->pendingForUser(userId)) {
            if (m_starts->gate().isClaiming(userId)) {
                // Its claim is on its way: it is not sent when answered. The ledger says so too, so
                // that a crash before the answer does not leave a start to be confirmed in full.
                m_starts->gate().withdraw(userId);
                m_tracker->setStopRequested(userId, m_authority->supervisor());
            } else if (intent->confirmation == TrackedRecording::Confirmation::Queued) {
                // Still waiting for a connection: it never leaves, rather than start to be stopped.
                m_starts->dropQueued(
                    [&userId](const Job &job) { return job.kind == Job::Kind::Start && job.userId == userId; },
                    QStringLiteral("stopped by the supervisor before it was sent"));
            } else {
                stopUnconfirmed(userId);
            }
            ++stopping;
        }
    }
    m_requests->pump();
    return stopping;
}

bool StopFlow::stopElsewhere(const SiteRecording &recording)
{
    if (!m_authority->isInScope(recording.agentUserId) || recording.contactId == 0
        || m_requests->isBusy(recording.agentUserId)) {
        return false;
    }
    // Kept in the ledger like this station's own Stops: sent again if CXone does not answer, or
    // after a quit or a crash, when this supervisor signs in; audited when CXone answers. When this
    // station tracks the same recording (a start CXone answered with it before the registry knew),
    // it is its own Stop, kept with it.
    if (!m_tracker->activeByContact(recording.contactId)) {
        m_tracker->keepStopElsewhere(
            recording.toTracked(), recording.secondsRemaining(SystemClock::sinceBootMs()), m_authority->supervisor());
    }
    enqueueStop(recording.contactId, 0, true, m_authority->supervisor());
    m_requests->pump();
    return true;
}

void StopFlow::extend(qint64 contactId, int durationSeconds)
{
    // The new start would be refused: the running recording is left as it is.
    const TrackedRecording *recording = m_tracker->activeByContact(contactId);
    if (recording && !m_authority->isInScope(recording->userId)) {
        m_requests->batch().addRequests();
        m_starts->refuseOutOfScope(recording->userId, recording->agentName, contactId);
        return;
    }
    // Nor is an Extend the policy refuses: neither its stop nor its start leaves.
    if (const PolicyGate *policy = m_starts->policyGate(); recording && policy) {
        if (const PolicyVerdict verdict = policy->checkExtension(recording->userId, contactId,
                { recording->purpose, durationSeconds, recording->justification, true, m_authority->supervisor() });
            !verdict.allowed()) {
            m_requests->batch().addRequests();
            m_starts->refuseByPolicy(recording->userId, recording->agentName, verdict.auditText(), contactId);
            return;
        }
    }
    enqueueStop(contactId, durationSeconds, true, m_authority->supervisor());
    m_requests->pump();
}

void StopFlow::enqueueStop(qint64 contactId, int extendToSeconds, bool inBatch, const QString &supervisor)
{
    const TrackedRecording *recording = m_tracker->activeByContact(contactId);
    if (!recording && extendToSeconds == 0) {
        // Its countdown just ended here, but CXone's clock may not agree yet: a stop asked for
        // it still goes.
        recording = m_tracker->recentlyEnded(contactId);
    }
    if (!recording && extendToSeconds == 0) {
        recording = m_tracker->stopElsewhere(contactId);
    }
    if (!recording) {
        return;
    }
    if (extendToSeconds == 0) {
        // Written even while an Extend of it is on its way: the Extend's own stop then ends it,
        // and its new start is not sent (handleStopFinished).
        m_tracker->requestStop(contactId, supervisor);
    }
    if (m_requests->isBusy(recording->userId)) {
        return;
    }
    Job job = stopJob(*recording, supervisor);
    job.extendToSeconds = extendToSeconds;
    job.inBatch = inBatch;
    m_requests->enqueue(job);
}

Job StopFlow::stopJob(const TrackedRecording &recording, const QString &supervisor)
{
    Job job;
    job.kind = Job::Kind::Stop;
    job.supervisor = supervisor;
    job.userId = recording.userId;
    job.agentName = recording.agentName;
    job.contactId = recording.contactId;
    return job;
}

void StopFlow::resendKeptStops()
{
    if (!m_authority->isSignedIn()) {
        return; // the next sign-in sends them
    }
    for (const TrackedRecording &recording : keptStopsToSend()) {
        enqueueStop(recording.contactId, 0, false, m_authority->supervisor());
    }
    m_requests->pump();
}

QVector<TrackedRecording> StopFlow::keptStopsToSend() const
{
    QVector<TrackedRecording> toSend;
    for (const TrackedRecording &recording : m_tracker->keptStops()) {
        // Another station's recording may be stopped here only while its agent is in the scope.
        const bool mayStop = recording.heldByStation.isEmpty() || m_authority->isInScope(recording.userId);
        if (recording.stopRequestedBy == m_authority->supervisor() && mayStop) {
            toSend.append(recording);
        }
    }
    return toSend;
}

void StopFlow::giveUpStopsOfEndedRecordings()
{
    for (const TrackedRecording &recording : m_tracker->stopsElsewhereEnded()) {
        if (!m_requests->isBusy(recording.userId)) { // an answer on its way is still told
            m_tracker->forgetStopElsewhere(recording.contactId);
            Q_EMIT stopLeftUnanswered(recording);
        }
    }
}

void StopFlow::handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result)
{
    const Job job = m_requests->finish(userId);
    const TrackedRecording *active = m_tracker->activeByContact(contactId);
    const bool stillActive = active != nullptr;
    // Its countdown may have ended here while the stop was on its way, or just before it was
    // asked: what CXone answered is still told, and audited.
    const TrackedRecording *known = stillActive ? active : m_tracker->recentlyEnded(contactId);
    const bool hadEnded = result.outcome == vigie::ApiOutcome::AlreadyEnded;
    const bool ended = vigie::isSuccess(result.outcome) || hadEnded;
    if (!known) {
        handleStopOfUnknown(job, contactId, result, ended);
        return;
    }
    if (ended) {
        m_tracker->forgetStopElsewhere(contactId); // kept for the same contact from another station's row
    }
    const TrackedRecording recording = *known;
    if (!ended) {
        if (stillActive && (job.extendToSeconds == 0 || recording.stopRequested)) {
            keepTrying(contactId, result);
        }
        Q_EMIT stopFailed(recording, result, job.supervisor);
        m_requests->settle(job, false, result.outcome);
        return;
    }
    m_retryDelayMs = m_firstRetryMs; // CXone answers again
    if (stillActive) {
        m_tracker->finish(contactId,
            hadEnded ? TrackedRecording::EndReason::AlreadyEndedOnServer : TrackedRecording::EndReason::Stopped);
    }
    Q_EMIT stopped(recording, hadEnded ? vigie::StopKind::HadAlreadyEnded : vigie::StopKind::Stopped, job.supervisor);
    if (stillActive && job.extendToSeconds > 0) {
        startAgain(recording, job);
    }
    m_requests->settle(job, true, result.outcome);
}

void StopFlow::handleStopOfUnknown(const Job &job, qint64 contactId, const StopResult &result, bool ended)
{
    if (const TrackedRecording *kept = m_tracker->stopElsewhere(contactId)) {
        const TrackedRecording elsewhere = *kept;
        if (ended) {
            m_retryDelayMs = m_firstRetryMs;
            m_tracker->forgetStopElsewhere(contactId); // answered: nothing left to send
            const bool hadEnded = result.outcome == vigie::ApiOutcome::AlreadyEnded;
            Q_EMIT stopped(
                elsewhere, hadEnded ? vigie::StopKind::HadAlreadyEnded : vigie::StopKind::Stopped, job.supervisor);
        } else {
            keepTrying(contactId, result);
            Q_EMIT stopFailed(elsewhere, result, job.supervisor);
        }
    }
    m_requests->settle(job, ended, result.outcome);
}

void StopFlow::keepTrying(qint64 contactId, const StopResult &result)
{
    // The supervisor still means to stop it: unless CXone refused it for good, the Stop stays
    // kept and is sent again, further and further apart, as long as its supervisor is signed in.
    if (vigie::isRefusalByCxone(result.outcome)) {
        m_tracker->withdrawStopRequest(contactId);
    } else if (!m_retry.isActive()) {
        m_retry.start(m_retryDelayMs);
        m_retryDelayMs = qMin(2 * m_retryDelayMs, m_longestRetryMs);
    }
}

void StopFlow::startAgain(const TrackedRecording &recording, const Job &job)
{
    if (recording.stopRequested) {
        // Stop was pressed while the Extend was on its way: the supervisor no longer means to
        // record this agent, so the extension ends here, and the trail says so.
        Q_EMIT startsNotSent({ extensionOf(recording, job) },
            QStringLiteral("not started again: the supervisor stopped the recording while it was being extended"));
        return;
    }
    // The new start is the asking supervisor's: under the next one's key, or for an agent now
    // outside the scope, it is not sent; the recording stays stopped, and the trail says why.
    const TrackedRecording intent = extensionOf(recording, job);
    if (m_authority->maySendFor(job.supervisor, recording.userId)) {
        m_starts->queueStarts({ intent });
    } else {
        Q_EMIT startsNotSent({ intent },
            QStringLiteral("not started again: the supervisor who asked to extend "
                           "is no longer signed in"));
    }
}

TrackedRecording StopFlow::extensionOf(const TrackedRecording &recording, const Job &job) const
{
    TrackedRecording intent = m_authority->intent(recording.userId, recording.agentId, recording.agentName,
        recording.teamName, job.extendToSeconds, recording.purpose, recording.justification, job.supervisor);
    intent.replacesContactId = recording.contactId;
    return intent;
}
