// SPDX-License-Identifier: Apache-2.0
#include "models/AgentFilterProxy.h"

#include "models/AgentSearchIndex.h"
#include "models/AgentTableModel.h"

#include <algorithm>
#include <numeric>

namespace {
// QSortFilterProxyModel's order for the columns without ranks: text ignores case, the rest
// compares as values (times, seconds left).
int compareSortValues(const QVariant &left, const QVariant &right)
{
    if (left.userType() == QMetaType::QString && right.userType() == QMetaType::QString) {
        return left.toString().compare(right.toString(), Qt::CaseInsensitive);
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    return order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
}

// Whether every row the new words accept was accepted by the old ones: each old word grew, or
// words were added. Then only the rows shown need looking at.
bool narrows(const QList<QByteArray> &before, const QList<QByteArray> &after)
{
    if (after.size() < before.size()) {
        return false;
    }
    for (int word = 0; word < before.size(); ++word) {
        if (!after.at(word).contains(before.at(word))) {
            return false;
        }
    }
    return true;
}
} // namespace

AgentFilterProxy::AgentFilterProxy(AgentTableModel *agents, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_agents(agents)
{
    QAbstractProxyModel::setSourceModel(agents);
    sortEveryRow();
    filterEveryRow();
    // The agent model resets, appends rows at the end of a page and changes values; it never
    // removes or moves rows on their own.
    connect(agents, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(agents, &QAbstractItemModel::modelReset, this, [this] {
        sortEveryRow();
        filterEveryRow();
        endResetModel();
    });
    connect(agents, &QAbstractItemModel::rowsInserted, this, [this] {
        // A page merged into the name and team orders changes the ranks of the rows already listed.
        relayout([this] {
            sortEveryRow();
            filterEveryRow();
        });
    });
    connect(agents, &QAbstractItemModel::dataChanged, this, &AgentFilterProxy::onSourceDataChanged);
    connect(agents, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
}

QModelIndex AgentFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex AgentFilterProxy::parent(const QModelIndex &) const { return {}; }

int AgentFilterProxy::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_shown.size()); }

int AgentFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_agents->columnCount();
}

bool AgentFilterProxy::hasChildren(const QModelIndex &parent) const { return rowCount(parent) > 0; }

QModelIndex AgentFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_shown.size()) {
        return {};
    }
    return m_agents->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex AgentFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_rowOf.size()) {
        return {};
    }
    const int row = m_rowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant AgentFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles hold when the search matches nothing, unlike QAbstractProxyModel's, which
    // maps the section through the first row.
    if (orientation == Qt::Horizontal) {
        return m_agents->headerData(section, orientation, role);
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

void AgentFilterProxy::setSearchText(const QString &text)
{
    const QList<QByteArray> words = AgentSearchIndex::wordsOf(text);
    if (words == m_searchWords) {
        return;
    }
    const bool narrower = narrows(m_searchWords, words);
    m_searchWords = words;
    refilter(narrower);
}

void AgentFilterProxy::setTeam(const QString &team) { setExactFilter(&m_team, team); }

void AgentFilterProxy::setState(const QString &state) { setExactFilter(&m_state, state); }

void AgentFilterProxy::setExactFilter(QString *filter, const QString &value)
{
    if (value == *filter) {
        return;
    }
    // From every value to one, only rows already shown can stay.
    const bool narrower = filter->isEmpty();
    *filter = value;
    refilter(narrower);
}

void AgentFilterProxy::refilter(bool narrower)
{
    relayout([this, narrower] { narrower ? filterShownRows() : filterEveryRow(); });
}

void AgentFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return; // the order is kept up to date as rows change
    }
    m_sortColumn = column;
    m_sortOrder = order;
    relayout([this] {
        sortEveryRow();
        keepShownRowsInNewOrder();
    });
}

bool AgentFilterProxy::inTeamAndState(int sourceRow) const
{
    const Agent &agent = m_agents->agentAt(sourceRow);
    return (m_team.isEmpty() || agent.teamName == m_team) && (m_state.isEmpty() || agent.stateName == m_state);
}

