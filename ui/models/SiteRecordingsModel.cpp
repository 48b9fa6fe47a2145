// SPDX-License-Identifier: Apache-2.0
#include "models/SiteRecordingsModel.h"

#include "registry/SiteRegistry.h"
#include "system/SystemClock.h"
#include "text/Formatting.h"

SiteRecordingsModel::SiteRecordingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SiteRecordingsModel::tick);
}

void SiteRecordingsModel::setSiteRegistry(const SiteRegistry *registry)
{
    if (m_registry) {
        disconnect(m_registry, nullptr, this, nullptr);
    }
    m_registry = registry;
    if (m_registry) {
        connect(m_registry, &SiteRegistry::siteChanged, this, &SiteRecordingsModel::reload);
    }
    reload();
}

void SiteRecordingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_registry) {
        for (const SiteRecording &recording : m_registry->live()) {
            if (recording.state == SiteRecording::State::Recording
                || recording.state == SiteRecording::State::Unconfirmed) {
                m_rows.append(recording);
            }
        }
    }
    endResetModel();
    // Counting down only what is shown: an empty site costs no timer.
    if (m_rows.isEmpty()) {
        m_ticker.stop();
    } else if (!m_ticker.isActive()) {
        m_ticker.start();
    }
}

void SiteRecordingsModel::tick()
{
    Q_EMIT dataChanged(
        index(0, RemainingColumn), index(rowCount() - 1, RemainingColumn), { Qt::DisplayRole, Qt::AccessibleTextRole });
}

int SiteRecordingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SiteRecordingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SiteRecordingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const SiteRecording &recording = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const qint64 now = SystemClock::sinceBootMs();
    const int remaining = recording.secondsRemaining(now);
    switch (Column(index.column())) {
    case AgentColumn:
        return recording.agentName.isEmpty() ? recording.agentUserId : recording.agentName;
    case StartedByColumn:
        return recording.supervisor;
    case StationColumn:
        return recording.station;
    case EndsAtColumn:
        return Formatting::timeOfDay(QDateTime::currentDateTimeUtc().addSecs(remaining));
    case RemainingColumn:
        return role == Qt::AccessibleTextRole ? Formatting::spoken(remaining) : Formatting::clock(remaining);
    case ContactIdColumn:
        if (recording.state == SiteRecording::State::Unconfirmed) {
            //: Whole site: a start whose answer its station lost; it may be recording
            return tr("unconfirmed");
        }
        return QString::number(recording.contactId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SiteRecordingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case StartedByColumn:
        //: Column: the supervisor (access key) who started the recording
        return tr("Started by");
    case StationColumn:
        //: Column: the Vigie station the recording was started from
        return tr("Station");
    case EndsAtColumn:
        return tr("Ends at");
    case RemainingColumn:
        return tr("Time left");
    case ContactIdColumn:
        return tr("Contact ID");
    case ColumnCount:
        break;
    }
    return {};
}

void SiteRecordingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}
