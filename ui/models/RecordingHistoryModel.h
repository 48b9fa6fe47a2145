// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

class RecordingTracker;

// Recent recordings that have ended, newest first, and how each one ended.
class RecordingHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        PurposeColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn, // as long as it ran, not as long as it was asked for
        OutcomeColumn,
        ContactIdColumn,
        ColumnCount
    };

    explicit RecordingHistoryModel(RecordingTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    RecordingTracker *m_tracker;
};
