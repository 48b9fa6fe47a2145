// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditHead.h"

#include <QByteArrayList>
#include <QVector>

#include <optional>

// The audit trail's file format, and all it takes to verify a file. One JSON object per line;
// each carries the SHA-256 of the line before it ("prev"), so an edited, removed or inserted line
// breaks the chain where it happened. A retention purge leaves an anchor as the first line: how
// many entries it removed and the hash of the last one, which the first kept line names as its
// "prev"; the kept lines stay byte for byte.
namespace AuditChain {

QByteArray hashOf(const QByteArray &line);
// An entry's line, chained to the line before it.
QByteArray lineFor(const AuditEntry &entry, const QByteArray &previousHash);

struct Anchor
{
    qint64 purged = 0;
    QByteArray upTo;
};
std::optional<Anchor> anchorFrom(const QJsonObject &object);
QByteArray anchorLine(const Anchor &anchor, const QDateTime &atUtc);
bool isAnchorLine(const QByteArray &line);

// What the purge entry that a retention purge appends says about the anchor it left. An anchor
// stands for removed entries only when such an entry names it: without one, anybody who can
// write the file could replace recent entries with an anchor and keep the chain intact.
struct PurgeRecord
{
    qint64 removed = 0;
    int days = 0; // the retention period the purge applied
    QDateTime cutoffUtc; // every entry it removed is older than this
    Anchor anchor; // the anchor it left
};
// The purge entry's detail, in words a reader of the file understands and this file reads back.
QString purgeDetail(const PurgeRecord &purge);
// The record a purge entry carries; empty for any other entry, or one whose figures disagree
// (a cut-off that is not its own time less its retention, a retention under a day).
std::optional<PurgeRecord> purgeRecordFrom(const AuditEntry &entry);

// The file cut into its complete lines (with where each starts) and what follows the last line end.
struct FileLines
{
    bool readable = true;
    QString error;
    QVector<qint64> offsets;
    QByteArrayList lines;
    qint64 unfinishedOffset = -1;
    QByteArray unfinished;
};
FileLines readLines(const QString &path);

struct Verification
{
    bool intact = false;
    qint64 entries = 0; // lines in the file that are entries (the anchor is not one)
    qint64 purged = 0; // entries a retention purge removed before the first line
    AuditHead head; // the last entry; its count includes the purged ones
    int brokenAtLine = 0; // 1-based; 0 when intact
    // A last line without its line end: a write a crash interrupted, not tampering. The
    // next Vigie to write sets it aside and records that it did.
    bool unfinishedLastLine = false;
    QString reason; // why it is broken, or what a reader should know about an intact trail
    // With a purge anchor: the purge entry that accounts for it, and its number.
    std::optional<PurgeRecord> purge;
    qint64 purgeSequence = 0;
};
// Checks the chain, and that a purge anchor is accounted for by a purge entry dated no later than
// nowUtc; with `expected` (the head the recording ledger or a collector kept), also that the trail
// still holds that entry, unchanged: a cut or rewritten tail.
Verification verify(
    const QString &filePath, const AuditHead &expected = {}, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

} // namespace AuditChain
