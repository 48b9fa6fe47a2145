#include "models/AgentFilterProxy.h"

#include "models/AgentTableModel.h"

AgentFilterProxy::AgentFilterProxy(AgentTableModel *agents, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_agents(agents)
{
    setSourceModel(agents);
    setSortRole(AgentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AgentFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words != m_searchWords) {
        m_searchWords = words;
        // One new layout rather than invalidateRowsFilter's rows removed or inserted interval by
        // interval: a letter that hides 50,000 scattered rows made thousands of intervals, each
        // walked by the view, its header and the selection (150 ms at 100,000 agents).
        invalidate();
    }
}

void AgentFilterProxy::setTeam(const QString &team)
{
    if (team != m_team) {
        m_team = team;
        invalidateRowsFilter();
    }
}

void AgentFilterProxy::setState(const QString &state)
{
    if (state != m_state) {
        m_state = state;
        invalidateRowsFilter();
    }
}

bool AgentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case AgentTableModel::NameColumn:
        return m_agents->nameRank(left.row()) < m_agents->nameRank(right.row());
    case AgentTableModel::TeamColumn:
        return m_agents->teamRank(left.row()) < m_agents->teamRank(right.row());
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool AgentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Agent &agent = m_agents->agentAt(sourceRow);
    if (!m_team.isEmpty() && agent.teamName != m_team) {
        return false;
    }
    if (!m_state.isEmpty() && agent.stateName != m_state) {
        return false;
    }
    const QString &haystack = m_agents->searchTextAt(sourceRow);
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
        [&haystack](const QString &word) { return haystack.contains(word); });
}
