// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditCsv.h"

namespace {
QString field(QString text, QChar separator)
{
    // Formula injection: a cell starting with =, +, - or @ would run in Excel, and so would one
    // starting with a tab or a carriage return, which Excel skips before looking for a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

QChar AuditCsv::separatorFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

QByteArray AuditCsv::row(const QStringList &values, QChar separator)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &value : values) {
        escaped.append(field(value, separator));
    }
    return (escaped.join(separator) + QStringLiteral("\r\n")).toUtf8();
}

bool AuditCsv::write(
    QIODevice *device, const QVector<AuditEntry> &entries, const QStringList &headers, const QLocale &locale)
{
    if (headers.size() != ColumnCount) {
        return false;
    }
    const QChar separator = separatorFor(locale);
    QByteArray out(kByteOrderMark);
    out += row(headers, separator);
    for (const AuditEntry &entry : entries) {
        out += row({ locale.toString(entry.atUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       vigie::auditActionName(entry.action), vigie::auditResultName(entry.result), entry.supervisor,
                       entry.agentName, entry.userId, entry.team,
                       entry.durationSeconds > 0 ? QString::number(entry.durationSeconds) : QString(), entry.purpose,
                       entry.scope, entry.contactId != 0 ? QString::number(entry.contactId) : QString(), entry.detail },
            separator);
    }
    return device->write(out) == out.size();
}