bool AgentFilterProxy::accepts(int sourceRow) const
{
    return inTeamAndState(sourceRow) && m_agents->searchIndex().rowContainsAll(sourceRow, m_searchWords);
}

QVariant AgentFilterProxy::sortValue(int sourceRow) const
{
    return m_agents->data(m_agents->index(sourceRow, m_sortColumn), AgentTableModel::SortRole);
}

bool AgentFilterProxy::orderedBy(int comparison, int leftRow, int rightRow) const
{
    if (comparison == 0) {
        return leftRow < rightRow; // ties keep the model's order, whichever the direction
    }
    return m_sortOrder == Qt::AscendingOrder ? comparison < 0 : comparison > 0;
}

bool AgentFilterProxy::precedes(int leftRow, int rightRow) const
{
    switch (m_sortColumn) {
    case -1:
        return leftRow < rightRow;
    case AgentTableModel::NameColumn:
        return orderedBy(m_agents->nameRank(leftRow) - m_agents->nameRank(rightRow), leftRow, rightRow);
    case AgentTableModel::TeamColumn:
        return orderedBy(m_agents->teamRank(leftRow) - m_agents->teamRank(rightRow), leftRow, rightRow);
    default:
        return orderedBy(compareSortValues(sortValue(leftRow), sortValue(rightRow)), leftRow, rightRow);
    }
}

void AgentFilterProxy::sortEveryRow()
{
    const int count = m_agents->rowCount();
    m_order.resize(count);
    switch (m_sortColumn) {
    case -1:
        std::iota(m_order.begin(), m_order.end(), 0);
        break;
    case AgentTableModel::NameColumn:
    case AgentTableModel::TeamColumn: {
        // Ranks are a permutation of the rows: the order is their inverse, without a comparison.
        const bool byName = m_sortColumn == AgentTableModel::NameColumn;
        for (int row = 0; row < count; ++row) {
            const int rank = byName ? m_agents->nameRank(row) : m_agents->teamRank(row);
            m_order[m_sortOrder == Qt::AscendingOrder ? rank : count - 1 - rank] = row;
        }
        break;
    }
    default: {
        // Each value read once, not twice per comparison.
        QVector<QVariant> values(count);
        for (int row = 0; row < count; ++row) {
            values[row] = sortValue(row);
        }
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(), [this, &values](int left, int right) {
            return orderedBy(compareSortValues(values.at(left), values.at(right)), left, right);
        });
        break;
    }
    }
}

void AgentFilterProxy::filterEveryRow()
{
    // The words are looked for in one pass over every row's text, not row by row.
    const QByteArray matches
        = m_searchWords.isEmpty() ? QByteArray() : m_agents->searchIndex().rowsContainingAll(m_searchWords);
    const bool everyTeamAndState = m_team.isEmpty() && m_state.isEmpty();
    m_shown.clear();
    m_shown.reserve(m_order.size());
    for (const int row : std::as_const(m_order)) {
        if ((matches.isEmpty() || matches.at(row)) && (everyTeamAndState || inTeamAndState(row))) {
            m_shown.append(row);
        }
    }
    m_rowOf.fill(-1, m_order.size());
    renumberFrom(0);
}

void AgentFilterProxy::filterShownRows()
{
    // Row by row when few are shown; otherwise one pass over every row's text costs less.
    const bool fewShown = m_shown.size() * 4 < m_order.size();
    const QByteArray matches
        = fewShown || m_searchWords.isEmpty() ? QByteArray() : m_agents->searchIndex().rowsContainingAll(m_searchWords);
    const auto rejected = std::remove_if(m_shown.begin(), m_shown.end(), [this, &matches](int row) {
        const bool accepted = matches.isEmpty() ? accepts(row) : matches.at(row) && inTeamAndState(row);
        if (!accepted) {
            m_rowOf[row] = -1;
        }
        return !accepted;
    });
    m_shown.erase(rejected, m_shown.end());
    renumberFrom(0);
}

