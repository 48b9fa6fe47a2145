// SPDX-License-Identifier: Apache-2.0
#include "window/MainWindow.h"

#include "credentials/KeptKeyUnlock.h"
#include "dialogs/AuditHistoryDialog.h"
#include "kiosk/KioskGuard.h"
#include "kiosk/LockScreen.h"
#include "kiosk/PinDialog.h"
#include "panels/AgentsPanel.h"
#include "panels/ConnectionIndicator.h"
#include "panels/EvidenceBanner.h"
#include "panels/RecordingPanel.h"
#include "panels/RecordingsTabs.h"
#include "panels/RegistryBanner.h"
#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "shell/TrayIcon.h"
#include "shell/UiSettings.h"
#include "signin/SignInFlow.h"
#include "text/Formatting.h"
#include "widgets/AnnouncementLabel.h"
#include "window/AuditMenu.h"
#include "window/MainMenuBar.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
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
    , m_recording(new RecordingPanel(
          session->controller(), { options.purposes, options.kiosk, options.defaultDurationSeconds }, this))
    , m_tabs(new RecordingsTabs(session->tracker(), session->controller(), m_log, this))
    , m_connection(new ConnectionIndicator(session, options.demo, this))
    , m_evidence(new EvidenceBanner(session, this))
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
{
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
    layout->addWidget(main, 1);
    return page;
}

void MainWindow::connectPanels()
{
    connect(m_menus, &MainMenuBar::signInRequested, m_signIn, [this] { m_signIn->showDialog(); });
    connect(m_menus, &MainMenuBar::signOutRequested, m_signIn, &SignInFlow::signOut);
    connect(m_menus, &MainMenuBar::quitRequested, this, &QWidget::close);
    connect(m_menus, &MainMenuBar::leaveKioskRequested, m_kiosk, &KioskGuard::leave);
    connect(m_menus, &MainMenuBar::reloadRequested, m_session->directory(), &AgentDirectory::reload);
    connect(m_menus, &MainMenuBar::auditTrailRequested, this, &MainWindow::openAuditHistory);

    connect(m_agents, &AgentsPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_agents, &AgentsPanel::agentActivated, m_recording, &RecordingPanel::focusDuration);
    m_recording->setSelectionSource([this] { return startableSelection(); });
    connect(m_recording, &RecordingPanel::startRequested, this, &MainWindow::startSelected);
    connect(m_recording, &RecordingPanel::stopRequested, this, &MainWindow::stopSelected);
    connect(m_recording, &RecordingPanel::extendRequested, this, &MainWindow::extendSelected);
    connect(m_recording, &RecordingPanel::purposeMissing, m_announcer, &SessionAnnouncer::purposeMissing);
    connect(m_tabs, &RecordingsTabs::stopRequested, this, &MainWindow::stopActive);
    connect(m_tabs, &RecordingsTabs::extendRequested, this, &MainWindow::extendActive);
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

    connect(m_signIn, &SignInFlow::message, this, &MainWindow::announce);
    connect(m_announcer, &SessionAnnouncer::announcement, this, &MainWindow::announce);
    // Out of sight while locked: the log view has no model until the station unlocks.
    connect(m_announcer, &SessionAnnouncer::heldBack, m_log, &ActivityLogModel::add);
    connect(m_stopAll, &QAction::triggered, this, &MainWindow::stopAllRecordings);
    if (m_tray) {
        connect(m_announcer, &SessionAnnouncer::notification, m_tray, &TrayIcon::notify);
        connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::showAndRaise);
        connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    }
    connect(m_session->controller(), &RecordingController::stopped, this,
        [this] { QTimer::singleShot(0, this, &MainWindow::quitIfStopsAnswered); });
    connect(m_session->controller(), &RecordingController::stopFailed, this,
        [this] { QTimer::singleShot(0, this, &MainWindow::quitIfStopsAnswered); });
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
    // A request on its way for one agent leaves the others free: only what waits for CXone is
    // held back, agent by agent.
    const RecordingController *controller = m_session->controller();
    const RecordingTracker *tracker = m_session->tracker();
    RecordingPanel::Allowed allowed;
    for (const Agent &agent : selected) {
        const QString userId = controller->userIdFor(agent);
        if (controller->isBusy(userId)) {
            continue;
        }
        const TrackedRecording *recording = tracker->activeForUser(userId);
        const TrackedRecording *unconfirmed = tracker->pendingForUser(userId);
        allowed.start = allowed.start || (!recording && !unconfirmed);
        allowed.stop = allowed.stop || recording || unconfirmed;
        allowed.extend = allowed.extend || (recording && recording->contactId > 0);
    }
    if (!signedIn) {
        allowed = {};
    }
    m_recording->showSelection(
        selected.isEmpty() ? QString() : selected.first().displayName(), int(selected.size()), allowed);
    m_stopAll->setEnabled(signedIn && !recordingsToStop().isEmpty());
    m_menus->setSignedIn(signedIn);
}

