// SPDX-License-Identifier: Apache-2.0
#include "window/MainWindow.h"

#include "credentials/KeptKeyUnlock.h"
#include "kiosk/KioskGuard.h"
#include "kiosk/LockScreen.h"
#include "kiosk/PinDialog.h"
#include "menus/AuditMenu.h"
#include "menus/MainMenuBar.h"
#include "menus/TrayIcon.h"
#include "panels/AgentsPanel.h"
#include "panels/ConnectionIndicator.h"
#include "panels/EndingSoonBanner.h"
#include "panels/EvidenceBanner.h"
#include "panels/RecordingPanel.h"
#include "panels/RecordingsTabs.h"
#include "panels/RegistryBanner.h"
#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "shell/UiSettings.h"
#include "signin/SignInFlow.h"
#include "widgets/AnnouncementLabel.h"
#include "window/LeavingWithRecordings.h"
#include "window/SelectionRequests.h"

#include <QCloseEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(SupervisorSession *session, LanguageSwitcher *languages, const Options &options, QWidget *parent)
    : Retranslating(parent)
    , m_session(session)
    , m_options(options)
    , m_signIn(new SignInFlow(session, this))
    , m_log(new ActivityLogModel(this))
    , m_agents(new AgentsPanel(session, this))
    , m_recording(new RecordingPanel(session->controller(),
          { options.purposes, options.kiosk, options.defaultDurationSeconds, session->policyGate() }, this))
    , m_tabs(new RecordingsTabs(session->tracker(), session->controller(), m_log, this))
    , m_connection(new ConnectionIndicator(session, options.demo, this))
    , m_evidence(new EvidenceBanner(session, this))
    , m_endingSoon(new EndingSoonBanner(session->tracker(), this))
    , m_stopAll(new QAction(this))
    , m_menus(new MainMenuBar(languages,
          { options.kiosk, options.kiosk && !options.language.isEmpty(), m_agents->searchAction(),
              m_recording->actions(), m_stopAll },
          this))
    , m_workPage(buildWorkPage())
    , m_lockScreen(new LockScreen({ options.idleLockMs > 0 && options.keepKeyInKeychain, options.kiosk }, this))
    , m_pages(new QStackedWidget(this))
    , m_kiosk(new KioskGuard(this, { options.kiosk, options.kioskPinHash, options.pinAttemptsFile }))
    , m_stationLock(new StationLock(session->tokens(), options.idleLockMs, this))
    , m_announcement(new AnnouncementLabel(this))
    , m_announcer(new SessionAnnouncer(session, this))
    , m_leaving(new LeavingWithRecordings(session, m_announcer, options.kiosk, this))
    , m_requests(new SelectionRequests(session, m_agents, m_recording, m_announcer, this))
{
    applySupervisorSettings();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    setMenuBar(m_menus);
    m_menus->insertBeforeHelp(new AuditMenu(session, options.kiosk ? options.exportFolder : QString(), m_menus));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_workPage);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    m_signIn->setRememberAllowed(options.keepKeyInKeychain);
    m_signIn->setKeptKeyAtStart(!m_stationLock->isEnabled());
    if (m_stationLock->isEnabled() && options.keepKeyInKeychain) {
        m_signIn->setUnlockPinRequired(true);
        m_keptKeyUnlock = new KeptKeyUnlock(session->environmentId(), options.pinAttemptsFile, this);
        connect(m_keptKeyUnlock, &KeptKeyUnlock::unlocked, this, [this](const AccessKey &key) {
            if (isLocked()) {
                m_signIn->signInWithUnlockedKey(key);
            }
        });
    }

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_announcement, 1);
    statusBar()->addPermanentWidget(m_agents->listedCount());
    statusBar()->addPermanentWidget(m_connection->refreshStatus());
    statusBar()->addPermanentWidget(m_connection->connectionStatus());
    m_stopAll->setObjectName(QStringLiteral("actionStopAllRecordings"));
    // A kiosk station is the application itself: nothing of it lives in a tray.
    if (!options.kiosk) {
        m_tray = new TrayIcon(session->tracker(), m_stopAll, this);
    }
    connectPanels();
    if (m_stationLock->isLocked()) {
        showLocked(StationLock::Reason::NotSignedInYet);
    }
    retranslate();
    if (!restoreGeometry(UiSettings::windowGeometry())) {
        resize(1200, 760);
    }
    restoreState(UiSettings::windowState());
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildWorkPage()
{
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->addWidget(m_agents);
    top->addWidget(m_recording);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({ 780, 420 });
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(top);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({ 460, 260 });

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("workPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_evidence);
    if (m_session->siteRegistry()) {
        layout->addWidget(new RegistryBanner(m_session->siteRegistry(), page));
    }
    layout->addWidget(m_connection);
    layout->addWidget(m_endingSoon);
    layout->addWidget(main, 1);
    return page;
}

void MainWindow::connectPanels()
{
    connect(m_menus, &MainMenuBar::signInRequested, m_signIn, [this] { m_signIn->showDialog(); });
    connect(m_menus, &MainMenuBar::signOutRequested, m_leaving, &LeavingWithRecordings::signOut);
    connect(m_leaving, &LeavingWithRecordings::signOutNow, m_signIn, &SignInFlow::signOut);
    connect(m_leaving, &LeavingWithRecordings::quitNow, this, &QWidget::close);
    connect(m_menus, &MainMenuBar::quitRequested, this, &QWidget::close);
    connect(m_menus, &MainMenuBar::leaveKioskRequested, m_kiosk, &KioskGuard::leave);
    connect(m_menus, &MainMenuBar::reloadRequested, m_session->directory(), &AgentDirectory::reload);
    connect(m_menus, &MainMenuBar::settingsChanged, this, &MainWindow::applySupervisorSettings);
    connect(m_announcer, &SessionAnnouncer::endingSoon, m_endingSoon, &EndingSoonBanner::warn);
    connect(m_endingSoon, &EndingSoonBanner::extendRequested, m_requests, &SelectionRequests::extendActive);

    connect(m_agents, &AgentsPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_agents, &AgentsPanel::agentActivated, m_recording, &RecordingPanel::focusDuration);
    m_recording->setSelectionSource([this] { return m_requests->startableSelection(); });
    connect(m_recording, &RecordingPanel::startRequested, m_requests, &SelectionRequests::startSelected);
    connect(m_recording, &RecordingPanel::stopRequested, m_requests, &SelectionRequests::stopSelected);
    connect(m_recording, &RecordingPanel::extendRequested, m_requests, &SelectionRequests::extendSelected);
    connect(m_recording, &RecordingPanel::purposeMissing, m_announcer, &SessionAnnouncer::purposeMissing);
    connect(m_recording, &RecordingPanel::justificationMissing, m_announcer, &SessionAnnouncer::justificationMissing);
    m_tabs->setSiteRegistry(m_session->siteRegistry());
    connect(m_tabs, &RecordingsTabs::stopRequested, m_requests, &SelectionRequests::stopActive);
    connect(m_tabs, &RecordingsTabs::extendRequested, m_requests, &SelectionRequests::extendActive);
    m_agents->setRowActions(m_recording->actions());
    connect(m_tabs, &RecordingsTabs::forgetRequested, m_session->controller(), [this](const QStringList &userIds) {
        for (const QString &userId : userIds) {
            m_session->controller()->forget(userId);
        }
    });
    connect(m_lockScreen, &LockScreen::signInRequested, m_signIn, [this] { m_signIn->showDialog(); });
    connect(m_lockScreen, &LockScreen::pinRequested, this, &MainWindow::unlockWithPin);
    connect(m_lockScreen, &LockScreen::leaveKioskRequested, m_kiosk, &KioskGuard::leave);
    connect(m_stationLock, &StationLock::locked, this, &MainWindow::showLocked);
    connect(m_stationLock, &StationLock::unlocked, this, &MainWindow::showUnlocked);
    connect(m_kiosk, &KioskGuard::wayOutRefused, m_announcer, &SessionAnnouncer::kioskWayOutRefused);

    connect(m_session->tokens(), &TokenProvider::stateChanged, this, &MainWindow::updateActions);
    connect(
        m_session->tokens(), &TokenProvider::signedIn, this, [this] { m_lastKeyId = m_session->tokens()->keyId(); });
    // Coalesced: a bulk start changes a thousand agents' state in a burst.
    m_actionsUpdate.setSingleShot(true);
    m_actionsUpdate.setInterval(0);
    connect(&m_actionsUpdate, &QTimer::timeout, this, &MainWindow::updateActions);
    connect(m_session->controller(), &RecordingController::busyChanged, &m_actionsUpdate, qOverload<>(&QTimer::start));
    // What Start, Stop and Extend allow follows the recordings of the selected agents.
    connect(m_session->tracker(), &RecordingTracker::recordingAnnounced, &m_actionsUpdate, qOverload<>(&QTimer::start));
    connect(m_session->tracker(), &RecordingTracker::recordingEnded, &m_actionsUpdate, qOverload<>(&QTimer::start));
    connect(m_session->tracker(), &RecordingTracker::pendingChanged, &m_actionsUpdate, qOverload<>(&QTimer::start));
    // ... and those other stations start and stop.
    if (const SiteRegistry *registry = m_session->siteRegistry()) {
        connect(registry, &SiteRegistry::siteChanged, &m_actionsUpdate, qOverload<>(&QTimer::start));
    }

    connect(m_signIn, &SignInFlow::message, this, &MainWindow::announce);
    connect(m_announcer, &SessionAnnouncer::announcement, this, &MainWindow::announce);
    // Out of sight while locked: the log view has no model until the station unlocks.
    connect(m_announcer, &SessionAnnouncer::heldBack, m_log, &ActivityLogModel::add);
    connect(m_stopAll, &QAction::triggered, m_leaving, &LeavingWithRecordings::stopAll);
    if (m_tray) {
        connect(m_announcer, &SessionAnnouncer::notification, m_tray, &TrayIcon::notify);
        connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::showAndRaise);
        connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    }
}

