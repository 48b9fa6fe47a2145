// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditAction.h"

#include "audit/NameTable.h"

namespace {
constexpr std::array kActionNames {
    std::pair { vigie::AuditAction::Start, "start" },
    std::pair { vigie::AuditAction::Stop, "stop" },
    std::pair { vigie::AuditAction::Extend, "extend" },
    std::pair { vigie::AuditAction::End, "end" },
    std::pair { vigie::AuditAction::Forget, "forget" },
    std::pair { vigie::AuditAction::Purge, "purge" },
    std::pair { vigie::AuditAction::Recover, "recover" },
    std::pair { vigie::AuditAction::Notice, "notice" },
    std::pair { vigie::AuditAction::Policy, "policy" },
};

constexpr std::array kResultNames {
    std::pair { vigie::AuditResult::Requested, "requested" },
    std::pair { vigie::AuditResult::Started, "started" },
    std::pair { vigie::AuditResult::AlreadyRecording, "already-recording" },
    std::pair { vigie::AuditResult::Failed, "failed" },
    std::pair { vigie::AuditResult::Unknown, "unknown" },
    std::pair { vigie::AuditResult::Confirmed, "confirmed" },
    std::pair { vigie::AuditResult::Refused, "refused" },
    std::pair { vigie::AuditResult::RefusedByPolicy, "refused-by-policy" },
    std::pair { vigie::AuditResult::Cancelled, "cancelled" },
    std::pair { vigie::AuditResult::Stopped, "stopped" },
    std::pair { vigie::AuditResult::AlreadyEnded, "already-ended" },
    std::pair { vigie::AuditResult::EndedByItself, "ended-by-itself" },
    std::pair { vigie::AuditResult::EndedWhileClosed, "ended-while-closed" },
    std::pair { vigie::AuditResult::UnconfirmedEndedByTime, "unconfirmed-ended-by-time" },
    std::pair { vigie::AuditResult::Forgotten, "forgotten" },
    std::pair { vigie::AuditResult::Purged, "purged" },
    std::pair { vigie::AuditResult::Recovered, "recovered" },
    std::pair { vigie::AuditResult::Acknowledged, "acknowledged" },
    std::pair { vigie::AuditResult::InForce, "in-force" },
};
} // namespace

QString vigie::auditActionName(vigie::AuditAction action) { return nameIn(kActionNames, action); }

std::optional<vigie::AuditAction> vigie::auditActionFromName(QStringView name)
{
    return valueNamed(kActionNames, name);
}

QString vigie::auditResultName(vigie::AuditResult result) { return nameIn(kResultNames, result); }

std::optional<vigie::AuditResult> vigie::auditResultFromName(QStringView name)
{
    return valueNamed(kResultNames, name);
}

QVector<vigie::AuditResult> vigie::allAuditResults()
{
    QVector<vigie::AuditResult> results;
    for (const auto &[result, name] : kResultNames) {
        results.append(result);
    }
    return results;
}
