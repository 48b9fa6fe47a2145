// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingAuthority.h"

#include "cxone/RecordingClient.h"

RecordingAuthority::RecordingAuthority(const RecordingClient *client)
    : m_client(client)
{
}

QString RecordingAuthority::userIdFor(const Agent &agent) const
{
    return m_userIdField == CxoneEnvironment::UserIdField::AgentId ? QString::number(agent.agentId) : agent.userId;
}

bool RecordingAuthority::isSignedIn() const { return m_client->isSignedIn(); }

void RecordingAuthority::setScope(const SupervisorScope &scope, const QVector<Agent> &agents)
{
    m_scope = scope;
    m_userIdsInScope.clear();
    // Without a restriction everyone is in scope: no set of 100,000 user ids to build.
    for (const Agent &agent : scope.isRestricted() ? agents : QVector<Agent>()) {
        if (scope.includes(agent)) {
            m_userIdsInScope.insert(userIdFor(agent));
        }
    }
}

bool RecordingAuthority::isInScope(const QString &userId) const
{
    return !m_scope.isRestricted() || m_userIdsInScope.contains(userId);
}

bool RecordingAuthority::mayAskAbout(const TrackedRecording &intent) const
{
    // Asking again is starting again: under another supervisor's key, for a start CXone never
    // received, it would record an agent that supervisor never asked to record. So only the
    // supervisor who started it asks; or, when it is to be stopped, a supervisor whose scope
    // holds the agent (the shortest recording CXone allows, stopped as soon as it is named).
    return intent.startedBy == m_supervisor || (intent.stopRequested && isInScope(intent.userId));
}

TrackedRecording RecordingAuthority::intent(const QString &userId, qint64 agentId, const QString &agentName,
    const QString &teamName, int durationSeconds, const QString &purpose, const QString &justification,
    const QString &supervisor) const
{
    TrackedRecording intent;
    intent.userId = userId;
    intent.agentId = agentId;
    intent.agentName = agentName;
    intent.teamName = teamName;
    intent.durationSeconds = durationSeconds;
    intent.startedBy = supervisor;
    intent.purpose = purpose;
    intent.justification = justification;
    intent.scope = m_scope.auditText();
    return intent;
}
