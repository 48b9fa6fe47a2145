// SPDX-License-Identifier: Apache-2.0
#include "text/ScopeText.h"

QString ScopeText::summary(const SupervisorScope &scope)
{
    if (!scope.isRestricted()) {
        //: The agents panel's scope line when no scope is configured
        return tr("All agents");
    }
    switch (scope.problem()) {
    case SupervisorScope::Problem::None:
        return tr("Your teams: %1").arg(scope.teamNames().join(QStringLiteral(", ")));
    case SupervisorScope::Problem::NotResolved:
        return tr("Your teams: looking them up in CXone…");
    case SupervisorScope::Problem::SupervisorUnknown:
    case SupervisorScope::Problem::NoTeamMatches:
        return problem(scope);
    }
    return {};
}

QString ScopeText::problem(const SupervisorScope &scope)
{
    const QStringList configured = scope.settings().teams;
    switch (scope.problem()) {
    case SupervisorScope::Problem::None:
    case SupervisorScope::Problem::NotResolved:
        return {};
    case SupervisorScope::Problem::SupervisorUnknown:
        return tr("No agent is listed: this station shows only the teams you lead, and CXone did not say who "
                  "signed in. Ask your administrator to check the station's scope.");
    case SupervisorScope::Problem::NoTeamMatches:
        if (configured.isEmpty()) {
            return tr("No agent is listed: this station shows only the teams you lead, and you lead no team in "
                      "CXone. Ask your administrator to check the station's scope.");
        }
        if (scope.settings().ledTeams) {
            return tr("No agent is listed: no team set for this station (%1) exists in CXone, and you lead no team "
                      "there. Ask your administrator to check Scope/Teams.")
                .arg(configured.join(QStringLiteral(", ")));
        }
        return tr("No agent is listed: no team set for this station (%1) exists in CXone. Ask your administrator "
                  "to check Scope/Teams.")
            .arg(configured.join(QStringLiteral(", ")));
    }
    return {};
}

QString ScopeText::explanation(const SupervisorScope &scope)
{
    if (!scope.isRestricted()) {
        return tr("Every agent of the CXone tenant is listed and can be recorded.");
    }
    QString text = tr("Vigie lists, and records, only the agents of these teams, as your administrator set for this "
                      "station.");
    if (!scope.unmatched().isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Set for this station but unknown to CXone: %1.").arg(scope.unmatched().join(QStringLiteral(", ")));
    }
    return text;
}
