// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditChain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace AuditChain {
namespace {
const QString kPrevious = QStringLiteral("prev");
const QString kAnchor = QStringLiteral("anchor");
const QString kPurged = QStringLiteral("purged");
const QString kUpTo = QStringLiteral("upTo");
const QString kAt = QStringLiteral("at");
// Seconds a purge entry may be dated ahead of the checking clock: two machines' clocks disagree a little.
constexpr int kClockTolerance = 300;
} // namespace

QByteArray hashOf(const QByteArray &line) { return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex(); }

QByteArray lineFor(const AuditEntry &entry, const QByteArray &previousHash)
{
    QJsonObject object = entry.toJson();
    object.insert(kPrevious, QString::fromLatin1(previousHash));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Anchor> anchorFrom(const QJsonObject &object)
{
    if (!object.value(kAnchor).toBool()) {
        return std::nullopt;
    }
    Anchor anchor;
    anchor.purged = object.value(kPurged).toString().toLongLong();
    anchor.upTo = object.value(kUpTo).toString().toLatin1();
    if (anchor.purged <= 0 || anchor.upTo.size() != 64) {
        return std::nullopt;
    }
    return anchor;
}

QByteArray anchorLine(const Anchor &anchor, const QDateTime &atUtc)
{
    const QJsonObject object { { kAnchor, true }, { kAt, atUtc.toString(Qt::ISODateWithMs) },
        { kPurged, QString::number(anchor.purged) }, { kUpTo, QString::fromLatin1(anchor.upTo) } };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isAnchorLine(const QByteArray &line) { return line.startsWith("{\"anchor\":"); }

QString purgeDetail(const PurgeRecord &purge)
{
    return QStringLiteral("%1 entries older than %2 days (before %3) purged, up to entry %4 with hash %5")
        .arg(purge.removed)
        .arg(purge.days)
        .arg(purge.cutoffUtc.toString(Qt::ISODate))
        .arg(purge.anchor.purged)
        .arg(QString::fromLatin1(purge.anchor.upTo));
}

std::optional<PurgeRecord> purgeRecordFrom(const AuditEntry &entry)
{
    if (entry.action != vigie::AuditAction::Purge || entry.result != vigie::AuditResult::Purged) {
        return std::nullopt;
    }
    static const QRegularExpression detail(QStringLiteral("^(\\d+) entries older than (\\d+) days \\(before (\\S+)\\) "
                                                          "purged, up to entry (\\d+) with hash ([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = detail.match(entry.detail);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    PurgeRecord purge;
    purge.removed = match.captured(1).toLongLong();
    purge.days = match.captured(2).toInt();
    purge.cutoffUtc = QDateTime::fromString(match.captured(3), Qt::ISODate).toUTC();
    purge.anchor = { match.captured(4).toLongLong(), match.captured(5).toLatin1() };
    // The cut-off is written to the second: the purge's own time, less its retention, as written.
    const QDateTime ownCutoff = entry.atUtc.addDays(-purge.days);
    if (purge.days < 1 || purge.removed < 1 || purge.anchor.purged < purge.removed || !purge.cutoffUtc.isValid()
        || qAbs(ownCutoff.secsTo(purge.cutoffUtc)) > 1) {
        return std::nullopt;
    }
    return purge;
}

FileLines readLines(const QString &path)
{
    FileLines result;
    QFile file(path);
    if (!file.exists()) {
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.readable = false;
        result.error = file.errorString();
        return result;
    }
    const QByteArray content = file.readAll();
    qint64 start = 0;
    while (start < content.size()) {
        const qint64 end = content.indexOf('\n', start);
        if (end < 0) {
            result.unfinishedOffset = start;
            result.unfinished = content.mid(start);
            break;
        }
        result.offsets.append(start);
        result.lines.append(content.mid(start, end - start));
        start = end + 1;
    }
    return result;
}

Verification verify(const QString &filePath, const AuditHead &expected, const QDateTime &nowUtc)
{
    Verification verification;
    const FileLines file = readLines(filePath);
    if (!file.readable) {
        verification.reason = QStringLiteral("cannot read %1: %2").arg(filePath, file.error);
        return verification;
    }
    QByteArray previous;
    QByteArray anchorUpTo;
    int first = 0;
    if (!file.lines.isEmpty() && isAnchorLine(file.lines.first())) {
        const std::optional<Anchor> anchor = anchorFrom(QJsonDocument::fromJson(file.lines.first()).object());
        if (!anchor) {
            verification.brokenAtLine = 1;
            verification.reason = QStringLiteral("line 1 is not a readable purge anchor");
            return verification;
        }
        verification.purged = anchor->purged;
        anchorUpTo = anchor->upTo;
        previous = anchor->upTo;
        first = 1;
    }
    QDateTime purgeAtUtc;
    QVector<QByteArray> hashes; // of each entry line, to check the expected head against
    hashes.reserve(file.lines.size());
    for (int index = first; index < file.lines.size(); ++index) {
        const QByteArray &line = file.lines.at(index);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const QJsonObject object = document.object();
        const int lineNumber = index + 1;
        if (!document.isObject() || !AuditEntry::fromJson(object)) {
            verification.brokenAtLine = lineNumber;
            verification.reason = isAnchorLine(line)
                ? QStringLiteral("line %1 is a purge anchor, which only the first line can be").arg(lineNumber)
                : QStringLiteral("line %1 is not a readable audit entry").arg(lineNumber);
            return verification;
        }
        if (object.value(kPrevious).toString().toLatin1() != previous) {
            verification.brokenAtLine = lineNumber;
            verification.reason = index == first
                ? QStringLiteral("line %1 does not start the chain: lines before it were removed").arg(lineNumber)
                : QStringLiteral("line %1 does not follow line %2: one of them was edited, or lines were removed "
                                 "or inserted between them")
                      .arg(lineNumber)
                      .arg(lineNumber - 1);
            return verification;
        }
        previous = hashOf(line);
        hashes.append(previous);
        const AuditEntry entry = *AuditEntry::fromJson(object);
        const std::optional<PurgeRecord> purge = purgeRecordFrom(entry);
        if (first == 1 && purge && purge->anchor.purged == verification.purged && purge->anchor.upTo == anchorUpTo) {
            verification.purge = purge;
            verification.purgeSequence = verification.purged + hashes.size();
            purgeAtUtc = entry.atUtc;
        }
    }
    if (first == 1 && !verification.purge) {
        verification.brokenAtLine = 1;
        verification.reason
            = QStringLiteral("line 1 is a purge anchor standing for entries 1 to %1, but no purge entry "
                             "in the trail records that purge: the entries were removed by hand")
                  .arg(verification.purged);
        return verification;
    }
    // A purge refuses to run on a clock behind the newest entry: one dated later than now was
    // written by hand, to make recent entries look older than its cut-off.
    if (verification.purge && purgeAtUtc > nowUtc.addSecs(kClockTolerance)) {
        verification.brokenAtLine = int(verification.purgeSequence - verification.purged) + 1;
        verification.reason = QStringLiteral("the purge entry at line %1 is dated later than this clock reads (%2), "
                                             "which no purge can be: it and its anchor were made by hand")
                                  .arg(verification.brokenAtLine)
                                  .arg(nowUtc.toString(Qt::ISODate));
        return verification;
    }
    verification.entries = hashes.size();
    verification.head = { verification.purged + verification.entries, previous };
    if (!file.unfinished.isEmpty()) {
        verification.unfinishedLastLine = true;
        verification.reason = QStringLiteral("the last line (%1 bytes) is unfinished: a write was interrupted, as by "
                                             "a crash; the next Vigie to write sets it aside and records that")
                                  .arg(file.unfinished.size());
    }
    if (!expected.isNull()) {
        const qint64 count = verification.head.count;
        if (expected.count > count) {
            verification.brokenAtLine = int(file.lines.size()) + 1;
            verification.reason
                = QStringLiteral("the trail ends at entry %1, but the recording ledger saw it reach "
                                 "entry %2 (hash %3): the entries after entry %1 were removed (%4 of them)")
                      .arg(count)
                      .arg(expected.count)
                      .arg(QString::fromLatin1(expected.hash))
                      .arg(expected.count - count);
            return verification;
        }
        // A head the purge already removed can only be checked when it is the anchor's own.
        const qint64 index = expected.count - verification.purged - 1;
        const bool differs
            = index >= 0 ? hashes.at(index) != expected.hash : index == -1 && anchorUpTo != expected.hash;
        if (differs) {
            verification.brokenAtLine = int(qMax<qint64>(index, 0)) + first + 1;
            verification.reason
                = QStringLiteral("entry %1 (line %2) is not the one the recording ledger saw (hash %3): "
                                 "it was edited, or the trail was rewritten from there")
                      .arg(expected.count)
                      .arg(verification.brokenAtLine)
                      .arg(QString::fromLatin1(expected.hash));
            return verification;
        }
    }
    verification.intact = true;
    return verification;
}

} // namespace AuditChain
