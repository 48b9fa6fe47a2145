// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditRecorder.h"

#include "audit/AuditLog.h"
#include "recording/RecordingController.h"
#include "recording/RecordingTracker.h"

namespace {
AuditEntry entryFor(const TrackedRecording &recording, vigie::AuditAction action, vigie::AuditResult result)
{
    AuditEntry entry;
    entry.action = action;
    entry.result = result;
    entry.agentName = recording.agentName;
    entry.team = recording.teamName;
    entry.scope = recording.scope;
    entry.userId = recording.userId;
    entry.durationSeconds = recording.durationSeconds;
    entry.purpose = recording.purpose;
    entry.contactId = recording.contactId;
    entry.supervisor = recording.startedBy;
    return entry;
}

// An entry about the station's own state rather than a recording: what it is, and its text.
AuditEntry entryAbout(vigie::AuditAction action, vigie::AuditResult result, const QString &detail)
{
    AuditEntry entry;
    entry.action = action;
    entry.result = result;
    entry.detail = detail;
    return entry;
}

AuditEntry entryBy(AuditEntry entry, const QString &supervisor)
{
    entry.supervisor = supervisor;
    return entry;
}

// A start, or the start half of an Extend, which names the recording it replaces.
AuditEntry startEntryFor(const TrackedRecording &recording, vigie::AuditResult result)
{
    const bool extends = recording.replacesContactId != 0;
    AuditEntry entry = entryFor(recording, extends ? vigie::AuditAction::Extend : vigie::AuditAction::Start, result);
    QStringList details;
    if (extends) {
        details.append(QStringLiteral("replaces contact %1").arg(recording.replacesContactId));
    }
    if (!recording.justification.isEmpty()) {
        details.append(QStringLiteral("justification: %1").arg(recording.justification));
    }
    entry.detail = details.join(QStringLiteral("; "));
    return entry;
}
} // namespace

