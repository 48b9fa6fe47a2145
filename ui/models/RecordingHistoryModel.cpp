// SPDX-License-Identifier: Apache-2.0
#include "models/RecordingHistoryModel.h"

#include "recording/RecordingTracker.h"
#include "text/Formatting.h"

RecordingHistoryModel::RecordingHistoryModel(RecordingTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    connect(m_tracker, &RecordingTracker::recordingEnded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int RecordingHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tracker->history().size());
}

int RecordingHistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RecordingHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const TrackedRecording &recording = m_tracker->history().at(index.row());
    switch (index.column()) {
    case AgentColumn:
        return recording.agentName;
    case ContactIdColumn:
        //: Shown instead of a contact ID when CXone never confirmed the recording
        return recording.contactId != 0 ? QString::number(recording.contactId) : tr("unknown");
    case PurposeColumn:
        return recording.purpose;
    case StartedColumn:
        return Formatting::dateTime(recording.startedAtUtc);
    case EndedColumn:
        return Formatting::dateTime(recording.endedAtUtc);
    case DurationColumn:
        if (!recording.startedAtUtc.isValid() || !recording.endedAtUtc.isValid()) {
            return QString();
        }
        return Formatting::spoken(int(qMax<qint64>(0, recording.startedAtUtc.secsTo(recording.endedAtUtc))));
    case OutcomeColumn:
        switch (recording.endReason) {
        case TrackedRecording::EndReason::Elapsed:
            return tr("Ended by itself after %1").arg(Formatting::spoken(recording.durationSeconds));
        case TrackedRecording::EndReason::Stopped:
            return tr("Stopped by the supervisor");
        case TrackedRecording::EndReason::AlreadyEndedOnServer:
            return tr("Had already ended in CXone");
        case TrackedRecording::EndReason::EndedWhileClosed:
            return tr("Ended while Vigie was closed");
        case TrackedRecording::EndReason::UnconfirmedElapsed:
            return tr("Never confirmed by CXone; ended by time");
        case TrackedRecording::EndReason::Forgotten:
            return tr("Never confirmed by CXone; forgotten by the supervisor");
        case TrackedRecording::EndReason::Running:
            return tr("Running");
        }
    }
    return {};
}

QVariant RecordingHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case ContactIdColumn:
        return tr("Contact ID");
    case PurposeColumn:
        return tr("Purpose");
    case StartedColumn:
        //: Column: when the recording started (date and time)
        return tr("Started");
    case EndedColumn:
        //: Column: when the recording ended (date and time)
        return tr("Ended");
    case DurationColumn:
        //: Column: how long the recording ran
        return tr("Duration");
    case OutcomeColumn:
        return tr("How it ended");
    }
    return {};
}

void RecordingHistoryModel::retranslate()
{
    beginResetModel();
    endResetModel();
}
