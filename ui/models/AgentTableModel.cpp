// SPDX-License-Identifier: Apache-2.0
#include "models/AgentTableModel.h"

#include "policy/PolicyGate.h"
#include "recording/RecordingController.h"
#include "recording/RecordingTracker.h"
#include "registry/SiteRegistry.h"
#include "text/AgentStateText.h"
#include "text/Formatting.h"
#include "text/RecordingText.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

AgentTableModel::AgentTableModel(RecordingTracker *tracker, RecordingController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
    , m_controller(controller)
    , m_icons(new ItemIcons(this))
{
    connect(m_icons, &ItemIcons::reloaded, this, [this] {
        if (!m_agents.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_agents.size()) - 1, ColumnCount - 1), { Qt::DecorationRole });
        }
    });
    connect(m_tracker, &RecordingTracker::recordingAnnounced, this,
        [this](const TrackedRecording &recording) { refreshRecordingCell(recording.userId); });
    connect(m_tracker, &RecordingTracker::recordingEnded, this,
        [this](const TrackedRecording &recording) { refreshRecordingCell(recording.userId); });
    connect(m_controller, &RecordingController::busyChanged, this,
        [this](const QString &userId) { refreshRecordingCell(userId); });
    connect(m_tracker, &RecordingTracker::pendingChanged, this, &AgentTableModel::refreshRecordingCell);
}

QString AgentTableModel::userIdOf(const Agent &agent) const { return m_controller->userIdFor(agent); }

QModelIndex AgentTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_agents.size() || column < 0 || column >= ColumnCount) {
        return {};
    }
    return createIndex(row, column);
}

int AgentTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_agents.size()); }

int AgentTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AgentTableModel::recordingText(const Agent &agent) const
{
    const QString userId = userIdOf(agent);
    const TrackedRecording *intent = m_tracker->pendingForUser(userId);
    if (intent && intent->confirmation == TrackedRecording::Confirmation::Unconfirmed) {
        return RecordingText::unconfirmed(*intent, *m_controller);
    }
    if (m_controller->isBusy(userId)) {
        return tr("Waiting for CXone…");
    }
    if (const TrackedRecording *recording = m_tracker->activeForUser(userId)) {
        const QString left = tr("Recording, %1 left").arg(Formatting::clock(m_tracker->secondsRemaining(*recording)));
        const QString kept = RecordingText::keptStop(*recording, *m_controller);
        //: A running recording whose Stop waits: "Recording, 0:12:00 left — Stop kept: sent when … signs in again"
        return kept.isEmpty() ? left : tr("%1 — %2").arg(left, kept);
    }
    if (const SiteRecording *elsewhere = m_registry ? m_registry->heldElsewhere(userId) : nullptr) {
        return RecordingText::elsewhere(*elsewhere, m_tracker->monotonicNowMs());
    }
    const QString failure = m_failures.value(userId);
    if (!failure.isEmpty()) {
        return tr("Failed: %1").arg(failure);
    }
    if (m_policy && m_policy->allowance(userId).atCap()) {
        //: In the agent list: the recording policy allows this agent no more recordings for now
        return tr("At the recording policy's cap");
    }
    return {};
}

void AgentTableModel::setPolicyGate(const PolicyGate *gate)
{
    m_policy = gate;
    connect(gate, &PolicyGate::countsChanged, this, &AgentTableModel::refreshRecordingColumn);
}