QVector<Agent> MainWindow::startableSelection() const
{
    QVector<Agent> startable;
    const RecordingController *controller = m_session->controller();
    for (const Agent &agent : m_agents->selectedAgents()) {
        const QString userId = controller->userIdFor(agent);
        if (!controller->isBusy(userId) && !m_session->tracker()->activeForUser(userId)
            && !m_session->tracker()->pendingForUser(userId)) {
            startable.append(agent);
        }
    }
    return startable;
}

void MainWindow::startSelected(int seconds, const QString &purpose)
{
    // Only the agents Start was enabled for: one already recorded keeps its recording.
    const QVector<Agent> agents = startableSelection();
    if (agents.isEmpty()) {
        return;
    }
    m_agents->clearFailures(agents);
    m_announcer->startingRecordings(int(agents.size()), seconds);
    m_session->controller()->start(agents, seconds, purpose);
}

void MainWindow::stopSelected()
{
    QStringList userIds;
    QVector<SiteRecording> elsewhere;
    const SiteRegistry *registry = m_session->siteRegistry();
    for (const Agent &agent : m_agents->selectedAgents()) {
        const QString userId = m_session->controller()->userIdFor(agent);
        if (const SiteRecording *held = registry ? registry->heldElsewhere(userId) : nullptr) {
            elsewhere.append(*held);
        } else {
            userIds.append(userId);
        }
    }
    const int stopping = m_session->controller()->stopRecordingsOf(userIds);
    if (!elsewhere.isEmpty()) {
        askToStopElsewhere(elsewhere);
    } else if (stopping == 0) {
        m_announcer->noneOfTheSelectionRecorded();
    }
}

void MainWindow::askToStopElsewhere(const QVector<SiteRecording> &recordings)
{
    // Another supervisor started these: stopping them is a decision of its own, audited as this one's.
    auto *question = new QMessageBox(QMessageBox::Warning, SessionAnnouncer::stopElsewhereTitle(),
        SessionAnnouncer::stopElsewhereQuestion(recordings), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("stopElsewhereQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = question->addButton(SessionAnnouncer::stopElsewhereButton(), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopElsewhereButton"));
    QPushButton *keep = question->addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("keepElsewhereButton"));
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::buttonClicked, this, [this, stop, recordings](QAbstractButton *button) {
        if (button != stop) {
            return;
        }
        for (const SiteRecording &recording : recordings) {
            if (!m_session->controller()->stopElsewhere(recording)) {
                m_announcer->cannotStopElsewhere(recording);
            }
        }
    });
    question->open();
}

void MainWindow::extendSelected(int seconds)
{
    const QVector<TrackedRecording> recordings = m_agents->selectedRecordings();
    if (recordings.isEmpty()) {
        m_announcer->noneOfTheSelectionRecorded();
        return;
    }
    for (const TrackedRecording &recording : recordings) {
        m_announcer->extendingRecording(recording, seconds);
        m_session->controller()->extend(recording.contactId, seconds);
    }
}

