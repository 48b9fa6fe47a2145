// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistryEvent.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

class SiteRegistry;

// Every station's live recordings as the site registry shows them ("Whole site" under Active
// recordings): who started each, from which station, and its countdown on the registry's clock.
// Read only: another station's recording is stopped from the agent list, after a question
// naming who started it.
class SiteRecordingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        StartedByColumn,
        StationColumn,
        EndsAtColumn,
        RemainingColumn,
        ContactIdColumn,
        ColumnCount
    };
    explicit SiteRecordingsModel(QObject *parent = nullptr);

    // Null: no registry, no rows.
    void setSiteRegistry(const SiteRegistry *registry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    void reload();
    void tick();

    const SiteRegistry *m_registry = nullptr;
    // Recordings only: a claim is a start on its way, and a recording another station stopped has ended.
    QVector<SiteRecording> m_rows;
    QTimer m_ticker;
};
