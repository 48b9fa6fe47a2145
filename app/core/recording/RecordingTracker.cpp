// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingTracker.h"

#include "logging/LogRedaction.h"
#include "system/SystemClock.h"

namespace {
// Each recording's end as the wall clock shows it now: what a restart will go by.
QVector<TrackedRecording> projected(QVector<TrackedRecording> recordings, qint64 monotonicNow, const QDateTime &wallNow)
{
    for (TrackedRecording &recording : recordings) {
        recording.endsAtUtc = wallNow.addMSecs(qMax<qint64>(0, recording.deadlineMs - monotonicNow));
    }
    return recordings;
}
} // namespace

RecordingTracker::RecordingTracker(RecordingLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_monotonic(&SystemClock::sinceBootMs)
    , m_wall([] { return QDateTime::currentDateTimeUtc(); })
    , m_bootId(SystemClock::bootId())
{
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &RecordingTracker::tick);
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &RecordingTracker::commitInBackground);
    m_writer.setMaxThreadCount(1);
}

RecordingTracker::~RecordingTracker()
{
    // The writes under way finish first; their answers, queued to this object, go with it.
    m_writer.waitForDone();
    if (m_commitTimer.isActive() || m_dirty || !m_unannounced.isEmpty() || m_unansweredWrites > 0) {
        persist();
    }
}

void RecordingTracker::keepTicking()
{
    // QTimer::start() on a running timer starts its second again: answers arriving less than a
    // second apart (a bulk start) would keep every countdown from ticking.
    if (!m_ticker.isActive()) {
        m_ticker.start();
    }
}

void RecordingTracker::setClocks(MonotonicClock monotonic, WallClock wall)
{
    m_monotonic = std::move(monotonic);
    m_wall = std::move(wall);
}

int RecordingTracker::secondsRemaining(const TrackedRecording &recording) const
{
    return recording.secondsRemaining(monotonicNowMs());
}

QDateTime RecordingTracker::endsAtUtc(const TrackedRecording &recording) const
{
    return wallNowUtc().addMSecs(qMax<qint64>(0, recording.deadlineMs - monotonicNowMs()));
}

void RecordingTracker::setDeadlineFromWallClock(TrackedRecording *recording) const
{
    // Clamped: a clock set back while Vigie was closed cannot stretch a recording past its duration.
    const qint64 remainingMs
        = qBound<qint64>(0, wallNowUtc().msecsTo(recording->endsAtUtc), qint64(recording->durationSeconds) * 1000);
    recording->deadlineMs = monotonicNowMs() + remainingMs;
}

void RecordingTracker::placeAfterRestart(TrackedRecording *recording, bool sameBoot) const
{
    if (sameBoot && recording->deadlineMs != 0) {
        const qint64 now = monotonicNowMs();
        recording->deadlineMs = qBound(now, recording->deadlineMs, now + qint64(recording->durationSeconds) * 1000);
        return;
    }
    setDeadlineFromWallClock(recording);
}

void RecordingTracker::rememberCountdownEnd(const TrackedRecording &ended)
{
    // A Stop's answer said CXone ended it; only a countdown's end leaves CXone's clock behind ours.
    const bool countdownEnded = ended.endReason == TrackedRecording::EndReason::Elapsed
        || ended.endReason == TrackedRecording::EndReason::EndedWhileClosed;
    if (countdownEnded && ended.contactId != 0 && ended.deadlineMs != 0
        && monotonicNowMs() - ended.deadlineMs <= kGraceMs && !m_endedAtMonotonic.contains(ended.contactId)) {
        m_endedAtMonotonic.insert(ended.contactId, ended.deadlineMs);
    }
}

