// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QStringList>
#include <QVector>

#include <optional>

// Starts whose contactId is not known yet, at most one per agent: queued, being sent, or
// unconfirmed after a lost answer.
class PendingStarts
{
public:
    const QVector<TrackedRecording> &all() const { return m_intents; }
    bool isEmpty() const { return m_intents.isEmpty(); }

    void assign(QVector<TrackedRecording> intents) { m_intents = std::move(intents); }
    const TrackedRecording *forUser(const QString &userId) const;
    TrackedRecording *forUser(const QString &userId);
    std::optional<TrackedRecording> take(const QString &userId);
    // How many were removed.
    qsizetype remove(const QStringList &userIds);
    // The starts whose time is up at nowMs, out of the list. A queued start has not reached CXone:
    // its whole duration still lies ahead, however long it waits for a connection.
    QVector<TrackedRecording> takeElapsed(qint64 nowMs);

private:
    QVector<TrackedRecording> m_intents;
};
