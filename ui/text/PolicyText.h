// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policy/PolicyEvaluator.h"
#include "policy/PolicyVerdict.h"

#include <QCoreApplication>
#include <QString>

// The works council's policy in the supervisor's words: why a start was refused (which rule, the
// agent's count, when it allows again) and what it still allows before Start.
class PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyText)
public:
    static QString refusal(const PolicyVerdict &verdict);
    // "2 of 3 recordings left this week · Recording allowed now until 12:00": empty when the
    // policy sets neither caps nor hours.
    static QString allowance(const PolicyAllowance &allowance, const RecordingPolicy &policy);
    // "Recording allowed now until 12:00", "Recording not allowed now; allowed from Monday at 08:30",
    // in the active language's formats; nowUtc decides "today" and "tomorrow".
    static QString hours(const PolicyAllowance::Hours &hours, const QDateTime &nowUtc);
};
