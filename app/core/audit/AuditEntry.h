#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One line of the audit trail: who did what to whose screen, when, why, and what came of it.
struct AuditEntry
{
    QDateTime atUtc;
    QString action; // start, stop, extend, end, purge
    QString result; // started, already-recording, failed, stopped, already-ended, ended-by-itself...
    QString supervisor; // the signed-in access key
    QString agentName;
    QString userId;
    int durationSeconds = 0;
    QString purpose;
    qint64 contactId = 0;
    QString detail;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);
};
