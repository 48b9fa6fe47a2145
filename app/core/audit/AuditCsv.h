// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"

#include <QIODevice>
#include <QLocale>
#include <QStringList>
#include <QVector>

// Writes audit entries as CSV that Excel opens correctly: UTF-8 with a byte-order mark, the
// list separator of the locale (';' where the decimal mark is a comma, as in French), quoted
// fields, CRLF line ends, local times in the locale's digits. Column titles come from the
// caller, in the supervisor's language.
namespace AuditCsv {
enum Column {
    At,
    Action,
    Result,
    Supervisor,
    Agent,
    UserId,
    Team,
    Duration,
    Purpose,
    Scope,
    ContactId,
    Detail,
    ColumnCount
};

QChar separatorFor(const QLocale &locale);
// One CSV line, fields quoted where needed and neutralised against formula injection.
QByteArray row(const QStringList &values, QChar separator);
inline constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

// Entries in the order given (oldest first reads as a period). False when headers do not match
// the columns or the device refused the bytes.
bool write(QIODevice *device, const QVector<AuditEntry> &entries, const QStringList &headers, const QLocale &locale);
} // namespace AuditCsv
