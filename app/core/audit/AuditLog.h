#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"

#include <QString>
#include <QVector>

// Append-only audit trail, one JSON object per line. Each line carries the SHA-256 of the line
// before it ("prev"), so an edited, removed or inserted line breaks the chain where it happened.
// The file is read once; the entries stay in memory and every later write updates them, so
// filtering never re-reads the file.
class AuditLog
{
public:
    struct Verification
    {
        bool intact = false;
        int entries = 0;
        int brokenAtLine = 0; // 1-based; 0 when intact
        QString reason;
    };

    explicit AuditLog(const QString &filePath);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    bool append(const AuditEntry &entry, QString *error);
    // The readable entries that match, oldest first.
    QVector<AuditEntry> query(const AuditQuery &query);
    QVector<AuditEntry> entries(const QDateTime &fromUtc = {}, const QDateTime &toUtc = {});
    // Removes entries older than the retention period, re-chains the rest, and logs the purge.
    // Returns how many entries were removed, or -1 on failure.
    int purgeOlderThan(int days, const QDateTime &nowUtc, const QString &supervisor, QString *error);

    static Verification verify(const QString &filePath);
    static constexpr int kDefaultRetentionDays = 180;

private:
    void load();

    QString m_filePath;
    bool m_loaded = false;
    QVector<AuditEntry> m_entries; // every readable line, in file order
    QByteArray m_lastHash; // hex SHA-256 of the last line
};
