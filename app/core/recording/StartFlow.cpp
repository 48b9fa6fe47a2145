// SPDX-License-Identifier: Apache-2.0
#include "recording/StartFlow.h"

#include "cxone/RecordingClient.h"
#include "policy/PolicyGate.h"
#include "recording/RecordingAuthority.h"
#include "recording/RecordingTracker.h"

using Job = RecordingJob;

StartFlow::StartFlow(RecordingClient *client, RecordingTracker *tracker, RecordingRequests *requests,
    const RecordingAuthority *authority, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_requests(requests)
    , m_authority(authority)
    , m_gate(tracker)
{
}

void StartFlow::start(
    const QVector<Agent> &agents, int durationSeconds, const QString &purpose, const QString &justification)
{
    QVector<TrackedRecording> intents;
    QVector<const Agent *> outOfScope;
    QVector<std::pair<const Agent *, QString>> refusedByPolicy;
    for (const Agent &agent : agents) {
        const QString userId = m_authority->userIdFor(agent);
        // Defence in depth: the directory lists nobody outside the scope, and whoever asks, nothing
        // reaches CXone for them.
        if (!m_authority->isInScope(userId)) {
            outOfScope.append(&agent);
            continue;
        }
        if (const TrackedRecording *running = m_tracker->activeForUser(userId)) {
            // docs/cxone-contract.md#one-recording-per-agent: a second start changes nothing, so it is not even sent.
            Q_EMIT started(
                *running, vigie::StartKind::AlreadyRunning, vigie::SaveState::Saved, m_authority->supervisor());
            continue;
        }
        if (m_requests->isBusy(userId) || m_tracker->pendingForUser(userId)) {
            continue; // already on its way, or being confirmed with CXone
        }
        if (const PolicyVerdict verdict = m_policyGate
                ? m_policyGate->check(
                    userId, { purpose, durationSeconds, justification, false, m_authority->supervisor() })
                : PolicyVerdict();
            !verdict.allowed()) {
            refusedByPolicy.append({ &agent, verdict.auditText() });
            continue;
        }
        intents.append(m_authority->intent(userId, agent.agentId, agent.displayName(), agent.teamName, durationSeconds,
            purpose, justification, m_authority->supervisor()));
    }
    // Every refusal counted before any start is settled (queueStarts settles them all at once when
    // the trail or the ledger refuses the batch), so that the batch ends once, with all of them.
    m_requests->batch().addRequests(int(outOfScope.size() + refusedByPolicy.size()));
    queueStarts(intents);
    for (const Agent *agent : std::as_const(outOfScope)) {
        refuseOutOfScope(m_authority->userIdFor(*agent), agent->displayName());
    }
    for (const auto &[agent, verdict] : std::as_const(refusedByPolicy)) {
        refuseByPolicy(m_authority->userIdFor(*agent), agent->displayName(), verdict);
    }
    m_requests->pump();
}

void StartFlow::refuseOutOfScope(const QString &userId, const QString &agentName, qint64 extending)
{
    StartResult result;
    result.outcome = vigie::ApiOutcome::OutOfScope;
    result.extendsContactId = extending;
    result.detail = QStringLiteral("outside the supervisor's scope, %1").arg(m_authority->scope().auditText());
    Job job;
    job.userId = userId;
    job.agentName = agentName;
    job.supervisor = m_authority->supervisor();
    fail(job, result);
}

void StartFlow::refuseByPolicy(
    const QString &userId, const QString &agentName, const QString &verdict, qint64 extending)
{
    Job job;
    job.userId = userId;
    job.agentName = agentName;
    job.supervisor = m_authority->supervisor();
    fail(job, policyRefusal(verdict, extending));
}

StartResult StartFlow::policyRefusal(const QString &verdict, qint64 extending)
{
    StartResult result;
    result.outcome = vigie::ApiOutcome::RefusedByPolicy;
    result.extendsContactId = extending;
    result.detail = verdict;
    return result;
}

PolicyVerdict StartFlow::verdictOnLeaving(const TrackedRecording &intent) const
{
    if (!m_policyGate) {
        return {};
    }
    // An extension's recording is already counted, and stopped by now: only its minutes count again.
    return m_policyGate->check(intent.userId,
        { intent.purpose, intent.durationSeconds, intent.justification, intent.replacesContactId != 0,
            intent.startedBy });
}

void StartFlow::fail(const Job &job, const StartResult &result)
{
    Q_EMIT startFailed(job.userId, job.agentName, result, job.supervisor);
    m_requests->settle(job, false, result.outcome);
}

void StartFlow::queueStarts(QVector<TrackedRecording> intents)
{
    if (intents.isEmpty()) {
        return;
    }
    QString error;
    // A start nobody could account for is not sent: first its entry in the audit trail, then its
    // intent in the ledger, each one write (and fsync) for the whole batch.
    vigie::ApiOutcome refusal = vigie::ApiOutcome::Success;
    if (m_witness && !m_witness(intents, &error)) {
        refusal = vigie::ApiOutcome::NotAudited;
    } else if (!m_tracker->notePending(intents, &error)) {
        refusal = vigie::ApiOutcome::NotSaved; // a start the ledger does not hold could be lost by a crash
    }
    if (refusal != vigie::ApiOutcome::Success) {
        m_requests->batch().addRequests(int(intents.size())); // all, before the first is settled
    }
    for (const TrackedRecording &intent : std::as_const(intents)) {
        Job job;
        job.userId = intent.userId;
        job.agentName = intent.agentName;
        job.durationSeconds = intent.durationSeconds;
        job.supervisor = intent.startedBy;
        if (refusal == vigie::ApiOutcome::Success) {
            m_requests->enqueue(job);
            continue;
        }
        StartResult result;
        result.outcome = refusal;
        result.detail = error;
        fail(job, result);
    }
}

void StartFlow::send(const Job &job)
{
    const TrackedRecording *intent = m_tracker->pendingForUser(job.userId);
    if (!intent) {
        // Its intent is gone (forgotten while queued): a start the ledger does not hold is never sent.
        m_requests->finish(job.userId);
        m_requests->settle(job, false, vigie::ApiOutcome::Cancelled);
        return;
    }
    // Checked again as it leaves: queued behind others, a start may leave after the allowed hours
    // closed, or once another station's recording brought the agent to a cap.
    if (const PolicyVerdict verdict = verdictOnLeaving(*intent); !verdict.allowed()) {
        m_requests->finish(job.userId);
        m_tracker->dropPending({ job.userId });
        fail(job, policyRefusal(verdict.auditText()));
        return;
    }
    m_gate.pass(job, *intent,
        [this, job](StartGate::Verdict verdict, const StartResult &refusal) { passed(job, verdict, refusal); });
}

void StartFlow::passed(const Job &job, StartGate::Verdict verdict, const StartResult &refusal)
{
    if (verdict == StartGate::Verdict::Open) {
        sendStart(job);
        return;
    }
    // Stopped, cancelled, signed out or quit while the registry answered: never sent.
    const TrackedRecording *intent = m_tracker->pendingForUser(job.userId);
    if (verdict == StartGate::Verdict::Withdrawn || !intent || intent->stopRequested
        || !m_authority->maySendFor(job.supervisor, job.userId)) {
        m_requests->finish(job.userId);
        if (intent) {
            Q_EMIT startsNotSent({ *intent }, QStringLiteral("withdrawn while the site registry answered its claim"));
            m_tracker->dropPending({ job.userId });
        }
        m_requests->settle(job, false, vigie::ApiOutcome::Cancelled);
        return;
    }
    if (verdict == StartGate::Verdict::Granted) {
        sendStart(job);
        return;
    }
    m_requests->finish(job.userId);
    m_tracker->dropPending({ job.userId });
    fail(job, refusal);
}

void StartFlow::sendStart(const Job &job)
{
    m_tracker->markSent(job.userId);
    m_client->start(job.userId, job.durationSeconds);
}

void StartFlow::withdrawClaiming(bool dropIntents, const QString &reason)
{
    const QStringList claiming = m_gate.withdrawAll();
    if (!dropIntents) {
        return;
    }
    QVector<TrackedRecording> intents;
    for (const QString &userId : claiming) {
        if (const TrackedRecording *intent = m_tracker->pendingForUser(userId)) {
            intents.append(*intent);
        }
    }
    if (!intents.isEmpty()) {
        Q_EMIT startsNotSent(intents, reason);
        m_tracker->dropPending(claiming);
    }
}

QVector<Job> StartFlow::dropQueued(const std::function<bool(const Job &)> &which, const QString &reason)
{
    const QVector<Job> dropped = m_requests->drop(which);
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
    m_requests->release(dropped);
    m_requests->pump();
    m_requests->finishBatchIfDone();
    return dropped;
}
