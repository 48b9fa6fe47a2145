// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditEntry.h"
#include "audit/AuditHead.h"
#include "audit/AuditQuery.h"
#include "system/WriterLock.h"

#include <QFile>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

// Append-only audit trail in the chained format of AuditChain. A retention purge replaces the
// oldest lines with one anchor line, so the lines kept are never rewritten and entries keep their
// number for the trail's life.
//
// Appends reach the disk (fsync) before they are reported. The file is read once; the entries
// stay in memory and every write updates them, so filtering never re-reads the file.
class AuditLog
{
public:
    using Verification = AuditChain::Verification;

    enum class PurgeStatus { NothingToPurge, Purged, RefusedBrokenChain, RefusedClockBehind, Failed };
    struct PurgeResult
    {
        PurgeStatus status = PurgeStatus::NothingToPurge;
        qint64 removed = 0;
        QString reason; // for the refusals and the failure
    };

    explicit AuditLog(const QString &filePath);
    ~AuditLog();

    // audit.jsonl in folder; by default the user's data folder.
    static QString defaultFilePath(const QString &folder = {});
    QString filePath() const { return m_filePath; }

    // One writer per trail, whatever ledger it records for: two would fork the chain.
    bool tryLock(QString *holderDescription);

    // Durable: the line reaches the disk (fsync) before append() returns. Deferred: it is written
    // at once, and reaches the disk at the next sync(), so that a burst of entries (a batch start
    // for a whole team) shares one fsync.
    enum class Flush { Durable, Deferred };
    bool append(const AuditEntry &entry, QString *error, Flush flush = Flush::Durable);
    bool sync(QString *error);
    AuditHead head();
    // Number of the first entry still in the file (1 unless a purge removed older ones).
    qint64 firstSequence();
    // Entry number `sequence` exactly as written, without its line end, and its hash.
    std::optional<QByteArray> line(qint64 sequence);
    // Every entry line as written, from firstSequence() on, read in one go.
    QByteArrayList lines();
    QByteArray hashAt(qint64 sequence);
    std::optional<AuditEntry> entryAt(qint64 sequence);

    // The readable entries that match, oldest first.
    QVector<AuditEntry> query(const AuditQuery &query);
    QVector<AuditEntry> entries(const QDateTime &fromUtc = {}, const QDateTime &toUtc = {});

    // Removes the entries older than the retention period that open the trail, leaving an
    // anchor, and appends a purge entry. Refuses when the chain is broken (the evidence is kept)
    // or when the clock reads earlier than the newest entry (it would purge what is not old).
    PurgeResult purgeOlderThan(int days, const QDateTime &nowUtc, const QString &supervisor);

    static Verification verify(const QString &filePath, const AuditHead &expected = {})
    {
        return AuditChain::verify(filePath, expected);
    }
    static constexpr int kDefaultRetentionDays = 180;

private:
    struct IndexedLine
    {
        qint64 offset = 0;
        int length = 0; // without the line end
        QByteArray hash;
        std::optional<AuditEntry> entry; // empty for a line that is not a readable entry
    };

    void load();
    bool recoverUnfinishedLine(QString *error);
    bool writeLine(const AuditEntry &entry, QString *error, Flush flush = Flush::Durable);
    const IndexedLine *indexed(qint64 sequence);

    QString m_filePath;
    WriterLock m_lock;
    QFile m_file; // open for appending once the first entry is written
    bool m_loaded = false;
    qint64 m_purged = 0;
    QByteArray m_lastHash; // hex SHA-256 of the last entry line (the anchor's hash after a full purge)
    QVector<IndexedLine> m_lines; // the entry lines, in file order
    qint64 m_unfinishedOffset = -1; // where an interrupted write left a line without its end
    QByteArray m_unfinished;
};
