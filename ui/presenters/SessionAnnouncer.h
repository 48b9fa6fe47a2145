// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "cxone/ApiOutcome.h"
#include "kiosk/StationLock.h"
#include "models/ActivityLogModel.h"
#include "presenters/DesktopNotifications.h"
#include "recording/RecordingController.h"
#include "recording/RecordingLedger.h"

#include <QObject>
#include <QSet>

class AgentDirectory;
struct SiteRecording;
class SupervisorSession;

// Decides what Vigie tells the supervisor, and how gravely: it turns what the directory, the
// controller and the tracker report, and what the supervisor's own requests lead to, into one
// sentence with a severity. The window only shows the sentences (status bar, activity log,
// screen readers); changing how something is announced means changing this class alone.
// While the station is locked it says nothing about agents or recordings to whoever stands
// there: those sentences are held back for the activity log, and no notification is raised.
// No widget here: it is tested with a QCoreApplication.
class SessionAnnouncer : public QObject
{
    Q_OBJECT
public:
    using Severity = ActivityLogModel::Severity;
    // How long before its end a recording is announced as ending, with a notification, unless the
    // supervisor chose otherwise.
    static constexpr int kDefaultEndingWarningSeconds = 60;

    explicit SessionAnnouncer(SupervisorSession *session, QObject *parent = nullptr);

    void setEndingWarningSeconds(int seconds);
    int endingWarningSeconds() const { return m_endingWarningSeconds; }

    // What the launch found: a damaged ledger, recordings still running, a failed purge.
    void reportRestoredLedger(const RecordingLedger::LoadResult &restored, int running);
    void reportAuditPurge(const AuditLog::PurgeResult &purge);

    // Answers to the supervisor's own requests.
    void startingRecordings(int agents, int seconds);
    void extendingRecording(const TrackedRecording &recording, int seconds);
    void purposeMissing();
    void justificationMissing();
    void noneOfTheSelectionRecorded();
    void noActiveRecordingSelected();
    // "Stop them and quit": Vigie closes once CXone has answered the Stops.
    void quittingOnceStopped(int recordings);
    // "Stop them all and sign out": the sign-out follows once CXone has answered the Stops.
    void signingOutOnceStopped(int recordings);
    // Locked: sentences about agents and recordings go to heldBack() only. Unlocked again: says
    // how many were held back, so the supervisor knows to read the activity log.
    void setStationLocked(bool locked);
    void stationLocked(StationLock::Reason reason);
    void alreadyOpen();
    void kioskCloseRefused();
    void kioskWayOutRefused();

    void cannotStopElsewhere(const SiteRecording &recording);

Q_SIGNALS:
    void announcement(ActivityLogModel::Severity severity, const QString &text);
    // Worth a desktop notification too: something ended, failed or may be recording unseen while
    // the supervisor may look elsewhere.
    void notification(const QString &title, const QString &text);
    // These agents' recordings end within the warning time: there is still time to extend them.
    void endingSoon(const QStringList &userIds);
    // Said while the station is locked, about agents or recordings: for the activity log alone,
    // which is out of sight until the station unlocks; never for the status bar, screen readers
    // or notifications.
    void heldBack(ActivityLogModel::Severity severity, const QString &text);

private:
    // Who may read a sentence: most name agents or tell about recordings, for the signed-in
    // supervisor only; a few are about the station itself and hide nothing.
    enum class Audience { Supervisor, AnyoneAtTheStation };
    void say(Severity severity, const QString &text, Audience audience = Audience::Supervisor);
    void started(const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState saved);
    void ended(const TrackedRecording &recording);
    void warnOfEndingRecordings();
    void notifyUnlessLocked(DesktopNotifications::Kind kind, const QString &agentName);
    void batchFinished(const RecordingController::BatchSummary &summary);
    void unconfirmed(const TrackedRecording &intent, const StartResult &result);
    void stopWaits(const TrackedRecording &intent);
    void stopsKept(const QVector<TrackedRecording> &recordings);

    void scopeResolved(const SupervisorScope &scope);

    RecordingTracker *m_tracker;
    AgentDirectory *m_directory;
    bool m_connectionLost = false;
    bool m_stationLocked = false;
    int m_heldBack = 0;
    QSet<qint64> m_warnedOfEnd; // contactIds announced as ending soon, until they end
    DesktopNotifications *m_notifications;
    int m_endingWarningSeconds = kDefaultEndingWarningSeconds;
};
