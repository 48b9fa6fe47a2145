// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditCopy.h"

#include "audit/AuditChain.h"
#include "audit/SyslogFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
// When the entry was written: its own field when the copy kept the text, else the message's.
QDateTime timeOf(const AuditCopy::Entry &entry)
{
    if (const std::optional<AuditEntry> read = AuditEntry::fromJson(QJsonDocument::fromJson(entry.line).object())) {
        return read->atUtc;
    }
    return QDateTime::fromString(entry.timestamp, Qt::ISODateWithMs).toUTC();
}
} // namespace

std::optional<AuditCopy> AuditCopy::readCollectorExport(const QString &path, QString *error)
{
    QFile exported(path);
    if (!exported.open(QIODevice::ReadOnly)) {
        *error = exported.errorString();
        return std::nullopt;
    }
    AuditCopy copy;
    while (!exported.atEnd()) {
        const std::optional<SyslogFormat::Received> message = SyslogFormat::parse(exported.readLine());
        if (!message) {
            continue;
        }
        if (message->kind == SyslogFormat::Received::Kind::Checkpoint) {
            copy.checkpoints.append({ message->parameters.value(QStringLiteral("count")).toLongLong(),
                message->parameters.value(QStringLiteral("hash")).toLatin1(), message->timestamp });
            continue;
        }
        const qint64 sequence = message->parameters.value(QStringLiteral("seq")).toLongLong();
        Entry entry { message->parameters.value(QStringLiteral("hash")).toLatin1(), message->text, message->timestamp };
        if (!entry.line.isEmpty() && AuditChain::hashOf(entry.line) != entry.hash) {
            entry.line.clear(); // a text the collector altered proves nothing
        }
        if (const auto known = copy.entries.constFind(sequence); known != copy.entries.cend()) {
            (known->hash == entry.hash ? copy.repeated : copy.conflicting).insert(sequence);
            continue;
        }
        copy.entries.insert(sequence, entry);
    }
    return copy;
}

AuditCopy AuditCopy::fromLines(const QMap<qint64, QByteArray> &lines)
{
    AuditCopy copy;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        copy.entries.insert(it.key(), { AuditChain::hashOf(*it), *it, {} });
    }
    return copy;
}

void AuditCopy::sortRemovedBefore(qint64 first, QList<qint64> *purged, QList<qint64> *removedByHand) const
{
    QVector<AuditChain::PurgeRecord> purges;
    for (const Entry &entry : entries) {
        const std::optional<AuditEntry> read = AuditEntry::fromJson(QJsonDocument::fromJson(entry.line).object());
        if (const std::optional<AuditChain::PurgeRecord> purge
            = read ? AuditChain::purgeRecordFrom(*read) : std::nullopt) {
            purges.append(*purge);
        }
    }
    for (auto it = entries.cbegin(); it != entries.cend() && it.key() < first; ++it) {
        const QDateTime at = timeOf(*it);
        const bool old
            = at.isValid() && std::any_of(purges.cbegin(), purges.cend(), [&](const AuditChain::PurgeRecord &purge) {
                  return purge.anchor.purged >= it.key() && at < purge.cutoffUtc;
              });
        (old ? purged : removedByHand)->append(it.key());
    }
}
