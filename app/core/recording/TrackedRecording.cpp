// SPDX-License-Identifier: Apache-2.0
#include "recording/TrackedRecording.h"

#include <QJsonValue>

namespace {
constexpr struct
{
    TrackedRecording::EndReason reason;
    const char *name;
} kEndReasons[] = {
    { TrackedRecording::EndReason::Running, "running" },
    { TrackedRecording::EndReason::Elapsed, "elapsed" },
    { TrackedRecording::EndReason::Stopped, "stopped" },
    { TrackedRecording::EndReason::AlreadyEndedOnServer, "already-ended" },
    { TrackedRecording::EndReason::EndedWhileClosed, "ended-while-closed" },
    { TrackedRecording::EndReason::UnconfirmedElapsed, "unconfirmed-ended-by-time" },
    { TrackedRecording::EndReason::Forgotten, "forgotten" },
};

QLatin1String endReasonName(TrackedRecording::EndReason reason)
{
    for (const auto &entry : kEndReasons) {
        if (entry.reason == reason) {
            return QLatin1String(entry.name);
        }
    }
    return QLatin1String("running");
}

std::optional<TrackedRecording::EndReason> endReasonFrom(const QString &name)
{
    for (const auto &entry : kEndReasons) {
        if (name == QLatin1String(entry.name)) {
            return entry.reason;
        }
    }
    return std::nullopt;
}

// An integer written as text (64-bit values do not survive a double), or nothing.
std::optional<qint64> integerFrom(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return qint64(0);
    }
    bool ok = false;
    const qint64 parsed = value.isString() ? value.toString().toLongLong(&ok) : value.toInteger();
    ok = ok || (value.isDouble() && value.toDouble() == double(parsed));
    return ok && parsed >= 0 ? std::optional<qint64>(parsed) : std::nullopt;
}

QString confirmationName(TrackedRecording::Confirmation confirmation)
{
    switch (confirmation) {
    case TrackedRecording::Confirmation::Queued:
        return QStringLiteral("queued");
    case TrackedRecording::Confirmation::Sending:
        return QStringLiteral("sending");
    case TrackedRecording::Confirmation::Unconfirmed:
        break;
    }
    return QStringLiteral("unconfirmed");
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}
} // namespace

int TrackedRecording::secondsRemaining(qint64 monotonicNowMs) const
{
    const qint64 msLeft = deadlineMs - monotonicNowMs;
    return msLeft <= 0 ? 0 : int((msLeft + 999) / 1000);
}

QJsonObject TrackedRecording::toJson() const
{
    QJsonObject object {
        { QStringLiteral("userId"), userId },
        { QStringLiteral("agentId"), QString::number(agentId) },
        { QStringLiteral("agentName"), agentName },
        // As text: a double cannot carry every 64-bit contact ID exactly.
        { QStringLiteral("contactId"), QString::number(contactId) },
        { QStringLiteral("interactionId"), interactionId },
        { QStringLiteral("startedAt"), startedAtUtc.toString(Qt::ISODateWithMs) },
        { QStringLiteral("durationSeconds"), durationSeconds },
        { QStringLiteral("startedBy"), startedBy },
        { QStringLiteral("purpose"), purpose },
        { QStringLiteral("state"), endReasonName(endReason) },
    };
    if (!teamName.isEmpty()) {
        object.insert(QStringLiteral("team"), teamName);
    }
    if (!scope.isEmpty()) {
        object.insert(QStringLiteral("scope"), scope);
    }
    if (!justification.isEmpty()) {
        object.insert(QStringLiteral("justification"), justification);
    }
    if (isPending()) {
        object.insert(QStringLiteral("confirmation"), confirmationName(confirmation));
    }
    if (stopRequested) {
        object.insert(QStringLiteral("stopRequested"), true);
        object.insert(QStringLiteral("stopRequestedBy"), stopRequestedBy);
    }
    if (!heldByStation.isEmpty()) {
        object.insert(QStringLiteral("heldByStation"), heldByStation);
    }
    if (replacesContactId != 0) {
        object.insert(QStringLiteral("replacesContactId"), QString::number(replacesContactId));
    }
    if (endsAtUtc.isValid()) {
        object.insert(QStringLiteral("endsAt"), endsAtUtc.toString(Qt::ISODateWithMs));
    }
    if (deadlineMs != 0) {
        object.insert(QStringLiteral("deadlineMs"), QString::number(deadlineMs));
    }
    if (endedAtUtc.isValid()) {
        object.insert(QStringLiteral("endedAt"), endedAtUtc.toString(Qt::ISODateWithMs));
    }
    return object;
}

std::optional<TrackedRecording> TrackedRecording::fromJson(const QJsonObject &object)
{
    TrackedRecording recording;
    const std::optional<qint64> agentId = integerFrom(object.value(QLatin1String("agentId")));
    const std::optional<qint64> contactId = integerFrom(object.value(QLatin1String("contactId")));
    const std::optional<qint64> replaces = integerFrom(object.value(QLatin1String("replacesContactId")));
    const std::optional<qint64> deadline = integerFrom(object.value(QLatin1String("deadlineMs")));
    const auto reason = endReasonFrom(object.value(QLatin1String("state")).toString());
    if (!agentId || !contactId || !replaces || !deadline || !reason) {
        return std::nullopt;
    }
    recording.userId = object.value(QLatin1String("userId")).toString();
    recording.agentId = *agentId;
    recording.agentName = object.value(QLatin1String("agentName")).toString();
    recording.teamName = object.value(QLatin1String("team")).toString();
    recording.contactId = *contactId;
    recording.interactionId = object.value(QLatin1String("interactionId")).toString();
    recording.startedAtUtc = timeFrom(object.value(QLatin1String("startedAt")));
    recording.durationSeconds = object.value(QLatin1String("durationSeconds")).toInt();
    recording.startedBy = object.value(QLatin1String("startedBy")).toString();
    recording.purpose = object.value(QLatin1String("purpose")).toString();
    recording.scope = object.value(QLatin1String("scope")).toString();
    recording.justification = object.value(QLatin1String("justification")).toString();
    recording.endReason = *reason;
    // Ledgers written before the confirmation state called every pending start "awaitingContactId":
    // after a restart, such a start is unconfirmed either way.
    const QString confirmation = object.value(QLatin1String("confirmation")).toString();
    recording.confirmation = confirmation == QLatin1String("queued") ? Confirmation::Queued
        : confirmation == QLatin1String("sending")                   ? Confirmation::Sending
                                                                     : Confirmation::Unconfirmed;
    recording.stopRequested = object.value(QLatin1String("stopRequested")).toBool();
    recording.stopRequestedBy = object.value(QLatin1String("stopRequestedBy")).toString();
    recording.heldByStation = object.value(QLatin1String("heldByStation")).toString();
    recording.replacesContactId = *replaces;
    recording.deadlineMs = *deadline;
    recording.endsAtUtc = object.contains(QLatin1String("endsAt"))
        ? timeFrom(object.value(QLatin1String("endsAt")))
        : recording.startedAtUtc.addSecs(recording.durationSeconds);
    if (object.contains(QLatin1String("endedAt"))) {
        recording.endedAtUtc = timeFrom(object.value(QLatin1String("endedAt")));
    }
    if (recording.userId.isEmpty() || !recording.startedAtUtc.isValid() || !recording.endsAtUtc.isValid()
        || recording.durationSeconds <= 0) {
        return std::nullopt;
    }
    return recording;
}