RecordingLedger::LoadResult RecordingTracker::restore()
{
    RecordingLedger::LoadResult result = m_ledger->load();
    m_active.clear();
    m_pending.clear();
    m_history = result.contents.history;
    m_auditHead = result.contents.auditHead;
    m_endedAtMonotonic.clear();
    bool changed = result.unreadableEntries > 0;
    const bool sameBoot = !m_bootId.isEmpty() && result.contents.bootId == m_bootId;
    if (sameBoot) {
        // Their deadlines are on this boot's clock: the grace period goes on across the restart.
        for (const TrackedRecording &ended : std::as_const(m_history)) {
            rememberCountdownEnd(ended);
        }
    }
    for (TrackedRecording intent : std::as_const(result.contents.pending)) {
        placeAfterRestart(&intent, sameBoot);
        // Whether the request left before the crash is unknown: CXone may be recording.
        intent.confirmation = TrackedRecording::Confirmation::Unconfirmed;
        if (intent.secondsRemaining(monotonicNowMs()) == 0) {
            intent.endReason = TrackedRecording::EndReason::UnconfirmedElapsed;
            intent.endedAtUtc = intent.endsAtUtc;
            m_history.prepend(intent);
            changed = true;
        } else {
            m_pending.append(intent);
        }
    }
    for (TrackedRecording recording : std::as_const(result.contents.active)) {
        placeAfterRestart(&recording, sameBoot);
        if (recording.secondsRemaining(monotonicNowMs()) == 0) {
            recording.endReason = TrackedRecording::EndReason::EndedWhileClosed;
            recording.endedAtUtc = recording.endsAtUtc;
            rememberCountdownEnd(recording); // placed on this boot's clock, at the latest now
            m_history.prepend(recording);
            changed = true;
        } else {
            m_active.append(recording);
        }
    }
    reindex();
    if (result.status == RecordingLedger::LoadStatus::Loaded && changed) {
        persist();
    }
    if (!m_active.isEmpty() || !m_pending.isEmpty()) {
        keepTicking();
    }
    return result;
}

bool RecordingTracker::notePending(QVector<TrackedRecording> intents, QString *error)
{
    const qint64 now = monotonicNowMs();
    const QDateTime wallNow = wallNowUtc();
    for (TrackedRecording &intent : intents) {
        intent.contactId = 0;
        intent.confirmation = TrackedRecording::Confirmation::Queued;
        intent.startedAtUtc = wallNow;
        intent.deadlineMs = now + qint64(intent.durationSeconds) * 1000;
    }
    QVector<TrackedRecording> withIntents = m_pending + intents;
    const RecordingLedger::Contents contents = snapshot(withIntents);
    QString saveError;
    const bool saved = m_ledger->save(contents, &saveError);
    if (!saved) {
        // Nothing is sent that the ledger does not hold: the caller reports the failure instead.
        qCWarning(lcRecording) << "could not write the start intents:" << saveError;
        if (error) {
            *error = saveError;
        }
        return false;
    }
    noteSaveResult(contents.generation, true, {}); // the whole state is on disk
    m_pending = withIntents;
    keepTicking();
    for (const TrackedRecording &intent : std::as_const(intents)) {
        Q_EMIT pendingChanged(intent.userId);
    }
    return true;
}

TrackedRecording *RecordingTracker::mutablePending(const QString &userId)
{
    const auto it = std::find_if(
        m_pending.begin(), m_pending.end(), [&userId](const TrackedRecording &r) { return r.userId == userId; });
    return it == m_pending.end() ? nullptr : &*it;
}

const TrackedRecording *RecordingTracker::pendingForUser(const QString &userId) const
{
    return const_cast<RecordingTracker *>(this)->mutablePending(userId);
}

void RecordingTracker::markSent(const QString &userId)
{
    if (TrackedRecording *intent = mutablePending(userId)) {
        if (intent->confirmation == TrackedRecording::Confirmation::Queued) {
            intent->confirmation = TrackedRecording::Confirmation::Sending;
        }
        intent->startedAtUtc = wallNowUtc();
        intent->deadlineMs = monotonicNowMs() + qint64(intent->durationSeconds) * 1000;
        scheduleCommit(); // the intent on disk already covers the request; this only sharpens its times
    }
}

