// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/ActiveRecordings.h"
#include "recording/LedgerWriter.h"
#include "recording/PendingStarts.h"
#include "recording/RecordingClock.h"
#include "recording/RecordingHistory.h"
#include "recording/RecordingLedger.h"
#include "recording/TrackedRecording.h"

#include <QObject>
#include <QTimer>

// Every recording Vigie knows of: active ones by contactId with their countdowns, starts whose
// contactId is not known yet (pending: being sent, or unconfirmed after a lost answer), and the
// recent history. Changes are written to the ledger (LedgerWriter) before they are announced.
// Countdowns run on a RecordingClock.
class RecordingTracker : public QObject
{
    Q_OBJECT
public:
    using MonotonicClock = RecordingClock::Monotonic;
    using WallClock = RecordingClock::Wall;

    explicit RecordingTracker(RecordingLedger *ledger, QObject *parent = nullptr);
    // Writes what a group commit still held: quitting right after CXone accepted a start must not lose it.
    ~RecordingTracker() override;

    void setClocks(MonotonicClock monotonic, WallClock wall)
    {
        m_clock.setClocks(std::move(monotonic), std::move(wall));
    }
    // The boot the monotonic clock belongs to (SystemClock::bootId() unless a test says otherwise).
    void setBootId(const QString &bootId) { m_clock.setBootId(bootId); }
    qint64 monotonicNowMs() const { return m_clock.monotonicNowMs(); }
    QDateTime wallNowUtc() const { return m_clock.wallNowUtc(); }
    int secondsRemaining(const TrackedRecording &recording) const
    {
        return recording.secondsRemaining(monotonicNowMs());
    }
    // When it ends, as a clock on the wall shows it now.
    QDateTime endsAtUtc(const TrackedRecording &recording) const { return m_clock.endsAtUtc(recording); }

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
    const QVector<TrackedRecording> &pending() const { return m_pending.all(); }
    const TrackedRecording *pendingForUser(const QString &userId) const;

    // Writes the recording to the ledger, then announces it (recordingAnnounced). With a group
    // commit delay, recordings accepted close together share one write, off the window's thread:
    // a thousand answers in a bulk start cost a few fsyncs, not a thousand. Until announced, a
    // recording already counts for activeForUser() and activeByContact(), and is in every write of
    // the ledger. Its countdown runs from its intent's, the moment the (first) request left.
    void track(TrackedRecording recording);
    void setGroupCommitMs(int milliseconds) { m_writer.setGroupCommitMs(milliseconds); }
    void finish(qint64 contactId, TrackedRecording::EndReason reason);
    // A supervisor pressed Stop on an active recording: the ledger keeps it until CXone answers, so
    // that a sign-out or a quit that keeps the request from leaving cannot lose it.
    void requestStop(qint64 contactId, const QString &supervisor);
    // The supervisor cancelled the Stop, or was told it failed and may press it again; or CXone
    // answered a Stop of another station's recording. Nothing of it is left to send.
    void withdrawStopRequest(qint64 contactId);
    // Another station's recording (SiteRecording::toTracked()), with secondsLeft on the registry's
    // countdown: written to the ledger before its Stop leaves, so that a quit, a sign-out or a crash
    // before CXone answers cannot lose the Stop. Kept until CXone answers it, or until the
    // recording has ended by itself, a grace period past its end (RecordingHistory::kGraceMs).
    void keepStopElsewhere(TrackedRecording recording, int secondsLeft, const QString &supervisor);
    const TrackedRecording *stopElsewhere(qint64 contactId) const;
    // CXone answered it, or it can no longer be sent: written at once, so that a crash cannot send
    // an answered Stop again.
    void forgetStopElsewhere(qint64 contactId);
    // Kept Stops of other stations' recordings whose end, and its grace period, are past.
    QVector<TrackedRecording> stopsElsewhereEnded() const;
    // Recordings whose Stop is kept, not yet answered by CXone: this station's, then other stations'.
    QVector<TrackedRecording> keptStops() const;
    // Notes where the audit trail now stands; written with the next ledger write (group commit).
    void noteAuditHead(const AuditHead &head);
    AuditHead auditHead() const { return m_auditHead; }

    const QVector<TrackedRecording> &active() const { return m_active.announced(); }
    const QVector<TrackedRecording> &history() const { return m_history.all(); }
    const TrackedRecording *activeForUser(const QString &userId) const;
    const TrackedRecording *activeByContact(qint64 contactId) const;
    // A recording whose countdown ended within the grace period (RecordingHistory::kGraceMs).
    const TrackedRecording *recentlyEnded(qint64 contactId) const;
    bool hasUnsavedChanges() const { return m_writer.hasUnsavedChanges(); }

    // Ends what has elapsed, retries a failed save, and lets views repaint their countdowns.
    void tick();

Q_SIGNALS:
    // saved: false when the ledger could not be written; the recording is still tracked in memory
    // and saving is retried on every tick, but the supervisor must be warned.
    void recordingAnnounced(const TrackedRecording &recording, bool saved);
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
    // The state to write, with these pending starts.
    RecordingLedger::Contents snapshot(const QVector<TrackedRecording> &pending) const;
    void scheduleCommit();
    void commitNow();
    void commitInBackground();
    // Moves the recordings accepted up to the 'covered'-th (ActiveRecordings::acceptedCount) to
    // the active list, in order: a write covers those accepted before it.
    void announceUpTo(qint64 covered, bool saved);
    void toHistory(TrackedRecording recording, TrackedRecording::EndReason reason);
    qsizetype indexOfStopElsewhere(qint64 contactId) const; // -1: none kept for it

    RecordingLedger *m_ledger;
    LedgerWriter m_writer;
    RecordingClock m_clock;
    QTimer m_ticker;
    PendingStarts m_pending;
    ActiveRecordings m_active;
    RecordingHistory m_history;
    QVector<TrackedRecording> m_stopsElsewhere;
    AuditHead m_auditHead;
};
