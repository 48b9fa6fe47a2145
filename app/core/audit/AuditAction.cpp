// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditAction.h"

#include "audit/NameTable.h"

namespace {
constexpr std::array kActionNames {
    std::pair { AuditAction::Start, "start" },
    std::pair { AuditAction::Stop, "stop" },
    std::pair { AuditAction::Extend, "extend" },
    std::pair { AuditAction::End, "end" },
    std::pair { AuditAction::Forget, "forget" },
    std::pair { AuditAction::Purge, "purge" },
    std::pair { AuditAction::Recover, "recover" },
    std::pair { AuditAction::Notice, "notice" },
    std::pair { AuditAction::Policy, "policy" },
};

constexpr std::array kResultNames {
    std::pair { AuditResult::Requested, "requested" },
    std::pair { AuditResult::Started, "started" },
    std::pair { AuditResult::AlreadyRecording, "already-recording" },
    std::pair { AuditResult::Failed, "failed" },
    std::pair { AuditResult::Unknown, "unknown" },
    std::pair { AuditResult::Confirmed, "confirmed" },
    std::pair { AuditResult::Refused, "refused" },
    std::pair { AuditResult::RefusedByPolicy, "refused-by-policy" },
    std::pair { AuditResult::Cancelled, "cancelled" },
    std::pair { AuditResult::Stopped, "stopped" },
    std::pair { AuditResult::AlreadyEnded, "already-ended" },
    std::pair { AuditResult::EndedByItself, "ended-by-itself" },
    std::pair { AuditResult::EndedWhileClosed, "ended-while-closed" },
    std::pair { AuditResult::UnconfirmedEndedByTime, "unconfirmed-ended-by-time" },
    std::pair { AuditResult::Forgotten, "forgotten" },
    std::pair { AuditResult::Purged, "purged" },
    std::pair { AuditResult::Recovered, "recovered" },
    std::pair { AuditResult::Acknowledged, "acknowledged" },
    std::pair { AuditResult::InForce, "in-force" },
};
} // namespace

QString auditActionName(AuditAction action) { return nameIn(kActionNames, action); }

std::optional<AuditAction> auditActionFromName(QStringView name) { return valueNamed(kActionNames, name); }

QString auditResultName(AuditResult result) { return nameIn(kResultNames, result); }

std::optional<AuditResult> auditResultFromName(QStringView name) { return valueNamed(kResultNames, name); }

QVector<AuditResult> allAuditResults()
{
    QVector<AuditResult> results;
    for (const auto &[result, name] : kResultNames) {
        results.append(result);
    }
    return results;
}
