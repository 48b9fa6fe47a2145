// SPDX-License-Identifier: Apache-2.0
#include "presenters/SessionAnnouncer.h"

#include "policy/PolicyVerdict.h"
#include "session/SupervisorSession.h"
#include "system/SystemClock.h"
#include "text/EvidenceText.h"
#include "text/Formatting.h"
#include "text/OutcomeText.h"
#include "text/RecordingEventText.h"
#include "text/RecordingText.h"
#include "text/ScopeText.h"

SessionAnnouncer::SessionAnnouncer(SupervisorSession *session, QObject *parent)
    : QObject(parent)
    , m_tracker(session->tracker())
    , m_directory(session->directory())
    , m_notifications(new DesktopNotifications(this))
{
    m_notifications->setEndingWarningSeconds(m_endingWarningSeconds);
    AgentDirectory *directory = session->directory();
    connect(directory, &AgentDirectory::scopeResolved, this, &SessionAnnouncer::scopeResolved);
    connect(directory, &AgentDirectory::agentsLoaded, this, [this] {
        // A scope that lists nobody has been explained already. The count is the status bar's
        // own, beside this sentence: saying it here too would say it twice.
        if (m_directory->scope().problem() == SupervisorScope::Problem::None) {
            say(Severity::Information, tr("Agent list loaded from CXone."));
        }
    });
    connect(directory, &AgentDirectory::loadFailed, this, [this](vigie::ApiOutcome outcome) {
        m_connectionLost = true;
        say(Severity::Error, tr("The agent list could not be loaded: %1").arg(OutcomeText::common(outcome)),
            Audience::AnyoneAtTheStation);
    });
    connect(directory, &AgentDirectory::refreshFailed, this, [this] { m_connectionLost = true; });
    connect(directory, &AgentDirectory::refreshSucceeded, this, [this] {
        if (m_connectionLost) {
            m_connectionLost = false;
            say(Severity::Success, tr("Connection to CXone restored."), Audience::AnyoneAtTheStation);
        }
    });

    RecordingController *controller = session->controller();
    connect(controller, &RecordingController::started, this, &SessionAnnouncer::started);
    connect(controller, &RecordingController::startUnconfirmed, this, &SessionAnnouncer::unconfirmed);
    connect(controller, &RecordingController::stopWaitsForItsSupervisor, this, &SessionAnnouncer::stopWaits);
    connect(controller, &RecordingController::startFailed, this,
        [this](const QString &, const QString &agentName, const StartResult &result) {
            const std::optional<PolicyVerdict> verdict = result.outcome == vigie::ApiOutcome::RefusedByPolicy
                ? PolicyVerdict::fromAuditText(result.detail)
                : std::nullopt;
            say(Severity::Error, RecordingEventText::startFailed(agentName, result, verdict));
            if (verdict || result.extendsContactId != 0) {
                // The policy's answer to the supervisor's own click, seen as it is given; a refused
                // Extend leaves the recording running, which is nothing to notify.
                return;
            }
            notifyUnlessLocked(DesktopNotifications::Kind::NotStarted, agentName);
        });
    connect(controller, &RecordingController::stopped, this,
        [this](const TrackedRecording &recording, vigie::StopKind kind) {
            say(Severity::Success, RecordingEventText::stopped(recording, kind));
        });
    connect(controller, &RecordingController::stopFailed, this,
        [this](const TrackedRecording &recording, const StopResult &result) {
            say(Severity::Error, RecordingEventText::stopFailed(recording, result));
        });
    connect(controller, &RecordingController::batchFinished, this, &SessionAnnouncer::batchFinished);

    RecordingTracker *tracker = session->tracker();
    connect(tracker, &RecordingTracker::recordingEnded, this, &SessionAnnouncer::ended);
    connect(tracker, &RecordingTracker::ticked, this, &SessionAnnouncer::warnOfEndingRecordings);
    connect(m_notifications, &DesktopNotifications::notification, this, &SessionAnnouncer::notification);
    connect(tracker, &RecordingTracker::persistenceFailed, this, [this](const QString &error) {
        say(Severity::Error, EvidenceText::ledgerUnsaved(error), Audience::AnyoneAtTheStation);
    });
    connect(tracker, &RecordingTracker::persistenceRestored, this, [this] {
        say(Severity::Success, tr("The list of active recordings is saved again."), Audience::AnyoneAtTheStation);
    });
    connect(controller, &RecordingController::stopsKept, this, &SessionAnnouncer::stopsKept);
    connect(controller, &RecordingController::stopLeftUnanswered, this, [this](const TrackedRecording &recording) {
        say(Severity::Warning, RecordingEventText::stopLeftUnanswered(recording));
    });
    if (SiteRegistry *registry = session->siteRegistry()) {
        connect(registry, &SiteRegistry::outboxProblem, this, [this](const QString &problem) {
            say(Severity::Warning, EvidenceText::registryOutboxUnsaved(problem), Audience::AnyoneAtTheStation);
        });
    }
    if (RegistrySync *sync = session->registrySync()) {
        connect(sync, &RegistrySync::stoppedElsewhere, this,
            [this](const TrackedRecording &recording, const QString &supervisor, const QString &station) {
                say(Severity::Warning, RecordingEventText::stoppedElsewhere(recording, supervisor, station),
                    Audience::AnyoneAtTheStation);
            });
    }

    AuditRecorder *audit = session->auditRecorder();
    connect(audit, &AuditRecorder::writeFailed, this, [this](const QString &error) {
        say(Severity::Error, EvidenceText::auditTrailFailing(error), Audience::AnyoneAtTheStation);
    });
    connect(audit, &AuditRecorder::writeRestored, this, [this] {
        say(Severity::Success, tr("The audit trail is written again: recordings can start."),
            Audience::AnyoneAtTheStation);
    });
}

