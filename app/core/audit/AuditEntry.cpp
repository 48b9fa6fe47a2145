#include "audit/AuditEntry.h"

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object { { QStringLiteral("at"), atUtc.toString(Qt::ISODateWithMs) },
        { QStringLiteral("action"), action }, { QStringLiteral("result"), result },
        { QStringLiteral("supervisor"), supervisor } };
    if (!agentName.isEmpty()) {
        object.insert(QStringLiteral("agent"), agentName);
    }
    if (!userId.isEmpty()) {
        object.insert(QStringLiteral("userId"), userId);
    }
    if (durationSeconds > 0) {
        object.insert(QStringLiteral("durationSeconds"), durationSeconds);
    }
    if (!purpose.isEmpty()) {
        object.insert(QStringLiteral("purpose"), purpose);
    }
    if (contactId != 0) {
        object.insert(QStringLiteral("contactId"), QString::number(contactId));
    }
    if (!detail.isEmpty()) {
        object.insert(QStringLiteral("detail"), detail);
    }
    return object;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.atUtc = QDateTime::fromString(object.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    entry.action = object.value(QLatin1String("action")).toString();
    if (!entry.atUtc.isValid() || entry.action.isEmpty()) {
        return std::nullopt;
    }
    entry.atUtc = entry.atUtc.toUTC();
    entry.result = object.value(QLatin1String("result")).toString();
    entry.supervisor = object.value(QLatin1String("supervisor")).toString();
    entry.agentName = object.value(QLatin1String("agent")).toString();
    entry.userId = object.value(QLatin1String("userId")).toString();
    entry.durationSeconds = object.value(QLatin1String("durationSeconds")).toInt();
    entry.purpose = object.value(QLatin1String("purpose")).toString();
    entry.contactId = object.value(QLatin1String("contactId")).toString().toLongLong();
    entry.detail = object.value(QLatin1String("detail")).toString();
    return entry;
}
