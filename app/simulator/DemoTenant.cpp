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

DemoTenant::DemoTenant(int agentCount, quint32 seed)
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
        agent.teamId = 10 + team;
        agent.teamName = QString::fromUtf8(kTeams[team]);
        agent.stateName = pick(m_random, kStates);
        agent.stateSinceUtc = shiftStart.addSecs(m_random.bounded(4 * 3600));
        m_rowByUserId.insert(agent.userId, index);
        m_agents.append(agent);
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
        const QString next = pick(m_random, kStates);
        if (next != agent.stateName) {
            agent.stateName = next;
            agent.stateSinceUtc = nowUtc;
            ++changed;
        }
    }
    return changed;
}
