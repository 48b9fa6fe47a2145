// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"

#include <QAbstractTableModel>

// Audit entries for the history view, newest first, with their outcomes in words.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AtColumn,
        AgentColumn,
        ActionColumn,
        ResultColumn,
        DurationColumn,
        PurposeColumn,
        ContactColumn,
        SupervisorColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Entries oldest first, as the trail holds them; the model shows them newest first.
    void setEntries(QVector<AuditEntry> entries);
    const QVector<AuditEntry> &entries() const { return m_entries; } // newest first

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
};