void RecordingTracker::markUnconfirmed(const QString &userId)
{
    TrackedRecording *intent = mutablePending(userId);
    if (!intent || intent->confirmation == TrackedRecording::Confirmation::Unconfirmed) {
        return;
    }
    intent->confirmation = TrackedRecording::Confirmation::Unconfirmed;
    intent->endsAtUtc = endsAtUtc(*intent);
    persist();
    Q_EMIT pendingChanged(userId);
}

void RecordingTracker::setStopRequested(const QString &userId, const QString &supervisor)
{
    if (TrackedRecording *intent = mutablePending(userId)) {
        intent->stopRequested = true;
        intent->stopRequestedBy = supervisor;
        persist();
        Q_EMIT pendingChanged(userId);
    }
}

void RecordingTracker::dropPending(const QStringList &userIds)
{
    const auto removed
        = m_pending.removeIf([&userIds](const TrackedRecording &r) { return userIds.contains(r.userId); });
    if (removed == 0) {
        return;
    }
    persist();
    for (const QString &userId : userIds) {
        Q_EMIT pendingChanged(userId);
    }
}

void RecordingTracker::forget(const QString &userId)
{
    const TrackedRecording *intent = pendingForUser(userId);
    if (!intent) {
        return;
    }
    const TrackedRecording forgotten = *intent;
    m_pending.removeIf([&userId](const TrackedRecording &r) { return r.userId == userId; });
    toHistory(forgotten, TrackedRecording::EndReason::Forgotten);
    Q_EMIT pendingChanged(userId);
}

void RecordingTracker::track(TrackedRecording recording)
{
    if (const TrackedRecording *intent = pendingForUser(recording.userId)) {
        // On the first request's clock: it ends when it was first meant to, whichever request started it.
        recording.startedAtUtc = intent->startedAtUtc;
        recording.deadlineMs = intent->deadlineMs;
        m_pending.removeIf([&recording](const TrackedRecording &r) { return r.userId == recording.userId; });
        Q_EMIT pendingChanged(recording.userId);
    } else if (recording.deadlineMs == 0) {
        recording.endsAtUtc = recording.startedAtUtc.addSecs(recording.durationSeconds);
        setDeadlineFromWallClock(&recording);
    }
    m_unannounced.append(recording);
    scheduleCommit();
}

void RecordingTracker::noteAuditHead(const AuditHead &head)
{
    m_auditHead = head;
    scheduleCommit();
}

void RecordingTracker::scheduleCommit()
{
    if (m_groupCommitMs <= 0) {
        commitNow();
    } else if (!m_commitTimer.isActive()) {
        m_commitTimer.start(m_groupCommitMs);
    }
}

void RecordingTracker::commitNow()
{
    m_commitTimer.stop();
    announceUpTo(trackedCount(), persist());
}

void RecordingTracker::commitInBackground()
{
    const RecordingLedger::Contents contents = snapshot(m_pending);
    const qint64 covered = trackedCount();
    ++m_unansweredWrites;
    m_writer.start([this, ledger = m_ledger, contents, covered] {
        QString error;
        const bool saved = ledger->save(contents, &error);
        QMetaObject::invokeMethod(
            this, [this, contents, covered, saved, error] { committed(contents.generation, covered, saved, error); },
            Qt::QueuedConnection);
    });
}

void RecordingTracker::committed(quint64 generation, qint64 covered, bool saved, const QString &error)
{
    --m_unansweredWrites;
    // A newer snapshot on disk holds whatever this one could not write.
    const bool onDisk = saved || generation < m_ledger->newestSaved();
    noteSaveResult(generation, saved, error);
    announceUpTo(covered, onDisk);
}

