// SPDX-License-Identifier: Apache-2.0
#include "models/ActivityLogModel.h"

#include "text/Formatting.h"

#include <QIcon>

int ActivityLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return QString(Formatting::timeOfDay(entry.atUtc) + QStringLiteral("  ") + entry.message);
    case Qt::DecorationRole:
        switch (entry.severity) {
        case Severity::Information:
            return QIcon(QStringLiteral(":/icons/information.svg"));
        case Severity::Success:
            return QIcon(QStringLiteral(":/icons/success.svg"));
        case Severity::Warning:
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        case Severity::Error:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        }
    }
    return {};
}

void ActivityLogModel::add(Severity severity, const QString &message)
{
    if (m_entries.size() >= kLimit) {
        beginRemoveRows({}, kLimit - 1, int(m_entries.size()) - 1);
        m_entries.resize(kLimit - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend({ QDateTime::currentDateTimeUtc(), severity, message });
    endInsertRows();
}
