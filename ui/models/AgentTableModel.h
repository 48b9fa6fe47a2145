// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "models/AgentRanks.h"
#include "models/AgentSearchIndex.h"
#include "models/ItemIcons.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

class PolicyGate;
class RecordingTracker;
class RecordingController;
class SiteRegistry;

// The tenant's agents with their live state and what Vigie is doing with them. Refreshes
// update rows in place (dataChanged) so the view keeps its selection, scroll and sort.
class AgentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TeamColumn, StateColumn, TimeInStateColumn, RecordingColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SearchTextRole, // lower-case name, user name and team, for search-as-you-type
        UserIdRole,
    };

    AgentTableModel(RecordingTracker *tracker, RecordingController *controller, QObject *parent = nullptr);

    // Without QAbstractTableModel's two virtual calls per index: the proxy asks for two
    // indexes per comparison when it sorts 100,000 rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Agent &agentAt(int row) const { return m_agents.at(row); }
    const AgentSearchIndex &searchIndex() const { return m_searchIndex; }
    // Each row's place in the locale-aware order of names and of teams (AgentRanks).
    int nameRank(int row) const { return m_ranks.nameRank(row); }
    int teamRank(int row) const { return m_ranks.teamRank(row); }
    int rowForUserId(const QString &userId) const { return m_rowByUserId.value(userId, -1); }
    QStringList teams() const;
    QStringList states() const;

    void setAgents(const QVector<Agent> &agents);
    // Rows at the end while a load is on its way (AgentDirectory::agentsArriving); agents
    // already listed are skipped. A later setAgents with the same agents in the same order
    // updates them in place, so sort and selection made meanwhile hold.
    void appendAgents(const QVector<Agent> &agents);
    void applyStateChanges(const QVector<AgentStateChange> &changes);
    // Other stations' recordings shown in each agent's row (docs/registry.md).
    void setSiteRegistry(const SiteRegistry *registry);
    // The works council's policy: an agent at one of its caps says so in the recording column.
    void setPolicyGate(const PolicyGate *gate);
    void setFailure(const QString &userId, const QString &message);
    void clearFailure(const QString &userId);
    void retranslate();

private:
    void rebuildIndexes();
    // Indexes rows from 'first' on and places them in the name and team orders.
    void indexRowsFrom(int first);
    void refreshRecordingCell(const QString &userId);
    void refreshRecordingColumn();
    QString recordingText(const Agent &agent) const;
    QString userIdOf(const Agent &agent) const;

    RecordingTracker *m_tracker;
    RecordingController *m_controller;
    const SiteRegistry *m_registry = nullptr;
    ItemIcons *m_icons;
    const PolicyGate *m_policy = nullptr;
    QVector<Agent> m_agents;
    AgentSearchIndex m_searchIndex;
    AgentRanks m_ranks;
    QHash<QString, int> m_rowByUserId; // by the user-id the recording API uses
    QHash<qint64, int> m_rowByAgentId;
    QHash<QString, QString> m_failures;
};
