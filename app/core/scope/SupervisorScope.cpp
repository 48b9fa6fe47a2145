// SPDX-License-Identifier: Apache-2.0
#include "scope/SupervisorScope.h"

#include <QHash>

#include <algorithm>

namespace {
bool sameId(const QString &a, const QString &b) { return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0; }

// The teams whose lead is the signed-in supervisor.
QSet<qint64> ledTeams(const QString &userId, const QVector<Agent> &agents, const QVector<Team> &teams)
{
    const auto self = std::find_if(
        agents.cbegin(), agents.cend(), [&userId](const Agent &agent) { return sameId(agent.userId, userId); });
    const qint64 selfAgentId = self != agents.cend() ? self->agentId : 0;
    QSet<qint64> reportingTeams; // teams with an agent who reports to the supervisor
    if (selfAgentId != 0) {
        for (const Agent &agent : agents) {
            if (agent.reportToId == selfAgentId) {
                reportingTeams.insert(agent.teamId);
            }
        }
    }
    QSet<qint64> led;
    for (const Team &team : teams) {
        const bool named
            = sameId(team.teamLeadId, userId) || (selfAgentId != 0 && team.teamLeadId == QString::number(selfAgentId));
        if (named || (team.teamLeadId.isEmpty() && reportingTeams.contains(team.teamId))) {
            led.insert(team.teamId);
        }
    }
    return led;
}
} // namespace

SupervisorScope SupervisorScope::everyone() { return {}; }

SupervisorScope SupervisorScope::unresolved(const ScopeSettings &settings)
{
    SupervisorScope scope;
    scope.m_settings = settings;
    scope.m_restricted = settings.restricts();
    scope.m_problem = scope.m_restricted ? Problem::NotResolved : Problem::None;
    return scope;
}

SupervisorScope SupervisorScope::resolve(const ScopeSettings &settings, const QString &signedInUserId,
    const QVector<Agent> &agents, const QVector<Team> &teams)
{
    SupervisorScope scope;
    scope.m_settings = settings;
    scope.m_restricted = settings.restricts();
    if (!scope.m_restricted) {
        return scope;
    }
    for (const QString &configured : settings.teams) {
        const QString entry = configured.trimmed();
        if (entry.isEmpty()) {
            continue;
        }
        bool isNumber = false;
        const qint64 id = entry.toLongLong(&isNumber);
        bool matched = false;
        for (const Team &team : teams) {
            if ((isNumber && team.teamId == id) || team.teamName.compare(entry, Qt::CaseInsensitive) == 0) {
                scope.m_teamIds.insert(team.teamId);
                matched = true;
            }
        }
        if (!matched) {
            scope.m_unmatched.append(entry);
        }
    }
    if (settings.ledTeams && !signedInUserId.isEmpty()) {
        scope.m_teamIds.unite(ledTeams(signedInUserId, agents, teams));
    }
    for (const Team &team : teams) {
        if (scope.m_teamIds.contains(team.teamId)) {
            scope.m_teamNames.append(team.teamName);
            scope.m_teamAuditNames.append(QStringLiteral("%1 (%2)").arg(team.teamName).arg(team.teamId));
        }
    }
    scope.m_teamNames.sort(Qt::CaseInsensitive);
    scope.m_teamAuditNames.sort(Qt::CaseInsensitive);
    if (scope.m_teamIds.isEmpty()) {
        scope.m_problem
            = settings.ledTeams && signedInUserId.isEmpty() ? Problem::SupervisorUnknown : Problem::NoTeamMatches;
    }
    return scope;
}

QString SupervisorScope::auditText() const
{
    if (!m_restricted) {
        return QStringLiteral("all agents");
    }
    if (m_teamIds.isEmpty()) {
        return QStringLiteral("no team");
    }
    return QStringLiteral("teams: ") + m_teamAuditNames.join(QStringLiteral("; "));
}
