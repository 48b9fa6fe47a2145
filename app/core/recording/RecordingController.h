#pragma once

#include "RecordingTracker.h"
#include "cxone/Agent.h"
#include "cxone/CxoneEnvironment.h"
#include "cxone/RecordingResults.h"

#include <QObject>

class RecordingClient;

// Turns "record these agents for this long" into API calls and tracked recordings, applying
// the contract's rules: one recording per agent (an agent already tracked is not asked again),
// the ledger written before success is announced, 404 on stop meaning "already ended".
class RecordingController : public QObject
{
    Q_OBJECT
public:
    RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent = nullptr);

    void setUserIdField(CxoneEnvironment::UserIdField field) { m_userIdField = field; }
    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    QString userIdFor(const Agent &agent) const;

    void start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose = {});
    void stop(const QVector<qint64> &contactIds);
    bool isPending(const QString &userId) const { return m_pending.contains(userId); }
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void pendingChanged(const QString &userId, bool pending);
    // alreadyRunning: CXone returned a recording Vigie already tracked; nothing new started.
    // saved: false when the ledger could not be written (the recording is tracked in memory).
    void started(const TrackedRecording &recording, bool alreadyRunning, bool saved);
    void startFailed(const Agent &agent, const StartResult &result);
    void stopped(const TrackedRecording &recording, bool hadAlreadyEnded);
    void stopFailed(const TrackedRecording &recording, const StopResult &result);

private:
    void handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result);
    void handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result);
    void setPending(const QString &userId, bool pending);

    struct PendingStart {
        Agent agent;
        QString purpose;
        QDateTime requestedAtUtc;
    };

    RecordingClient *m_client;
    RecordingTracker *m_tracker;
    CxoneEnvironment::UserIdField m_userIdField = CxoneEnvironment::UserIdField::UserId;
    QString m_supervisor;
    QHash<QString, PendingStart> m_pendingStarts; // by user-id
    QSet<QString> m_pending;
};
