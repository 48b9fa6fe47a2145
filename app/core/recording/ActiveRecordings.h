// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QHash>
#include <QVector>

#include <optional>

// The running recordings: those announced, in the order they were, found by agent or by contactId
// without a search (the agent table asks for every painted cell and every sort comparison), and
// those CXone accepted whose ledger write is still under way. An accepted one already counts as
// running for every question asked here; only announceNext() makes it a row of announced().
class ActiveRecordings
{
public:
    const QVector<TrackedRecording> &announced() const { return m_announced; }
    // Nothing announced (some may be accepted).
    bool isEmpty() const { return m_announced.isEmpty(); }
    // Announced, then accepted: everything a ledger write must hold.
    QVector<TrackedRecording> all() const { return m_announced + m_accepted; }

    void assign(QVector<TrackedRecording> announced);
    void accept(TrackedRecording recording) { m_accepted.append(std::move(recording)); }
    bool hasUnannounced() const { return !m_accepted.isEmpty(); }
    // Every recording ever accepted or assigned as announced, counted since this list was made.
    qint64 acceptedCount() const { return m_announcedCount + m_accepted.size(); }
    qint64 announcedCount() const { return m_announcedCount; }
    // Moves the oldest accepted recording to the end of the announced ones, and returns it.
    const TrackedRecording &announceNext();
    // An announced recording, out of the list.
    std::optional<TrackedRecording> take(qint64 contactId);

    const TrackedRecording *forUser(const QString &userId) const;
    const TrackedRecording *byContact(qint64 contactId) const;
    TrackedRecording *byContact(qint64 contactId);
    QVector<TrackedRecording> stopsRequested() const;

private:
    void index(int row);
    void reindex();

    QVector<TrackedRecording> m_announced;
    QHash<QString, int> m_rowByUser;
    QHash<qint64, int> m_rowByContact;
    QVector<TrackedRecording> m_accepted; // a handful at most, for one group commit: searched
    qint64 m_announcedCount = 0; // recordings ever moved from m_accepted
};
