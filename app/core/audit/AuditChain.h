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
};
// Checks the chain; with `expected` (the head the recording ledger or a collector kept), also
// that the trail still holds that entry, unchanged: a cut or rewritten tail.
Verification verify(const QString &filePath, const AuditHead &expected = {});

} // namespace AuditChain