AuditRecorder::AuditRecorder(AuditLog *log, RecordingController *controller, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &AuditRecorder::commit);
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &AuditRecorder::retry);
    controller->setStartWitness(
        [this](const QVector<TrackedRecording> &intents, QString *error) { return recordRequests(intents, error); });
    connect(controller, &RecordingController::started, this,
        [this](const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState, const QString &supervisor) {
            const bool nothingNew
                = kind == vigie::StartKind::AlreadyRunning || kind == vigie::StartKind::RecordedElsewhere;
            const vigie::AuditResult result = nothingNew ? vigie::AuditResult::AlreadyRecording
                : kind == vigie::StartKind::Confirmed    ? vigie::AuditResult::Confirmed
                                                         : vigie::AuditResult::Started;
            AuditEntry entry = entryBy(startEntryFor(recording, result), supervisor);
            if (kind == vigie::StartKind::RecordedElsewhere) {
                // Credited to whoever started it, where: this supervisor created nothing.
                entry.detail = QStringLiteral("recorded by %1 from station %2; nothing new started")
                                   .arg(recording.startedBy, recording.heldByStation);
            }
            write(entry);
        });
    connect(controller, &RecordingController::startFailed, this,
        [this, controller, tracker](
            const QString &userId, const QString &agentName, const StartResult &result, const QString &supervisor) {
            AuditEntry entry;
            // An Extend refused before sending concerns the recording it would have replaced, which goes on.
            if (const TrackedRecording *extended
                = result.extendsContactId != 0 ? tracker->activeByContact(result.extendsContactId) : nullptr) {
                entry = entryFor(*extended, vigie::AuditAction::Extend, vigie::AuditResult::Refused);
                entry.durationSeconds = 0; // what the recording was started for is not what was asked
            }
            entry.supervisor = supervisor;
            entry.scope = controller->scope().auditText();
            entry.action = result.extendsContactId != 0 ? vigie::AuditAction::Extend : vigie::AuditAction::Start;
            entry.contactId = result.extendsContactId;
            // CXone (or Vigie, before sending) said no, as opposed to a start that went wrong.
            entry.result = result.outcome == vigie::ApiOutcome::RefusedByPolicy ? vigie::AuditResult::RefusedByPolicy
                : vigie::isDefiniteRefusal(result.outcome)                      ? vigie::AuditResult::Refused
                                                                                : vigie::AuditResult::Failed;
            entry.agentName = agentName;
            entry.userId = userId;
            entry.detail = vigie::apiOutcomeName(result.outcome) + QStringLiteral(": ") + result.detail;
            write(entry);
        });
    connect(controller, &RecordingController::startsNotSent, this,
        [this](const QVector<TrackedRecording> &intents, const QString &reason) {
            for (const TrackedRecording &intent : intents) {
                AuditEntry entry = startEntryFor(intent, vigie::AuditResult::Cancelled);
                entry.detail = reason;
                write(entry);
            }
        });
    connect(controller, &RecordingController::startUnconfirmed, this,
        [this](const TrackedRecording &intent, const StartResult &result) {
            AuditEntry entry = entryFor(intent, vigie::AuditAction::Start, vigie::AuditResult::Unknown);
            entry.detail = QStringLiteral("answer lost (%1: %2); may be recording until %3")
                               .arg(vigie::apiOutcomeName(result.outcome), result.detail,
                                   intent.endsAtUtc.toString(Qt::ISODate));
            write(entry);
        });
    connect(controller, &RecordingController::stopped, this,
        [this](const TrackedRecording &recording, vigie::StopKind kind, const QString &supervisor) {
            AuditEntry entry = entryBy(entryFor(recording, vigie::AuditAction::Stop,
                                           kind == vigie::StopKind::HadAlreadyEnded ? vigie::AuditResult::AlreadyEnded
                                                                                    : vigie::AuditResult::Stopped),
                supervisor);
            if (!recording.heldByStation.isEmpty()) {
                entry.detail
                    = QStringLiteral("started by %1 from station %2").arg(recording.startedBy, recording.heldByStation);
            }
            write(entry);
        });
    connect(controller, &RecordingController::stopFailed, this,
        [this](const TrackedRecording &recording, const StopResult &result, const QString &supervisor) {
            AuditEntry entry
                = entryBy(entryFor(recording, vigie::AuditAction::Stop, vigie::AuditResult::Failed), supervisor);
            entry.detail = vigie::apiOutcomeName(result.outcome) + QStringLiteral(": ") + result.detail;
            write(entry);
        });
    connect(controller, &RecordingController::stopLeftUnanswered, this, [this](const TrackedRecording &recording) {
        AuditEntry entry = entryBy(
            entryFor(recording, vigie::AuditAction::Stop, vigie::AuditResult::Unknown), recording.stopRequestedBy);
        entry.detail = QStringLiteral(
            "given up: no answer from CXone before the recording's end (started by %1 from station %2)")
                           .arg(recording.startedBy, recording.heldByStation);
        write(entry);
    });
    connect(tracker, &RecordingTracker::recordingEnded, this, [this](const TrackedRecording &recording) {
        // Ended by time, or while Vigie was closed: nobody asked, the recording was its starter's.
        if (recording.endReason == TrackedRecording::EndReason::Elapsed) {
            write(entryFor(recording, vigie::AuditAction::End, vigie::AuditResult::EndedByItself));
        } else if (recording.endReason == TrackedRecording::EndReason::EndedWhileClosed) {
            write(entryFor(recording, vigie::AuditAction::End, vigie::AuditResult::EndedWhileClosed));
        } else if (recording.endReason == TrackedRecording::EndReason::UnconfirmedElapsed) {
            write(entryFor(recording, vigie::AuditAction::End, vigie::AuditResult::UnconfirmedEndedByTime));
        } else if (recording.endReason == TrackedRecording::EndReason::Forgotten) {
            // Forget acts at once, for the supervisor signed in who pressed it.
            AuditEntry entry
                = entryBy(entryFor(recording, vigie::AuditAction::Forget, vigie::AuditResult::Forgotten), m_supervisor);
            entry.detail = QStringLiteral("never confirmed by CXone; if it started, it runs until %1")
                               .arg(recording.endsAtUtc.toString(Qt::ISODate));
            write(entry);
        }
    });
}

AuditRecorder::~AuditRecorder()
{
    // Quitting within a window: the last entries still reach the disk and the ledger's head.
    if (m_commitTimer.isActive()) {
        commit();
    }
    if (!m_unwritten.isEmpty()) {
        QString error;
        if (!writeUnwritten(&error)) {
            qWarning("audit trail: %lld entries could not be written before quitting: %s", qint64(m_unwritten.size()),
                qPrintable(error));
        }
    }
}

bool AuditRecorder::recordRequests(const QVector<TrackedRecording> &intents, QString *error)
{
    if (!writeUnwritten(error)) {
        return false; // in order: what happened before the start comes first in the trail
    }
    for (const TrackedRecording &intent : intents) {
        if (append(stamped(startEntryFor(intent, vigie::AuditResult::Requested)), AuditLog::Flush::Deferred, error)
            != Appended::Yes) {
            return false;
        }
    }
    // One fsync for the batch, and for whatever a group commit still held.
    m_commitTimer.stop();
    if (!m_log->sync(error)) {
        m_unsynced = true;
        noteFailure(*error);
        return false;
    }
    noteWritten();
    return true;
}

