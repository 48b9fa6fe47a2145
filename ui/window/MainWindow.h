#pragma once

#include "cxone/Agent.h"
#include "models/ActivityLogModel.h"
#include "recording/RecordingController.h"

#include <QMainWindow>

class ActiveRecordingsModel;
class ActiveRecordingsView;
class Appearance;
class AgentFilterProxy;
class AgentTableModel;
class DurationPicker;
class IdleWatcher;
class LanguageSwitcher;
class QAction;
class QActionGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class RecordingHistoryModel;
class SignInFlow;
class SupervisorSession;
struct TrackedRecording;

// The screen a supervisor lives in: agents on the left, duration and start/stop on the right,
// active recordings, history and the activity log below. Talks to the core only through
// SupervisorSession's objects and their signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        bool kiosk = false;
        QStringList purposes; // administrator's list; empty: Vigie's defaults
        QString exportFolder; // kiosk: where CSV exports go, no file dialog
        QString kioskPinHash;
        int idleLockMs = 0; // 0: never lock
        bool keepKeyInKeychain = true;
        QString language; // kiosk: the provisioned language, which the supervisor cannot change
        int defaultDurationSeconds = 0;
    };

    MainWindow(
        SupervisorSession *session, LanguageSwitcher *languages, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    SignInFlow *signInFlow() const { return m_signIn; }
    ActivityLogModel *activityLog() const { return m_log; }
    QVector<Agent> selectedAgents() const;

    // Says something to the supervisor and to screen readers at once.
    void announce(ActivityLogModel::Severity severity, const QString &message);

    // Hides agents and recordings behind a sign-in screen and forgets the token and secret.
    // Recordings keep counting down and ending while locked.
    void lock();
    bool isLocked() const;
    // Brings the window to the front (a second launch of Vigie asks for this).
    void bringToFront();
    // Kiosk: frameless and full screen on the named monitor (or the primary one), following
    // resolution changes and monitors coming and going.
    void showKiosk(const QString &screenName);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildWidgets();
    void connectSession();
    void retranslate();
    void startSelected();
    void stopSelected();
    void extendSelected();
    void showBatchSummary(const RecordingController::BatchSummary &summary);
    void openAuditHistory();
    void leaveKiosk();
    void showConnectionProblem(ApiOutcome outcome);
    void updateActions();
    void updateConnectionStatus();
    void refreshFilterChoices();
    void handleStarted(const TrackedRecording &recording, StartKind kind, SaveState saved);
    void handleEnded(const TrackedRecording &recording);
    void restoreSettings();

    SupervisorSession *m_session;
    LanguageSwitcher *m_languages;
    Options m_options;
    SignInFlow *m_signIn;

    AgentTableModel *m_agentModel;
    AgentFilterProxy *m_agentProxy;
    ActiveRecordingsModel *m_activeModel;
    RecordingHistoryModel *m_historyModel;
    ActivityLogModel *m_log;

    QMenu *m_sessionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recordingMenu = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_extendAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_leaveKioskAction = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QAction *m_systemThemeAction = nullptr;
    QAction *m_lightThemeAction = nullptr;
    QAction *m_darkThemeAction = nullptr;
    Appearance *m_appearance = nullptr;

    QGroupBox *m_agentsBox = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTableView *m_agentTable = nullptr;
    QGroupBox *m_recordBox = nullptr;
    DurationPicker *m_duration = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_extendButton = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QComboBox *m_purpose = nullptr;
    QProgressBar *m_pendingProgress = nullptr;
    QPushButton *m_cancelBatchButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActiveRecordingsView *m_activeView = nullptr;
    QPushButton *m_stopActiveButton = nullptr;
    QTableView *m_historyView = nullptr;
    QListView *m_logView = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_workPage = nullptr;
    QWidget *m_lockPage = nullptr;
    QLabel *m_lockTitle = nullptr;
    QLabel *m_lockText = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_connectionBanner = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_leavingKiosk = false;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_refreshStatus = nullptr;
    QLabel *m_announcement = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};
