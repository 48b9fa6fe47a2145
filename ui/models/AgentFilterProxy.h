// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QList>
#include <QVector>

class AgentTableModel;

// The agent table as shown: search-as-you-type over name, user name and team, team and state
// filters, and the supervisor's sort, kept up to date as the model changes.
//
// Not a QSortFilterProxyModel: at 100,000 agents each keystroke there filtered every row through
// a virtual call and sorted the accepted ones comparison by comparison (20 ms). Here every row's
// place in the sort is kept; a keystroke walks that order once, or only the rows shown when the
// search got narrower, and names and teams are placed by the ranks the model computed at load.
// A single row whose state or recording changed is moved, inserted or removed on its own, so the
// view keeps its selection and scroll without re-laying out the whole table.
class AgentFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit AgentFilterProxy(AgentTableModel *agents, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTeam(const QString &team); // empty: every team
    void setState(const QString &state); // CXone state name; empty: every state

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // A team or state filter; empty: every value.
    void setExactFilter(QString *filter, const QString &value);
    // narrower: every row now accepted was shown, so only those are looked at again.
    void refilter(bool narrower);
    bool accepts(int sourceRow) const;
    bool inTeamAndState(int sourceRow) const;
    // The sort as a strict total order: the column's value, then the model's row for ties.
    bool precedes(int leftRow, int rightRow) const;
    bool orderedBy(int comparison, int leftRow, int rightRow) const;
    QVariant sortValue(int sourceRow) const;

    void sortEveryRow();
    void filterEveryRow();
    void filterShownRows();
    void keepShownRowsInNewOrder();
    void renumberFrom(int row);
    // Runs 'change' inside one layout change, carrying the view's persistent indexes (selection,
    // current row) to wherever their rows went.
    template <typename Change> void relayout(Change change);
    // A row whose value changed: moved to its new place, shown or hidden, one signal at most.
    void placeChangedRow(int sourceRow, bool orderChanged);

    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    AgentTableModel *m_agents;
    QList<QByteArray> m_searchWords; // UTF-8, lower-case
    QString m_team;
    QString m_state;
    int m_sortColumn = -1; // -1: the model's order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<int> m_order; // every row of the model, in the sort order
    QVector<int> m_shown; // the rows accepted, in the sort order: this model's row -> the model's
    QVector<int> m_rowOf; // the model's row -> this model's row, -1 when filtered out
};