void AgentTableModel::setSiteRegistry(const SiteRegistry *registry)
{
    m_registry = registry;
    // One change for the whole column: the site's recordings come and go together.
    connect(registry, &SiteRegistry::siteChanged, this, &AgentTableModel::refreshRecordingColumn);
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Agent &agent = m_agents.at(index.row());
    const int column = index.column();
    if (column == TeamColumn && agent.teamRecording == Agent::TeamRecording::Disabled) {
        // The mark of a team whose recordings CXone will likely refuse, for eyes and for screen readers.
        if (role == Qt::AccessibleTextRole) {
            //: Team cell read by screen readers: team name, then the warning
            return tr("%1, screen recording off in CXone").arg(agent.teamName);
        }
        if (role == Qt::DecorationRole) {
            return (*m_icons)[ItemIcons::Icon::Warning];
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NameColumn:
            return agent.displayName();
        case TeamColumn:
            return agent.teamName;
        case StateColumn:
            return AgentStateText::name(agent.stateName);
        case TimeInStateColumn:
            return agent.stateSinceUtc.isValid()
                ? Formatting::clock(int(agent.stateSinceUtc.secsTo(QDateTime::currentDateTimeUtc())))
                : QString();
        case RecordingColumn:
            return recordingText(agent);
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            // Names come from CXone: shown as written, whatever they look like.
            return Formatting::plainToolTip(
                tr("%1\nUser name: %2\nAgent ID: %3\nCXone user ID: %4\nRecording API user-id: %5")
                    .arg(agent.displayName(), agent.userName, QString::number(agent.agentId), agent.userId,
                        userIdOf(agent))
                + (agent.isSupervisor ? QLatin1Char('\n') + tr("Supervisor in CXone") : QString()) + QLatin1Char('\n')
                + RecordingText::teamRecording(agent));
        }
        if (column == TeamColumn) {
            return Formatting::plainToolTip(RecordingText::teamRecording(agent));
        }
        if (column == RecordingColumn) {
            return Formatting::plainToolTip(recordingText(agent));
        }
        break;
    case Qt::DecorationRole:
        if (column == RecordingColumn
            && (m_tracker->activeForUser(userIdOf(agent))
                || (m_registry && m_registry->heldElsewhere(userIdOf(agent))))) {
            return (*m_icons)[ItemIcons::Icon::Recording];
        }
        if (column == RecordingColumn && m_failures.contains(userIdOf(agent))) {
            return (*m_icons)[ItemIcons::Icon::Error];
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return QString(agent.lastName + QLatin1Char(' ') + agent.firstName);
        case TimeInStateColumn:
            // Longest in state first when ascending: earlier start, smaller value.
            return agent.stateSinceUtc.toMSecsSinceEpoch();
        case RecordingColumn: {
            // Its deadline, not the seconds left: those tie and untie as they count down, and a
            // kept sort order would no longer be sorted.
            const TrackedRecording *recording = m_tracker->activeForUser(userIdOf(agent));
            return recording ? recording->deadlineMs : qint64(-1);
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return m_searchIndex.rowText(index.row());
    case UserIdRole:
        return userIdOf(agent);
    }
    return {};
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case StateColumn:
        //: Column: the agent's CXone state (Available, Unavailable...)
        return tr("State");
    case TimeInStateColumn:
        return tr("In state for");
    case RecordingColumn:
        return tr("Screen recording");
    }
    return {};
}

QStringList AgentTableModel::teams() const
{
    QSet<QString> teams;
    for (const Agent &agent : m_agents) {
        teams.insert(agent.teamName);
    }
    QStringList sorted(teams.begin(), teams.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList AgentTableModel::states() const
{
    QSet<QString> states;
    for (const Agent &agent : m_agents) {
        states.insert(agent.stateName);
    }
    QStringList sorted(states.begin(), states.end());
    sorted.sort();
    return sorted;
}

void AgentTableModel::setAgents(const QVector<Agent> &agents)
{
    // A reload of the same tenant, or the end of a load whose pages are listed already, updates
    // rows in place, so selection and scroll survive.
    const bool sameAgents = !agents.isEmpty() && agents.size() == m_agents.size()
        && std::equal(agents.begin(), agents.end(), m_agents.begin(),
            [](const Agent &a, const Agent &b) { return a.agentId == b.agentId; });
    if (!sameAgents) {
        beginResetModel();
    }
    // The pages arrived with these names, or a reload lists every agent under the names it had
    // and in the language they were collated in: the ranks, search text and user ids hold, only
    // states and flags are new.
    const bool indexed = sameAgents && m_ranks.collatedIn(QLocale())
        && (m_ranks.keepsKeysOf(agents.size())
            || std::equal(agents.begin(), agents.end(), m_agents.begin(), [](const Agent &a, const Agent &b) {
                   return a.lastName == b.lastName && a.firstName == b.firstName && a.teamName == b.teamName
                       && a.userName == b.userName && a.userId == b.userId;
               }));
    m_agents = agents;
    if (!indexed) {
        rebuildIndexes();
    }
    m_ranks.dropSortKeys();
    if (!sameAgents) {
        endResetModel();
        return;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AgentTableModel::appendAgents(const QVector<Agent> &agents)
{
    QVector<Agent> fresh;
    fresh.reserve(agents.size());
    for (const Agent &agent : agents) {
        if (!m_rowByAgentId.contains(agent.agentId)) {
            fresh.append(agent);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    if (!m_ranks.keepsKeysOf(m_agents.size())) {
        rebuildIndexes(); // the keys of the rows listed so far were dropped at the last setAgents
    }
    const int first = int(m_agents.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_agents.append(fresh);
    indexRowsFrom(first);
    endInsertRows();
}

void AgentTableModel::rebuildIndexes()
{
    m_rowByUserId.clear();
    m_rowByAgentId.clear();
    m_ranks.dropSortKeys();
    indexRowsFrom(0);
}

void AgentTableModel::indexRowsFrom(int first)
{
    const int count = int(m_agents.size());
    if (first == 0) {
        m_searchIndex.clear();
        // A page at a time, the tables grow geometrically instead: reserving the exact count
        // for each page would rehash every row a hundred times.
        m_rowByUserId.reserve(count);
        m_rowByAgentId.reserve(count);
    }
    for (int row = first; row < count; ++row) {
        const Agent &agent = m_agents.at(row);
        m_searchIndex.append(agent.displayName(), agent.userName, agent.teamName);
        m_rowByUserId.insert(userIdOf(agent), row);
        m_rowByAgentId.insert(agent.agentId, row);
    }
    m_ranks.place(m_agents, first);
}

void AgentTableModel::applyStateChanges(const QVector<AgentStateChange> &changes)
{
    for (const AgentStateChange &change : changes) {
        const int row = m_rowByAgentId.value(change.agentId, -1);
        if (row < 0) {
            continue;
        }
        m_agents[row].stateName = change.stateName;
        m_agents[row].stateSinceUtc = change.sinceUtc;
        Q_EMIT dataChanged(index(row, StateColumn), index(row, TimeInStateColumn));
    }
}

void AgentTableModel::setFailure(const QString &userId, const QString &message)
{
    m_failures.insert(userId, message);
    refreshRecordingCell(userId);
}

void AgentTableModel::clearFailure(const QString &userId)
{
    if (m_failures.remove(userId)) {
        refreshRecordingCell(userId);
    }
}

void AgentTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_agents.isEmpty()) {
        Q_EMIT dataChanged(index(0, TeamColumn), index(rowCount() - 1, RecordingColumn));
    }
}

void AgentTableModel::refreshRecordingCell(const QString &userId)
{
    const int row = rowForUserId(userId);
    if (row >= 0) {
        const QModelIndex cell = index(row, RecordingColumn);
        Q_EMIT dataChanged(cell, cell, { Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, SortRole });
    }
}

void AgentTableModel::refreshRecordingColumn()
{
    if (!m_agents.isEmpty()) {
        Q_EMIT dataChanged(index(0, RecordingColumn), index(int(m_agents.size()) - 1, RecordingColumn));
    }
}
