// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace vigie {

// The rules of a RecordingPolicy, each of which can refuse a start. The names are written to the
// audit trail and read back by the report: they never change.
enum class PolicyRule {
    None, // allowed
    DailyNotice, // the supervisor has not confirmed today's notice (read from the audit trail)
    Purpose, // the purpose is not one the policy lists
    LongestDuration, // longer than the purpose allows
    Justification, // the purpose needs a justification and none was given
    Hours, // outside the hours recording is allowed, or running past their end
    RecordingsPer7Days,
    RecordingsPer30Days,
    MinutesPer30Days,
};

QString policyRuleName(PolicyRule rule);
std::optional<PolicyRule> policyRuleNamed(QStringView name);

} // namespace vigie

// What the policy answers to one start: allowed, or refused by a rule, with where the agent
// stands against it and when waiting will allow the same start.
struct PolicyVerdict
{
    vigie::PolicyRule rule = vigie::PolicyRule::None;
    int count = 0; // the agent's recordings (or minutes) in the rule's window; the duration asked for
    int limit = 0; // the rule's cap, or longest minutes
    // The first moment the same start is allowed, if nobody records the agent meanwhile;
    // invalid when waiting never allows it (a purpose or a length the policy does not allow).
    QDateTime allowsAgainUtc;

    bool allowed() const { return rule == vigie::PolicyRule::None; }
    // One line for the audit trail, in English: "recordings-per-7-days 3/3, allowed again from …".
    QString auditText() const;
    // Reads back auditText(), for the report; nullopt when the text is not one.
    static std::optional<PolicyVerdict> fromAuditText(const QString &text);
};

Q_DECLARE_METATYPE(PolicyVerdict)
