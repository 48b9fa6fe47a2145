#include "window/MainWindow.h"

#include "dialogs/AuditHistoryDialog.h"
#include "kiosk/KioskGuard.h"
#include "kiosk/LockScreen.h"
#include "panels/AgentsPanel.h"
#include "panels/ConnectionIndicator.h"
#include "panels/RecordingPanel.h"
#include "panels/RecordingsTabs.h"
#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "shell/UiSettings.h"
#include "signin/SignInDialog.h"
#include "signin/SignInFlow.h"
#include "widgets/AnnouncementLabel.h"
#include "window/MainMenuBar.h"

#include <QCloseEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
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
    , m_tabs(new RecordingsTabs(session->tracker(), m_log, this))
    , m_connection(new ConnectionIndicator(session, options.demo, this))
    , m_menus(new MainMenuBar(languages,
          { options.kiosk, options.kiosk && !options.language.isEmpty(), m_agents->searchAction(),
              m_recording->actions() },
          this))
    , m_workPage(buildWorkPage())
    , m_lockScreen(new LockScreen(this))
    , m_pages(new QStackedWidget(this))
    , m_kiosk(new KioskGuard(this, session->tokens(), { options.kiosk, options.kioskPinHash, options.idleLockMs }))
    , m_announcement(new AnnouncementLabel(this))
    , m_announcer(new SessionAnnouncer(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    setMenuBar(m_menus);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_workPage);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    m_signIn->setRememberAllowed(options.keepKeyInKeychain);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_announcement, 1);
    statusBar()->addPermanentWidget(m_connection->refreshStatus());
    statusBar()->addPermanentWidget(m_connection->connectionStatus());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->show();
    }
    connectPanels();
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
    connect(m_agents, &AgentsPanel::startRequested, m_recording, &RecordingPanel::requestStart);
    m_recording->setSelectionSource([this] { return m_agents->selectedAgents(); });
    connect(m_recording, &RecordingPanel::startRequested, this, &MainWindow::startSelected);
    connect(m_recording, &RecordingPanel::stopRequested, this, &MainWindow::stopSelected);
    connect(m_recording, &RecordingPanel::extendRequested, this, &MainWindow::extendSelected);
    connect(m_recording, &RecordingPanel::purposeMissing, m_announcer, &SessionAnnouncer::purposeMissing);
    connect(m_tabs, &RecordingsTabs::stopRequested, this, &MainWindow::stopActive);
    connect(m_lockScreen, &LockScreen::unlockRequested, m_signIn, [this] { m_signIn->begin(std::nullopt); });
    connect(m_kiosk, &KioskGuard::idle, this, &MainWindow::lock);

    connect(m_session->tokens(), &TokenProvider::stateChanged, this, &MainWindow::updateActions);
    connect(m_session->tokens(), &TokenProvider::signedIn, this, &MainWindow::unlock);
    connect(m_session->controller(), &RecordingController::pendingChanged, this, &MainWindow::updateActions);

    connect(m_signIn, &SignInFlow::message, this, &MainWindow::announce);
    connect(m_announcer, &SessionAnnouncer::announcement, this, &MainWindow::announce);
    connect(m_announcer, &SessionAnnouncer::notification, this, [this](const QString &title, const QString &text) {
        if (m_tray && !isLocked()) {
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
        }
    });
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
    m_recording->showSelection(m_agents->selectedCount(), signedIn && m_session->controller()->pendingCount() == 0);
    m_menus->setSignedIn(signedIn);
}

void MainWindow::startSelected(int seconds, const QString &purpose)
{
    const QVector<Agent> agents = m_agents->selectedAgents();
    if (agents.isEmpty()) {
        return;
    }
    m_agents->clearFailures(agents);
    m_announcer->startingRecordings(int(agents.size()), seconds);
    m_session->controller()->start(agents, seconds, purpose);
}

void MainWindow::stopSelected()
{
    QVector<qint64> contactIds;
    for (const TrackedRecording &recording : m_agents->selectedRecordings()) {
        contactIds.append(recording.contactId);
    }
    if (contactIds.isEmpty()) {
        m_announcer->noneOfTheSelectionRecorded();
        return;
    }
    m_session->controller()->stop(contactIds);
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

void MainWindow::stopActive(const QVector<qint64> &contactIds)
{
    if (contactIds.isEmpty()) {
        m_announcer->noActiveRecordingSelected();
        return;
    }
    m_session->controller()->stop(contactIds);
}

void MainWindow::openAuditHistory()
{
    auto *dialog
        = new AuditHistoryDialog(m_session->auditLog(), m_options.kiosk ? m_options.exportFolder : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::lock()
{
    if (isLocked()) {
        return;
    }
    m_pages->setCurrentWidget(m_lockScreen);
    m_menus->setEnabled(false);
    if (SignInDialog *dialog = m_signIn->dialog()) {
        dialog->close();
    }
    for (QDialog *dialog : findChildren<QDialog *>()) {
        dialog->close();
    }
    // Names must not stay readable behind the lock screen, even to accessibility tools.
    m_agents->conceal();
    m_tabs->setConcealed(true);
    m_session->tokens()->signOut();
    m_lockScreen->focusUnlock();
    m_announcer->stationLocked();
}

void MainWindow::unlock()
{
    m_tabs->setConcealed(false);
    m_pages->setCurrentWidget(m_workPage);
    m_menus->setEnabled(true);
}

bool MainWindow::isLocked() const { return m_pages->currentWidget() == m_lockScreen; }

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
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
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    m_agents->saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_options.demo ? tr("Vigie — demo with the CXone simulator") : tr("Vigie"));
    updateActions();
}
