#include "recording/TrackedRecording.h"

namespace {
const char *endReasonName(TrackedRecording::EndReason reason)
{
    switch (reason) {
    case TrackedRecording::EndReason::Running:
        return "running";
    case TrackedRecording::EndReason::Elapsed:
        return "elapsed";
    case TrackedRecording::EndReason::Stopped:
        return "stopped";
    case TrackedRecording::EndReason::AlreadyEndedOnServer:
        return "already-ended";
    case TrackedRecording::EndReason::EndedWhileClosed:
        return "ended-while-closed";
    }
    return "running";
}

std::optional<TrackedRecording::EndReason> endReasonFrom(const QString &name)
{
    for (auto reason : { TrackedRecording::EndReason::Running, TrackedRecording::EndReason::Elapsed,
             TrackedRecording::EndReason::Stopped, TrackedRecording::EndReason::AlreadyEndedOnServer,
             TrackedRecording::EndReason::EndedWhileClosed }) {
        if (name == QLatin1String(endReasonName(reason))) {
            return reason;
        }
    }
    return std::nullopt;
}
} // namespace

int TrackedRecording::secondsRemaining(const QDateTime &nowUtc) const
{
    const qint64 msLeft = nowUtc.msecsTo(endsAtUtc());
    return msLeft <= 0 ? 0 : int((msLeft + 999) / 1000);
}

QJsonObject TrackedRecording::toJson() const
{
    QJsonObject object {
        { QStringLiteral("userId"), userId },
        { QStringLiteral("agentId"), double(agentId) },
        { QStringLiteral("agentName"), agentName },
        // As a string: a double cannot carry every 64-bit contact ID exactly.
        { QStringLiteral("contactId"), QString::number(contactId) },
        { QStringLiteral("interactionId"), interactionId },
        { QStringLiteral("startedAt"), startedAtUtc.toString(Qt::ISODateWithMs) },
        { QStringLiteral("durationSeconds"), durationSeconds },
        { QStringLiteral("startedBy"), startedBy },
        { QStringLiteral("purpose"), purpose },
        { QStringLiteral("state"), QLatin1String(endReasonName(endReason)) },
    };
    if (awaitingContactId) {
        object.insert(QStringLiteral("awaitingContactId"), true);
    }
    if (replacesContactId != 0) {
        object.insert(QStringLiteral("replacesContactId"), QString::number(replacesContactId));
    }
    if (endedAtUtc.isValid()) {
        object.insert(QStringLiteral("endedAt"), endedAtUtc.toString(Qt::ISODateWithMs));
    }
    return object;
}

std::optional<TrackedRecording> TrackedRecording::fromJson(const QJsonObject &object)
{
    TrackedRecording recording;
    recording.userId = object.value(QLatin1String("userId")).toString();
    recording.agentId = qint64(object.value(QLatin1String("agentId")).toDouble());
    recording.agentName = object.value(QLatin1String("agentName")).toString();
    recording.contactId = object.value(QLatin1String("contactId")).toString().toLongLong();
    recording.interactionId = object.value(QLatin1String("interactionId")).toString();
    recording.startedAtUtc
        = QDateTime::fromString(object.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    recording.durationSeconds = object.value(QLatin1String("durationSeconds")).toInt();
    recording.startedBy = object.value(QLatin1String("startedBy")).toString();
    recording.purpose = object.value(QLatin1String("purpose")).toString();
    recording.awaitingContactId = object.value(QLatin1String("awaitingContactId")).toBool();
    recording.replacesContactId = object.value(QLatin1String("replacesContactId")).toString().toLongLong();
    const auto reason = endReasonFrom(object.value(QLatin1String("state")).toString());
    const QString endedAt = object.value(QLatin1String("endedAt")).toString();
    if (!endedAt.isEmpty()) {
        recording.endedAtUtc = QDateTime::fromString(endedAt, Qt::ISODateWithMs);
    }
    if (recording.userId.isEmpty() || (recording.contactId <= 0 && !recording.awaitingContactId)
        || !recording.startedAtUtc.isValid() || recording.durationSeconds <= 0 || !reason) {
        return std::nullopt;
    }
    recording.endReason = *reason;
    recording.startedAtUtc = recording.startedAtUtc.toUTC();
    return recording;
}
