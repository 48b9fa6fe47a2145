// SPDX-License-Identifier: Apache-2.0
#include "policy/PolicyVerdict.h"

#include "audit/NameTable.h"

#include <QRegularExpression>

namespace {
constexpr std::array kRuleNames {
    std::pair { vigie::PolicyRule::None, "none" },
    std::pair { vigie::PolicyRule::DailyNotice, "daily-notice" },
    std::pair { vigie::PolicyRule::Purpose, "purpose" },
    std::pair { vigie::PolicyRule::LongestDuration, "longest-duration" },
    std::pair { vigie::PolicyRule::Justification, "justification" },
    std::pair { vigie::PolicyRule::Hours, "hours" },
    std::pair { vigie::PolicyRule::RecordingsPer7Days, "recordings-per-7-days" },
    std::pair { vigie::PolicyRule::RecordingsPer30Days, "recordings-per-30-days" },
    std::pair { vigie::PolicyRule::MinutesPer30Days, "minutes-per-30-days" },
};
} // namespace

QString vigie::policyRuleName(vigie::PolicyRule rule) { return nameIn(kRuleNames, rule); }

std::optional<vigie::PolicyRule> vigie::policyRuleNamed(QStringView name) { return valueNamed(kRuleNames, name); }

QString PolicyVerdict::auditText() const
{
    QString text = QStringLiteral("%1 %2/%3").arg(vigie::policyRuleName(rule)).arg(count).arg(limit);
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
    const std::optional<vigie::PolicyRule> rule
        = match.hasMatch() ? vigie::policyRuleNamed(match.captured(1)) : std::nullopt;
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
