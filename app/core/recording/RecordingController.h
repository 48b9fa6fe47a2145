// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/CxoneEnvironment.h"
#include "cxone/RecordingResults.h"
#include "recording/RecordingBatch.h"
#include "recording/RecordingJobQueue.h"
#include "recording/RecordingTracker.h"
#include "recording/UnconfirmedStarts.h"
#include "scope/SupervisorScope.h"

#include <QObject>
#include <QTimer>

class PolicyGate;
class RecordingClient;
class SiteRegistry;
struct RegistryClaimAnswer;
struct SiteRecording;

// What a start came to, for the supervisor and the audit trail.
enum class StartKind {
    New, // CXone started a recording
    AlreadyRunning, // CXone returned a recording Vigie already tracked: nothing new started
    Confirmed, // a start whose answer had been lost: CXone now gave its contactId
    RecordedElsewhere, // CXone returned another station's recording (site registry): nothing new started
};
enum class SaveState { Saved, NotSaved }; // NotSaved: tracked in memory, the ledger write failed
enum class StopKind {
    Stopped, // CXone stopped it
    HadAlreadyEnded, // 404: it had ended before the request
};

// Turns "record these agents for this long" into API calls and tracked recordings, applying the
// contract's rules: one recording per agent (an agent already tracked is not asked again), the
// intent on disk before each start leaves, 404 on stop meaning "already ended". A start whose
// answer is lost after CXone may have acted is never reported as failed: it stays, unconfirmed,
// and CXone is asked again (a repeated start returns the running recording) until it answers.
// Requests go through a queue with bounded concurrency (RecordingJobQueue); each batch ends with
// a summary.
class RecordingController : public QObject
{
    Q_OBJECT
public:
    using BatchSummary = ::BatchSummary;

    static constexpr int kDefaultConcurrency = RecordingJobQueue::kDefaultConcurrency;

    RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent = nullptr);

    void setUserIdField(CxoneEnvironment::UserIdField field) { m_userIdField = field; }
    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    // The site's shared registry (docs/registry.md): each start claims its agent there before it
    // leaves, and is not sent while another station holds the agent. None: this station alone.
    void setSiteRegistry(SiteRegistry *registry) { m_registry = registry; }
    // The works council's policy (docs/privacy.md): a start or an Extend it refuses is not sent
    // (ApiOutcome::RefusedByPolicy, the verdict's audit text as detail). None: no policy.
    void setPolicyGate(const PolicyGate *gate) { m_policyGate = gate; }
    // Who may be recorded: the agents of the scope, by the user-id the API takes. A start for any
    // other user-id is refused here (ApiOutcome::OutOfScope), whoever asks. Unrestricted until set.
    void setScope(const SupervisorScope &scope, const QVector<Agent> &agents);
    bool isInScope(const QString &userId) const;
    // Whether the supervisor signed in may ask CXone about this unconfirmed start now.
    bool mayAskAbout(const TrackedRecording &intent) const;
    bool isSignedIn() const;
    const SupervisorScope &scope() const { return m_scope; }
    void setConcurrency(int concurrency) { m_jobs.setConcurrency(concurrency); }
    void setConfirmationBackoff(int firstDelayMs, int longestDelayMs)
    {
        m_unconfirmed.setBackoff(firstDelayMs, longestDelayMs);
    }
    int concurrency() const { return m_jobs.concurrency(); }
    // A Stop that failed without CXone refusing it is sent again after firstDelayMs, then twice as
    // long each time, up to longestDelayMs.
    void setStopRetryBackoff(int firstDelayMs, int longestDelayMs)
    {
        m_firstStopRetryMs = m_stopRetryDelayMs = firstDelayMs;
        m_longestStopRetryMs = longestDelayMs;
    }
    const QString &supervisor() const { return m_supervisor; }
    QString userIdFor(const Agent &agent) const;

    // justification: the supervisor's reason, where the policy asks for one; kept in the trail.
    void start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose = {},
        const QString &justification = {});
    void stop(const QVector<qint64> &contactIds);
    // Stops whatever Vigie knows these agents to be recording: the running recording, or an
    // unconfirmed start (confirmed first). Returns how many agents had something to stop.
    int stopRecordingsOf(const QStringList &userIds);
    // Another station's recording, as the site registry shows it: stopped under this supervisor's
    // key if the agent is in their scope (false when it is not, and nothing is sent).
    bool stopElsewhere(const SiteRecording &recording);
    // CXone cannot change a running recording's duration: extending is a stop, then a start.
    void extend(qint64 contactId, int durationSeconds);
    // An unconfirmed start: ask CXone now, and stop the recording as soon as it names it.
    void stopUnconfirmed(const QString &userId);
    // An unconfirmed start: stop asking. CXone may still be recording until its end time.
    void forget(const QString &userId) { m_unconfirmed.forget(userId); }
    // After a restart, after signing in: asks CXone at once about every unconfirmed start, and
    // sends the Stops this supervisor pressed that a sign-out or a quit kept from leaving.
    void resumePending()
    {
        m_unconfirmed.askAllNow();
        resendKeptStops();
    }
    // What must be written before any start leaves (the audit trail's entry for it): when it
    // returns false, nothing of the batch is sent and each start fails with ApiOutcome::NotAudited.
    using StartWitness = std::function<bool(const QVector<TrackedRecording> &intents, QString *error)>;
    void setStartWitness(StartWitness witness) { m_startWitness = std::move(witness); }
    // Drops what is still queued, intents included, before reporting it cancelled; requests already
    // sent finish normally.
    void cancelQueued();
    // Quit or sign-out: the starts that never left are dropped in one ledger write; those that did
    // leave stay in the ledger, to be confirmed later. Stops stay in the ledger (stopsKept).
    void abandonUnsent();

    bool isPending(const QString &userId) const { return m_jobs.isBusy(userId); }
    int pendingCount() const { return m_jobs.busyCount(); }