QAbstractItemView *MainWindow::agentTable() const { return m_agents->table(); }

void MainWindow::announce(ActivityLogModel::Severity severity, const QString &message)
{
    m_log->add(severity, message);
    m_announcement->announce(severity, message);
}

void MainWindow::updateActions()
{
    const bool signedIn = m_session->tokens()->hasToken();
    const QVector<Agent> selected = m_agents->selectedAgents();
    RecordingPanel::Allowed allowed = m_requests->allowedFor(selected);
    if (!signedIn) {
        allowed = {};
    }
    m_recording->showSelection(
        selected.isEmpty() ? QString() : selected.first().displayName(), int(selected.size()), allowed);
    m_stopAll->setEnabled(signedIn && m_leaving->anythingToStop());
    m_menus->setSignedIn(signedIn);
    m_tabs->setStopsAllowed(signedIn);
}

void MainWindow::showLocked(StationLock::Reason reason)
{
    m_lockScreen->setReason(reason);
    m_pages->setCurrentWidget(m_lockScreen);
    // A disabled menu bar also silences the shortcuts of its actions (Ctrl+H, F5, Ctrl+R...).
    m_menus->setEnabled(false);
    m_signIn->abandon();
    for (QDialog *dialog : findChildren<QDialog *>()) {
        dialog->close();
    }
    // Names must not stay readable behind the lock screen, even to accessibility tools.
    m_agents->conceal();
    m_tabs->setConcealed(true);
    m_endingSoon->dismiss();
    m_announcer->setStationLocked(true);
    m_announcer->stationLocked(reason);
    m_lockScreen->focusUnlock();
}

