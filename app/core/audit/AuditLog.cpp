// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
#include "system/DurableFile.h"
#include "system/PrivateFile.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using AuditChain::Anchor;
using AuditChain::anchorFrom;
using AuditChain::anchorLine;
using AuditChain::FileLines;
using AuditChain::hashOf;
using AuditChain::isAnchorLine;
using AuditChain::lineFor;
using AuditChain::readLines;

AuditLog::AuditLog(const QString &filePath)
    : m_filePath(filePath)
{
}

AuditLog::~AuditLog() = default;

QString AuditLog::defaultFilePath(const QString &folder)
{
    return (folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder)
        + QStringLiteral("/audit.jsonl");
}

bool AuditLog::tryLock(QString *holderDescription) { return m_lock.tryLock(m_filePath, holderDescription); }

void AuditLog::load()
{
    if (m_loaded) {
        return;
    }
    const FileLines file = readLines(m_filePath);
    m_lines.clear();
    m_lines.reserve(file.lines.size());
    m_purged = 0;
    m_lastHash.clear();
    for (int index = 0; index < file.lines.size(); ++index) {
        const QByteArray &line = file.lines.at(index);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (index == 0 && isAnchorLine(line)) {
            if (const std::optional<Anchor> anchor = anchorFrom(object)) {
                m_purged = anchor->purged;
                m_lastHash = anchor->upTo;
                continue;
            }
        }
        IndexedLine indexed;
        indexed.offset = file.offsets.at(index);
        indexed.length = int(line.size());
        indexed.hash = hashOf(line);
        indexed.entry = AuditEntry::fromJson(object);
        m_lastHash = indexed.hash;
        m_lines.append(indexed);
    }
    m_unfinishedOffset = file.unfinishedOffset;
    m_unfinished = file.unfinished;
    m_loaded = file.readable;
}

AuditHead AuditLog::head()
{
    load();
    return { m_purged + m_lines.size(), m_lastHash };
}

qint64 AuditLog::firstSequence()
{
    load();
    return m_purged + 1;
}

const AuditLog::IndexedLine *AuditLog::indexed(qint64 sequence)
{
    load();
    const qint64 index = sequence - m_purged - 1;
    return index >= 0 && index < m_lines.size() ? &m_lines.at(index) : nullptr;
}

std::optional<QByteArray> AuditLog::line(qint64 sequence)
{
    const IndexedLine *found = indexed(sequence);
    if (!found) {
        return std::nullopt;
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(found->offset)) {
        return std::nullopt;
    }
    const QByteArray bytes = file.read(found->length);
    if (bytes.size() != found->length) {
        return std::nullopt;
    }
    return bytes;
}

QByteArrayList AuditLog::lines()
{
    load();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray content = file.readAll();
    QByteArrayList result;
    result.reserve(m_lines.size());
    for (const IndexedLine &line : std::as_const(m_lines)) {
        result.append(content.mid(line.offset, line.length));
    }
    return result;
}

QByteArray AuditLog::hashAt(qint64 sequence)
{
    const IndexedLine *found = indexed(sequence);
    return found ? found->hash : QByteArray();
}

std::optional<AuditEntry> AuditLog::entryAt(qint64 sequence)
{
    const IndexedLine *found = indexed(sequence);
    return found ? found->entry : std::nullopt;
}

bool AuditLog::writeLine(const AuditEntry &entry, QString *error, Flush flush)
{
    if (!m_file.isOpen()) {
        m_file.setFileName(m_filePath);
        if (!PrivateFile::open(m_file, QIODevice::WriteOnly | QIODevice::Append, error)) {
            return false;
        }
    }
    const QByteArray line = lineFor(entry, m_lastHash);
    IndexedLine indexed;
    indexed.offset = m_file.size();
    indexed.length = int(line.size());
    indexed.hash = hashOf(line);
    indexed.entry = entry;
    // One write per line, so a crash leaves at worst an unfinished last line, set aside at the next start.
    QString syncError;
    const bool written = m_file.write(line + '\n') == line.size() + 1
        && (flush == Flush::Deferred ? m_file.flush() : DurableFile::sync(m_file, &syncError));
    if (!written) {
        *error = syncError.isEmpty() ? m_file.errorString() : syncError;
        m_file.close();
        m_loaded = false; // read the file again: what reached it decides
        return false;
    }
    m_lastHash = indexed.hash;
    m_lines.append(indexed);
    return true;
}

