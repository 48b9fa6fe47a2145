// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditHead.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// Audit entries and checkpoints as RFC 5424 syslog messages, and back from a collector's file.
// An entry's structured data carries its fields, its number, its hash and the previous hash;
// the message text is the line exactly as the trail holds it, so a collector's copy proves
// byte for byte what the station wrote. Checkpoints carry the head (count and hash).
//
// 32473 is the private enterprise number RFC 5612 reserves for documentation: Vigie has no
// number of its own, and a collector filters on the SD-ID whatever the number is.
namespace SyslogFormat {
inline constexpr char kEntryId[] = "audit@32473";
inline constexpr char kCheckpointId[] = "checkpoint@32473";
inline constexpr char kAppName[] = "vigie";

// Facility authpriv (10): security and authorization messages, kept apart from the user's logs.
inline constexpr int kFacility = 10;
inline constexpr int kEntrySeverity = 5; // notice
inline constexpr int kCheckpointSeverity = 6; // informational

enum class CheckpointReason { StartUp, Interval };

struct Origin
{
    QString hostName;
    qint64 processId = 0;
    static Origin ofThisProcess();
};

// The structured data and message text (what syslog(3) is given after its own header).
QByteArray entryBody(qint64 sequence, const QByteArray &line);
QByteArray checkpointBody(const AuditHead &head, CheckpointReason reason);
// Complete RFC 5424 messages.
QByteArray entryMessage(const Origin &origin, qint64 sequence, const QByteArray &line);
QByteArray checkpointMessage(
    const Origin &origin, const AuditHead &head, CheckpointReason reason, const QDateTime &atUtc);
// RFC 6587 octet-counting framing for TCP: "LENGTH SP MESSAGE".
QByteArray octetCounted(const QByteArray &message);

struct Received
{
    enum class Kind { Entry, Checkpoint };
    Kind kind = Kind::Entry;
    QHash<QString, QString> parameters;
    QByteArray text; // the message text after the structured data (the trail's line, for an entry)
    QString timestamp; // as the message carried it
};
// One line of a collector's file, in whatever template it was written, as long as the
// structured data is kept. Empty for lines that are not Vigie audit messages.
std::optional<Received> parse(const QByteArray &collectorLine);
} // namespace SyslogFormat
