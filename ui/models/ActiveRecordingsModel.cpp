#include "models/ActiveRecordingsModel.h"

#include "recording/RecordingTracker.h"
#include "text/Formatting.h"

ActiveRecordingsModel::ActiveRecordingsModel(RecordingTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
    , m_rows(int(tracker->active().size()))
{
    // The tracker appends new recordings and removes ended ones anywhere in its list.
    connect(m_tracker, &RecordingTracker::recordingAdded, this, [this] {
        const int listed = int(m_tracker->active().size());
        if (listed > m_rows) {
            beginInsertRows({}, m_rows, listed - 1);
            m_rows = listed;
            endInsertRows();
        }
    });
    connect(m_tracker, &RecordingTracker::recordingEnded, this, [this] {
        beginResetModel();
        m_rows = int(m_tracker->active().size());
        endResetModel();
    });
    connect(m_tracker, &RecordingTracker::ticked, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, RemainingColumn), index(rowCount() - 1, ProgressColumn),
                { Qt::DisplayRole, Qt::AccessibleTextRole, ProgressRole });
        }
    });
}

int ActiveRecordingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows; }

int ActiveRecordingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActiveRecordingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TrackedRecording &recording = m_tracker->active().at(index.row());
    const int remaining = m_tracker->secondsRemaining(recording);
    const int percentDone = 100 - (100 * remaining) / qMax(1, recording.durationSeconds);
    if (role == ContactIdRole) {
        return recording.contactId;
    }
    if (role == ProgressRole) {
        return percentDone;
    }
    if (role == Qt::ToolTipRole && index.column() == AgentColumn) {
        return tr("Started by %1\nPurpose: %2").arg(recording.startedBy, recording.purpose);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AgentColumn:
        return recording.agentName;
    case ContactIdColumn:
        return QString::number(recording.contactId);
    case InteractionIdColumn:
        return recording.interactionId;
    case StartedColumn:
        return Formatting::timeOfDay(recording.startedAtUtc);
    case DurationColumn:
        return Formatting::clock(recording.durationSeconds);
    case RemainingColumn:
        return role == Qt::AccessibleTextRole ? Formatting::spoken(remaining) : Formatting::clock(remaining);
    case ProgressColumn:
        //: Share of the recording already done; French puts a non-breaking space before %
        return tr("%1 %").arg(percentDone);
    case ActionColumn:
        return role == Qt::AccessibleTextRole ? tr("Stop recording %1").arg(recording.agentName) : QString();
    }
    return {};
}

QVariant ActiveRecordingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case ContactIdColumn:
        return tr("Contact ID");
    case InteractionIdColumn:
        return tr("Interaction ID");
    case StartedColumn:
        return tr("Started at");
    case DurationColumn:
        return tr("Duration");
    case RemainingColumn:
        return tr("Time left");
    case ProgressColumn:
        return tr("Progress");
    case ActionColumn:
        //: Column holding each recording's Stop button
        return tr("Action");
    }
    return {};
}

void ActiveRecordingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}
