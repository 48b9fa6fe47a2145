// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include "cxone/Agent.h"
#include "kiosk/StationLock.h"
#include "models/ActivityLogModel.h"
#include "recording/TrackedRecording.h"
#include "station/PinThrottle.h"

#include <QMainWindow>
#include <QTimer>

class AgentsPanel;
class AnnouncementLabel;
class KeptKeyUnlock;
class ConnectionIndicator;
class EndingSoonBanner;
class EvidenceBanner;
class KioskGuard;
class LanguageSwitcher;
class LeavingWithRecordings;
class LockScreen;
class MainMenuBar;
class QAbstractItemView;
class QAction;
class QStackedWidget;
class RecordingPanel;
class SelectionRequests;
class RecordingsTabs;
class SessionAnnouncer;
class SignInFlow;
class SupervisorSession;
class TrayIcon;

// The frame a supervisor lives in. It assembles panels that each have one job (the agents,
// the recording controls, the recordings tabs, the connection indicator, the lock screen)
// and wires them to the session: what the supervisor asks of a panel goes to the core, and
// what the core reports comes back as the announcer's sentences.
class MainWindow : public Retranslating<QMainWindow>
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        bool kiosk = false;
        QStringList purposes; // administrator's list; empty: Vigie's defaults
        QString exportFolder; // kiosk: where CSV exports go, no file dialog
        QString kioskPinHash; // the administrator's, to leave kiosk mode
        // Where wrong PINs are counted: beside the ledger, where the environment cannot move it on
        // a managed station.
        QString pinAttemptsFile = PinThrottle::defaultFilePath();
        int idleLockMs = 0; // 0: never lock
        // Where the station locks, a key is remembered only with its supervisor's own unlock PIN.
        bool keepKeyInKeychain = true;
        QString language; // kiosk: the provisioned language, which the supervisor cannot change
        int defaultDurationSeconds = 0;
    };

    MainWindow(
        SupervisorSession *session, LanguageSwitcher *languages, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    SignInFlow *signInFlow() const { return m_signIn; }
    ActivityLogModel *activityLog() const { return m_log; }
    SessionAnnouncer *announcer() const { return m_announcer; }
    QAbstractItemView *agentTable() const;

    // Whether agents and recordings are hidden behind the lock screen (StationLock decides when).
    // Recordings keep counting down and ending while locked.
    bool isLocked() const;
    // Brings the window to the front (a second launch of Vigie asks for this), and says so.
    void bringToFront();
    void showAndRaise();
    // Kiosk: frameless and full screen on the named monitor (or the primary one).
    void showKiosk(const QString &screenName);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildWorkPage();
    void connectPanels();
    void retranslate() override;
    void updateActions();
    // What the supervisor chose in Session › Settings (the rest applies itself).
    void applySupervisorSettings();
    // Hides agents and recordings, and drops what the window holds of the session, before the
    // station lock forgets the token.
    void showLocked(StationLock::Reason reason);
    void showUnlocked();
    void unlockWithPin();
    void announce(ActivityLogModel::Severity severity, const QString &message);

    SupervisorSession *m_session;
    Options m_options;
    SignInFlow *m_signIn;
    ActivityLogModel *m_log;
    AgentsPanel *m_agents;
    RecordingPanel *m_recording;
    RecordingsTabs *m_tabs;
    ConnectionIndicator *m_connection;
    EvidenceBanner *m_evidence;
    EndingSoonBanner *m_endingSoon;
    QAction *m_stopAll; // Recording > Stop all recordings, and the tray's
    MainMenuBar *m_menus;
    QWidget *m_workPage;
    LockScreen *m_lockScreen;
    QStackedWidget *m_pages;
    KioskGuard *m_kiosk;
    StationLock *m_stationLock;
    KeptKeyUnlock *m_keptKeyUnlock = nullptr; // only where a locking station keeps keys
    QString m_lastKeyId; // offered when unlocking: not a secret, and it proves nothing
    AnnouncementLabel *m_announcement;
    SessionAnnouncer *m_announcer;
    LeavingWithRecordings *m_leaving;
    SelectionRequests *m_requests;
    TrayIcon *m_tray = nullptr; // none in kiosk mode
    QTimer m_actionsUpdate;
};
