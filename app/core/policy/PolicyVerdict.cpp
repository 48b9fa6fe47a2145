// SPDX-License-Identifier: Apache-2.0
#include "policy/PolicyVerdict.h"

#include "audit/NameTable.h"

#include <QRegularExpression>

namespace {
constexpr std::array kRuleNames {
    std::pair { PolicyRule::None, "none" },
    std::pair { PolicyRule::DailyNotice, "daily-notice" },
    std::pair { PolicyRule::Purpose, "purpose" },
    std::pair { PolicyRule::LongestDuration, "longest-duration" },
    std::pair { PolicyRule::Justification, "justification" },
    std::pair { PolicyRule::Hours, "hours" },
    std::pair { PolicyRule::RecordingsPer7Days, "recordings-per-7-days" },
    std::pair { PolicyRule::RecordingsPer30Days, "recordings-per-30-days" },
    std::pair { PolicyRule::MinutesPer30Days, "minutes-per-30-days" },
};
} // namespace

QString policyRuleName(PolicyRule rule) { return nameIn(kRuleNames, rule); }

std::optional<PolicyRule> policyRuleNamed(QStringView name) { return valueNamed(kRuleNames, name); }

QString PolicyVerdict::auditText() const
{
    QString text = QStringLiteral("%1 %2/%3").arg(policyRuleName(rule)).arg(count).arg(limit);
    if (allowsAgainUtc.isValid()) {
        text += QStringLiteral(", allowed again from %1").arg(allowsAgainUtc.toUTC().toString(Qt::ISODate));
    }
    return text;
}

std::optional<PolicyVerdict> PolicyVerdict::fromAuditText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([a-z0-9-]+) (\d+)/(\d+)(?:, allowed again from (\S+))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    const std::optional<PolicyRule> rule = match.hasMatch() ? policyRuleNamed(match.captured(1)) : std::nullopt;
    if (!rule) {
        return std::nullopt;
    }
    PolicyVerdict verdict;
    verdict.rule = *rule;
    verdict.count = match.captured(2).toInt();
    verdict.limit = match.captured(3).toInt();
    verdict.allowsAgainUtc = QDateTime::fromString(match.captured(4), Qt::ISODate);
    return verdict;
}
