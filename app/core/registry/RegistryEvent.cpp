// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryEvent.h"

#include "system/SystemClock.h"

#include <algorithm>
#include <array>

namespace {
constexpr std::array kKinds {
    std::pair { RegistryEvent::Kind::Claim, "claim" },
    std::pair { RegistryEvent::Kind::Release, "release" },
    std::pair { RegistryEvent::Kind::Start, "start" },
    std::pair { RegistryEvent::Kind::Unconfirmed, "unconfirmed" },
    std::pair { RegistryEvent::Kind::Stop, "stop" },
    std::pair { RegistryEvent::Kind::End, "end" },
    std::pair { RegistryEvent::Kind::Forget, "forget" },
};
} // namespace

void RegistryEvent::setSecondsLeft(int seconds)
{
    secondsLeft = seconds;
    deadlineMs = SystemClock::sinceBootMs() + 1000LL * seconds;
    bootId = SystemClock::bootId();
}

std::optional<int> RegistryEvent::secondsLeftNow() const
{
    if (!secondsLeft) {
        return std::nullopt;
    }
    const qint64 leftMs = !bootId.isEmpty() && bootId == SystemClock::bootId()
        ? deadlineMs - SystemClock::sinceBootMs()
        : QDateTime::currentDateTimeUtc().msecsTo(stationTimeUtc.addSecs(*secondsLeft));
    return int(std::clamp<qint64>((leftMs + 999) / 1000, 0, *secondsLeft));
}

QString RegistryEvent::kindName(Kind kind)
{
    for (const auto &[known, name] : kKinds) {
        if (known == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<RegistryEvent::Kind> RegistryEvent::kindNamed(const QString &name)
{
    for (const auto &[kind, known] : kKinds) {
        if (name == QLatin1String(known)) {
            return kind;
        }
    }
    return std::nullopt;
}

QJsonObject RegistryEvent::toJson() const
{
    QJsonObject object {
        { QStringLiteral("id"), eventId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("agent"), agentUserId },
        { QStringLiteral("agentName"), agentName },
        // Exact 64-bit ids: a JSON number is a double, which loses digits past 2^53.
        { QStringLiteral("contactId"), QString::number(contactId) },
        { QStringLiteral("interactionId"), interactionId },
        { QStringLiteral("duration"), durationSeconds },
        { QStringLiteral("purpose"), purpose },
        { QStringLiteral("supervisor"), supervisor },
        { QStringLiteral("replaces"), QString::number(replacesContactId) },
        { QStringLiteral("detail"), detail },
        { QStringLiteral("stationTime"), stationTimeUtc.toString(Qt::ISODateWithMs) },
    };
    if (secondsLeft) {
        object.insert(QStringLiteral("secondsLeft"), *secondsLeft);
        object.insert(QStringLiteral("deadlineMs"), QString::number(deadlineMs));
        object.insert(QStringLiteral("bootId"), bootId);
    }
    return object;
}

std::optional<RegistryEvent> RegistryEvent::fromJson(const QJsonObject &object)
{
    RegistryEvent event;
    event.eventId = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    const std::optional<Kind> kind = kindNamed(object.value(QStringLiteral("kind")).toString());
    bool contactOk = false;
    bool replacesOk = false;
    event.contactId = object.value(QStringLiteral("contactId")).toString().toLongLong(&contactOk);
    event.replacesContactId = object.value(QStringLiteral("replaces")).toString().toLongLong(&replacesOk);
    event.agentUserId = object.value(QStringLiteral("agent")).toString();
    if (event.eventId.isNull() || !kind || !contactOk || !replacesOk || event.agentUserId.isEmpty()) {
        return std::nullopt;
    }
    event.kind = *kind;
    event.agentName = object.value(QStringLiteral("agentName")).toString();
    event.interactionId = object.value(QStringLiteral("interactionId")).toString();
    event.durationSeconds = object.value(QStringLiteral("duration")).toInt();
    event.purpose = object.value(QStringLiteral("purpose")).toString();
    event.supervisor = object.value(QStringLiteral("supervisor")).toString();
    event.detail = object.value(QStringLiteral("detail")).toString();
    event.stationTimeUtc
        = QDateTime::fromString(object.value(QStringLiteral("stationTime")).toString(), Qt::ISODateWithMs);
    if (object.contains(QStringLiteral("secondsLeft"))) {
        event.secondsLeft = object.value(QStringLiteral("secondsLeft")).toInt();
        event.deadlineMs = object.value(QStringLiteral("deadlineMs")).toString().toLongLong();
        event.bootId = object.value(QStringLiteral("bootId")).toString();
    }
    return event;
}

TrackedRecording SiteRecording::toTracked() const
{
    TrackedRecording recording;
    recording.userId = agentUserId;
    recording.agentName = agentName;
    recording.contactId = contactId;
    recording.interactionId = interactionId;
    recording.durationSeconds = durationSeconds;
    recording.purpose = purpose;
    recording.startedBy = supervisor;
    recording.startedAtUtc = startedAtUtc;
    recording.deadlineMs = deadlineMs;
    recording.confirmation = state == State::Unconfirmed ? TrackedRecording::Confirmation::Unconfirmed
                                                         : TrackedRecording::Confirmation::Sending;
    recording.heldByStation = station;
    return recording;
}
