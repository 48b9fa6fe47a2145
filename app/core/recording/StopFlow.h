// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/RecordingResults.h"
#include "recording/RecordingKinds.h"
#include "recording/RecordingRequests.h"
#include "recording/TrackedRecording.h"

#include <QObject>
#include <QTimer>

class RecordingAuthority;
class RecordingClient;
class RecordingTracker;
class StartFlow;
class UnconfirmedStarts;
struct SiteRecording;

// Stops, from the supervisor's Stop to CXone's answer: of a running recording (404 meaning it had
// already ended, docs/cxone-contract.md#stopping-a-recording), of an unconfirmed start (confirmed
// first), of a start still queued (never sent), of another station's recording; and extensions,
// which CXone can only do as a stop, then a start. A Stop CXone has not answered stays in the
// ledger: one that failed without CXone refusing it is sent again, further and further apart.
class StopFlow : public QObject
{
    Q_OBJECT
public:
    StopFlow(RecordingClient *client, RecordingTracker *tracker, RecordingRequests *requests,
        const RecordingAuthority *authority, UnconfirmedStarts *unconfirmed, StartFlow *starts,
        QObject *parent = nullptr);

    // firstDelayMs after the first failure, then twice as long each time, up to longestDelayMs.
    void setRetryBackoff(int firstDelayMs, int longestDelayMs);

    void stop(const QVector<qint64> &contactIds);
    int stopRecordingsOf(const QStringList &userIds);
    bool stopElsewhere(const SiteRecording &recording);
    void extend(qint64 contactId, int durationSeconds);
    void stopUnconfirmed(const QString &userId);
    // Queues a Stop (or, with extendToSeconds, a stop then a start); the caller sends what may leave.
    void enqueueStop(qint64 contactId, int extendToSeconds, bool inBatch, const QString &supervisor);
    // Sends the Stops the supervisor signed in pressed that CXone has not answered.
    void resendKeptStops();
    // Those Stops: pressed by the supervisor signed in and, for another station's recording, of an
    // agent still in their scope. Others wait for their own supervisor.
    QVector<TrackedRecording> keptStopsToSend() const;

Q_SIGNALS:
    void stopped(const TrackedRecording &recording, vigie::StopKind kind, const QString &supervisor);
    void stopFailed(const TrackedRecording &recording, const StopResult &result, const QString &supervisor);
    void startsNotSent(const QVector<TrackedRecording> &intents, const QString &reason);
    void stopWaitsForItsSupervisor(const TrackedRecording &intent);
    void stopLeftUnanswered(const TrackedRecording &recording);

private:
    // Another station's recording whose end is past: its kept Stop has nothing left to stop.
    void giveUpStopsOfEndedRecordings();
    static RecordingJob stopJob(const TrackedRecording &recording, const QString &supervisor);
    void handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result);
    // Another station's recording, or one unknown here: what CXone answered is told and audited.
    void handleStopOfUnknown(const RecordingJob &job, qint64 contactId, const StopResult &result, bool ended);
    void keepTrying(qint64 contactId, const StopResult &result);
    void startAgain(const TrackedRecording &recording, const RecordingJob &job);
    // The new start an Extend makes once its stop is answered.
    TrackedRecording extensionOf(const TrackedRecording &recording, const RecordingJob &job) const;

    RecordingClient *m_client;
    RecordingTracker *m_tracker;
    RecordingRequests *m_requests;
    const RecordingAuthority *m_authority;
    UnconfirmedStarts *m_unconfirmed;
    StartFlow *m_starts;
    QTimer m_retry;
    int m_firstRetryMs = 5000;
    int m_retryDelayMs = 5000;
    int m_longestRetryMs = 120000;
};
