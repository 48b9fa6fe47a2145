#pragma once

#include "audit/AuditEntry.h"

#include <QIODevice>
#include <QStringList>
#include <QVector>

#include <functional>

// Writes audit entries as CSV that Excel opens correctly: UTF-8 with a byte-order mark, the
// list separator of the locale (';' where the decimal mark is a comma, as in French), quoted
// fields, CRLF line ends. Column titles come from the caller, in the supervisor's language.
namespace AuditCsv {
enum Column { At, Action, Result, Supervisor, Agent, UserId, Duration, Purpose, ContactId, Detail, ColumnCount };

bool write(QIODevice *device, const QVector<AuditEntry> &entries, const QStringList &headers, QChar separator,
    const std::function<QString(const QDateTime &)> &formatTime);
} // namespace AuditCsv
