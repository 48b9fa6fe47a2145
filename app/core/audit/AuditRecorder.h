#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditHead.h"
#include "audit/AuditLog.h"

#include <QObject>
#include <QTimer>

class RecordingController;
class RecordingTracker;

// Writes every recording action and outcome to the audit trail, from the controller's and the
// tracker's signals, so no code path that records a screen can forget to log it.
class AuditRecorder : public QObject
{
    Q_OBJECT
public:
    AuditRecorder(AuditLog *log, RecordingController *controller, RecordingTracker *tracker, QObject *parent = nullptr);
    ~AuditRecorder() override;

    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    // Entries written within this window share one fsync and one appended(); 0: each its own.
    void setGroupCommitMs(int milliseconds) { m_groupCommitMs = milliseconds; }
    // Purges what the retention period no longer allows to keep; a refusal is logged and returned.
    AuditLog::PurgeResult applyRetention(int days);

Q_SIGNALS:
    // Once entries reached the disk: where the trail now stands, for the ledger and the collector.
    void appended(const AuditHead &head);
    void writeFailed(const QString &error);

private:
    void write(AuditEntry entry);
    void commit();

    AuditLog *m_log;
    QString m_supervisor;
    int m_groupCommitMs = 0;
    QTimer m_commitTimer;
};