void AgentFilterProxy::keepShownRowsInNewOrder()
{
    QVector<int> shown;
    shown.reserve(m_shown.size());
    for (const int row : std::as_const(m_order)) {
        if (m_rowOf.at(row) >= 0) {
            shown.append(row);
        }
    }
    m_shown = std::move(shown);
    renumberFrom(0);
}

void AgentFilterProxy::renumberFrom(int row)
{
    for (; row < m_shown.size(); ++row) {
        m_rowOf[m_shown.at(row)] = row;
    }
}

template <typename Change> void AgentFilterProxy::relayout(Change change)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QVector<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before) {
        sourceRows.append(m_shown.at(index.row()));
    }
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = m_rowOf.value(sourceRows.at(i), -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void AgentFilterProxy::onSourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const auto touches
        = [&topLeft, &bottomRight](int column) { return column >= topLeft.column() && column <= bottomRight.column(); };
    const bool orderChanged = m_sortColumn >= 0 && touches(m_sortColumn);
    const bool filterChanged
        = (!m_searchWords.isEmpty() && (touches(AgentTableModel::NameColumn) || touches(AgentTableModel::TeamColumn)))
        || (!m_team.isEmpty() && touches(AgentTableModel::TeamColumn))
        || (!m_state.isEmpty() && touches(AgentTableModel::StateColumn));
    const bool oneRow = topLeft.row() == bottomRight.row();
    if (oneRow && (orderChanged || filterChanged)) {
        placeChangedRow(topLeft.row(), orderChanged);
    } else if (orderChanged || filterChanged) {
        relayout([this] {
            sortEveryRow();
            filterEveryRow();
        });
    }
    if (m_shown.isEmpty()) {
        return;
    }
    if (oneRow) {
        const int row = m_rowOf.value(topLeft.row(), -1);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
        }
        return;
    }
    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

void AgentFilterProxy::placeChangedRow(int sourceRow, bool orderChanged)
{
    const auto before = [this](int left, int right) { return precedes(left, right); };
    // Where a row goes among the others of a list sorted but for that row itself.
    const auto placeAmongOthers = [&before, sourceRow](const QVector<int> &rows, int current) {
        const auto begin = rows.cbegin();
        const auto lower = std::lower_bound(begin, begin + current, sourceRow, before);
        if (lower != begin + current) {
            return int(lower - begin);
        }
        const auto upper = std::lower_bound(begin + current + 1, rows.cend(), sourceRow, before);
        return int(upper - begin) - 1;
    };
    if (orderChanged) {
        const int current = int(std::find(m_order.cbegin(), m_order.cend(), sourceRow) - m_order.cbegin());
        const int place = placeAmongOthers(m_order, current);
        m_order.remove(current);
        m_order.insert(place, sourceRow);
    }

    const int shownAt = m_rowOf.at(sourceRow);
    const bool show = accepts(sourceRow);
    if (shownAt >= 0 && show) {
        const int place = placeAmongOthers(m_shown, shownAt);
        if (place == shownAt) {
            return;
        }
        beginMoveRows({}, shownAt, shownAt, {}, place > shownAt ? place + 1 : place);
        m_shown.remove(shownAt);
        m_shown.insert(place, sourceRow);
        renumberFrom(std::min(place, shownAt));
        endMoveRows();
    } else if (shownAt >= 0) {
        beginRemoveRows({}, shownAt, shownAt);
        m_shown.remove(shownAt);
        m_rowOf[sourceRow] = -1;
        renumberFrom(shownAt);
        endRemoveRows();
    } else if (show) {
        const int place = int(std::lower_bound(m_shown.cbegin(), m_shown.cend(), sourceRow, before) - m_shown.cbegin());
        beginInsertRows({}, place, place);
        m_shown.insert(place, sourceRow);
        renumberFrom(place);
        endInsertRows();
    }
}
