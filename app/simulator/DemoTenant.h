// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/Team.h"

#include <QRandomGenerator>
#include <QVector>

// A believable contact-center tenant, the same for a given seed: French and English names
// across eight teams, and agent states that move the way a working floor does. Each team is led
// by its first agent (a supervisor, to whom the others report), except that the demo supervisor
// leads two teams; one team may have NICE screen recording turned off.
class DemoTenant
{
public:
    DemoTenant(int agentCount, quint32 seed, const QString &teamWithoutScreenRecording = {});

    const QVector<Agent> &agents() const { return m_agents; }
    const QVector<Team> &teams() const { return m_teams; }
    // The CXone user the demo access key belongs to: an agent of the tenant who leads
    // "Support technique Lyon" and "Billing Montréal" (when the tenant has agents in them).
    QString supervisorUserId() const { return m_supervisorUserId; }
    // The CXone user the demo's second recording key belongs to (SimulatorOptions::qualityKeyId):
    // the quality supervisor, another agent of the tenant, who leads "Service client Paris" (a
    // team the demo supervisor does not lead) when the tenant has agents in it.
    QString qualitySupervisorUserId() const { return m_qualitySupervisorUserId; }
    const Agent *agentByUserId(const QString &userId) const;
    const Agent *agentByAgentId(qint64 agentId) const;
    // Moves a few agents to a new state; returns how many changed.
    int advanceStates(const QDateTime &nowUtc, int changes);

private:
    void appointLeads(const QString &teamWithoutScreenRecording);

    QVector<Agent> m_agents;
    QVector<Team> m_teams;
    QString m_supervisorUserId;
    QString m_qualitySupervisorUserId;
    QHash<QString, int> m_rowByUserId;
    QRandomGenerator m_random;
};
