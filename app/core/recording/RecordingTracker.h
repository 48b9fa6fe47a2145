// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/RecordingLedger.h"
#include "recording/TrackedRecording.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

// Every recording Vigie knows of: active ones by contactId with their countdowns, starts whose
// contactId is not known yet (pending: being sent, or unconfirmed after a lost answer), and the
// recent history. Changes are written to the ledger before they are announced.
//
// Countdowns run on the monotonic clock, so moving the wall clock neither ends a recording early
// nor keeps one alive; the wall clock only places them again after a restart.
class RecordingTracker : public QObject
{
    Q_OBJECT
public:
    using MonotonicClock = std::function<qint64()>; // milliseconds, never going back
    using WallClock = std::function<QDateTime()>;
    static constexpr int kHistoryLimit = 500;
    // A contactId stays known this long after its countdown ended: CXone's clock ends a recording
    // a little after ours, and an answer carrying it then is the old recording, not a new one.
    static constexpr int kGraceMs = 60 * 1000;

    explicit RecordingTracker(RecordingLedger *ledger, QObject *parent = nullptr);
    // Writes what a group commit still held: quitting right after CXone accepted a start must not lose it.
    ~RecordingTracker() override;

    void setClocks(MonotonicClock monotonic, WallClock wall);
    // The boot the monotonic clock belongs to (SystemClock::bootId() unless a test says otherwise).
    void setBootId(const QString &bootId) { m_bootId = bootId; }
    qint64 monotonicNowMs() const { return m_monotonic(); }
    QDateTime wallNowUtc() const { return m_wall(); }
    int secondsRemaining(const TrackedRecording &recording) const;
    // When it ends, as a clock on the wall shows it now.
    QDateTime endsAtUtc(const TrackedRecording &recording) const;

    // Reads the ledger; what ended while Vigie was closed moves to history.
    RecordingLedger::LoadResult restore();

    // Notes starts about to be sent, in one write however many there are. Nothing is noted when
    // the write fails: the caller must not send them (error says why).
    bool notePending(QVector<TrackedRecording> intents, QString *error);
    // The request leaves now: the countdown of what it starts runs from here.
    void markSent(const QString &userId);
    // The answer was lost: the start stays, unconfirmed, until CXone answers or its time is up.
    void markUnconfirmed(const QString &userId);
    void setStopRequested(const QString &userId, const QString &supervisor);
    // Drops intents CXone certainly did not act on (refused, never sent, cancelled), in one write.
    void dropPending(const QStringList &userIds);
    // The supervisor stops asking CXone about an unconfirmed start; it goes to history.
    void forget(const QString &userId);
    const QVector<TrackedRecording> &pending() const { return m_pending; }
    const TrackedRecording *pendingForUser(const QString &userId) const;

    // Writes the recording to the ledger, then announces it (recordingAdded). With a group
    // commit delay, recordings accepted close together share one write: a thousand answers in a
    // bulk start cost a few fsyncs, not a thousand. That write happens on a thread of its own:
    // an fsync takes 20 to 40 ms, and on the GUI thread it held back every answer and request.
    // Until announced, a recording already counts for activeForUser() and activeByContact(), and
    // is in every write of the ledger. Its countdown runs from its intent's, the moment the
    // (first) request left.
    void track(TrackedRecording recording);
    void setGroupCommitMs(int milliseconds) { m_groupCommitMs = milliseconds; }
    void finish(qint64 contactId, TrackedRecording::EndReason reason);
    // A supervisor pressed Stop on an active recording: the ledger keeps it until CXone answers, so
    // that a sign-out or a quit that keeps the request from leaving cannot lose it.
    void requestStop(qint64 contactId, const QString &supervisor);
    // The supervisor cancelled the Stop, or was told it failed and may press it again.
    void withdrawStopRequest(qint64 contactId);
    // Active recordings whose Stop is kept, not yet answered by CXone.
    QVector<TrackedRecording> keptStops() const;
    // Notes where the audit trail now stands; written with the next ledger write (group commit).
    void noteAuditHead(const AuditHead &head);
    AuditHead auditHead() const { return m_auditHead; }

    const QVector<TrackedRecording> &active() const { return m_active; }
    const QVector<TrackedRecording> &history() const { return m_history; }
    const TrackedRecording *activeForUser(const QString &userId) const;
    const TrackedRecording *activeByContact(qint64 contactId) const;
    // A recording whose countdown ended within the grace period.
    const TrackedRecording *recentlyEnded(qint64 contactId) const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // Ends what has elapsed, retries a failed save, and lets views repaint their countdowns.
    void tick();

Q_SIGNALS:
    // saved: false when the ledger could not be written; the recording is still tracked in memory
    // and saving is retried on every tick, but the supervisor must be warned.
    void recordingAdded(const TrackedRecording &recording, bool saved);
    // An active recording ended, or a pending start was forgotten or ran out of time.
    void recordingEnded(const TrackedRecording &recording);
    // A pending start appeared, changed state, or left the pending list.
    void pendingChanged(const QString &userId);
    void ticked();
    void persistenceFailed(const QString &error);
    void persistenceRestored();

private:
    void keepTicking();
    bool persist(QString *error = nullptr);
    // The state to write, with these pending starts, under the next generation.
    RecordingLedger::Contents snapshot(const QVector<TrackedRecording> &pending);
    void noteSaveResult(quint64 generation, bool saved, const QString &error);
    void scheduleCommit();
    void commitNow();
    void commitInBackground();
    void committed(quint64 generation, qint64 covered, bool saved, const QString &error);
    // Every recording ever tracked, announced or not: a write covers those tracked before it.
    qint64 trackedCount() const { return m_announcedCount + m_unannounced.size(); }
    // Moves the recordings tracked up to the 'covered'-th to the active list, in order.
    void announceUpTo(qint64 covered, bool saved);
    void reindex();
    void toHistory(TrackedRecording recording, TrackedRecording::EndReason reason);
    TrackedRecording *mutablePending(const QString &userId);
    TrackedRecording *mutableActiveByContact(qint64 contactId);
    void setDeadlineFromWallClock(TrackedRecording *recording) const;
    // After a restart: the saved deadline when it was taken on this boot, else the wall clock.
    void placeAfterRestart(TrackedRecording *recording, bool sameBoot) const;
    // After a restart: keeps a recording whose countdown ended within the grace period known.
    void rememberCountdownEnd(const TrackedRecording &ended);

    RecordingLedger *m_ledger;
    MonotonicClock m_monotonic;
    WallClock m_wall;
    QString m_bootId;
    QTimer m_ticker;
    QVector<TrackedRecording> m_pending;
    QVector<TrackedRecording> m_active;
    QVector<TrackedRecording> m_unannounced;
    // Rows of m_active: the agent table asks for every painted cell and every sort comparison.
    QHash<QString, int> m_activeRowByUser;
    QHash<qint64, int> m_activeRowByContact;
    QHash<qint64, qint64> m_endedAtMonotonic; // contactId -> when its countdown ended, for the grace period
    QTimer m_commitTimer;
    int m_groupCommitMs = 0;
    QThreadPool m_writer; // one thread: group commits are written in the order they were taken
    quint64 m_generation = 0; // snapshots of the ledger taken so far
    quint64 m_failedGeneration = 0; // the newest snapshot that could not be written
    int m_unansweredWrites = 0; // background writes whose answer has not been handled
    qint64 m_announcedCount = 0; // recordings ever taken out of m_unannounced
    QVector<TrackedRecording> m_history;
    AuditHead m_auditHead;
    bool m_dirty = false;
};
