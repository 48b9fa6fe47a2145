// SPDX-License-Identifier: Apache-2.0
#include "policy/PolicyHistory.h"

#include "audit/AuditEntry.h"
#include "registry/RegistryLink.h"

void PolicyHistory::addTrail(const QVector<AuditEntry> &entries)
{
    QHash<qint64, Counted> &byContact = m_trailByContact;
    for (const AuditEntry &entry : entries) {
        const bool isStart = entry.action == vigie::AuditAction::Start || entry.action == vigie::AuditAction::Extend;
        // Confirmed follows the Unknown entry of the same start, which already counts.
        if (isStart && (entry.result == vigie::AuditResult::Started || entry.result == vigie::AuditResult::Unknown)) {
            QVector<PastStart> &starts = m_starts[entry.userId];
            starts.append(
                { entry.atUtc, entry.durationSeconds, entry.action == vigie::AuditAction::Start, entry.contactId });
            if (entry.contactId != 0) {
                byContact.insert(entry.contactId, { entry.userId, starts.size() - 1 });
            }
        } else if (entry.action == vigie::AuditAction::Stop
            && (entry.result == vigie::AuditResult::Stopped || entry.result == vigie::AuditResult::AlreadyEnded)) {
            const auto counted = byContact.constFind(entry.contactId);
            if (counted != byContact.cend()) {
                PastStart &start = m_starts[counted->userId][counted->index];
                start.seconds = int(std::clamp<qint64>(start.atUtc.secsTo(entry.atUtc), 0, start.seconds));
            }
        }
    }
}

void PolicyHistory::addSite(const QVector<SiteStart> &starts, const QString &thisStation)
{
    for (const SiteStart &start : starts) {
        if (start.station == thisStation) {
            continue;
        }
        if (!start.stop) {
            add(start.agentUserId, { start.atUtc, start.durationSeconds, !start.extension, start.contactId });
            continue;
        }
        // A stop from any station ends the recording there, whoever started it.
        for (auto agent = m_starts.begin(); agent != m_starts.end(); ++agent) {
            for (PastStart &counted : agent.value()) {
                if (start.contactId != 0 && counted.contactId == start.contactId) {
                    counted.seconds = int(std::clamp<qint64>(counted.atUtc.secsTo(start.atUtc), 0, counted.seconds));
                }
            }
        }
    }
}

void PolicyHistory::add(const QString &userId, const PastStart &start)
{
    QVector<PastStart> &starts = m_starts[userId];
    const bool known = std::any_of(starts.cbegin(), starts.cend(), [&start](const PastStart &other) {
        return other.atUtc == start.atUtc || (start.contactId != 0 && other.contactId == start.contactId);
    });
    if (!known) {
        starts.append(start);
    }
}
