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
    // "2 of 3 recordings left this week": empty when the policy sets no cap.
    static QString allowance(const PolicyAllowance &allowance, const RecordingPolicy &policy);
};
