// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEntry.h"

namespace {
void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}
} // namespace

// Optional fields are left out when empty, so the lines of older versions and of this one read alike.
QJsonObject AuditEntry::toJson() const
{
    QJsonObject object { { QStringLiteral("at"), atUtc.toString(Qt::ISODateWithMs) },
        { QStringLiteral("action"), vigie::auditActionName(action) },
        { QStringLiteral("result"), vigie::auditResultName(result) }, { QStringLiteral("supervisor"), supervisor } };
    insertIfSet(object, QStringLiteral("agent"), agentName);
    insertIfSet(object, QStringLiteral("userId"), userId);
    insertIfSet(object, QStringLiteral("team"), team);
    if (durationSeconds > 0) {
        object.insert(QStringLiteral("durationSeconds"), durationSeconds);
    }
    insertIfSet(object, QStringLiteral("purpose"), purpose);
    insertIfSet(object, QStringLiteral("scope"), scope);
    if (contactId != 0) {
        object.insert(QStringLiteral("contactId"), QString::number(contactId));
    }
    insertIfSet(object, QStringLiteral("detail"), detail);
    return object;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.atUtc = QDateTime::fromString(object.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    const auto action = vigie::auditActionFromName(object.value(QLatin1String("action")).toString());
    const auto result = vigie::auditResultFromName(object.value(QLatin1String("result")).toString());
    if (!entry.atUtc.isValid() || !action || !result) {
        return std::nullopt;
    }
    entry.atUtc = entry.atUtc.toUTC();
    entry.action = *action;
    entry.result = *result;
    entry.supervisor = object.value(QLatin1String("supervisor")).toString();
    entry.agentName = object.value(QLatin1String("agent")).toString();
    entry.userId = object.value(QLatin1String("userId")).toString();
    entry.team = object.value(QLatin1String("team")).toString();
    entry.durationSeconds = object.value(QLatin1String("durationSeconds")).toInt();
    entry.purpose = object.value(QLatin1String("purpose")).toString();
    entry.scope = object.value(QLatin1String("scope")).toString();
    entry.contactId = object.value(QLatin1String("contactId")).toString().toLongLong();
    entry.detail = object.value(QLatin1String("detail")).toString();
    return entry;
}
