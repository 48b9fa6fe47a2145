// SPDX-License-Identifier: Apache-2.0
#include "audit/SyslogFormat.h"

#include "audit/AuditEntry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSysInfo>

namespace {
// RFC 5424 section 6.3.3: '"', '\' and ']' are escaped. Control characters would be escaped
// again by collectors (#012...), so they become spaces; the exact text is in the message.
QByteArray parameterValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || c == ']') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray element(const char *id, const QList<std::pair<const char *, QString>> &parameters)
{
    QByteArray out = QByteArray("[") + id;
    for (const auto &[name, value] : parameters) {
        out += ' ';
        out += name;
        out += "=\"";
        out += parameterValue(value);
        out += '"';
    }
    out += ']';
    return out;
}

// PRINTUSASCII only, at most 255 characters, "-" when unknown (RFC 5424 section 6.2.4).
QByteArray headerField(const QString &value, int maximum)
{
    QByteArray out;
    for (const QChar c : value.left(maximum)) {
        out += c.unicode() > 32 && c.unicode() < 127 ? char(c.unicode()) : '_';
    }
    return out.isEmpty() ? QByteArray("-") : out;
}

QByteArray header(const SyslogFormat::Origin &origin, int severity, const QDateTime &atUtc, const char *messageId)
{
    return '<' + QByteArray::number(SyslogFormat::kFacility * 8 + severity) + ">1 "
        + atUtc.toUTC().toString(Qt::ISODateWithMs).toLatin1() + ' ' + headerField(origin.hostName, 255) + ' '
        + SyslogFormat::kAppName + ' ' + QByteArray::number(origin.processId) + ' ' + messageId + ' ';
}

QDateTime entryTime(const QByteArray &line)
{
    const QDateTime at = QDateTime::fromString(
        QJsonDocument::fromJson(line).object().value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    return at.isValid() ? at : QDateTime::currentDateTimeUtc();
}
} // namespace

SyslogFormat::Origin SyslogFormat::Origin::ofThisProcess()
{
    return { QSysInfo::machineHostName(), QCoreApplication::applicationPid() };
}

QByteArray SyslogFormat::entryBody(qint64 sequence, const QByteArray &line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const std::optional<AuditEntry> entry = AuditEntry::fromJson(object);
    const AuditEntry fields = entry.value_or(AuditEntry());
    const bool readable = entry.has_value();
    return element(kEntryId,
               {
                   { "seq", QString::number(sequence) },
                   { "at", object.value(QLatin1String("at")).toString() },
                   { "action", readable ? vigie::auditActionName(fields.action) : QString() },
                   { "result", readable ? vigie::auditResultName(fields.result) : QString() },
                   { "supervisor", fields.supervisor },
                   { "agent", fields.agentName },
                   { "userId", fields.userId },
                   { "team", fields.team },
                   { "contactId", fields.contactId != 0 ? QString::number(fields.contactId) : QString() },
                   { "duration", fields.durationSeconds > 0 ? QString::number(fields.durationSeconds) : QString() },
                   { "purpose", fields.purpose },
                   { "scope", fields.scope },
                   { "hash", QString::fromLatin1(QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex()) },
                   { "prev", object.value(QLatin1String("prev")).toString() },
               })
        + ' ' + line;
}

QByteArray SyslogFormat::checkpointBody(const AuditHead &head, CheckpointReason reason)
{
    return element(kCheckpointId,
        { { "count", QString::number(head.count) }, { "hash", QString::fromLatin1(head.hash) },
            { "reason",
                reason == CheckpointReason::StartUp ? QStringLiteral("start-up") : QStringLiteral("interval") } });
}

QByteArray SyslogFormat::entryMessage(const Origin &origin, qint64 sequence, const QByteArray &line)
{
    return header(origin, kEntrySeverity, entryTime(line), "audit") + entryBody(sequence, line);
}

QByteArray SyslogFormat::checkpointMessage(
    const Origin &origin, const AuditHead &head, CheckpointReason reason, const QDateTime &atUtc)
{
    return header(origin, kCheckpointSeverity, atUtc, "checkpoint") + checkpointBody(head, reason);
}

QByteArray SyslogFormat::octetCounted(const QByteArray &message)
{
    return QByteArray::number(message.size()) + ' ' + message;
}

std::optional<SyslogFormat::Received> SyslogFormat::parse(const QByteArray &collectorLine)
{
    Received received;
    const QByteArray entryOpening = QByteArray("[") + kEntryId + ' ';
    const QByteArray checkpointOpening = QByteArray("[") + kCheckpointId + ' ';
    qsizetype at = collectorLine.indexOf(entryOpening);
    qsizetype position = 0;
    if (at >= 0) {
        position = at + entryOpening.size();
    } else if ((at = collectorLine.indexOf(checkpointOpening)) >= 0) {
        received.kind = Received::Kind::Checkpoint;
        position = at + checkpointOpening.size();
    } else {
        return std::nullopt;
    }
    // The RFC 5424 timestamp is the field after "<PRI>1 ", when the template kept the header.
    const qsizetype version = collectorLine.indexOf(">1 ");
    if (version >= 0 && version < at) {
        const qsizetype end = collectorLine.indexOf(' ', version + 3);
        received.timestamp = QString::fromLatin1(collectorLine.mid(version + 3, end - version - 3));
    }
    while (position < collectorLine.size() && collectorLine.at(position) != ']') {
        if (collectorLine.at(position) == ' ') {
            ++position;
            continue;
        }
        const qsizetype equals = collectorLine.indexOf("=\"", position);
        if (equals < 0) {
            return std::nullopt;
        }
        const QString name = QString::fromLatin1(collectorLine.mid(position, equals - position));
        QByteArray value;
        position = equals + 2;
        while (position < collectorLine.size() && collectorLine.at(position) != '"') {
            if (collectorLine.at(position) == '\\' && position + 1 < collectorLine.size()) {
                ++position;
            }
            value += collectorLine.at(position);
            ++position;
        }
        if (position >= collectorLine.size()) {
            return std::nullopt;
        }
        ++position; // the closing quote
        received.parameters.insert(name, QString::fromUtf8(value));
    }
    if (position >= collectorLine.size()) {
        return std::nullopt;
    }
    received.text = collectorLine.mid(position + 1).trimmed();
    return received;
}
