// SPDX-License-Identifier: Apache-2.0
#include "policy/NoticeConfirmations.h"

#include "audit/AuditEntry.h"

#include <algorithm>

void NoticeConfirmations::addTrail(const QVector<AuditEntry> &entries)
{
    for (const AuditEntry &entry : entries) {
        if (entry.action == vigie::AuditAction::Notice && entry.result == vigie::AuditResult::Acknowledged) {
            m_bySupervisor[entry.supervisor].append({ entry.atUtc, entry.detail });
        }
    }
}

bool NoticeConfirmations::confirmedOn(
    const QString &supervisor, const QString &notice, const QDateTime &nowUtc, const QTimeZone &zone) const
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QVector<Confirmation> confirmations = m_bySupervisor.value(supervisor);
    return std::any_of(confirmations.cbegin(), confirmations.cend(), [&](const Confirmation &confirmation) {
        return confirmation.notice == notice && confirmation.atUtc.toTimeZone(zone).date() == today;
    });
}
