#pragma once

#include "audit/AuditEntry.h"

#include <QObject>

class AuditLog;
class RecordingController;
class RecordingTracker;

// Writes every recording action and outcome to the audit trail, from the controller's and the
// tracker's signals, so no code path that records a screen can forget to log it.
class AuditRecorder : public QObject
{
    Q_OBJECT
public:
    AuditRecorder(AuditLog *log, RecordingController *controller, RecordingTracker *tracker, QObject *parent = nullptr);

    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }

Q_SIGNALS:
    void writeFailed(const QString &error);

private:
    void write(AuditEntry entry);

    AuditLog *m_log;
    QString m_supervisor;
};
