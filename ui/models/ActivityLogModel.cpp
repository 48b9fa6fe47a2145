// SPDX-License-Identifier: Apache-2.0
#include "models/ActivityLogModel.h"

#include "text/Formatting.h"

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_icons(new ItemIcons(this))
{
    connect(m_icons, &ItemIcons::reloaded, this, [this] {
        if (!m_entries.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), { Qt::DecorationRole });
        }
    });
}

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
            return (*m_icons)[ItemIcons::Icon::Information];
        case Severity::Success:
            return (*m_icons)[ItemIcons::Icon::Success];
        case Severity::Warning:
            return (*m_icons)[ItemIcons::Icon::Warning];
        case Severity::Error:
            return (*m_icons)[ItemIcons::Icon::Error];
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
