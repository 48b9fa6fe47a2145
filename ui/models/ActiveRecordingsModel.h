// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class RecordingController;
class RecordingTracker;
struct TrackedRecording;

// Every recording Vigie is tracking, with a live countdown, followed by the starts CXone has not
// confirmed (their answer was lost: the agent may be recording until the time shown). The
// tracker's single ticker drives it; each tick repaints only the countdown cells.
class ActiveRecordingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a supervisor reads first comes first; the IDs, for CXone's support, come last (the
    // view hides the 36-character interaction ID, which the agent's tooltip also gives).
    enum Column {
        AgentColumn,
        PurposeColumn,
        StartedByColumn,
        StartedColumn,
        EndsAtColumn,
        RemainingColumn, // with its progress bar (ProgressRole)
        ContactIdColumn,
        InteractionIdColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole + 1, // 0 for an unconfirmed start
        ProgressRole,
        UserIdRole,
        UnconfirmedRole,
    };

    ActiveRecordingsModel(RecordingTracker *tracker, const RecordingController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    const TrackedRecording *recordingAt(int row) const;
    QString toolTip(const TrackedRecording &recording, int column) const;
    void reloadUnconfirmed();

    RecordingTracker *m_tracker;
    const RecordingController *m_controller;
    // The active rows views have been told about. The tracker lists a recording before it
    // announces it, and announces those one ledger write saved one by one: each insertion is
    // counted here so that it matches the rows it reports.
    int m_activeRows = 0;
    QStringList m_unconfirmed; // user-ids of the unconfirmed rows, after the active ones
};
