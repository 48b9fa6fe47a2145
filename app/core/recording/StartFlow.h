// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/RecordingResults.h"
#include "policy/PolicyVerdict.h"
#include "recording/RecordingKinds.h"
#include "recording/RecordingRequests.h"
#include "recording/StartGate.h"
#include "recording/TrackedRecording.h"

#include <QObject>

#include <functional>

class PolicyGate;
class RecordingAuthority;
class RecordingClient;
class RecordingTracker;

// Starts, from the supervisor's request to CXone: one recording per agent (an agent already
// tracked is not asked again), the audit entry and the intent on disk before a start leaves, then
// the start gate (StartGate). What CXone answers is StartAnswers' job.
class StartFlow : public QObject
{
    Q_OBJECT
public:
    // RecordingController::StartWitness: the audit trail's entry, written before any start leaves.
    using Witness = std::function<bool(const QVector<TrackedRecording> &intents, QString *error)>;

    StartFlow(RecordingClient *client, RecordingTracker *tracker, RecordingRequests *requests,
        const RecordingAuthority *authority, QObject *parent = nullptr);

    StartGate &gate() { return m_gate; }
    void setPolicyGate(const PolicyGate *gate) { m_policyGate = gate; }
    const PolicyGate *policyGate() const { return m_policyGate; }
    void setWitness(Witness witness) { m_witness = std::move(witness); }

    void start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose, const QString &justification);
    // Writes the intents, then queues the starts; when the write fails, nothing is sent.
    void queueStarts(QVector<TrackedRecording> intents);
    // A queued start's turn: through the policy again (it may have waited), the gate, then to CXone.
    void send(const RecordingJob &job);
    // Refuses a start for an agent outside the scope; the batch already counts it. extending: the
    // recording an Extend would have replaced (it goes on); 0 for a start.
    void refuseOutOfScope(const QString &userId, const QString &agentName, qint64 extending = 0);
    // Refuses a start or an Extend the works council's policy does not allow (verdict: its audit
    // text); the batch already counts it.
    void refuseByPolicy(const QString &userId, const QString &agentName, const QString &verdict, qint64 extending = 0);
    // Drops the waiting jobs `which` selects; the starts among them were never sent (reason says why).
    QVector<RecordingJob> dropQueued(const std::function<bool(const RecordingJob &)> &which, const QString &reason);
    // Starts waiting for their claim that a quit, a sign-out or a cancel means never to send:
    // with dropIntents, off the ledger now (a quit does not wait for the registry's answer).
    void withdrawClaiming(bool dropIntents, const QString &reason);

Q_SIGNALS:
    void started(
        const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState saved, const QString &supervisor);
    void startFailed(
        const QString &userId, const QString &agentName, const StartResult &result, const QString &supervisor);
    void startsNotSent(const QVector<TrackedRecording> &intents, const QString &reason);

private:
    static StartResult policyRefusal(const QString &verdict, qint64 extending = 0);
    // What the policy says of a queued start now that its turn to leave has come.
    PolicyVerdict verdictOnLeaving(const TrackedRecording &intent) const;
    void passed(const RecordingJob &job, StartGate::Verdict verdict, const StartResult &refusal);
    void sendStart(const RecordingJob &job);
    void fail(const RecordingJob &job, const StartResult &result);

    RecordingClient *m_client;
    RecordingTracker *m_tracker;
    RecordingRequests *m_requests;
    const RecordingAuthority *m_authority;
    StartGate m_gate;
    const PolicyGate *m_policyGate = nullptr;
    Witness m_witness;
};
