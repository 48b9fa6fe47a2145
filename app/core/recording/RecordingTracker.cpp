#include "recording/RecordingTracker.h"

#include "logging/LogRedaction.h"

RecordingTracker::RecordingTracker(RecordingLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &RecordingTracker::tick);
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &RecordingTracker::announce);
}

RecordingLedger::LoadResult RecordingTracker::restore()
{
    RecordingLedger::LoadResult result = m_ledger->load();
    m_active.clear();
    m_pending = result.contents.pending;
    m_auditHead = result.contents.auditHead;
    m_history = result.contents.history;
    const QDateTime now = nowUtc();
    for (TrackedRecording recording : std::as_const(result.contents.active)) {
        // Wall-clock time decides, not how long Vigie was closed.
        if (recording.endsAtUtc() <= now) {
            recording.endReason = TrackedRecording::EndReason::EndedWhileClosed;
            recording.endedAtUtc = recording.endsAtUtc();
            m_history.prepend(recording);
        } else {
            m_active.append(recording);
        }
    }
    reindex();
    if (result.status == RecordingLedger::LoadStatus::Loaded && m_active.size() != result.contents.active.size()) {
        persist();
    }
    if (!m_active.isEmpty()) {
        m_ticker.start();
    }
    return result;
}

bool RecordingTracker::notePending(const QVector<TrackedRecording> &intents)
{
    for (TrackedRecording pending : intents) {
        pending.awaitingContactId = true;
        m_pending.append(pending);
    }
    return persist();
}

void RecordingTracker::dropPending(const QString &userId)
{
    const auto removed = m_pending.removeIf([&userId](const TrackedRecording &r) { return r.userId == userId; });
    if (removed > 0) {
        persist();
    }
}

void RecordingTracker::track(const TrackedRecording &recording)
{
    m_pending.removeIf([&recording](const TrackedRecording &r) { return r.userId == recording.userId; });
    m_unannounced.append(recording);
    if (m_groupCommitMs <= 0) {
        announce();
    } else if (!m_commitTimer.isActive()) {
        m_commitTimer.start(m_groupCommitMs);
    }
}

void RecordingTracker::announce()
{
    m_commitTimer.stop();
    const bool saved = persist();
    m_ticker.start();
    // One at a time, so a model listening to recordingAdded sees exactly one new last row.
    while (!m_unannounced.isEmpty()) {
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
        announce(); // a recording is announced as started before it can be announced as ended
    }
    const int row = m_activeRowByContact.value(contactId, -1);
    if (row < 0) {
        return;
    }
    TrackedRecording ended = m_active.takeAt(row);
    reindex();
    ended.endReason = reason;
    ended.endedAtUtc = reason == TrackedRecording::EndReason::Elapsed ? ended.endsAtUtc() : nowUtc();
    m_history.prepend(ended);
    if (m_history.size() > kHistoryLimit) {
        m_history.resize(kHistoryLimit);
    }
    persist();
    if (m_active.isEmpty() && !m_dirty) {
        m_ticker.stop();
    }
    Q_EMIT recordingEnded(ended);
}

void RecordingTracker::noteAuditHead(const AuditHead &head)
{
    m_auditHead = head;
    if (m_groupCommitMs <= 0) {
        announce();
    } else if (!m_commitTimer.isActive()) {
        m_commitTimer.start(m_groupCommitMs);
    }
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

void RecordingTracker::tick()
{
    const QDateTime now = nowUtc();
    QVector<qint64> elapsed;
    for (const TrackedRecording &recording : std::as_const(m_active)) {
        if (recording.endsAtUtc() <= now) {
            elapsed.append(recording.contactId);
        }
    }
    for (qint64 contactId : std::as_const(elapsed)) {
        finish(contactId, TrackedRecording::EndReason::Elapsed);
    }
    if (m_dirty) {
        persist();
    }
    Q_EMIT ticked(now);
}

bool RecordingTracker::persist()
{
    QString error;
    const bool wasDirty = m_dirty;
    m_dirty = !m_ledger->save({ m_pending, m_active + m_unannounced, m_history, m_auditHead }, &error);
    if (m_dirty) {
        qCWarning(lcRecording) << "could not write the recording ledger:" << error;
        m_ticker.start(); // keeps retrying even when nothing is counting down
        if (!wasDirty) {
            Q_EMIT persistenceFailed(error);
        }
    } else if (wasDirty) {
        Q_EMIT persistenceRestored();
    }
    return !m_dirty;
}