void RecordingTracker::announceUpTo(qint64 covered, bool saved)
{
    if (m_announcedCount < covered && !m_unannounced.isEmpty()) {
        keepTicking();
    }
    // One at a time, so a model listening to recordingAdded sees exactly one new last row.
    while (m_announcedCount < covered && !m_unannounced.isEmpty()) {
        ++m_announcedCount;
        m_active.append(m_unannounced.takeFirst());
        const int row = int(m_active.size()) - 1;
        m_activeRowByUser.insert(m_active.last().userId, row);
        m_activeRowByContact.insert(m_active.last().contactId, row);
        Q_EMIT recordingAdded(m_active.last(), saved);
    }
}

void RecordingTracker::finish(qint64 contactId, TrackedRecording::EndReason reason)
{
    if (!m_unannounced.isEmpty()) {
        commitNow(); // a recording is announced as started before it can be announced as ended
    }
    const int row = m_activeRowByContact.value(contactId, -1);
    if (row < 0) {
        return;
    }
    TrackedRecording ended = m_active.takeAt(row);
    reindex();
    m_endedAtMonotonic.insert(contactId, monotonicNowMs());
    toHistory(ended, reason);
}

void RecordingTracker::toHistory(TrackedRecording recording, TrackedRecording::EndReason reason)
{
    recording.endsAtUtc = endsAtUtc(recording);
    recording.endReason = reason;
    recording.endedAtUtc = wallNowUtc();
    m_history.prepend(recording);
    if (m_history.size() > kHistoryLimit) {
        m_history.resize(kHistoryLimit);
    }
    persist();
    if (m_active.isEmpty() && m_pending.isEmpty() && !m_dirty) {
        m_ticker.stop();
    }
    Q_EMIT recordingEnded(recording);
}

void RecordingTracker::reindex()
{
    m_activeRowByUser.clear();
    m_activeRowByContact.clear();
    for (int row = 0; row < m_active.size(); ++row) {
        m_activeRowByUser.insert(m_active.at(row).userId, row);
        m_activeRowByContact.insert(m_active.at(row).contactId, row);
    }
}

const TrackedRecording *RecordingTracker::activeForUser(const QString &userId) const
{
    const int row = m_activeRowByUser.value(userId, -1);
    if (row >= 0) {
        return &m_active.at(row);
    }
    // Accepted but not yet announced: a handful at most, for one group commit.
    const auto it = std::find_if(m_unannounced.cbegin(), m_unannounced.cend(),
        [&userId](const TrackedRecording &r) { return r.userId == userId; });
    return it == m_unannounced.cend() ? nullptr : &*it;
}

void RecordingTracker::requestStop(qint64 contactId, const QString &supervisor)
{
    TrackedRecording *recording = mutableActiveByContact(contactId);
    if (!recording || (recording->stopRequested && recording->stopRequestedBy == supervisor)) {
        return;
    }
    recording->stopRequested = true;
    recording->stopRequestedBy = supervisor;
    scheduleCommit(); // a "stop all" of a thousand recordings costs a few writes, not a thousand
}

void RecordingTracker::withdrawStopRequest(qint64 contactId)
{
    TrackedRecording *recording = mutableActiveByContact(contactId);
    if (!recording || !recording->stopRequested) {
        return;
    }
    recording->stopRequested = false;
    recording->stopRequestedBy.clear();
    scheduleCommit();
}

QVector<TrackedRecording> RecordingTracker::keptStops() const
{
    QVector<TrackedRecording> kept;
    for (const QVector<TrackedRecording> *list : { &m_active, &m_unannounced }) {
        for (const TrackedRecording &recording : *list) {
            if (recording.stopRequested) {
                kept.append(recording);
            }
        }
    }
    return kept;
}

TrackedRecording *RecordingTracker::mutableActiveByContact(qint64 contactId)
{
    return const_cast<TrackedRecording *>(activeByContact(contactId));
}

