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

    void setEntries(QVector<AuditEntry> entries);
    const QVector<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString resultText(const QString &result);
    static QString actionText(const QString &action);
    // Column titles for the CSV export, in AuditCsv's column order, in the active language.
    static QStringList csvHeaders();

private:
    QVector<AuditEntry> m_entries;
};
