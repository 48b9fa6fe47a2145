#pragma once

#include "cxone/Agent.h"
#include "cxone/CxoneEnvironment.h"
#include "cxone/RecordingResults.h"
#include "recording/RecordingTracker.h"

#include <QObject>
#include <QQueue>

class RecordingClient;

// What a start came to, for the supervisor and the audit trail.
enum class StartKind {
    New, // CXone started a recording
    AlreadyRunning, // CXone returned a recording Vigie already tracked: nothing new started
};
enum class SaveState { Saved, NotSaved }; // NotSaved: tracked in memory, the ledger write failed
enum class StopKind {
    Stopped, // CXone stopped it
    HadAlreadyEnded, // 404: it had ended before the request
};

// Turns "record these agents for this long" into API calls and tracked recordings, applying
// the contract's rules: one recording per agent (an agent already tracked is not asked again),
// intent and result written to the ledger around each call, 404 on stop meaning "already
// ended". Requests go through a queue with bounded concurrency, so a start for a whole team
// neither floods CXone nor the connection pool; each batch ends with a summary.
class RecordingController : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        QString agentName;
        ApiOutcome outcome;
    };
    struct BatchSummary
    {
        int requested = 0;
        int succeeded = 0;
        int cancelled = 0;
        QVector<Failure> failures;
    };

    static constexpr int kDefaultConcurrency = 6; // QNetworkAccessManager's connections per host

    RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent = nullptr);

    void setUserIdField(CxoneEnvironment::UserIdField field) { m_userIdField = field; }
    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    int concurrency() const { return m_concurrency; }
    QString userIdFor(const Agent &agent) const;

    void start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose = {});
    void stop(const QVector<qint64> &contactIds);
    // CXone cannot change a running recording's duration: extending is a stop, then a start.
    void extend(qint64 contactId, int durationSeconds);
    // Re-sends the starts a crash left unanswered: CXone returns the running recording when the
    // first request got through, and records the rest of the asked duration when it did not.
    void resumePending();
    // Drops what is still queued; requests already sent finish normally.
    void cancelQueued();

    bool isPending(const QString &userId) const { return m_busyUsers.contains(userId); }
    int pendingCount() const { return int(m_busyUsers.size()); }
    bool isBatchRunning() const { return m_batch.requested > 0; }

Q_SIGNALS:
    void pendingChanged(const QString &userId, bool pending);
    void started(const TrackedRecording &recording, StartKind kind, SaveState saved);
    void startFailed(const QString &userId, const QString &agentName, const StartResult &result);
    void stopped(const TrackedRecording &recording, StopKind kind);
    void stopFailed(const TrackedRecording &recording, const StopResult &result);
    void batchProgress(int done, int total);
    void batchFinished(const RecordingController::BatchSummary &summary);

private:
    struct Job
    {
        enum class Kind { Start, Stop };
        Kind kind = Kind::Start;
        QString userId;
        qint64 agentId = 0;
        QString agentName;
        int durationSeconds = 0; // what is asked of CXone
        int intendedDurationSeconds = 0; // what the supervisor asked, when a resumed start asks less
        QString purpose;
        qint64 contactId = 0; // stop: the recording to stop
        int extendToSeconds = 0; // stop: start again for this long once stopped
        qint64 replacesContactId = 0; // start: the recording this one extends
        QDateTime requestedAtUtc; // when the supervisor asked (written to the ledger as the intent)
        QDateTime sentAtUtc; // when the request left the queue
    };

    void enqueue(const Job &job);
    // extendToSeconds > 0: once stopped, start again for that long.
    void enqueueStop(qint64 contactId, int extendToSeconds);
    void pump();
    void send(Job job);
    void notePendingStarts();
    void handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result);
    void handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result);
    void settle(bool succeeded, const QString &agentName, ApiOutcome outcome);
    void finishBatchIfDone();
    void setBusy(const QString &userId, bool busy);
    Job startJobFor(const TrackedRecording &recording, int durationSeconds) const;

    RecordingClient *m_client;
    RecordingTracker *m_tracker;
    CxoneEnvironment::UserIdField m_userIdField = CxoneEnvironment::UserIdField::UserId;
    QString m_supervisor;
    int m_concurrency = kDefaultConcurrency;
    QQueue<Job> m_queue;
    QHash<QString, Job> m_inFlight; // by user-id
    QHash<QString, Job> m_awaitingAnnouncement; // accepted by CXone, being written to the ledger
    QSet<QString> m_busyUsers; // queued or in flight
    BatchSummary m_batch;
    int m_batchDone = 0;
};

Q_DECLARE_METATYPE(RecordingController::BatchSummary)
Q_DECLARE_METATYPE(StartKind)
Q_DECLARE_METATYPE(SaveState)
Q_DECLARE_METATYPE(StopKind)
