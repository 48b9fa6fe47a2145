// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

// What a copy of the audit trail kept off the station says it received, by entry number: the
// collector's export (a file as rsyslog writes it, in a template that keeps the structured data,
// with the station's checkpoints), or a copy that kept every line whole (the site registry's).
struct AuditCopy
{
    struct Entry
    {
        QByteArray hash;
        QByteArray line; // empty when the collector's template dropped the message text
        QString timestamp; // the message's, which is the entry's time
    };
    // The head the station announced: its entry count and the last entry's hash.
    struct Checkpoint
    {
        qint64 count = 0;
        QByteArray hash;
        QString at;
    };

    QMap<qint64, Entry> entries;
    QSet<qint64> repeated; // received more than once, identical each time
    QSet<qint64> conflicting; // received in two different versions
    QVector<Checkpoint> checkpoints;

    // Empty when the file cannot be read; 'error' then says why.
    static std::optional<AuditCopy> readCollectorExport(const QString &path, QString *error);
    static AuditCopy fromLines(const QMap<qint64, QByteArray> &lines);

    // The entries before 'first' (those this trail no longer holds), sorted by what a purge the
    // copy holds says: removed as older than its cut-off (a purge recorded by the entry that
    // followed them), or not. An anchor alone proves nothing: anybody who can write the file can
    // make one.
    void sortRemovedBefore(qint64 first, QList<qint64> *purged, QList<qint64> *removedByHand) const;
};
