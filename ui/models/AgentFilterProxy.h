#pragma once

#include <QSortFilterProxyModel>

class AgentTableModel;

// Search-as-you-type over name, user name and team, plus team and state filters. Reads the
// agent model directly: going through QVariant for 20,000 rows per keystroke is too slow.
class AgentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AgentFilterProxy(AgentTableModel *agents, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTeam(const QString &team); // empty: every team
    void setState(const QString &state); // CXone state name; empty: every state

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AgentTableModel *m_agents;
    QStringList m_searchWords;
    QString m_team;
    QString m_state;
};
