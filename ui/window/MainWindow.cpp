#include "window/MainWindow.h"
#include "version/VigieVersion.h"

#include "dialogs/AuditHistoryDialog.h"
#include "kiosk/IdleWatcher.h"
#include "kiosk/PinDialog.h"
#include "models/ActiveRecordingsModel.h"
#include "models/AgentFilterProxy.h"
#include "models/AgentTableModel.h"
#include "models/RecordingHistoryModel.h"
#include "session/SupervisorSession.h"
#include "shell/Appearance.h"
#include "shell/LanguageSwitcher.h"
#include "signin/SignInDialog.h"
#include "signin/SignInFlow.h"
#include "text/AgentStateText.h"
#include "text/Formatting.h"
#include "text/OutcomeText.h"
#include "views/ActiveRecordingsView.h"
#include "widgets/DurationPicker.h"
#include "window/AuditMenu.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace {
const QString kDurationKey = QStringLiteral("Recording/DurationSeconds");
const QString kGeometryKey = QStringLiteral("Window/Geometry");
const QString kStateKey = QStringLiteral("Window/State");
const QString kAgentHeaderKey = QStringLiteral("Window/AgentHeader");
const QString kLanguageKey = QStringLiteral("General/Language");
} // namespace

MainWindow::MainWindow(SupervisorSession *session, LanguageSwitcher *languages, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_languages(languages)
    , m_options(options)
    , m_signIn(new SignInFlow(session, this))
    , m_agentModel(new AgentTableModel(session->tracker(), session->controller(), this))
    , m_agentProxy(new AgentFilterProxy(m_agentModel, this))
    , m_activeModel(new ActiveRecordingsModel(session->tracker(), this))
    , m_historyModel(new RecordingHistoryModel(session->tracker(), this))
    , m_log(new ActivityLogModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    buildActions();
    buildWidgets();
    connectSession();
    retranslate();
    restoreSettings();
    updateActions();
    updateConnectionStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    m_signInAction = m_sessionMenu->addAction(QString(), this, [this] { m_signIn->showDialog(); });
    m_signInAction->setObjectName(QStringLiteral("actionSignIn"));
    m_signOutAction = m_sessionMenu->addAction(QString(), this, [this] { m_signIn->signOut(); });
    m_signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    m_sessionMenu->addSeparator();
    m_quitAction = m_sessionMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_leaveKioskAction = m_sessionMenu->addAction(QString(), this, &MainWindow::leaveKiosk);
    m_leaveKioskAction->setObjectName(QStringLiteral("actionLeaveKiosk"));
    // In kiosk mode the station is the application: quitting goes through the PIN.
    m_quitAction->setVisible(!m_options.kiosk);
    m_leaveKioskAction->setVisible(m_options.kiosk);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] { m_session->directory()->reload(); });
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    // Not QKeySequence::Refresh: on X11 it includes Ctrl+R, which would make Start's shortcut ambiguous.
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_searchAction = m_viewMenu->addAction(QString());
    m_searchAction->setObjectName(QStringLiteral("actionSearch"));
    m_searchAction->setShortcut(QKeySequence::Find);
    m_appearance = new Appearance(this);
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *themeGroup = new QActionGroup(this);
    const QString savedTheme = QSettings().value(QStringLiteral("View/Theme")).toString();
    for (const auto &[action, theme, name] :
        { std::tuple { &m_systemThemeAction, Appearance::Theme::System, "actionThemeSystem" },
            std::tuple { &m_lightThemeAction, Appearance::Theme::Light, "actionThemeLight" },
            std::tuple { &m_darkThemeAction, Appearance::Theme::Dark, "actionThemeDark" } }) {
        *action = m_appearanceMenu->addAction(QString());
        (*action)->setObjectName(QLatin1String(name));
        (*action)->setCheckable(true);
        (*action)->setChecked(Appearance::fromSettingsName(savedTheme) == theme);
        themeGroup->addAction(*action);
        const Appearance::Theme chosen = theme;
        connect(*action, &QAction::triggered, this, [this, chosen] {
            m_appearance->apply(chosen);
            QSettings().setValue(QStringLiteral("View/Theme"), Appearance::settingsName(chosen));
        });
    }
    if (Appearance::fromSettingsName(savedTheme) != Appearance::Theme::System) {
        m_appearance->apply(Appearance::fromSettingsName(savedTheme));
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    m_frenchAction = m_languageMenu->addAction(QStringLiteral("Français"));
    m_frenchAction->setObjectName(QStringLiteral("actionLanguageFrench"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_englishAction->setObjectName(QStringLiteral("actionLanguageEnglish"));
    for (QAction *action : { m_frenchAction, m_englishAction }) {
        action->setCheckable(true);
        languageGroup->addAction(action);
    }
    connect(m_frenchAction, &QAction::triggered, this, [this] { m_languages->apply(QStringLiteral("fr")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { m_languages->apply(QStringLiteral("en")); });
    connect(m_languages, &LanguageSwitcher::languageChanged, this, [this](const QString &language) {
        QSettings().setValue(kLanguageKey, language);
        m_frenchAction->setChecked(language == QLatin1String("fr"));
        m_englishAction->setChecked(language == QLatin1String("en"));
    });
    m_frenchAction->setChecked(m_languages->current() == QLatin1String("fr"));
    m_englishAction->setChecked(m_languages->current() == QLatin1String("en"));
    // A provisioned language is the administrator's choice on a kiosk station.
    m_languageMenu->setEnabled(!(m_options.kiosk && !m_options.language.isEmpty()));

    // Shortcuts live on actions, not on the buttons: a button's mnemonic (&r) would replace them.
    m_recordingMenu = menuBar()->addMenu(QString());
    m_recordingMenu->setObjectName(QStringLiteral("recordingMenu"));
    m_startAction = m_recordingMenu->addAction(
        QIcon(QStringLiteral(":/icons/record.svg")), QString(), this, &MainWindow::startSelected);
    m_startAction->setObjectName(QStringLiteral("actionStartRecording"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stopAction = m_recordingMenu->addAction(
        QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this, &MainWindow::stopSelected);
    m_stopAction->setObjectName(QStringLiteral("actionStopRecording"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_extendAction = m_recordingMenu->addAction(QString(), this, &MainWindow::extendSelected);
    m_extendAction->setObjectName(QStringLiteral("actionExtendRecording"));
    m_extendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Vigie"),
            tr("<p><b>Vigie %1</b></p><p>Starts and stops screen interaction recordings of NICE "
               "CXone agents, and keeps track of every recording until it ends.</p>")
                .arg(QStringLiteral(VIGIE_VERSION)));
    });
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_auditAction = new QAction(this);
    m_auditAction->setObjectName(QStringLiteral("actionAuditHistory"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::openAuditHistory);
    m_viewMenu->insertAction(m_languageMenu->menuAction(), m_auditAction);
    menuBar()->insertMenu(
        m_helpMenu->menuAction(), new AuditMenu(m_session, m_options.kiosk ? m_options.exportFolder : QString(), this));
}

void MainWindow::buildWidgets()
{
    // Agents
    m_agentsBox = new QGroupBox(this);
    m_agentsBox->setObjectName(QStringLiteral("agentsBox"));
    m_search = new QLineEdit(m_agentsBox);
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setClearButtonEnabled(true);
    m_teamFilter = new QComboBox(m_agentsBox);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter = new QComboBox(m_agentsBox);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agentTable = new QTableView(m_agentsBox);
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentTable->setModel(m_agentProxy);
    m_agentTable->setSortingEnabled(true);
    m_agentTable->sortByColumn(AgentTableModel::NameColumn, Qt::AscendingOrder);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_agentTable->setAlternatingRowColors(true);
    m_agentTable->setWordWrap(false);
    m_agentTable->verticalHeader()->setVisible(false);
    // Uniform rows: the view never measures 20,000 rows to lay itself out.
    m_agentTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_agentTable->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_agentTable->setColumnWidth(AgentTableModel::NameColumn, 22 * character);
    m_agentTable->setColumnWidth(AgentTableModel::TeamColumn, 22 * character);
    m_agentTable->setColumnWidth(AgentTableModel::StateColumn, 17 * character);
    m_agentTable->setColumnWidth(AgentTableModel::TimeInStateColumn, 17 * character);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_teamFilter);
    filters->addWidget(m_stateFilter);
    auto *agentsLayout = new QVBoxLayout(m_agentsBox);
    agentsLayout->addLayout(filters);
    agentsLayout->addWidget(m_agentTable);

    // Duration and actions
    m_recordBox = new QGroupBox(this);
    m_recordBox->setObjectName(QStringLiteral("recordingBox"));
    m_duration = new DurationPicker(m_recordBox);
    m_selectionLabel = new QLabel(m_recordBox);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setWordWrap(true);
    m_startButton = new QPushButton(m_recordBox);
    m_startButton->setObjectName(QStringLiteral("startRecordingButton"));
    m_startButton->setIcon(QIcon(QStringLiteral(":/icons/record.svg")));
    m_stopButton = new QPushButton(m_recordBox);
    m_stopButton->setObjectName(QStringLiteral("stopSelectedButton"));
    m_stopButton->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_extendButton = new QPushButton(m_recordBox);
    m_extendButton->setObjectName(QStringLiteral("extendButton"));
    m_purposeLabel = new QLabel(m_recordBox);
    m_purpose = new QComboBox(m_recordBox);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    m_purpose->setEditable(true);
    m_purpose->setInsertPolicy(QComboBox::NoInsert);
    m_purpose->lineEdit()->setMaxLength(120);
    m_purposeLabel->setBuddy(m_purpose);
    m_pendingProgress = new QProgressBar(m_recordBox);
    m_pendingProgress->setObjectName(QStringLiteral("batchProgress"));
    m_pendingProgress->setVisible(false);
    m_cancelBatchButton = new QPushButton(m_recordBox);
    m_cancelBatchButton->setObjectName(QStringLiteral("cancelBatchButton"));
    m_cancelBatchButton->setVisible(false);

    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_purposeLabel);
    purposeRow->addWidget(m_purpose, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_extendButton);
    buttons->addStretch();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_pendingProgress, 1);
    progressRow->addWidget(m_cancelBatchButton);
    auto *recordLayout = new QVBoxLayout(m_recordBox);
    recordLayout->addWidget(m_duration);
    recordLayout->addLayout(purposeRow);
    recordLayout->addWidget(m_selectionLabel);
    recordLayout->addLayout(buttons);
    recordLayout->addLayout(progressRow);
    recordLayout->addStretch();

    // Recordings, history, log
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordingTabs"));
    m_activeView = new ActiveRecordingsView(m_activeModel, m_tabs);
    m_historyView = new QTableView(m_tabs);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_historyModel);
    m_historyView->verticalHeader()->setVisible(false);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView = new QListView(m_tabs);
    m_logView->setObjectName(QStringLiteral("activityLogView"));
    m_logView->setModel(m_log);
    m_logView->setWordWrap(true);
    m_logView->setUniformItemSizes(false);
    m_stopActiveButton = new QPushButton(m_tabs);
    m_stopActiveButton->setObjectName(QStringLiteral("stopActiveButton"));
    m_stopActiveButton->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    auto *activePage = new QWidget(m_tabs);
    activePage->setObjectName(QStringLiteral("activeRecordingsPage"));
    auto *activeLayout = new QVBoxLayout(activePage);
    activeLayout->setContentsMargins(0, 0, 0, 0);
    activeLayout->addWidget(m_activeView, 1);
    auto *activeButtons = new QHBoxLayout;
    activeButtons->addStretch();
    activeButtons->addWidget(m_stopActiveButton);
    activeLayout->addLayout(activeButtons);
    m_tabs->addTab(activePage, QString());
    m_tabs->addTab(m_historyView, QString());
    m_tabs->addTab(m_logView, QString());

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->addWidget(m_agentsBox);
    top->addWidget(m_recordBox);
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

    m_connectionBanner = new QLabel(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setMargin(8);
    m_connectionBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_connectionBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xb2));
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    m_connectionBanner->setPalette(bannerPalette);
    m_connectionBanner->setVisible(false);
    m_workPage = new QWidget(this);
    m_workPage->setObjectName(QStringLiteral("workPage"));
    auto *workLayout = new QVBoxLayout(m_workPage);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_connectionBanner);
    workLayout->addWidget(main, 1);

    m_lockPage = new QWidget(this);
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    m_lockTitle = new QLabel(m_lockPage);
    m_lockTitle->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = m_lockTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_lockTitle->setFont(titleFont);
    m_lockText = new QLabel(m_lockPage);
    m_lockText->setObjectName(QStringLiteral("lockText"));
    m_lockText->setWordWrap(true);
    m_unlockButton = new QPushButton(m_lockPage);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    auto *lockLayout = new QVBoxLayout(m_lockPage);
    lockLayout->addStretch();
    lockLayout->addWidget(m_lockTitle, 0, Qt::AlignHCenter);
    lockLayout->addWidget(m_lockText, 0, Qt::AlignHCenter);
    lockLayout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    lockLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_workPage);
    m_pages->addWidget(m_lockPage);
    setCentralWidget(m_pages);
    connect(m_unlockButton, &QPushButton::clicked, this, [this] { m_signIn->begin(std::nullopt); });

    if (m_options.idleLockMs > 0) {
        m_idle = new IdleWatcher(m_options.idleLockMs, this);
        connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    }
    if (m_options.kiosk) {
        m_purpose->setEditable(false); // only the administrator's purposes
        m_signIn->setRememberAllowed(m_options.keepKeyInKeychain);
    }

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_refreshStatus = new QLabel(this);
    m_refreshStatus->setObjectName(QStringLiteral("lastRefreshStatus"));
    m_announcement = new QLabel(this);
    m_announcement->setObjectName(QStringLiteral("announcementLabel"));
    statusBar()->addWidget(m_announcement, 1);
    statusBar()->addPermanentWidget(m_refreshStatus);
    statusBar()->addPermanentWidget(m_connectionStatus);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->show();
    }

    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, m_agentProxy, &AgentFilterProxy::setSearchText);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_agentProxy->setTeam(m_teamFilter->currentData().toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_agentProxy->setState(m_stateFilter->currentData().toString()); });
    connect(m_agentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_agentTable, &QTableView::activated, this, &MainWindow::startSelected);
    connect(m_startButton, &QPushButton::clicked, this, &MainWindow::startSelected);
    connect(m_stopButton, &QPushButton::clicked, this, &MainWindow::stopSelected);
    connect(m_extendButton, &QPushButton::clicked, this, &MainWindow::extendSelected);
    connect(m_cancelBatchButton, &QPushButton::clicked, m_session->controller(), &RecordingController::cancelQueued);
    connect(m_activeView, &ActiveRecordingsView::stopRequested, this,
        [this](qint64 contactId) { m_session->controller()->stop({ contactId }); });
    connect(m_stopActiveButton, &QPushButton::clicked, this, [this] {
        const QVector<qint64> contactIds = m_activeView->selectedContactIds();
        if (contactIds.isEmpty()) {
            announce(ActivityLogModel::Severity::Information, tr("Select one or more active recordings to stop."));
            return;
        }
        m_session->controller()->stop(contactIds);
    });
    connect(m_duration, &DurationPicker::durationChanged, this,
        [](int seconds) { QSettings().setValue(kDurationKey, seconds); });
    connect(m_signIn, &SignInFlow::message, this, &MainWindow::announce);

    setTabOrder(m_search, m_teamFilter);
    setTabOrder(m_teamFilter, m_stateFilter);
    setTabOrder(m_stateFilter, m_agentTable);
}

