// SPDX-License-Identifier: Apache-2.0
#include "models/ActiveRecordingsModel.h"

#include "recording/RecordingTracker.h"
#include "text/Formatting.h"
#include "text/RecordingText.h"

namespace {
bool isUnconfirmed(const TrackedRecording &intent)
{
    return intent.confirmation == TrackedRecording::Confirmation::Unconfirmed;
}
} // namespace

ActiveRecordingsModel::ActiveRecordingsModel(
    RecordingTracker *tracker, const RecordingController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
    , m_controller(controller)
    , m_activeRows(int(tracker->active().size()))
{
    for (const TrackedRecording &intent : m_tracker->pending()) {
        if (isUnconfirmed(intent)) {
            m_unconfirmed.append(intent.userId);
        }
    }
    // The tracker appends new recordings and removes ended ones anywhere in its list.
    connect(m_tracker, &RecordingTracker::recordingAnnounced, this, [this] {
        const int listed = int(m_tracker->active().size());
        if (listed > m_activeRows) {
            beginInsertRows({}, m_activeRows, listed - 1);
            m_activeRows = listed;
            endInsertRows();
        }
    });
    connect(m_tracker, &RecordingTracker::recordingEnded, this, [this] {
        beginResetModel();
        m_activeRows = int(m_tracker->active().size());
        endResetModel();
    });
    connect(m_tracker, &RecordingTracker::pendingChanged, this, &ActiveRecordingsModel::reloadUnconfirmed);
    connect(m_tracker, &RecordingTracker::ticked, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, RemainingColumn), index(rowCount() - 1, RemainingColumn),
                { Qt::DisplayRole, Qt::AccessibleTextRole, ProgressRole });
        }
        // Who may send an unconfirmed start's stop changes with who is signed in and their scope.
        if (!m_unconfirmed.isEmpty()) {
            Q_EMIT dataChanged(index(m_activeRows, ContactIdColumn), index(rowCount() - 1, ContactIdColumn),
                { Qt::DisplayRole, Qt::AccessibleTextRole });
        }
    });
}

void ActiveRecordingsModel::reloadUnconfirmed()
{
    QStringList unconfirmed;
    for (const TrackedRecording &intent : m_tracker->pending()) {
        if (isUnconfirmed(intent)) {
            unconfirmed.append(intent.userId);
        }
    }
    if (unconfirmed == m_unconfirmed) {
        if (!m_unconfirmed.isEmpty()) {
            // Same rows, but one may now wait to be stopped.
            Q_EMIT dataChanged(index(m_activeRows, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_unconfirmed = unconfirmed;
    m_activeRows = int(m_tracker->active().size());
    endResetModel();
}

const TrackedRecording *ActiveRecordingsModel::recordingAt(int row) const
{
    if (row < m_activeRows) {
        return &m_tracker->active().at(row);
    }
    return m_tracker->pendingForUser(m_unconfirmed.value(row - m_activeRows));
}

int ActiveRecordingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_activeRows + int(m_unconfirmed.size());
}

int ActiveRecordingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActiveRecordingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TrackedRecording *found = recordingAt(index.row());
    if (!found) {
        return {};
    }
    const TrackedRecording &recording = *found;
    const bool unconfirmed = recording.isPending();
    const int remaining = m_tracker->secondsRemaining(recording);
    const int percentDone = 100 - (100 * remaining) / qMax(1, recording.durationSeconds);
    switch (role) {
    case ContactIdRole:
        return recording.contactId;
    case ProgressRole:
        return percentDone;
    case UserIdRole:
        return recording.userId;
    case UnconfirmedRole:
        return unconfirmed;
    case Qt::ToolTipRole:
        return Formatting::plainToolTip(toolTip(recording, index.column()));
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AgentColumn:
        return recording.agentName;
    case ContactIdColumn:
        if (unconfirmed) {
            return RecordingText::unconfirmed(recording, *m_controller);
        }
        return QString::number(recording.contactId);
    case PurposeColumn:
        return recording.purpose;
    case StartedByColumn:
        return recording.startedBy;
    case InteractionIdColumn:
        return recording.interactionId;
    case StartedColumn:
        return Formatting::timeOfDay(recording.startedAtUtc);
    case EndsAtColumn:
        return Formatting::timeOfDay(m_tracker->endsAtUtc(recording));
    case RemainingColumn:
        return role == Qt::AccessibleTextRole ? Formatting::spoken(remaining) : Formatting::clock(remaining);
    case ActionColumn:
        if (role != Qt::AccessibleTextRole) {
            return QString();
        }
        if (unconfirmed) {
            return tr("Stop or forget the unconfirmed recording of %1").arg(recording.agentName);
        }
        if (const QString kept = RecordingText::keptStop(recording, *m_controller); !kept.isEmpty()) {
            //: Accessible name of a Stop button whose Stop is kept for a later sign-in
            return tr("Stop recording %1 (%2)").arg(recording.agentName, kept);
        }
        return tr("Stop recording %1").arg(recording.agentName);
    }
    return {};
}

QString ActiveRecordingsModel::toolTip(const TrackedRecording &recording, int column) const
{
    if (recording.isPending()) {
        return tr("CXone's answer to this start was lost: %1 may be recording. Vigie keeps asking CXone; "
                  "if CXone did start it, it ends by itself at %2.")
            .arg(recording.agentName, Formatting::timeOfDay(m_tracker->endsAtUtc(recording)));
    }
    if (column == PurposeColumn) {
        return recording.purpose; // cut short in its column
    }
    if (column != AgentColumn) {
        return {};
    }
    //: Tooltip of an active recording: the IDs CXone's support asks for, and the duration asked for
    QString details = tr("Contact ID: %1\nInteraction ID: %2\nDuration: %3")
                          .arg(QString::number(recording.contactId), recording.interactionId,
                              Formatting::spoken(recording.durationSeconds));
    if (const QString kept = RecordingText::keptStop(recording, *m_controller); !kept.isEmpty()) {
        details += QLatin1Char('\n') + kept;
    }
    return details;
}

QVariant ActiveRecordingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case PurposeColumn:
        return tr("Purpose");
    case StartedByColumn:
        //: Column: the supervisor (access key) who started the recording
        return tr("Started by");
    case ContactIdColumn:
        return tr("Contact ID");
    case InteractionIdColumn:
        return tr("Interaction ID");
    case StartedColumn:
        return tr("Started at");
    case EndsAtColumn:
        return tr("Ends at");
    case RemainingColumn:
        return tr("Time left");
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