const TrackedRecording *RecordingTracker::activeByContact(qint64 contactId) const
{
    const int row = m_activeRowByContact.value(contactId, -1);
    if (row >= 0) {
        return &m_active.at(row);
    }
    const auto it = std::find_if(m_unannounced.cbegin(), m_unannounced.cend(),
        [contactId](const TrackedRecording &r) { return r.contactId == contactId; });
    return it == m_unannounced.cend() ? nullptr : &*it;
}

const TrackedRecording *RecordingTracker::recentlyEnded(qint64 contactId) const
{
    const auto endedAt = m_endedAtMonotonic.constFind(contactId);
    if (endedAt == m_endedAtMonotonic.constEnd() || monotonicNowMs() - *endedAt > kGraceMs) {
        return nullptr;
    }
    const auto it = std::find_if(m_history.cbegin(), m_history.cend(),
        [contactId](const TrackedRecording &r) { return r.contactId == contactId; });
    return it == m_history.cend() ? nullptr : &*it;
}

void RecordingTracker::tick()
{
    const qint64 now = monotonicNowMs();
    QVector<qint64> elapsed;
    for (const TrackedRecording &recording : std::as_const(m_active)) {
        if (recording.deadlineMs <= now) {
            elapsed.append(recording.contactId);
        }
    }
    for (qint64 contactId : std::as_const(elapsed)) {
        finish(contactId, TrackedRecording::EndReason::Elapsed);
    }
    // CXone ends a recording by itself at its duration: an unconfirmed start cannot outlive it.
    // A queued start has not reached CXone: its whole duration still lies ahead, however long it
    // waits for a connection.
    for (TrackedRecording &intent : m_pending) {
        if (intent.confirmation == TrackedRecording::Confirmation::Queued) {
            intent.deadlineMs = now + qint64(intent.durationSeconds) * 1000;
        }
    }
    QVector<TrackedRecording> timedOut;
    m_pending.removeIf([&](const TrackedRecording &intent) {
        const bool over = intent.deadlineMs <= now;
        if (over) {
            timedOut.append(intent);
        }
        return over;
    });
    for (const TrackedRecording &intent : std::as_const(timedOut)) {
        toHistory(intent, TrackedRecording::EndReason::UnconfirmedElapsed);
        Q_EMIT pendingChanged(intent.userId);
    }
    m_endedAtMonotonic.removeIf([now](const QHash<qint64, qint64>::iterator it) { return now - *it > kGraceMs; });
    if (m_dirty) {
        persist();
    }
    Q_EMIT ticked();
}

RecordingLedger::Contents RecordingTracker::snapshot(const QVector<TrackedRecording> &pending)
{
    const qint64 now = monotonicNowMs();
    const QDateTime wallNow = wallNowUtc();
    return { projected(pending, now, wallNow), projected(m_active + m_unannounced, now, wallNow), m_history,
        m_auditHead, m_bootId, ++m_generation };
}

bool RecordingTracker::persist(QString *error)
{
    const RecordingLedger::Contents contents = snapshot(m_pending);
    QString saveError;
    const bool saved = m_ledger->save(contents, &saveError);
    noteSaveResult(contents.generation, saved, saveError);
    if (error) {
        *error = saveError;
    }
    return saved;
}

void RecordingTracker::noteSaveResult(quint64 generation, bool saved, const QString &error)
{
    const bool wasDirty = m_dirty;
    if (saved) {
        // Only a snapshot taken after the failed one holds what that one could not write.
        if (wasDirty && generation > m_failedGeneration) {
            m_dirty = false;
            Q_EMIT persistenceRestored();
        }
        return;
    }
    if (generation < m_ledger->newestSaved()) {
        return; // a newer snapshot is on disk: this failure is history
    }
    m_failedGeneration = qMax(m_failedGeneration, generation);
    m_dirty = true;
    qCWarning(lcRecording) << "could not write the recording ledger:" << error;
    keepTicking(); // keeps retrying even when nothing is counting down
    if (!wasDirty) {
        Q_EMIT persistenceFailed(error);
    }
}
