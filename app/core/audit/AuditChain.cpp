#include "audit/AuditChain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace AuditChain {
namespace {
const QString kPrevious = QStringLiteral("prev");
const QString kAnchor = QStringLiteral("anchor");
const QString kPurged = QStringLiteral("purged");
const QString kUpTo = QStringLiteral("upTo");
const QString kAt = QStringLiteral("at");
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

Verification verify(const QString &filePath, const AuditHead &expected)
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