Q_SIGNALS:
    // In the signals below, supervisor is who asked (pressed Start or Stop), whoever is signed in
    // when the answer comes.
    void pendingChanged(const QString &userId, bool pending);
    void started(const TrackedRecording &recording, StartKind kind, SaveState saved, const QString &supervisor);
    // Certainly not started: a refusal, or a failure before CXone could act.
    void startFailed(
        const QString &userId, const QString &agentName, const StartResult &result, const QString &supervisor);
    // The answer was lost after CXone may have started it: the agent may be recording.
    void startUnconfirmed(const TrackedRecording &intent, const StartResult &result);
    void stopped(const TrackedRecording &recording, StopKind kind, const QString &supervisor);
    void stopFailed(const TrackedRecording &recording, const StopResult &result, const QString &supervisor);
    // A sign-out or a quit left Stops CXone has not answered: the ledger keeps them, and each is
    // sent when the supervisor who pressed it signs in again. Until then, they go on recording.
    void stopsKept(const QVector<TrackedRecording> &recordings);
    // Starts the audit trail holds as requested that never left, and why: cancelled, dropped by a
    // sign-out or a quit, stopped while queued, an extension whose supervisor left.
    void startsNotSent(const QVector<TrackedRecording> &intents, const QString &reason);
    // A Stop on an unconfirmed start that the supervisor signed in may not ask CXone about
    // (another supervisor's, for an agent outside their scope): it is kept, and sent when the
    // supervisor who started it signs in again; until then the start may record to its end.
    void stopWaitsForItsSupervisor(const TrackedRecording &intent);
    void batchProgress(int done, int total);
    void batchFinished(const RecordingController::BatchSummary &summary);

private:
    using Job = RecordingJob;
    struct Announcement
    {
        Job job;
        StartKind kind = StartKind::New;
        bool stopOnceTracked = false; // Stop was pressed while it was unconfirmed
        QString stoppedBy;
    };

    void enqueue(const Job &job);
    void enqueueStop(qint64 contactId, int extendToSeconds, bool inBatch, const QString &supervisor);
    static Job stopJob(const TrackedRecording &recording, const QString &supervisor);
    void resendKeptStops();
    // Writes the intents, then queues the starts; when the write fails, nothing is sent.
    void queueStarts(QVector<TrackedRecording> intents);
    void pump();
    void send(const Job &job);
    void sendStart(const Job &job);
    void cleared(const Job &job, const RegistryClaimAnswer &answer);
    // Starts waiting for their claim that a quit, a sign-out or a cancel means never to send:
    // with dropIntents, off the ledger now (a quit does not wait for the registry's answer).
    void withdrawClaiming(bool dropIntents, const QString &reason);
    // CXone named a recording the site registry holds from another station: it is theirs.
    bool adoptElsewhere(const Job &job, qint64 contactId);
    void handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result);
    void handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result);
    void handleAnnounced(const TrackedRecording &recording, bool saved);
    void keepUnconfirmed(const Job &job, const StartResult &result);
    // Drops the waiting jobs `which` selects; the starts among them were never sent (reason says why).
    QVector<Job> dropQueued(const std::function<bool(const Job &)> &which, const QString &reason);
    void settle(const Job &job, bool succeeded, ApiOutcome outcome);
    void finishBatchIfDone();
    TrackedRecording intentFor(const TrackedRecording &recording, int durationSeconds, const QString &supervisor) const;
    // Settles a request the batch already counts.
    void refuseOutOfScope(const QString &userId, const QString &agentName);
    void refuseByPolicy(const QString &userId, const QString &agentName, const QString &verdict);

    RecordingClient *m_client;
    RecordingTracker *m_tracker;
    SiteRegistry *m_registry = nullptr;
    const PolicyGate *m_policyGate = nullptr;
    QHash<qint64, TrackedRecording> m_stopsElsewhere; // other stations' recordings being stopped here
    // Starts whose claim the registry has not answered yet (in flight as far as the queue knows,
    // not sent to CXone), and those among them the supervisor stopped or cancelled meanwhile.
    QSet<QString> m_claiming;
    QSet<QString> m_withdrawn;
    CxoneEnvironment::UserIdField m_userIdField = CxoneEnvironment::UserIdField::UserId;
    QString m_supervisor;
    SupervisorScope m_scope;
    QSet<QString> m_userIdsInScope;
    RecordingJobQueue m_jobs;
    UnconfirmedStarts m_unconfirmed; // after m_jobs, which it uses
    QHash<QString, Announcement> m_awaitingAnnouncement; // accepted by CXone, being written to the ledger
    RecordingBatch m_batch;
    StartWitness m_startWitness;
    QTimer m_stopRetry;
    int m_firstStopRetryMs = 5000;
    int m_stopRetryDelayMs = 5000;
    int m_longestStopRetryMs = 120000;
};

Q_DECLARE_METATYPE(StartKind)
Q_DECLARE_METATYPE(SaveState)
Q_DECLARE_METATYPE(StopKind)
