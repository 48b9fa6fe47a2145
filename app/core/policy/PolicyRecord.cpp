// SPDX-License-Identifier: Apache-2.0
#include "policy/PolicyRecord.h"

#include "audit/AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
bool isPolicy(const AuditEntry &entry)
{
    return entry.action == vigie::AuditAction::Policy && entry.result == vigie::AuditResult::InForce;
}

QStringList linesOf(const QString &detail)
{
    QStringList lines;
    for (const QJsonValue &line : QJsonDocument::fromJson(detail.toUtf8()).array()) {
        lines.append(line.toString());
    }
    return lines;
}

int valueOf(const QStringList &lines, QLatin1String key)
{
    for (const QString &line : lines) {
        if (line.section(QLatin1Char('='), 0, 0) == key) {
            return line.section(QLatin1Char('='), 1).toInt();
        }
    }
    return 0;
}
} // namespace

RecordingPolicy PolicyInForce::caps() const
{
    RecordingPolicy policy;
    policy.recordingsPer7Days = valueOf(lines, QLatin1String("RecordingsPer7Days"));
    policy.recordingsPer30Days = valueOf(lines, QLatin1String("RecordingsPer30Days"));
    policy.minutesPer30Days = valueOf(lines, QLatin1String("MinutesPer30Days"));
    return policy;
}

QString PolicyRecord::detailFor(const RecordingPolicy &policy)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(policy.describe())).toJson(QJsonDocument::Compact));
}

std::optional<QString> PolicyRecord::lastRecorded(const QVector<AuditEntry> &entries)
{
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        if (isPolicy(*entry)) {
            return entry->detail;
        }
    }
    return std::nullopt;
}

QVector<PolicyInForce> PolicyRecord::inForce(
    const QVector<AuditEntry> &entries, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QVector<PolicyInForce> policies;
    for (const AuditEntry &entry : entries) {
        if (!isPolicy(entry)) {
            continue;
        }
        const QStringList lines = linesOf(entry.detail);
        if (!policies.isEmpty() && policies.last().lines == lines) {
            continue; // recorded again (after a purge), not changed
        }
        if (!policies.isEmpty()) {
            policies.last().untilUtc = entry.atUtc;
        }
        if (entry.atUtc > toUtc) {
            break;
        }
        // Only the last one recorded before the period was in force during it.
        if (!policies.isEmpty() && policies.last().untilUtc <= fromUtc) {
            policies.removeLast();
        }
        policies.append({ entry.atUtc, {}, lines });
    }
    return policies;
}
