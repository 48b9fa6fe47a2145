// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingTracker.h"

#include "logging/LogRedaction.h"
#include "recording/RestoredRecordings.h"

#include <algorithm>

RecordingTracker::RecordingTracker(RecordingLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_writer(ledger)
{
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &RecordingTracker::tick);
    connect(&m_writer, &LedgerWriter::groupCommitDue, this, &RecordingTracker::commitInBackground);
    connect(&m_writer, &LedgerWriter::writtenInBackground, this, &RecordingTracker::announceUpTo);
    connect(&m_writer, &LedgerWriter::persistenceFailed, this, [this](const QString &error) {
        keepTicking(); // keeps retrying even when nothing is counting down
        Q_EMIT persistenceFailed(error);
    });
    connect(&m_writer, &LedgerWriter::persistenceRestored, this, &RecordingTracker::persistenceRestored);
}

RecordingTracker::~RecordingTracker()
{
    // The writes under way finish first; their answers, queued to the writer, go with it.
    m_writer.waitForBackgroundWrites();
    if (m_writer.hasWorkLeft() || m_active.hasUnannounced()) {
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

RecordingLedger::LoadResult RecordingTracker::restore()
{
    RecordingLedger::LoadResult result = m_ledger->load();
    RestoredRecordings restored = RestoredRecordings::place(result, m_clock, RecordingHistory::kGraceMs);
    m_pending.assign(std::move(restored.pending));
    m_active.assign(std::move(restored.active));
    m_history.assign(std::move(restored.history), std::move(restored.countdownEnds));
    m_stopsElsewhere = std::move(restored.stopsElsewhere);
    m_auditHead = result.contents.auditHead;
    if (result.status == RecordingLedger::LoadStatus::Loaded && restored.changed) {
        persist();
    }
    if (!m_active.isEmpty() || !m_pending.isEmpty() || !m_stopsElsewhere.isEmpty()) {
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
    QVector<TrackedRecording> withIntents = m_pending.all() + intents;
    QString saveError;
    if (!m_writer.writeOrRefuse(snapshot(withIntents), &saveError)) {
        // Nothing is sent that the ledger does not hold: the caller reports the failure instead.
        qCWarning(lcRecording) << "could not write the start intents:" << saveError;
        if (error) {
            *error = saveError;
        }
        return false;
    }
    m_pending.assign(withIntents);
    keepTicking();
    for (const TrackedRecording &intent : std::as_const(intents)) {
        Q_EMIT pendingChanged(intent.userId);
    }
    return true;
}

const TrackedRecording *RecordingTracker::pendingForUser(const QString &userId) const
{
    return m_pending.forUser(userId);
}

void RecordingTracker::markSent(const QString &userId)
{
    if (TrackedRecording *intent = m_pending.forUser(userId)) {
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
    TrackedRecording *intent = m_pending.forUser(userId);
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
    if (TrackedRecording *intent = m_pending.forUser(userId)) {
        intent->stopRequested = true;
        intent->stopRequestedBy = supervisor;
        persist();
        Q_EMIT pendingChanged(userId);
    }
}

void RecordingTracker::dropPending(const QStringList &userIds)
{
    if (m_pending.remove(userIds) == 0) {
        return;
    }
    persist();
    for (const QString &userId : userIds) {
        Q_EMIT pendingChanged(userId);
    }
}

void RecordingTracker::forget(const QString &userId)
{
    const std::optional<TrackedRecording> forgotten = m_pending.take(userId);
    if (!forgotten) {
        return;
    }
    toHistory(*forgotten, TrackedRecording::EndReason::Forgotten);
    Q_EMIT pendingChanged(userId);
}

void RecordingTracker::track(TrackedRecording recording)
{
    if (const TrackedRecording *intent = pendingForUser(recording.userId)) {
        // On the first request's clock: it ends when it was first meant to, whichever request started it.
        recording.startedAtUtc = intent->startedAtUtc;
        recording.deadlineMs = intent->deadlineMs;
        m_pending.take(recording.userId);
        Q_EMIT pendingChanged(recording.userId);
    } else if (recording.deadlineMs == 0) {
        recording.endsAtUtc = recording.startedAtUtc.addSecs(recording.durationSeconds);
        m_clock.setDeadlineFromWallClock(&recording);
    }
    m_active.accept(recording);
    scheduleCommit();
}

void RecordingTracker::noteAuditHead(const AuditHead &head)
{
    m_auditHead = head;
    scheduleCommit();
}

void RecordingTracker::scheduleCommit()
{
    if (m_writer.groupsCommits()) {
        m_writer.scheduleGroupCommit();
    } else {
        commitNow();
    }
}

void RecordingTracker::commitNow()
{
    m_writer.cancelGroupCommit();
    announceUpTo(m_active.acceptedCount(), persist());
}

void RecordingTracker::commitInBackground()
{
    m_writer.writeInBackground(snapshot(m_pending.all()), m_active.acceptedCount());
}

void RecordingTracker::announceUpTo(qint64 covered, bool saved)
{
    if (m_active.announcedCount() < covered && m_active.hasUnannounced()) {
        keepTicking();
    }
    // One at a time, so a model listening to recordingAnnounced sees exactly one new last row.
    while (m_active.announcedCount() < covered && m_active.hasUnannounced()) {
        Q_EMIT recordingAnnounced(m_active.announceNext(), saved);
    }
}

void RecordingTracker::finish(qint64 contactId, TrackedRecording::EndReason reason)
{
    if (m_active.hasUnannounced()) {
        commitNow(); // a recording is announced as started before it can be announced as ended
    }
    std::optional<TrackedRecording> ended = m_active.take(contactId);
    if (!ended) {
        return;
    }
    m_history.noteCountdownEnd(contactId, monotonicNowMs());
    toHistory(*ended, reason);
}

void RecordingTracker::toHistory(TrackedRecording recording, TrackedRecording::EndReason reason)
{
    recording.endsAtUtc = endsAtUtc(recording);
    recording.endReason = reason;
    recording.endedAtUtc = wallNowUtc();
    m_history.add(recording);
    persist();
    if (m_active.isEmpty() && m_pending.isEmpty() && m_stopsElsewhere.isEmpty() && !m_writer.hasUnsavedChanges()) {
        m_ticker.stop();
    }
    Q_EMIT recordingEnded(recording);
}

const TrackedRecording *RecordingTracker::activeForUser(const QString &userId) const
{
    return m_active.forUser(userId);
}

void RecordingTracker::requestStop(qint64 contactId, const QString &supervisor)
{
    TrackedRecording *recording = m_active.byContact(contactId);
    if (!recording || (recording->stopRequested && recording->stopRequestedBy == supervisor)) {
        return;
    }
    recording->stopRequested = true;
    recording->stopRequestedBy = supervisor;
    scheduleCommit(); // a "stop all" of a thousand recordings costs a few writes, not a thousand
}

void RecordingTracker::withdrawStopRequest(qint64 contactId)
{
    forgetStopElsewhere(contactId);
    TrackedRecording *recording = m_active.byContact(contactId);
    if (!recording || !recording->stopRequested) {
        return;
    }
    recording->stopRequested = false;
    recording->stopRequestedBy.clear();
    scheduleCommit();
}

void RecordingTracker::keepStopElsewhere(TrackedRecording recording, int secondsLeft, const QString &supervisor)
{
    recording.stopRequested = true;
    recording.stopRequestedBy = supervisor;
    recording.deadlineMs = monotonicNowMs() + 1000LL * secondsLeft; // on this tracker's clock from now on
    if (const qsizetype kept = indexOfStopElsewhere(recording.contactId); kept >= 0) {
        m_stopsElsewhere[kept] = recording;
    } else {
        m_stopsElsewhere.append(recording);
    }
    // Rare, and wanted on disk before the Stop leaves. Should the write fail, the Stop still goes
    // (the supervisor means it), the banner says the ledger is not saved, and each tick tries again.
    persist();
    keepTicking();
}

void RecordingTracker::forgetStopElsewhere(qint64 contactId)
{
    if (const qsizetype kept = indexOfStopElsewhere(contactId); kept >= 0) {
        m_stopsElsewhere.removeAt(kept);
        persist();
    }
}

QVector<TrackedRecording> RecordingTracker::stopsElsewhereEnded() const
{
    const qint64 now = monotonicNowMs();
    QVector<TrackedRecording> ended;
    for (const TrackedRecording &recording : m_stopsElsewhere) {
        if (recording.deadlineMs + RecordingHistory::kGraceMs <= now) {
            ended.append(recording);
        }
    }
    return ended;
}

const TrackedRecording *RecordingTracker::stopElsewhere(qint64 contactId) const
{
    const qsizetype kept = indexOfStopElsewhere(contactId);
    return kept >= 0 ? &m_stopsElsewhere.at(kept) : nullptr;
}

qsizetype RecordingTracker::indexOfStopElsewhere(qint64 contactId) const
{
    const auto kept = std::find_if(m_stopsElsewhere.cbegin(), m_stopsElsewhere.cend(),
        [contactId](const TrackedRecording &recording) { return recording.contactId == contactId; });
    return kept != m_stopsElsewhere.cend() ? kept - m_stopsElsewhere.cbegin() : -1;
}

QVector<TrackedRecording> RecordingTracker::keptStops() const { return m_active.stopsRequested() + m_stopsElsewhere; }

const TrackedRecording *RecordingTracker::activeByContact(qint64 contactId) const
{
    return m_active.byContact(contactId);
}

const TrackedRecording *RecordingTracker::recentlyEnded(qint64 contactId) const
{
    return m_history.recentlyEnded(contactId, monotonicNowMs());
}

void RecordingTracker::tick()
{
    const qint64 now = monotonicNowMs();
    QVector<qint64> elapsed;
    for (const TrackedRecording &recording : m_active.announced()) {
        if (recording.deadlineMs <= now) {
            elapsed.append(recording.contactId);
        }
    }
    for (qint64 contactId : std::as_const(elapsed)) {
        finish(contactId, TrackedRecording::EndReason::Elapsed);
    }
    // CXone ends a recording by itself at its duration: an unconfirmed start cannot outlive it.
    for (const TrackedRecording &intent : m_pending.takeElapsed(now)) {
        toHistory(intent, TrackedRecording::EndReason::UnconfirmedElapsed);
        Q_EMIT pendingChanged(intent.userId);
    }
    m_history.forgetEndsBeforeGrace(now);
    if (m_writer.hasUnsavedChanges()) {
        persist();
    }
    Q_EMIT ticked();
}

RecordingLedger::Contents RecordingTracker::snapshot(const QVector<TrackedRecording> &pending) const
{
    return { m_clock.projected(pending), m_clock.projected(m_active.all()), m_history.all(),
        m_clock.projected(m_stopsElsewhere), m_auditHead, m_clock.bootId() };
}

bool RecordingTracker::persist(QString *error) { return m_writer.write(snapshot(m_pending.all()), error); }