void MainWindow::showUnlocked()
{
    m_tabs->setConcealed(false);
    m_pages->setCurrentWidget(m_workPage);
    m_menus->setEnabled(true);
    m_announcer->setStationLocked(false);
}

void MainWindow::unlockWithPin()
{
    if (!m_keptKeyUnlock) {
        return;
    }
    // The key goes to the sign-in flow through KeptKeyUnlock::unlocked, and only the key of the
    // supervisor whose own PIN was typed: they are the one signed in, and audited, from then on.
    PinDialog dialog(m_keptKeyUnlock, m_lastKeyId, this);
    dialog.exec();
}

bool MainWindow::isLocked() const { return m_stationLock->isLocked(); }

void MainWindow::showAndRaise()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::bringToFront()
{
    showAndRaise();
    m_announcer->alreadyOpen();
}

void MainWindow::showKiosk(const QString &screenName) { m_kiosk->showFullScreen(screenName); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_kiosk->refusesClose()) {
        event->ignore();
        m_announcer->kioskCloseRefused();
        return;
    }
    if (!m_leaving->mayQuit()) {
        event->ignore();
        return;
    }
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    m_agents->saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::applySupervisorSettings()
{
    m_announcer->setEndingWarningSeconds(
        UiSettings::endingWarningSeconds(SessionAnnouncer::kDefaultEndingWarningSeconds));
}

void MainWindow::retranslate()
{
    setWindowTitle(m_options.demo ? tr("Vigie — demo with the CXone simulator") : tr("Vigie"));
    m_stopAll->setText(tr("Stop &all recordings…"));
    m_stopAll->setToolTip(tr("Stop every recording running in CXone, after a confirmation"));
    updateActions();
}
