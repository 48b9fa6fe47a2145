#include "audit/AuditCsv.h"

namespace {
QString field(QString text, QChar separator)
{
    // Formula injection: a cell starting with =, +, - or @ would run in Excel.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString row(const QStringList &values, QChar separator)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &value : values) {
        escaped.append(field(value, separator));
    }
    return escaped.join(separator) + QStringLiteral("\r\n");
}
} // namespace

bool AuditCsv::write(QIODevice *device, const QVector<AuditEntry> &entries, const QStringList &headers, QChar separator,
    const std::function<QString(const QDateTime &)> &formatTime)
{
    if (headers.size() != ColumnCount) {
        return false;
    }
    QByteArray out("\xEF\xBB\xBF");
    out += row(headers, separator).toUtf8();
    for (const AuditEntry &entry : entries) {
        out += row(
            { formatTime(entry.atUtc), entry.action, entry.result, entry.supervisor, entry.agentName, entry.userId,
                entry.durationSeconds > 0 ? QString::number(entry.durationSeconds) : QString(), entry.purpose,
                entry.contactId != 0 ? QString::number(entry.contactId) : QString(), entry.detail },
            separator)
                   .toUtf8();
    }
    return device->write(out) == out.size();
}
