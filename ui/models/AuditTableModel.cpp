// SPDX-License-Identifier: Apache-2.0
#include "models/AuditTableModel.h"

#include "text/AuditText.h"
#include "text/Formatting.h"

void AuditTableModel::setEntries(QVector<AuditEntry> entries)
{
    std::reverse(entries.begin(), entries.end());
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        return entry.detail;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case AtColumn:
        return Formatting::dateTime(entry.atUtc);
    case AgentColumn:
        return entry.agentName;
    case ActionColumn:
        return AuditText::action(entry.action);
    case ResultColumn:
        return AuditText::result(entry.result);
    case DurationColumn:
        return entry.durationSeconds > 0 ? Formatting::clock(entry.durationSeconds) : QString();
    case PurposeColumn:
        return entry.purpose;
    case ContactColumn:
        return entry.contactId != 0 ? QString::number(entry.contactId) : QString();
    case SupervisorColumn:
        return entry.supervisor;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AtColumn:
        return tr("When");
    case AgentColumn:
        return tr("Agent");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case PurposeColumn:
        return tr("Purpose");
    case ContactColumn:
        return tr("Contact ID");
    case SupervisorColumn:
        return tr("Supervisor");
    }
    return {};
}