bool AuditLog::recoverUnfinishedLine(QString *error)
{
    if (m_unfinishedOffset < 0) {
        return true;
    }
    m_file.close();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadWrite) || !file.resize(m_unfinishedOffset) || !DurableFile::sync(file)) {
        *error = file.errorString();
        return false;
    }
    file.close();
    AuditEntry recovered;
    recovered.atUtc = QDateTime::currentDateTimeUtc();
    recovered.action = vigie::AuditAction::Recover;
    recovered.result = vigie::AuditResult::Recovered;
    recovered.supervisor = QStringLiteral("recovery");
    recovered.detail = QStringLiteral("an interrupted write left an unfinished last line of %1 bytes (SHA-256 %2); "
                                      "it was removed from the trail. Its text: %3")
                           .arg(m_unfinished.size())
                           .arg(QString::fromLatin1(hashOf(m_unfinished)), QString::fromUtf8(m_unfinished.left(2000)));
    m_unfinishedOffset = -1;
    m_unfinished.clear();
    return writeLine(recovered, error);
}

bool AuditLog::append(const AuditEntry &entry, QString *error, Flush flush)
{
    load();
    return recoverUnfinishedLine(error) && writeLine(entry, error, flush);
}

bool AuditLog::sync(QString *error)
{
    if (m_file.isOpen() && !DurableFile::sync(m_file, error)) {
        return false;
    }
    return true;
}

QVector<AuditEntry> AuditLog::query(const AuditQuery &query)
{
    load();
    QVector<AuditEntry> result;
    for (const IndexedLine &line : std::as_const(m_lines)) {
        if (line.entry && query.matches(*line.entry)) {
            result.append(*line.entry);
        }
    }
    return result;
}

QVector<AuditEntry> AuditLog::entries(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    AuditQuery period;
    period.fromUtc = fromUtc;
    period.toUtc = toUtc;
    return query(period);
}

AuditLog::PurgeResult AuditLog::purgeOlderThan(int days, const QDateTime &nowUtc, const QString &supervisor)
{
    PurgeResult result;
    load();
    if (!recoverUnfinishedLine(&result.reason)) {
        result.status = PurgeStatus::Failed;
        return result;
    }
    const Verification verification = verify(m_filePath);
    if (!verification.intact) {
        result.status = PurgeStatus::RefusedBrokenChain;
        result.reason = QStringLiteral("the audit trail is broken at line %1 (%2): nothing was purged, so the "
                                       "evidence stays as it is")
                            .arg(verification.brokenAtLine)
                            .arg(verification.reason);
        return result;
    }
    QDateTime newest;
    for (const IndexedLine &line : std::as_const(m_lines)) {
        if (line.entry && (!newest.isValid() || line.entry->atUtc > newest)) {
            newest = line.entry->atUtc;
        }
    }
    if (newest.isValid() && nowUtc < newest) {
        result.status = PurgeStatus::RefusedClockBehind;
        result.reason = QStringLiteral("the clock reads %1, earlier than the newest audit entry (%2): nothing was "
                                       "purged")
                            .arg(nowUtc.toString(Qt::ISODate), newest.toString(Qt::ISODate));
        return result;
    }
    // Only the run of old entries that opens the trail goes: the kept lines must stay contiguous.
    const QDateTime cutoff = nowUtc.addDays(-days);
    qint64 removed = 0;
    while (removed < m_lines.size() && m_lines.at(removed).entry && m_lines.at(removed).entry->atUtc < cutoff) {
        ++removed;
    }
    if (removed == 0) {
        return result;
    }
    const IndexedLine &lastRemoved = m_lines.at(removed - 1);
    const Anchor anchor { m_purged + removed, lastRemoved.hash };

    QFile current(m_filePath);
    if (!current.open(QIODevice::ReadOnly) || !current.seek(lastRemoved.offset + lastRemoved.length + 1)) {
        result.status = PurgeStatus::Failed;
        result.reason = current.errorString();
        return result;
    }
    const QByteArray kept = current.readAll();
    current.close();

    AuditEntry purge;
    purge.atUtc = nowUtc;
    purge.action = vigie::AuditAction::Purge;
    purge.result = vigie::AuditResult::Purged;
    purge.supervisor = supervisor;
    purge.detail = AuditChain::purgeDetail({ removed, days, cutoff, anchor });
    const QByteArray purgeLine = lineFor(purge, m_lastHash);

    m_file.close();
    QSaveFile file(m_filePath);
    const bool written = PrivateFile::open(file) && file.write(anchorLine(anchor, nowUtc) + '\n') > 0
        && file.write(kept) == kept.size() && file.write(purgeLine + '\n') == purgeLine.size() + 1
        && DurableFile::sync(file) && file.commit();
    m_loaded = false;
    if (!written) {
        result.status = PurgeStatus::Failed;
        result.reason = file.errorString();
        return result;
    }
    result.status = PurgeStatus::Purged;
    result.removed = removed;
    return result;
}
