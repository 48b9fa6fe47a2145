// SPDX-License-Identifier: Apache-2.0
#include "simulator/DemoTenant.h"

#include <QRegularExpression>
#include <QUuid>

namespace {
const char *const kFirstNames[] = {
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Sarah",
    "Jade",
    "Louise",
    "Zoé",
    "Clara",
    "Hugo",
    "Lucas",
    "Théo",
    "Nathan",
    "Louis",
    "Jules",
    "Mathis",
    "Gabriel",
    "Raphaël",
    "Arthur",
    "Émile",
    "Margaux",
    "Olivia",
    "Emily",
    "Sophie",
    "Grace",
    "Amelia",
    "Jack",
    "Oliver",
    "Harry",
    "George",
    "Charlie",
    "Thomas",
    "James",
    "William",
    "Daniel",
    "Hannah",
    "Lucy",
    "Ethan",
    "Noah",
    "Françoise",
    "Hélène",
};
const char *const kLastNames[] = {
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Evans",
    "Walker",
    "Wright",
    "Thompson",
    "Clarke",
    "Hughes",
};
const char *const kTeams[] = {
    "Service client Paris",
    "Support technique Lyon",
    "Ventes Bordeaux",
    "Recouvrement Lille",
    "Customer Care London",
    "Billing Montréal",
    "Back-office Nantes",
    "Retention Dublin",
};
// The teams the demo supervisor leads (indexes in kTeams).
constexpr int kSupervisorTeams[] = { 1, 5 };
// The team the quality supervisor leads (an index in kTeams), none of the demo supervisor's.
constexpr int kQualitySupervisorTeam = 0;
constexpr qint64 kFirstTeamId = 10;
// Who the demo key signs in as when the tenant has no agent to lead a team.
const QString kSupervisorWithoutTeam = QStringLiteral("5e1f0000-0000-4000-8000-000000000001");
// The same for the quality supervisor's key.
const QString kQualitySupervisorWithoutTeam = QStringLiteral("5e1f0000-0000-4000-8000-000000000003");

// Weighted the way a floor looks: most agents available or on a contact.
const char *const kStates[] = {
    "Available",
    "Available",
    "Available",
    "InboundContact",
    "InboundContact",
    "InboundContact",
    "OutboundContact",
    "Unavailable",
    "Unavailable",
    "Working",
    "InboundConsult",
    "Dialer",
    "LoggedOut",
};

template <typename T, size_t N> QString pick(QRandomGenerator &random, const T (&values)[N])
{
    return QString::fromUtf8(values[random.bounded(int(N))]);
}

QString asciiFolded(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_D);
    folded.remove(QRegularExpression(QStringLiteral("[^a-zA-Z]")));
    return folded.toLower();
}
} // namespace

DemoTenant::DemoTenant(int agentCount, quint32 seed, const QString &teamWithoutScreenRecording)
    : m_random(seed)
{
    const QDateTime shiftStart = QDateTime::currentDateTimeUtc().addSecs(-4 * 3600);
    m_agents.reserve(agentCount);
    for (int index = 0; index < agentCount; ++index) {
        Agent agent;
        agent.agentId = 100001 + index;
        QByteArray uuidBytes(16, Qt::Uninitialized);
        m_random.fillRange(reinterpret_cast<quint32 *>(uuidBytes.data()), 4);
        agent.userId = QUuid::fromRfc4122(uuidBytes).toString(QUuid::WithoutBraces);
        agent.firstName = pick(m_random, kFirstNames);
        agent.lastName = pick(m_random, kLastNames);
        agent.userName = asciiFolded(agent.firstName) + QLatin1Char('.') + asciiFolded(agent.lastName)
            + QString::number(index + 1) + QStringLiteral("@demo.vigie");
        const int team = m_random.bounded(int(std::size(kTeams)));
        agent.teamId = kFirstTeamId + team;
        agent.teamName = QString::fromUtf8(kTeams[team]);
        agent.stateName = pick(m_random, kStates);
        agent.stateSinceUtc = shiftStart.addSecs(m_random.bounded(4 * 3600));
        m_rowByUserId.insert(agent.userId, index);
        m_agents.append(agent);
    }
    // Derived from the agents without drawing from the generator: the same seed keeps the same names.
    appointLeads(teamWithoutScreenRecording);
}

void DemoTenant::appointLeads(const QString &teamWithoutScreenRecording)
{
    QVector<int> leadRow(int(std::size(kTeams)), -1);
    for (int row = 0; row < m_agents.size(); ++row) {
        const int team = int(m_agents.at(row).teamId - kFirstTeamId);
        if (leadRow[team] < 0) {
            leadRow[team] = row;
        }
    }
    // The demo supervisor leads their own team and a second one, whose first agent is then an
    // agent like the others.
    const int supervisorRow = leadRow[kSupervisorTeams[0]];
    m_supervisorUserId = supervisorRow >= 0 ? m_agents.at(supervisorRow).userId : kSupervisorWithoutTeam;
    const int qualityRow = leadRow[kQualitySupervisorTeam];
    m_qualitySupervisorUserId = qualityRow >= 0 ? m_agents.at(qualityRow).userId : kQualitySupervisorWithoutTeam;
    if (supervisorRow >= 0) {
        for (int team : kSupervisorTeams) {
            leadRow[team] = supervisorRow;
        }
    }
    for (int team = 0; team < int(std::size(kTeams)); ++team) {
        Team entry;
        entry.teamId = kFirstTeamId + team;
        entry.teamName = QString::fromUtf8(kTeams[team]);
        entry.screenRecordingEnabled = entry.teamName != teamWithoutScreenRecording;
        if (leadRow[team] >= 0) {
            Agent &lead = m_agents[leadRow[team]];
            lead.isSupervisor = true;
            entry.teamLeadId = lead.userId;
        }
        m_teams.append(entry);
    }
    for (Agent &agent : m_agents) {
        Team &team = m_teams[int(agent.teamId - kFirstTeamId)];
        ++team.agentCount;
        const int lead = leadRow[int(agent.teamId - kFirstTeamId)];
        if (lead >= 0 && m_agents.at(lead).agentId != agent.agentId) {
            agent.reportToId = m_agents.at(lead).agentId;
        }
    }
}

const Agent *DemoTenant::agentByUserId(const QString &userId) const
{
    const auto row = m_rowByUserId.constFind(userId);
    return row == m_rowByUserId.constEnd() ? nullptr : &m_agents.at(*row);
}

const Agent *DemoTenant::agentByAgentId(qint64 agentId) const
{
    const qint64 row = agentId - 100001;
    return row >= 0 && row < m_agents.size() ? &m_agents.at(row) : nullptr;
}

int DemoTenant::advanceStates(const QDateTime &nowUtc, int changes)
{
    if (m_agents.isEmpty()) {
        return 0;
    }
    int changed = 0;
    for (int i = 0; i < changes; ++i) {
        Agent &agent = m_agents[m_random.bounded(int(m_agents.size()))];
        // Always another state, so the share of agents changing per cycle is what was asked.
        QString next = pick(m_random, kStates);
        while (next == agent.stateName) {
            next = pick(m_random, kStates);
        }
        if (agent.stateSinceUtc != nowUtc) {
            ++changed;
        }
        agent.stateName = next;
        agent.stateSinceUtc = nowUtc;
    }
    return changed;
}
