// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditHead.h"
#include "audit/AuditLog.h"

#include <QObject>
#include <QTimer>

class RecordingController;
class RecordingTracker;
struct TrackedRecording;

// Writes every recording action and outcome to the audit trail, from the controller's and the
// tracker's signals, so no code path that records a screen can forget to log it. Each entry names
// the supervisor who asked, whoever is signed in when the answer comes.
//
// A start is written ("requested") before its request may leave: when that write fails, the
// controller sends nothing. Entries that could not be written (a Stop's, an answer's) are kept, in
// order, and written again every second until the trail takes them.
class AuditRecorder : public QObject
{
    Q_OBJECT
public:
    AuditRecorder(AuditLog *log, RecordingController *controller, RecordingTracker *tracker, QObject *parent = nullptr);
    ~AuditRecorder() override;

    // Who is signed in: named by the entries of what nobody in particular asked for (a recording
    // that ended, a purge).
    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    // Entries written within this window share one fsync and one appended(); 0: each its own.
    void setGroupCommitMs(int milliseconds) { m_groupCommitMs = milliseconds; }
    void setRetryIntervalMs(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    // The supervisor signed in confirmed the recording policy's daily notice, whose text this is.
    void noteNoticeConfirmed(const QString &notice);
    // The recording policy in force from now on (PolicyRecord::detailFor).
    void notePolicyInForce(const QString &policy);
    // Purges what the retention period no longer allows to keep; a refusal is logged and returned.
    AuditLog::PurgeResult applyRetention(int days);
    // Whether entries wait to be written because the trail refused them.
    bool isFailing() const { return m_failing; }
    int unwrittenCount() const { return int(m_unwritten.size()); }

Q_SIGNALS:
    // Once entries reached the disk: where the trail now stands, for the ledger and the collector.
    void appended(const AuditHead &head);
    // The trail refused an entry: no start may leave until it takes them again.
    void writeFailed(const QString &error);
    // Every entry kept meanwhile is now on disk.
    void writeRestored();

private:
    // Writes the starts' entries, durably, after any entry still waiting; false when it could not.
    bool recordRequests(const QVector<TrackedRecording> &intents, QString *error);
    // Dated now; named for the supervisor signed in when nobody in particular asked.
    AuditEntry stamped(AuditEntry entry) const;
    void write(AuditEntry entry);
    // InFileOnly: the write failed, but the line reached the file whole (its flush or fsync failed):
    // it waits for a sync, and is never appended a second time.
    enum class Appended { Yes, InFileOnly, No };
    Appended append(const AuditEntry &entry, AuditLog::Flush flush, QString *error);
    // Writes what waits, in order; false (error says why) while the trail refuses it.
    bool writeUnwritten(QString *error);
    void commit();
    void noteFailure(const QString &error);
    // Entries reached the disk: announced, and the failure, if any, is over once nothing waits.
    void noteWritten();
    void retry();

    AuditLog *m_log;
    QString m_supervisor;
    int m_groupCommitMs = 0;
    QTimer m_commitTimer;
    QTimer m_retryTimer;
    QVector<AuditEntry> m_unwritten; // refused by the trail, in the order they happened
    bool m_unsynced = false; // written, but the fsync that makes them durable failed
    bool m_failing = false;
};
