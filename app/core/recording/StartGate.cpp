// SPDX-License-Identifier: Apache-2.0
#include "recording/StartGate.h"

#include "recording/RecordingTracker.h"
#include "registry/SiteRegistry.h"

StartGate::StartGate(const RecordingTracker *tracker)
    : m_tracker(tracker)
{
}

void StartGate::pass(const RecordingJob &job, const TrackedRecording &intent, Decision decide)
{
    if (!m_registry) {
        decide(Verdict::Open, {});
        return;
    }
    m_claiming.insert(job.userId);
    m_registry->claim({ { job.userId, job.agentName, job.supervisor, intent.purpose, job.durationSeconds } },
        [this, userId = job.userId, decide](const QVector<RegistryClaimAnswer> &answers) {
            m_claiming.remove(userId);
            StartResult refusal;
            const Verdict verdict
                = m_withdrawn.remove(userId) ? Verdict::Withdrawn : verdictOn(answers.constFirst(), &refusal);
            decide(verdict, refusal);
        });
}

StartGate::Verdict StartGate::verdictOn(const RegistryClaimAnswer &answer, StartResult *refusal) const
{
    using Claim = RegistryClaimAnswer::Verdict;
    // A station the registry cannot vouch for starts alone, as it would without one, unless the
    // site requires the registry for every start.
    if (answer.verdict == Claim::Granted || (answer.verdict == Claim::Unavailable && !m_registry->requiredForStart())) {
        return Verdict::Granted;
    }
    if (answer.verdict == Claim::HeldElsewhere) {
        refusal->outcome = vigie::ApiOutcome::HeldByAnotherStation;
        refusal->detail = QStringLiteral("recorded by %1 from station %2 (contact %3), %4 s left")
                              .arg(answer.holder.supervisor, answer.holder.station)
                              .arg(answer.holder.contactId)
                              .arg(answer.holder.secondsRemaining(m_tracker->monotonicNowMs()));
    } else {
        refusal->outcome = vigie::ApiOutcome::RegistryUnavailable;
        refusal->detail = QStringLiteral("the site registry is required for starts: %1").arg(m_registry->problem());
    }
    return Verdict::Refused;
}

QStringList StartGate::withdrawAll()
{
    m_withdrawn.unite(m_claiming);
    return QStringList(m_claiming.cbegin(), m_claiming.cend());
}
