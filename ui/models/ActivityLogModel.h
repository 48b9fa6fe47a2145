// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/ItemIcons.h"

#include <QAbstractListModel>
#include <QDateTime>

// What happened in this session, newest first, in the supervisor's words: each start, stop,
// failure and connection event. Bounded, so a day-long session does not grow without end.
class ActivityLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Severity { Information, Success, Warning, Error };
    static constexpr int kLimit = 2000;

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void add(Severity severity, const QString &message);
    QString latestMessage() const { return m_entries.isEmpty() ? QString() : m_entries.first().message; }

private:
    struct Entry
    {
        QDateTime atUtc;
        Severity severity;
        QString message;
    };
    QVector<Entry> m_entries;
    ItemIcons *m_icons;
};
