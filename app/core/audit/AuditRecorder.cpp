#include "audit/AuditRecorder.h"

#include "audit/AuditLog.h"
#include "recording/RecordingController.h"
#include "recording/RecordingTracker.h"

namespace {
AuditEntry entryFor(const TrackedRecording &recording, AuditAction action, AuditResult result)
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
    return entry;
}
} // namespace

AuditRecorder::AuditRecorder(AuditLog *log, RecordingController *controller, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &AuditRecorder::commit);
    connect(controller, &RecordingController::started, this, [this](const TrackedRecording &recording, StartKind kind) {
        const AuditResult result = kind == StartKind::AlreadyRunning ? AuditResult::AlreadyRecording
            : kind == StartKind::Confirmed                           ? AuditResult::Confirmed
                                                                     : AuditResult::Started;
        AuditEntry entry
            = entryFor(recording, recording.replacesContactId != 0 ? AuditAction::Extend : AuditAction::Start, result);
        if (recording.replacesContactId != 0) {
            entry.detail = QStringLiteral("replaces contact %1").arg(recording.replacesContactId);
        }
        write(entry);
    });
    connect(controller, &RecordingController::startFailed, this,
        [this, controller](const QString &userId, const QString &agentName, const StartResult &result) {
            AuditEntry entry;
            entry.scope = controller->scope().auditText();
            entry.action = AuditAction::Start;
            // CXone (or Vigie, before sending) said no, as opposed to a start that went wrong.
            entry.result = isDefiniteRefusal(result.outcome) ? AuditResult::Refused : AuditResult::Failed;
            entry.agentName = agentName;
            entry.userId = userId;
            entry.detail = apiOutcomeName(result.outcome) + QStringLiteral(": ") + result.detail;
            write(entry);
        });
    connect(controller, &RecordingController::startUnconfirmed, this,
        [this](const TrackedRecording &intent, const StartResult &result) {
            AuditEntry entry = entryFor(intent, AuditAction::Start, AuditResult::Unknown);
            entry.detail
                = QStringLiteral("answer lost (%1: %2); may be recording until %3")
                      .arg(apiOutcomeName(result.outcome), result.detail, intent.endsAtUtc.toString(Qt::ISODate));
            write(entry);
        });
    connect(controller, &RecordingController::stopped, this, [this](const TrackedRecording &recording, StopKind kind) {
        write(entryFor(recording, AuditAction::Stop,
            kind == StopKind::HadAlreadyEnded ? AuditResult::AlreadyEnded : AuditResult::Stopped));
    });
    connect(controller, &RecordingController::stopFailed, this,
        [this](const TrackedRecording &recording, const StopResult &result) {
            AuditEntry entry = entryFor(recording, AuditAction::Stop, AuditResult::Failed);
            entry.detail = apiOutcomeName(result.outcome) + QStringLiteral(": ") + result.detail;
            write(entry);
        });
    connect(tracker, &RecordingTracker::recordingEnded, this, [this](const TrackedRecording &recording) {
        if (recording.endReason == TrackedRecording::EndReason::Elapsed) {
            write(entryFor(recording, AuditAction::End, AuditResult::EndedByItself));
        } else if (recording.endReason == TrackedRecording::EndReason::EndedWhileClosed) {
            write(entryFor(recording, AuditAction::End, AuditResult::EndedWhileClosed));
        } else if (recording.endReason == TrackedRecording::EndReason::UnconfirmedElapsed) {
            write(entryFor(recording, AuditAction::End, AuditResult::UnconfirmedEndedByTime));
        } else if (recording.endReason == TrackedRecording::EndReason::Forgotten) {
            AuditEntry entry = entryFor(recording, AuditAction::Forget, AuditResult::Forgotten);
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
}

void AuditRecorder::write(AuditEntry entry)
{
    entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.supervisor = m_supervisor;
    QString error;
    if (m_groupCommitMs <= 0) {
        if (m_log->append(entry, &error)) {
            Q_EMIT appended(m_log->head());
        } else {
            Q_EMIT writeFailed(error);
        }
        return;
    }
    // Written now, in order; on disk, and announced, with the others of the window.
    if (!m_log->append(entry, &error, AuditLog::Flush::Deferred)) {
        Q_EMIT writeFailed(error);
    } else if (!m_commitTimer.isActive()) {
        m_commitTimer.start(m_groupCommitMs);
    }
}

void AuditRecorder::commit()
{
    m_commitTimer.stop();
    QString error;
    if (m_log->sync(&error)) {
        Q_EMIT appended(m_log->head());
    } else {
        Q_EMIT writeFailed(error);
    }
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
        qWarning("audit retention: %s", qPrintable(result.reason));
        Q_EMIT writeFailed(result.reason);
    }
    // A purge, or the recovery of a line a crash left unfinished, moved the head.
    if (m_log->head() != before) {
        Q_EMIT appended(m_log->head());
    }
    return result;
}