void SessionAnnouncer::stopsKept(const QVector<TrackedRecording> &recordings)
{
    say(Severity::Warning, RecordingEventText::stopsKept(recordings));
}

void SessionAnnouncer::say(Severity severity, const QString &text, Audience audience)
{
    if (m_stationLocked && audience == Audience::Supervisor) {
        ++m_heldBack;
        Q_EMIT heldBack(severity, text);
        return;
    }
    Q_EMIT announcement(severity, text);
}

void SessionAnnouncer::setStationLocked(bool locked)
{
    m_stationLocked = locked;
    if (locked) {
        // Gathered names must not reach a notification behind the lock.
        m_notifications->clear();
    }
    if (!locked && m_heldBack > 0) {
        say(Severity::Information,
            tr("%n message(s) about agents and recordings arrived while the station was locked: see the activity log.",
                nullptr, m_heldBack));
        m_heldBack = 0;
    }
}

void SessionAnnouncer::scopeResolved(const SupervisorScope &scope)
{
    const QString problem = ScopeText::problem(scope);
    if (!problem.isEmpty()) {
        say(Severity::Error, problem);
        return;
    }
    if (!scope.unmatched().isEmpty()) {
        say(Severity::Warning,
            tr("Some teams set for this station do not exist in CXone: %1. Their agents cannot be listed.")
                .arg(scope.unmatched().join(QStringLiteral(", "))));
    }
}

void SessionAnnouncer::started(const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState saved)
{
    const QString endsAt = Formatting::timeOfDay(m_tracker->endsAtUtc(recording));
    const bool nothingNew = kind == vigie::StartKind::RecordedElsewhere || kind == vigie::StartKind::AlreadyRunning;
    say(nothingNew ? Severity::Warning : Severity::Success, RecordingEventText::started(recording, kind, endsAt));
    if (kind == vigie::StartKind::RecordedElsewhere) {
        return;
    }
    if (saved == vigie::SaveState::NotSaved) {
        say(Severity::Error, RecordingEventText::notSaved(recording));
    }
}

void SessionAnnouncer::unconfirmed(const TrackedRecording &intent, const StartResult &result)
{
    say(Severity::Warning,
        RecordingEventText::unconfirmed(intent, result, Formatting::timeOfDay(m_tracker->endsAtUtc(intent))));
    notifyUnlessLocked(DesktopNotifications::Kind::Unconfirmed, intent.agentName);
}

void SessionAnnouncer::stopWaits(const TrackedRecording &intent)
{
    say(Severity::Warning, RecordingEventText::stopWaits(intent, Formatting::timeOfDay(m_tracker->endsAtUtc(intent))));
}

void SessionAnnouncer::ended(const TrackedRecording &recording)
{
    m_warnedOfEnd.remove(recording.contactId);
    const QString text = RecordingEventText::ended(recording);
    if (text.isEmpty()) {
        return; // stops are announced by the controller's signals
    }
    // Forgotten: it may go on unseen, and nothing in Vigie can stop it now.
    const bool forgotten = recording.endReason == TrackedRecording::EndReason::Forgotten;
    say(forgotten ? Severity::Warning : Severity::Information, text);
    if (recording.endReason == TrackedRecording::EndReason::Elapsed) {
        notifyUnlessLocked(DesktopNotifications::Kind::Ended, recording.agentName);
    }
}

void SessionAnnouncer::setEndingWarningSeconds(int seconds)
{
    m_endingWarningSeconds = seconds;
    m_notifications->setEndingWarningSeconds(seconds);
}

void SessionAnnouncer::notifyUnlessLocked(DesktopNotifications::Kind kind, const QString &agentName)
{
    if (!m_stationLocked) { // no name reaches a notification behind the lock
        m_notifications->add(kind, agentName);
    }
}

