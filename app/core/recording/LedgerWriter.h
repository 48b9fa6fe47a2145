// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/RecordingLedger.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

// Writes the tracker's snapshots to the recording ledger and keeps count of them: each snapshot
// gets the next generation, so a write finishing late on its thread never puts back what a newer
// one removed. A write happens at once on the caller's thread, or, with a group commit delay, on a
// thread of its own: snapshots taken close together share one write, and an fsync (tens of
// milliseconds) never holds back the window's thread. A failed write leaves the ledger behind
// memory until a newer snapshot is on disk; the caller retries with write().
class LedgerWriter : public QObject
{
    Q_OBJECT
public:
    explicit LedgerWriter(RecordingLedger *ledger, QObject *parent = nullptr);
    // Waits for the writes under way; their answers, queued to this object, go with it.
    ~LedgerWriter() override;

    void setGroupCommitMs(int milliseconds) { m_groupCommitMs = milliseconds; }
    bool groupsCommits() const { return m_groupCommitMs > 0; }
    // Asks for groupCommitDue once the delay is over, unless it is already asked for.
    void scheduleGroupCommit();
    void cancelGroupCommit() { m_commitTimer.stop(); }

    // Writes now. A failure leaves changes unsaved, reported by persistenceFailed.
    bool write(RecordingLedger::Contents contents, QString *error = nullptr);
    // Writes now, for a caller that gives up what it meant to do when the write fails (a start is
    // not sent unless the ledger holds it): a failure leaves nothing unsaved behind.
    bool writeOrRefuse(RecordingLedger::Contents contents, QString *error);
    // Writes on the writer's thread, in the order given; writtenInBackground answers with `covers`,
    // which says what this snapshot holds in the caller's own count.
    void writeInBackground(RecordingLedger::Contents contents, qint64 covers);

    bool hasUnsavedChanges() const { return m_dirty; }
    // A group commit is due, a write is under way, or changes are unsaved: quitting now must write.
    bool hasWorkLeft() const { return m_commitTimer.isActive() || m_dirty || m_unansweredWrites > 0; }
    // Blocks until the writer's thread has written what it was given.
    void waitForBackgroundWrites() { m_thread.waitForDone(); }

Q_SIGNALS:
    void groupCommitDue();
    // onDisk: this snapshot, or a newer one holding what it held, is in the ledger.
    void writtenInBackground(qint64 covers, bool onDisk);
    // The ledger could not be written: changes are held in memory only until a write succeeds.
    void persistenceFailed(const QString &error);
    void persistenceRestored();

private:
    quint64 stamp(RecordingLedger::Contents *contents) { return contents->generation = ++m_generation; }
    void noteResult(quint64 generation, bool saved, const QString &error);

    RecordingLedger *m_ledger;
    QTimer m_commitTimer;
    int m_groupCommitMs = 0;
    QThreadPool m_thread; // one thread: group commits are written in the order they were taken
    quint64 m_generation = 0; // snapshots of the ledger taken so far
    quint64 m_failedGeneration = 0; // the newest snapshot that could not be written
    int m_unansweredWrites = 0; // background writes whose answer has not been handled
    bool m_dirty = false;
};
