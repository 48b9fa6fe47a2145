// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The local audit trail beside the collector's copy of it (a file as rsyslog writes it, in a
// template that keeps the structured data): what differs, in sentences an administrator reads.
// Catches what the chain alone cannot: an edited last line, a deleted tail (the collector's
// entries and checkpoints prove it existed), a line inserted and the chain recomputed after it.
// In English, like the trail's own verification.
class AuditComparison
{
public:
    struct Result
    {
        bool compared = false; // false: a file could not be read (see differences)
        bool differs = false;
        QStringList overview; // what was compared
        QStringList differences;
        QStringList notes; // what a reader should know but is no difference
    };

    static Result compare(const QString &trailPath, const QString &collectorExportPath);
    // The same, against a copy that kept every line whole, by entry number (the site registry's);
    // copyName names it in the sentences ("the site registry").
    static Result compareWithCopy(
        const QString &trailPath, const QMap<qint64, QByteArray> &copyLines, const QString &copyName);
};
