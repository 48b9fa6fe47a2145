#include "models/AuditTableModel.h"

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

QString AuditTableModel::actionText(const QString &action)
{
    if (action == QLatin1String("start")) {
        return tr("Start");
    }
    if (action == QLatin1String("stop")) {
        return tr("Stop");
    }
    if (action == QLatin1String("extend")) {
        return tr("Extend");
    }
    if (action == QLatin1String("end")) {
        return tr("End");
    }
    if (action == QLatin1String("purge")) {
        return tr("Retention purge");
    }
    return action;
}

QString AuditTableModel::resultText(const QString &result)
{
    if (result == QLatin1String("started")) {
        return tr("Started");
    }
    if (result == QLatin1String("already-recording")) {
        return tr("Already recording");
    }
    if (result == QLatin1String("failed")) {
        return tr("Failed");
    }
    if (result == QLatin1String("stopped")) {
        return tr("Stopped");
    }
    if (result == QLatin1String("already-ended")) {
        return tr("Had already ended");
    }
    if (result == QLatin1String("ended-by-itself")) {
        return tr("Ended by itself");
    }
    if (result == QLatin1String("ended-while-closed")) {
        return tr("Ended while Vigie was closed");
    }
    if (result == QLatin1String("purged")) {
        return tr("Old entries removed");
    }
    return result;
}

QStringList AuditTableModel::csvHeaders()
{
    return { tr("Date and time"), tr("Action"), tr("Result"), tr("Supervisor"), tr("Agent"), tr("CXone user-id"),
        tr("Duration (s)"), tr("Purpose"), tr("Contact ID"), tr("Detail") };
}

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
        return actionText(entry.action);
    case ResultColumn:
        return resultText(entry.result);
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
