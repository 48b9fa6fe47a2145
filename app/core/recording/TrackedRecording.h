#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One screen recording Vigie started and must be able to stop: CXone has no API to list
// running recordings, so a contactId lost here could never be stopped (cxone-api.md).
struct TrackedRecording
{
    enum class EndReason { Running, Elapsed, Stopped, AlreadyEndedOnServer, EndedWhileClosed };

    QString userId;
    qint64 agentId = 0;
    QString agentName;
    qint64 contactId = 0;
    QString interactionId;
    QDateTime startedAtUtc;
    int durationSeconds = 0;
    QString startedBy;
    QString purpose;
    EndReason endReason = EndReason::Running;
    bool awaitingContactId = false; // start sent, CXone's answer not received
    qint64 replacesContactId = 0; // set when this recording extends an earlier one
    QDateTime endedAtUtc;

    QDateTime endsAtUtc() const { return startedAtUtc.addSecs(durationSeconds); }
    bool isRunning() const { return endReason == EndReason::Running; }
    // Whole seconds left, rounded up so a countdown never shows 0:00:00 while still running.
    int secondsRemaining(const QDateTime &nowUtc) const;

    QJsonObject toJson() const;
    static std::optional<TrackedRecording> fromJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(TrackedRecording)