void MainWindow::stopActive(const QStringList &userIds)
{
    if (userIds.isEmpty()) {
        m_announcer->noActiveRecordingSelected();
        return;
    }
    m_session->controller()->stopRecordingsOf(userIds);
}

void MainWindow::extendActive(const QStringList &userIds)
{
    const int seconds = m_recording->durationSeconds();
    for (const QString &userId : userIds) {
        if (const TrackedRecording *recording = m_session->tracker()->activeForUser(userId)) {
            m_announcer->extendingRecording(*recording, seconds);
            m_session->controller()->extend(recording->contactId, seconds);
        }
    }
}

void MainWindow::openAuditHistory()
{
    auto *dialog
        = new AuditHistoryDialog(m_session->auditLog(), m_options.kiosk ? m_options.exportFolder : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
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
    if (!mayQuit()) {
        event->ignore();
        return;
    }
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    m_agents->saveLayout();
    QMainWindow::closeEvent(event);
}

QVector<TrackedRecording> MainWindow::runningRecordings() const
{
    QVector<TrackedRecording> running;
    for (const TrackedRecording &recording : m_session->tracker()->active()) {
        if (!recording.stopRequested) { // those are the unanswered Stops
            running.append(recording);
        }
    }
    return running;
}

bool MainWindow::mayQuit()
{
    const QVector<TrackedRecording> running = runningRecordings();
    if (!running.isEmpty()) {
        // Who leaves a kiosk station is the administrator, not the supervisor whose name every
        // Stop would carry in the audit trail: there the recordings can only be let run.
        const bool mayStop = !m_options.kiosk && m_session->tokens()->hasToken();
        switch (askAboutRunningRecordings(running, mayStop)) {
        case QuitChoice::Cancel:
            return false;
        case QuitChoice::StopThenQuit:
            m_quitOnceStopped = true;
            stopRecordings(running);
            m_announcer->quittingOnceStopped(int(running.size()));
            return false;
        case QuitChoice::LetThemRun:
            break;
        }
    }
    return mayQuitWithUnansweredStops();
}

MainWindow::QuitChoice MainWindow::askAboutRunningRecordings(const QVector<TrackedRecording> &running, bool mayStop)
{
    QDateTime lastEnd;
    for (const TrackedRecording &recording : running) {
        lastEnd = qMax(lastEnd, m_session->tracker()->endsAtUtc(recording));
    }
    QMessageBox question(QMessageBox::Question, tr("Recordings are running"),
        tr("%n recording(s) started from Vigie are still running in CXone. If you quit, CXone goes on recording "
           "until each one's end time (the last at %1), and Vigie lists them again when it starts.",
            nullptr, int(running.size()))
            .arg(Formatting::timeOfDay(lastEnd)),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("runningRecordingsQuestion"));
    question.setTextFormat(Qt::PlainText);
    QPushButton *stop = nullptr;
    if (mayStop) {
        //: Button of the question asked when quitting while recordings run
        stop = question.addButton(tr("&Stop them and quit"), QMessageBox::DestructiveRole);
        stop->setObjectName(QStringLiteral("stopAndQuitButton"));
        stop->setAccessibleName(tr("Stop the recordings and quit"));
    }
    //: Button of the question asked when quitting while recordings run
    QPushButton *letRun = question.addButton(tr("Quit and &let them run"), QMessageBox::AcceptRole);
    letRun->setObjectName(QStringLiteral("quitLetRunButton"));
    letRun->setAccessibleName(tr("Quit and let the recordings run"));
    QPushButton *cancel = question.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelQuitButton"));
    cancel->setAccessibleName(tr("Do not quit"));
    question.setDefaultButton(cancel); // Enter must neither stop recordings nor leave them running unseen
    question.setEscapeButton(cancel);
    question.exec();
    if (stop && question.clickedButton() == stop) {
        return QuitChoice::StopThenQuit;
    }
    return question.clickedButton() == letRun ? QuitChoice::LetThemRun : QuitChoice::Cancel;
}

void MainWindow::quitIfStopsAnswered()
{
    // Once CXone answered every Stop, the window closes again: a Stop it refused leaves its
    // recording running, and closing asks about it once more.
    if (m_quitOnceStopped && m_session->tracker()->keptStops().isEmpty()) {
        m_quitOnceStopped = false;
        close();
    }
}

bool MainWindow::mayQuitWithUnansweredStops()
{
    const QVector<TrackedRecording> unanswered = m_session->tracker()->keptStops();
    if (unanswered.isEmpty()) {
        return true;
    }
    QStringList names;
    for (const TrackedRecording &recording : unanswered) {
        names.append(recording.agentName);
    }
    QMessageBox question(QMessageBox::Warning, tr("Stops not answered yet"),
        tr("CXone has not answered %n Stop(s) yet: %1.\n\nIf you quit now, Vigie keeps them and sends them when you "
           "sign in again after starting it; until then these recordings go on.",
            nullptr, int(unanswered.size()))
            .arg(names.mid(0, 10).join(QStringLiteral(", "))),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("unansweredStopsQuestion"));
    question.setTextFormat(Qt::PlainText); // agent names
    QPushButton *wait = question.addButton(tr("&Wait for CXone"), QMessageBox::RejectRole);
    wait->setObjectName(QStringLiteral("waitForStopsButton"));
    wait->setAccessibleName(tr("Wait for CXone"));
    QPushButton *quit = question.addButton(tr("&Quit anyway"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitAnywayButton"));
    quit->setAccessibleName(tr("Quit anyway"));
    question.setDefaultButton(wait);
    question.exec();
    if (question.clickedButton() != quit) {
        return false;
    }
    m_quitOnceStopped = false;
    return true;
}

QVector<TrackedRecording> MainWindow::recordingsToStop() const
{
    QVector<TrackedRecording> recordings = runningRecordings();
    for (const TrackedRecording &intent : m_session->tracker()->pending()) {
        if (intent.confirmation == TrackedRecording::Confirmation::Unconfirmed) {
            recordings.append(intent); // it may be recording
        }
    }
    return recordings;
}

void MainWindow::stopRecordings(const QVector<TrackedRecording> &recordings)
{
    QStringList userIds;
    for (const TrackedRecording &recording : recordings) {
        userIds.append(recording.userId);
    }
    m_session->controller()->stopRecordingsOf(userIds);
}

void MainWindow::stopAllRecordings()
{
    const QVector<TrackedRecording> recordings = recordingsToStop();
    if (recordings.isEmpty()) {
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Stop all recordings"),
        tr("Stop the %n recording(s) running in CXone now?", nullptr, int(recordings.size())), QMessageBox::NoButton,
        this);
    question.setObjectName(QStringLiteral("stopAllQuestion"));
    question.setTextFormat(Qt::PlainText);
    //: Button of the question asked before stopping every recording
    QPushButton *stop = question.addButton(tr("&Stop them all"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopAllConfirmButton"));
    stop->setAccessibleName(tr("Stop all recordings"));
    QPushButton *cancel = question.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("stopAllCancelButton"));
    cancel->setAccessibleName(tr("Do not stop them"));
    question.setDefaultButton(cancel);
    question.setEscapeButton(cancel);
    question.exec();
    if (question.clickedButton() == stop) {
        // Counted again: some may have ended while the question was open.
        stopRecordings(recordingsToStop());
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(m_options.demo ? tr("Vigie — demo with the CXone simulator") : tr("Vigie"));
    m_stopAll->setText(tr("Stop &all recordings…"));
    m_stopAll->setToolTip(tr("Stop every recording running in CXone, after a confirmation"));
    updateActions();
}
