// SPDX-License-Identifier: Apache-2.0
#include "models/AgentRanks.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace {
// Places rows first..keys.size()-1 into 'order' (rows already sorted by key) and returns each
// row's position. The new rows are sorted among themselves, then each is placed by a binary
// search from where the previous one went: a page of k rows costs k log n comparisons of
// scattered sort keys, not n, and the rest is copying integers.
QVector<int> mergeRanks(const QVector<QCollatorSortKey> &keys, QVector<int> &order, int first)
{
    const auto before = [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; };
    QVector<int> added(keys.size() - first);
    std::iota(added.begin(), added.end(), first);
    std::stable_sort(added.begin(), added.end(), before);
    QVector<int> merged;
    merged.reserve(keys.size());
    auto from = order.cbegin();
    for (const int row : std::as_const(added)) {
        // After the rows listed before it with an equal key: the order stays stable.
        const auto at = std::upper_bound(from, order.cend(), row, before);
        merged.append(from, at);
        merged.append(row);
        from = at;
    }
    merged.append(from, order.cend());
    order = std::move(merged);
    QVector<int> rank(keys.size());
    for (int position = 0; position < order.size(); ++position) {
        rank[order.at(position)] = position;
    }
    return rank;
}
} // namespace

void AgentRanks::place(const QVector<Agent> &agents, int first)
{
    const int count = int(agents.size());
    if (first == 0) {
        m_collatedIn = QLocale(); // QCollator's default, which a switch of language changes
        // A page at a time, the keys grow geometrically instead: reserving the exact count for
        // each page would copy every key a hundred times.
        m_nameKeys.reserve(count);
        m_teamKeys.reserve(count);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Tens of teams for thousands of agents: one collation each.
    QHash<QString, QCollatorSortKey> teamKeys;
    for (int row = first; row < count; ++row) {
        const Agent &agent = agents.at(row);
        m_nameKeys.append(collator.sortKey(agent.lastName + QLatin1Char(' ') + agent.firstName));
        auto teamKey = teamKeys.constFind(agent.teamName);
        if (teamKey == teamKeys.constEnd()) {
            teamKey = teamKeys.insert(agent.teamName, collator.sortKey(agent.teamName));
        }
        m_teamKeys.append(*teamKey);
    }
    m_nameRank = mergeRanks(m_nameKeys, m_nameOrder, first);
    m_teamRank = mergeRanks(m_teamKeys, m_teamOrder, first);
}

void AgentRanks::dropSortKeys()
{
    m_nameKeys = {};
    m_teamKeys = {};
    m_nameOrder = {};
    m_teamOrder = {};
}
