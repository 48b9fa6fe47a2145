// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scope/SupervisorScope.h"

#include <QCoreApplication>

// The words for the supervisor's scope: which agents this station lists and records, and why
// none are listed when the administrator's settings match no team.
class ScopeText
{
    Q_DECLARE_TR_FUNCTIONS(ScopeText)
public:
    // One line for the agents panel: "Your teams: Billing, Support", "All agents", or the problem.
    static QString summary(const SupervisorScope &scope);
    // Why no agent is listed, and what to do; empty when the scope has no problem.
    static QString problem(const SupervisorScope &scope);
    // What the summary means, for its tooltip: the settings behind it, and entries CXone does not know.
    static QString explanation(const SupervisorScope &scope);
};