void SessionAnnouncer::warnOfEndingRecordings()
{
    if (m_endingWarningSeconds <= 0) {
        return; // the supervisor wants no warning
    }
    QStringList names;
    QStringList userIds;
    for (const TrackedRecording &recording : m_tracker->active()) {
        // A recording shorter than the warning would be announced as ending the moment it starts.
        if (recording.stopRequested || recording.durationSeconds <= m_endingWarningSeconds
            || m_warnedOfEnd.contains(recording.contactId)) {
            continue;
        }
        const int remaining = m_tracker->secondsRemaining(recording);
        if (remaining > 0 && remaining <= m_endingWarningSeconds) {
            m_warnedOfEnd.insert(recording.contactId);
            names.append(recording.agentName);
            userIds.append(recording.userId);
        }
    }
    if (names.isEmpty()) {
        return;
    }
    say(Severity::Information, RecordingEventText::endingSoon(names, m_endingWarningSeconds));
    if (!m_stationLocked) {
        Q_EMIT endingSoon(userIds);
        for (const QString &name : std::as_const(names)) {
            notifyUnlessLocked(DesktopNotifications::Kind::EndingSoon, name);
        }
    }
}

void SessionAnnouncer::batchFinished(const RecordingController::BatchSummary &summary)
{
    if (summary.requested <= 1) {
        return; // a single request has already been reported on its own
    }
    say(summary.failures.isEmpty() && summary.unconfirmed.isEmpty() ? Severity::Success : Severity::Warning,
        RecordingEventText::batchFinished(summary));
}

void SessionAnnouncer::reportRestoredLedger(const RecordingLedger::LoadResult &restored, int running)
{
    if (restored.status == RecordingLedger::LoadStatus::Damaged) {
        say(Severity::Error, EvidenceText::ledgerDamaged(restored.error, restored.setAsidePath),
            Audience::AnyoneAtTheStation);
    }
    if (running > 0) {
        say(Severity::Information, tr("%n recording(s) still running were restored.", nullptr, running));
    }
}

void SessionAnnouncer::reportAuditPurge(const AuditLog::PurgeResult &purge)
{
    if (const QString problem = EvidenceText::purgeProblem(purge); !problem.isEmpty()) {
        say(Severity::Error, problem, Audience::AnyoneAtTheStation);
    }
}

void SessionAnnouncer::startingRecordings(int agents, int seconds)
{
    say(Severity::Information, tr("Starting %n recording(s) of %1…", nullptr, agents).arg(Formatting::spoken(seconds)));
}

void SessionAnnouncer::extendingRecording(const TrackedRecording &recording, int seconds)
{
    say(Severity::Information,
        tr("Extending the recording of %1 to %2: CXone cannot change a running recording, so Vigie stops "
           "it and starts a new one.")
            .arg(recording.agentName, Formatting::spoken(seconds)));
}

void SessionAnnouncer::purposeMissing()
{
    say(Severity::Warning, tr("Give the purpose of the recording first: it is kept in the audit trail."));
}

void SessionAnnouncer::justificationMissing()
{
    say(Severity::Warning,
        tr("The recording policy asks why this recording is needed: write a justification first. It is kept in the "
           "audit trail."));
}

void SessionAnnouncer::noneOfTheSelectionRecorded()
{
    say(Severity::Information, tr("None of the selected agents is being recorded."));
}

void SessionAnnouncer::noActiveRecordingSelected()
{
    say(Severity::Information, tr("Select one or more active recordings to stop."));
}

void SessionAnnouncer::quittingOnceStopped(int recordings)
{
    say(Severity::Information,
        tr("Stopping %n recording(s): Vigie quits as soon as CXone has answered.", nullptr, recordings),
        Audience::AnyoneAtTheStation);
}

void SessionAnnouncer::signingOutOnceStopped(int recordings)
{
    say(Severity::Information,
        tr("Stopping %n recording(s): Vigie signs you out as soon as CXone has answered.", nullptr, recordings),
        Audience::AnyoneAtTheStation);
}

void SessionAnnouncer::stationLocked(StationLock::Reason reason)
{
    switch (reason) {
    case StationLock::Reason::NotSignedInYet:
        return; // nothing was shown yet, and the sign-in says the rest
    case StationLock::Reason::Idle:
        say(Severity::Information, tr("The station was locked after a period without activity."),
            Audience::AnyoneAtTheStation);
        return;
    case StationLock::Reason::SessionEnded:
        say(Severity::Information, tr("The station was locked because the CXone session ended."),
            Audience::AnyoneAtTheStation);
        return;
    }
}

void SessionAnnouncer::alreadyOpen()
{
    say(Severity::Information, tr("Vigie is already open: here it is."), Audience::AnyoneAtTheStation);
}

void SessionAnnouncer::kioskCloseRefused()
{
    say(Severity::Information,
        tr("This station is in kiosk mode. An administrator can leave it from Session > Leave kiosk mode."),
        Audience::AnyoneAtTheStation);
}

void SessionAnnouncer::kioskWayOutRefused()
{
    say(Severity::Warning,
        tr("This station is in kiosk mode: Vigie opens no file dialog, printer, web page or other program here. "
           "Exports go to the folder set by the administrator."),
        Audience::AnyoneAtTheStation);
}

void SessionAnnouncer::cannotStopElsewhere(const SiteRecording &recording)
{
    say(Severity::Error,
        tr("%1 is not in your teams, or is being handled already: the recording started by %2 from station %3 was "
           "not stopped.")
            .arg(recording.agentName, recording.supervisor, recording.station));
}
