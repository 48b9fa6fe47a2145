// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/Team.h"

#include <QMetaType>
#include <QSet>
#include <QStringList>

// What the administrator configured in the system-wide file: the teams a supervisor works with
// (Scope/Teams, IDs or names) and/or the teams the signed-in supervisor leads (Scope/LedTeams).
struct ScopeSettings
{
    QStringList teams;
    bool ledTeams = false;

    bool restricts() const { return !teams.isEmpty() || ledTeams; }
};

// Which agents a supervisor may see and record. NICE's security profiles do not restrict what the
// APIs return (docs/cxone-contract.md#who-may-be-recorded): an access key lists, and can record,
// every agent of the tenant, so scoping a supervisor to their teams is Vigie's job. A scope is a
// set of teams; an agent is in it when its team is. Without settings every agent is, as before
// scoping existed; with settings, nobody is until the teams are known, and a scope that matches no
// team says so.
class SupervisorScope
{
public:
    enum class Problem {
        None,
        NotResolved, // restricted, and the teams are not known yet
        SupervisorUnknown, // no team matched, and CXone did not say who signed in to find the led ones
        NoTeamMatches, // no configured team exists, and the supervisor leads none
    };

    static SupervisorScope everyone();
    // Before the teams are known: nobody when the settings restrict, everyone otherwise.
    static SupervisorScope unresolved(const ScopeSettings &settings);
    // signedInUserId: the id_token's subject (TokenProvider::userId()). A team is led by the
    // supervisor when its teamLeadId names them (user ID or agentId); a team /teams gives no lead
    // for is led by them when its agents report to them (reportToId).
    static SupervisorScope resolve(const ScopeSettings &settings, const QString &signedInUserId,
        const QVector<Agent> &agents, const QVector<Team> &teams);

    bool isRestricted() const { return m_restricted; }
    Problem problem() const { return m_problem; }
    bool includes(const Agent &agent) const { return !m_restricted || m_teamIds.contains(agent.teamId); }
    const ScopeSettings &settings() const { return m_settings; }
    // The teams in scope, by name, in alphabetical order.
    const QStringList &teamNames() const { return m_teamNames; }
    // Configured entries that match no team of the tenant (a typo, a team since renamed).
    const QStringList &unmatched() const { return m_unmatched; }
    // Untranslated and stable, for the audit trail: "all agents", or the teams with their IDs.
    QString auditText() const;

private:
    bool m_restricted = false;
    Problem m_problem = Problem::None;
    ScopeSettings m_settings;
    QSet<qint64> m_teamIds;
    QStringList m_teamNames;
    QStringList m_teamAuditNames;
    QStringList m_unmatched;
};

Q_DECLARE_METATYPE(SupervisorScope)
