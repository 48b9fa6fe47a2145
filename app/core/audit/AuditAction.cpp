// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditAction.h"

#include <array>
#include <utility>

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

template <typename Enum, std::size_t Size>
QString nameOf(const std::array<std::pair<Enum, const char *>, Size> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return QLatin1String(name);
        }
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, std::size_t Size>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, Size> &names, QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

QString auditActionName(AuditAction action) { return nameOf(kActionNames, action); }

std::optional<AuditAction> auditActionFromName(QStringView name) { return valueOf(kActionNames, name); }

QString auditResultName(AuditResult result) { return nameOf(kResultNames, result); }

std::optional<AuditResult> auditResultFromName(QStringView name) { return valueOf(kResultNames, name); }

QVector<AuditResult> allAuditResults()
{
    QVector<AuditResult> results;
    for (const auto &[result, name] : kResultNames) {
        results.append(result);
    }
    return results;
}