void AuditRecorder::noteNoticeConfirmed(const QString &notice)
{
    write(entryAbout(vigie::AuditAction::Notice, vigie::AuditResult::Acknowledged, notice));
}

void AuditRecorder::notePolicyInForce(const QString &policy)
{
    write(entryAbout(vigie::AuditAction::Policy, vigie::AuditResult::InForce, policy));
}

AuditEntry AuditRecorder::stamped(AuditEntry entry) const
{
    entry.atUtc = QDateTime::currentDateTimeUtc();
    if (entry.supervisor.isEmpty()) {
        entry.supervisor = m_supervisor;
    }
    return entry;
}

void AuditRecorder::write(AuditEntry entry)
{
    entry = stamped(std::move(entry));
    QString error;
    if (!m_unwritten.isEmpty()) {
        m_unwritten.append(entry); // after those still waiting, never before them
        return;
    }
    const bool grouped = m_groupCommitMs > 0;
    const Appended appended = append(entry, grouped ? AuditLog::Flush::Deferred : AuditLog::Flush::Durable, &error);
    if (appended == Appended::No) {
        m_unwritten.append(entry);
    }
    if (appended != Appended::Yes) {
        return;
    }
    if (!grouped) {
        noteWritten();
    } else if (!m_commitTimer.isActive()) {
        // Written now, in order; on disk, and announced, with the others of the window.
        m_commitTimer.start(m_groupCommitMs);
    }
}

bool AuditRecorder::writeUnwritten(QString *error)
{
    if (m_unwritten.isEmpty() && !m_unsynced) {
        return true;
    }
    while (!m_unwritten.isEmpty()) {
        const Appended appended = append(m_unwritten.first(), AuditLog::Flush::Deferred, error);
        if (appended != Appended::No) {
            m_unwritten.removeFirst(); // in the file, if not yet on the disk
        }
        if (appended != Appended::Yes) {
            return false;
        }
    }
    if (!m_log->sync(error)) {
        noteFailure(*error);
        return false;
    }
    m_unsynced = false;
    noteWritten();
    return true;
}

AuditRecorder::Appended AuditRecorder::append(const AuditEntry &entry, AuditLog::Flush flush, QString *error)
{
    const qint64 before = m_log->head().count;
    if (m_log->append(entry, error, flush)) {
        m_unsynced = m_unsynced || flush == AuditLog::Flush::Deferred;
        return Appended::Yes;
    }
    noteFailure(*error);
    // The trail, read again after a failed write, tells whether the line reached the file whole.
    if (m_log->head().count > before) {
        m_unsynced = true;
        return Appended::InFileOnly;
    }
    return Appended::No;
}

void AuditRecorder::commit()
{
    m_commitTimer.stop();
    QString error;
    if (m_log->sync(&error)) {
        noteWritten();
    } else {
        m_unsynced = true;
        noteFailure(error);
    }
}

void AuditRecorder::noteFailure(const QString &error)
{
    if (!m_retryTimer.isActive()) {
        m_retryTimer.start();
    }
    if (!m_failing) {
        m_failing = true;
        qWarning("audit trail: %s", qPrintable(error)); // once, not at every retry
        Q_EMIT writeFailed(error);
    }
}

void AuditRecorder::noteWritten()
{
    Q_EMIT appended(m_log->head());
    if (m_failing && m_unwritten.isEmpty() && !m_unsynced) {
        m_failing = false;
        m_retryTimer.stop();
        Q_EMIT writeRestored();
    }
}

void AuditRecorder::retry()
{
    if (m_unwritten.isEmpty() && !m_unsynced) {
        // Only a start's entry was refused, and nothing waits: the next start tries the trail again.
        m_retryTimer.stop();
        return;
    }
    QString error;
    writeUnwritten(&error);
}

AuditLog::PurgeResult AuditRecorder::applyRetention(int days)
{
    if (m_commitTimer.isActive()) {
        commit();
    }
    const AuditHead before = m_log->head();
    const AuditLog::PurgeResult result
        = m_log->purgeOlderThan(days, QDateTime::currentDateTimeUtc(), QStringLiteral("retention"));
    if (result.status == AuditLog::PurgeStatus::RefusedBrokenChain
        || result.status == AuditLog::PurgeStatus::RefusedClockBehind
        || result.status == AuditLog::PurgeStatus::Failed) {
        qWarning("audit retention: %s", qPrintable(result.reason)); // reported by the caller, in words
    }
    // A purge, or the recovery of a line a crash left unfinished, moved the head.
    if (m_log->head() != before) {
        Q_EMIT appended(m_log->head());
    }
    return result;
}
