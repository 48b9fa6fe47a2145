// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistryEvent.h"

// A station's Start as the registry's tests and bench publish it.
inline RegistryEvent startEvent(const QString &agent, qint64 contactId, int seconds, const QString &supervisor,
    const QString &purpose = QStringLiteral("Training"))
{
    RegistryEvent event;
    event.kind = RegistryEvent::Kind::Start;
    event.agentUserId = agent;
    event.agentName = QStringLiteral("Agent %1").arg(agent);
    event.contactId = contactId;
    event.interactionId = QStringLiteral("i-%1").arg(contactId);
    event.durationSeconds = seconds;
    event.setSecondsLeft(seconds);
    event.purpose = purpose;
    event.supervisor = supervisor;
    event.stationTimeUtc = QDateTime::currentDateTimeUtc();
    return event;
}
