#pragma once

#include "cxone/Agent.h"

#include <QRandomGenerator>
#include <QVector>

// A believable contact-center tenant, the same for a given seed: French and English names
// across several teams, and agent states that move the way a working floor does.
class DemoTenant
{
public:
    DemoTenant(int agentCount, quint32 seed);

    const QVector<Agent> &agents() const { return m_agents; }
    const Agent *agentByUserId(const QString &userId) const;
    const Agent *agentByAgentId(qint64 agentId) const;
    // Moves a few agents to a new state; returns how many changed.
    int advanceStates(const QDateTime &nowUtc, int changes);

private:
    QVector<Agent> m_agents;
    QHash<QString, int> m_rowByUserId;
    QRandomGenerator m_random;
};