void MainWindow::connectSession()
{
    TokenProvider *tokens = m_session->tokens();
    AgentDirectory *directory = m_session->directory();
    RecordingController *controller = m_session->controller();
    RecordingTracker *tracker = m_session->tracker();

    connect(tokens, &TokenProvider::stateChanged, this, [this] {
        updateConnectionStatus();
        updateActions();
        if (m_idle) {
            m_idle->setActive(m_session->tokens()->hasToken());
        }
    });
    connect(tokens, &TokenProvider::signedIn, this, [this] {
        m_activeView->setConcealed(false);
        m_historyView->setModel(m_historyModel);
        m_logView->setModel(m_log);
        m_pages->setCurrentWidget(m_workPage);
        menuBar()->setEnabled(true);
    });
    connect(directory, &AgentDirectory::loadProgress, this, [this](int loaded, int total) {
        m_refreshStatus->setText(
            tr("Loading agents: %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(directory, &AgentDirectory::agentsLoaded, this, [this](const QVector<Agent> &agents) {
        m_agentModel->setAgents(agents);
        refreshFilterChoices();
        updateConnectionStatus();
        announce(ActivityLogModel::Severity::Information, tr("%n agent(s) listed.", nullptr, int(agents.size())));
    });
    connect(directory, &AgentDirectory::statesChanged, this, [this](const QVector<AgentStateChange> &changes) {
        m_agentModel->applyStateChanges(changes);
        updateConnectionStatus();
    });
    connect(directory, &AgentDirectory::loadFailed, this, [this](ApiOutcome outcome) {
        announce(ActivityLogModel::Severity::Error,
            tr("The agent list could not be loaded: %1").arg(OutcomeText::common(outcome)));
        showConnectionProblem(outcome);
        updateConnectionStatus();
    });
    connect(directory, &AgentDirectory::refreshFailed, this, &MainWindow::showConnectionProblem);
    connect(directory, &AgentDirectory::refreshSucceeded, this, [this] {
        if (m_connectionBanner->isVisible()) {
            m_connectionBanner->setVisible(false);
            announce(ActivityLogModel::Severity::Success, tr("Connection to CXone restored."));
        }
        updateConnectionStatus();
    });

    connect(controller, &RecordingController::pendingChanged, this, &MainWindow::updateActions);
    connect(controller, &RecordingController::batchProgress, this, [this](int done, int total) {
        m_pendingProgress->setRange(0, total);
        m_pendingProgress->setValue(done);
        m_pendingProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
        m_pendingProgress->setAccessibleName(tr("Requests to CXone: %1 of %2 done").arg(done).arg(total));
        m_pendingProgress->setVisible(true);
        m_cancelBatchButton->setVisible(total > 1);
    });
    connect(controller, &RecordingController::batchFinished, this, &MainWindow::showBatchSummary);
    connect(controller, &RecordingController::started, this, &MainWindow::handleStarted);
    connect(controller, &RecordingController::startFailed, this,
        [this](const QString &userId, const QString &agentName, const StartResult &result) {
            m_agentModel->setFailure(userId, OutcomeText::shortReason(result.outcome));
            announce(ActivityLogModel::Severity::Error,
                tr("Recording of %1 did not start. %2 (%3)")
                    .arg(agentName, OutcomeText::startFailure(result.outcome), result.detail));
        });
    connect(controller, &RecordingController::stopped, this, [this](const TrackedRecording &recording, StopKind kind) {
        announce(ActivityLogModel::Severity::Success,
            kind == StopKind::HadAlreadyEnded ? tr("The recording of %1 had already ended.").arg(recording.agentName)
                                              : tr("Recording of %1 stopped.").arg(recording.agentName));
    });
    connect(controller, &RecordingController::stopFailed, this,
        [this](const TrackedRecording &recording, const StopResult &result) {
            announce(ActivityLogModel::Severity::Error,
                tr("Recording of %1 could not be stopped. %2 (%3)")
                    .arg(recording.agentName, OutcomeText::stopFailure(result.outcome), result.detail));
        });
    connect(tracker, &RecordingTracker::recordingEnded, this, &MainWindow::handleEnded);
    connect(tracker, &RecordingTracker::persistenceFailed, this, [this](const QString &error) {
        announce(ActivityLogModel::Severity::Error,
            tr("Vigie cannot save its list of active recordings (%1). They are kept in memory and saving is "
               "retried every second; do not close Vigie until this is solved.")
                .arg(error));
    });
    connect(tracker, &RecordingTracker::persistenceRestored, this,
        [this] { announce(ActivityLogModel::Severity::Success, tr("The list of active recordings is saved again.")); });
    connect(tracker, &RecordingTracker::ticked, this, [this] {
        // Time in state and the countdowns move every second for many rows: repainting the two
        // visible columns reads the new values, where a dataChanged per row would make the proxy
        // map thousands of rows each second. The active recordings list signals its countdowns.
        QHeaderView *header = m_agentTable->horizontalHeader();
        for (int column : { int(AgentTableModel::TimeInStateColumn), int(AgentTableModel::RecordingColumn) }) {
            const int x = header->sectionViewportPosition(column);
            m_agentTable->viewport()->update(
                QRect(x, 0, header->sectionSize(column), m_agentTable->viewport()->height()));
        }
    });
}

QVector<Agent> MainWindow::selectedAgents() const
{
    QVector<Agent> agents;
    const QModelIndexList rows = m_agentTable->selectionModel()->selectedRows();
    agents.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        agents.append(m_agentModel->agentAt(m_agentProxy->mapToSource(row).row()));
    }
    return agents;
}

void MainWindow::startSelected()
{
    const QVector<Agent> agents = selectedAgents();
    if (agents.isEmpty() || !m_startButton->isEnabled()) {
        return;
    }
    const QString purpose = m_purpose->currentText().trimmed();
    if (purpose.isEmpty()) {
        announce(ActivityLogModel::Severity::Warning,
            tr("Give the purpose of the recording first: it is kept in the audit trail."));
        m_purpose->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (const Agent &agent : agents) {
        m_agentModel->clearFailure(m_session->controller()->userIdFor(agent));
    }
    announce(ActivityLogModel::Severity::Information,
        tr("Starting %n recording(s) of %1…", nullptr, int(agents.size()))
            .arg(Formatting::spoken(m_duration->seconds())));
    m_session->controller()->start(agents, m_duration->seconds(), purpose);
}

void MainWindow::stopSelected()
{
    QVector<qint64> contactIds;
    for (const Agent &agent : selectedAgents()) {
        if (const TrackedRecording *recording
            = m_session->tracker()->activeForUser(m_session->controller()->userIdFor(agent))) {
            contactIds.append(recording->contactId);
        }
    }
    if (contactIds.isEmpty()) {
        announce(ActivityLogModel::Severity::Information, tr("None of the selected agents is being recorded."));
        return;
    }
    m_session->controller()->stop(contactIds);
}

void MainWindow::extendSelected()
{
    int extended = 0;
    for (const Agent &agent : selectedAgents()) {
        if (const TrackedRecording *recording
            = m_session->tracker()->activeForUser(m_session->controller()->userIdFor(agent))) {
            announce(ActivityLogModel::Severity::Information,
                tr("Extending the recording of %1 to %2: CXone cannot change a running recording, so Vigie stops "
                   "it and starts a new one.")
                    .arg(recording->agentName, Formatting::spoken(m_duration->seconds())));
            m_session->controller()->extend(recording->contactId, m_duration->seconds());
            ++extended;
        }
    }
    if (extended == 0) {
        announce(ActivityLogModel::Severity::Information, tr("None of the selected agents is being recorded."));
    }
}

void MainWindow::showBatchSummary(const RecordingController::BatchSummary &summary)
{
    m_pendingProgress->setVisible(false);
    m_cancelBatchButton->setVisible(false);
    if (summary.requested <= 1) {
        return; // a single request has already been reported on its own
    }
    QStringList failures;
    for (const RecordingController::Failure &failure : summary.failures) {
        failures.append(tr("%1 (%2)").arg(failure.agentName, OutcomeText::shortReason(failure.outcome)));
    }
    QString text = tr("Done: %n request(s) succeeded out of %1", nullptr, summary.succeeded).arg(summary.requested)
        + QStringLiteral(", ") + tr("%n failed", nullptr, int(summary.failures.size())) + QStringLiteral(", ")
        + tr("%n cancelled.", nullptr, summary.cancelled);
    if (!failures.isEmpty()) {
        text += QLatin1Char(' ') + tr("Failed: %1.").arg(failures.mid(0, 20).join(QStringLiteral(", ")));
    }
    announce(
        summary.failures.isEmpty() ? ActivityLogModel::Severity::Success : ActivityLogModel::Severity::Warning, text);
}

void MainWindow::openAuditHistory()
{
    auto *dialog
        = new AuditHistoryDialog(m_session->auditLog(), m_options.kiosk ? m_options.exportFolder : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::handleStarted(const TrackedRecording &recording, StartKind kind, SaveState saved)
{
    const QString endsAt = Formatting::timeOfDay(recording.endsAtUtc());
    if (kind == StartKind::AlreadyRunning) {
        announce(ActivityLogModel::Severity::Warning,
            tr("%1 is already being recorded; that recording ends at %2 and was not changed.")
                .arg(recording.agentName, endsAt));
    } else {
        announce(ActivityLogModel::Severity::Success,
            tr("Recording %1 until %2 (contact %3).")
                .arg(recording.agentName, endsAt, QString::number(recording.contactId)));
    }
    if (saved == SaveState::NotSaved) {
        announce(ActivityLogModel::Severity::Error,
            tr("The recording of %1 is running but could not be saved to disk yet.").arg(recording.agentName));
    }
}

void MainWindow::showConnectionProblem(ApiOutcome outcome)
{
    const QString text = tr("Connection problem: %1 Vigie keeps trying; active recordings keep counting down.")
                             .arg(OutcomeText::common(outcome));
    m_connectionStatus->setText(tr("Connection problem: %1").arg(OutcomeText::shortReason(outcome)));
    if (!m_connectionBanner->isVisible() || m_connectionBanner->text() != text) {
        m_connectionBanner->setText(text);
        m_connectionBanner->setAccessibleName(text);
        m_connectionBanner->setVisible(true);
        QAccessibleEvent alert(m_connectionBanner, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MainWindow::lock()
{
    if (isLocked()) {
        return;
    }
    m_pages->setCurrentWidget(m_lockPage);
    menuBar()->setEnabled(false);
    if (SignInDialog *dialog = m_signIn->dialog()) {
        dialog->close();
    }
    for (QDialog *dialog : findChildren<QDialog *>()) {
        dialog->close();
    }
    // Names must not stay readable behind the lock screen, even to accessibility tools.
    m_agentModel->setAgents({});
    m_activeView->setConcealed(true);
    m_historyView->setModel(nullptr);
    m_logView->setModel(nullptr);
    m_session->tokens()->signOut();
    m_unlockButton->setFocus();
    announce(ActivityLogModel::Severity::Information, tr("The station was locked after a period without activity."));
}

bool MainWindow::isLocked() const { return m_pages->currentWidget() == m_lockPage; }

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
    announce(ActivityLogModel::Severity::Information, tr("Vigie is already open: here it is."));
}

void MainWindow::showKiosk(const QString &screenName)
{
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    auto placeOnScreen = [this, screenName] {
        QScreen *target = QGuiApplication::primaryScreen();
        for (QScreen *screen : QGuiApplication::screens()) {
            if (screen->name() == screenName) {
                target = screen;
            }
        }
        if (!target) {
            return;
        }
        if (windowHandle()) {
            windowHandle()->setScreen(target);
        }
        setGeometry(target->geometry());
        showFullScreen();
    };
    placeOnScreen();
    connect(qApp, &QGuiApplication::screenAdded, this, placeOnScreen);
    connect(qApp, &QGuiApplication::screenRemoved, this, placeOnScreen);
    connect(qApp, &QGuiApplication::primaryScreenChanged, this, placeOnScreen);
    for (QScreen *screen : QGuiApplication::screens()) {
        connect(screen, &QScreen::geometryChanged, this, placeOnScreen);
    }
}

void MainWindow::leaveKiosk()
{
    PinDialog dialog(m_options.kioskPinHash, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_leavingKiosk = true;
        close();
    }
}

void MainWindow::handleEnded(const TrackedRecording &recording)
{
    if (recording.endReason != TrackedRecording::EndReason::Elapsed) {
        return; // stops are announced by the controller's signals
    }
    const QString text = tr("The recording of %1 has ended.").arg(recording.agentName);
    announce(ActivityLogModel::Severity::Information, text);
    if (m_tray && !isLocked()) {
        m_tray->showMessage(tr("Recording ended"), text, QSystemTrayIcon::Information, 8000);
    }
}

void MainWindow::announce(ActivityLogModel::Severity severity, const QString &message)
{
    m_log->add(severity, message);
    m_announcement->setText(message);
    m_announcement->setToolTip(message);
    m_announcement->setAccessibleName(message);
    QAccessibleEvent event(m_announcement, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    if (severity == ActivityLogModel::Severity::Error || severity == ActivityLogModel::Severity::Warning) {
        QAccessibleEvent alert(m_announcement, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MainWindow::updateActions()
{
    const bool signedIn = m_session->tokens()->hasToken();
    const int selected = m_agentTable->selectionModel()->selectedRows().size();
    const int pending = m_session->controller()->pendingCount();
    m_startButton->setEnabled(signedIn && selected > 0 && pending == 0);
    m_stopButton->setEnabled(signedIn && selected > 0 && pending == 0);
    m_extendButton->setEnabled(signedIn && selected > 0 && pending == 0);
    m_startAction->setEnabled(m_startButton->isEnabled());
    m_stopAction->setEnabled(m_stopButton->isEnabled());
    m_extendAction->setEnabled(m_extendButton->isEnabled());
    m_signOutAction->setEnabled(signedIn);
    m_signInAction->setEnabled(!signedIn);
    m_refreshAction->setEnabled(signedIn);
    m_selectionLabel->setText(
        selected == 0 ? tr("Select one or more agents in the list.") : tr("%n agent(s) selected.", nullptr, selected));
}

void MainWindow::updateConnectionStatus()
{
    switch (m_session->tokens()->state()) {
    case TokenProvider::State::SignedOut:
        m_connectionStatus->setText(tr("Not signed in"));
        break;
    case TokenProvider::State::SigningIn:
        m_connectionStatus->setText(tr("Signing in…"));
        break;
    case TokenProvider::State::SignedIn:
    case TokenProvider::State::Refreshing:
        m_connectionStatus->setText(m_options.demo ? tr("Connected to the CXone simulator (demo)")
                                                   : tr("Connected to %1").arg(m_session->tokens()->apiBase().host()));
        break;
    }
    m_connectionStatus->setAccessibleName(m_connectionStatus->text());
    const QDateTime refreshed = m_session->directory()->lastRefreshUtc();
    m_refreshStatus->setText(
        refreshed.isValid() ? tr("Agents updated at %1").arg(Formatting::timeOfDay(refreshed)) : QString());
    m_refreshStatus->setAccessibleName(m_refreshStatus->text());
}

void MainWindow::refreshFilterChoices()
{
    const QString team = m_teamFilter->currentData().toString();
    const QString state = m_stateFilter->currentData().toString();
    {
        const QSignalBlocker blockTeams(m_teamFilter);
        const QSignalBlocker blockStates(m_stateFilter);
        m_teamFilter->clear();
        m_teamFilter->addItem(tr("All teams"), QString());
        for (const QString &name : m_agentModel->teams()) {
            m_teamFilter->addItem(name, name);
        }
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"), QString());
        for (const QString &name : m_agentModel->states()) {
            m_stateFilter->addItem(AgentStateText::name(name), name);
        }
        m_teamFilter->setCurrentIndex(qMax(0, m_teamFilter->findData(team)));
        m_stateFilter->setCurrentIndex(qMax(0, m_stateFilter->findData(state)));
    }
    m_agentProxy->setTeam(m_teamFilter->currentData().toString());
    m_agentProxy->setState(m_stateFilter->currentData().toString());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const int provisioned = m_options.defaultDurationSeconds;
    // A kiosk station starts every session from the administrator's default.
    m_duration->setSeconds(m_options.kiosk && provisioned > 0
            ? provisioned
            : settings.value(kDurationKey, provisioned > 0 ? provisioned : m_duration->seconds()).toInt());
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1200, 760);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_agentTable->horizontalHeader()->restoreState(settings.value(kAgentHeaderKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.kiosk && !m_leavingKiosk) {
        // Close button, Alt+F4, the window menu: none of them leaves a kiosk station.
        event->ignore();
        announce(ActivityLogModel::Severity::Information,
            tr("This station is in kiosk mode. An administrator can leave it from Session > Leave kiosk mode."));
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAgentHeaderKey, m_agentTable->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_options.demo ? tr("Vigie — demo with the CXone simulator") : tr("Vigie"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_signInAction->setText(tr("Sign &in…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_signOutAction->setToolTip(tr("Sign out and forget the remembered access key"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Reload agents"));
    m_searchAction->setText(tr("&Find an agent"));
    m_languageMenu->setTitle(tr("&Language"));
    m_appearanceMenu->setTitle(tr("A&ppearance"));
    m_systemThemeAction->setText(tr("As the &system"));
    m_lightThemeAction->setText(tr("&Light"));
    m_darkThemeAction->setText(tr("&Dark"));
    m_helpMenu->setTitle(tr("&Help"));
    m_recordingMenu->setTitle(tr("Re&cording"));
    m_startAction->setText(tr("&Start recording the selected agents"));
    m_stopAction->setText(tr("S&top recording the selected agents"));
    m_extendAction->setText(tr("&Extend their recordings"));
    m_aboutAction->setText(tr("&About Vigie"));

    m_agentsBox->setTitle(tr("Agents"));
    m_search->setPlaceholderText(tr("Search by name, user name or team (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search agents"));
    m_search->setToolTip(tr("Type part of a name, a user name or a team"));
    m_teamFilter->setAccessibleName(tr("Filter by team"));
    m_teamFilter->setToolTip(tr("Show only the agents of one team"));
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->setToolTip(tr("Show only the agents in one state"));
    m_agentTable->setAccessibleName(tr("Agents"));
    m_agentTable->setToolTip(tr("Select one or more agents; Enter starts recording them"));
    refreshFilterChoices();

    m_recordBox->setTitle(tr("Screen recording"));
    m_startButton->setText(tr("Start &recording"));
    m_startButton->setAccessibleName(tr("Start recording"));
    m_startButton->setToolTip(tr("Record the screens of the selected agents for the chosen duration (Ctrl+R)"));
    m_stopButton->setText(tr("S&top recording"));
    m_stopButton->setAccessibleName(tr("Stop recording"));
    m_stopButton->setToolTip(tr("Stop the recordings of the selected agents (Ctrl+Shift+R)"));
    m_extendButton->setText(tr("Exte&nd"));
    m_extendButton->setAccessibleName(tr("Extend recording"));
    m_extendButton->setToolTip(tr("Give the selected agents' recordings the chosen duration from now (Ctrl+E): CXone "
                                  "cannot extend a recording, so Vigie stops it and starts a new one"));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_purpose->setAccessibleName(tr("Purpose of the recording"));
    m_purpose->setToolTip(tr("Why these screens are recorded; kept with each recording in the audit trail"));
    const QString typedPurpose = m_purpose->currentText();
    const int presetIndex = m_purpose->currentIndex();
    const bool typedIsPreset = presetIndex >= 0 && m_purpose->itemText(presetIndex) == typedPurpose;
    const QStringList purposes = !m_options.purposes.isEmpty()
        ? m_options.purposes
        : QStringList { tr("Coaching"), tr("Quality review"), tr("Back-office audit"),
              tr("Investigation of a complaint") };
    m_purpose->clear();
    m_purpose->addItems(purposes);
    if (typedIsPreset || typedPurpose.isEmpty()) {
        m_purpose->setCurrentIndex(qMax(0, presetIndex));
    } else {
        m_purpose->setCurrentText(typedPurpose);
    }
    m_cancelBatchButton->setText(tr("Cancel"));
    m_cancelBatchButton->setAccessibleName(tr("Cancel the remaining requests"));
    m_cancelBatchButton->setToolTip(tr("Requests already sent finish; the others are not sent"));
    m_auditAction->setText(tr("&Audit trail…"));
    m_leaveKioskAction->setText(tr("&Leave kiosk mode…"));
    m_lockTitle->setText(tr("Station locked"));
    m_lockText->setText(tr("Agents and recordings are hidden. Active recordings go on and end as planned."));
    m_unlockButton->setText(tr("&Sign in to unlock"));
    m_unlockButton->setAccessibleName(tr("Sign in to unlock"));
    m_connectionBanner->setAccessibleDescription(tr("Connection problem"));

    m_tabs->setTabText(0, tr("Active recordings"));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabText(2, tr("Activity log"));
    m_tabs->setAccessibleName(tr("Recordings"));
    m_activeView->setAccessibleName(tr("Active recordings"));
    m_activeView->setToolTip(tr("Delete stops the selected recordings"));
    m_stopActiveButton->setText(tr("Stop the selected recordings"));
    m_stopActiveButton->setAccessibleName(tr("Stop the selected recordings"));
    m_stopActiveButton->setToolTip(tr("Stop the recordings selected in this list (Delete)"));
    m_historyView->setAccessibleName(tr("Recording history"));
    m_logView->setAccessibleName(tr("Activity log"));
    m_announcement->setAccessibleDescription(tr("Latest event"));

    m_agentModel->retranslate();
    m_activeModel->retranslate();
    m_historyModel->retranslate();
    updateActions();
    updateConnectionStatus();
}
