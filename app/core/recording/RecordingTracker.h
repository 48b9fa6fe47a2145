#pragma once

#include "recording/RecordingLedger.h"
#include "recording/TrackedRecording.h"

#include <QObject>
#include <QTimer>

#include <functional>

// Every active recording by contactId, its countdown, and the recent history. Changes are
// written to the ledger before they are announced; one timer drives every countdown.
class RecordingTracker : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kHistoryLimit = 500;

    explicit RecordingTracker(RecordingLedger *ledger, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime nowUtc() const { return m_clock(); }

    // Reads the ledger; recordings whose end passed while Vigie was closed move to history.
    RecordingLedger::LoadResult restore();

    // Notes starts about to be sent (no contactId yet), in one write however many there are;
    // track() or dropPending() settles each.
    bool notePending(const QVector<TrackedRecording> &intents);
    void dropPending(const QString &userId);
    const QVector<TrackedRecording> &pending() const { return m_pending; }

    // Writes the recording to the ledger, then announces it (recordingAdded). With a group
    // commit delay, recordings accepted close together share one write: a thousand answers in a
    // bulk start cost a few fsyncs, not a thousand. Until announced, a recording already counts
    // for activeForUser() and activeByContact(), and is in every write of the ledger.
    void track(const TrackedRecording &recording);
    void setGroupCommitMs(int milliseconds) { m_groupCommitMs = milliseconds; }
    void finish(qint64 contactId, TrackedRecording::EndReason reason);
    // Notes where the audit trail now stands; written with the next ledger write (group commit).
    void noteAuditHead(const AuditHead &head);
    AuditHead auditHead() const { return m_auditHead; }

    const QVector<TrackedRecording> &active() const { return m_active; }
    const QVector<TrackedRecording> &history() const { return m_history; }
    const TrackedRecording *activeForUser(const QString &userId) const;
    const TrackedRecording *activeByContact(qint64 contactId) const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // Ends what has elapsed, retries a failed save, and lets views repaint their countdowns.
    void tick();

Q_SIGNALS:
    // saved: false when the ledger could not be written; the recording is still tracked in memory
    // and saving is retried on every tick, but the supervisor must be warned.
    void recordingAdded(const TrackedRecording &recording, bool saved);
    void recordingEnded(const TrackedRecording &recording);
    void ticked(const QDateTime &nowUtc);
    void persistenceFailed(const QString &error);
    void persistenceRestored();

private:
    bool persist();
    void announce();
    void reindex();

    RecordingLedger *m_ledger;
    Clock m_clock;
    QTimer m_ticker;
    QVector<TrackedRecording> m_pending;
    QVector<TrackedRecording> m_active;
    QVector<TrackedRecording> m_unannounced;
    // Rows of m_active: the agent table asks for every painted cell and every sort comparison.
    QHash<QString, int> m_activeRowByUser;
    QHash<qint64, int> m_activeRowByContact;
    QTimer m_commitTimer;
    int m_groupCommitMs = 0;
    QVector<TrackedRecording> m_history;
    AuditHead m_auditHead;
    bool m_dirty = false;
};
