// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditHistoryDialog.h"
#include "models/ActiveRecordingsModel.h"
#include "models/RecordingHistoryModel.h"
#include "shell/LanguageSwitcher.h"
#include "signin/SignInDialog.h"
#include "signin/SignInFlow.h"
#include "support/InteractiveWidgets.h"
#include "support/VigieWindow.h"
#include "text/Formatting.h"
#include "views/ActiveRecordingsView.h"
#include "widgets/DurationPicker.h"
#include "widgets/DurationScale.h"
#include "widgets/ViewPlaceholder.h"
#include "window/MainWindow.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeEdit>
#include <QTimer>

// The real main window, driven through its widgets by objectName as a supervisor (or an
// automation tool) would, against the simulator over HTTP.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyInteractiveWidgetHasANameAndAnAccessibleName();
    void signInFailureIsExplainedThenSuccessLoadsAgents();
    void searchAsYouTypeAndFilters();
    void theScopeLabelSaysWhichAgentsAreListed_data();
    void theScopeLabelSaysWhichAgentsAreListed();
    void anAgentOutsideTheScopeCannotBeFoundNorRecorded();
    void aTeamWithoutScreenRecordingIsMarkedAndAskedAbout();
    void sliderReachesBothEnds();
    void durationBoundsHoldThroughTheUi_data();
    void durationBoundsHoldThroughTheUi();
    void extendIsBoundedToo();
    void theDurationIsSecondsToAccessibilityTools();
    void entrySliderAndPresetsStayInSync();
    void startTracksTheRecordingWithItsIds_data();
    void startTracksTheRecordingWithItsIds();
    void secondStartOfTheSameAgentInventsNothing();
    void failuresAreShownNextToTheAgentAndLogged_data();
    void failuresAreShownNextToTheAgentAndLogged();
    void stopButtonInTheRowStopsIt();
    void activatingAnAgentStartsNothing();
    void serverTextIsNeverRenderedAsMarkup();
    void evidenceProblemsShowAndUnansweredStopsAskBeforeQuitting();
    void activeRowMenuCopiesExtendsAndStops();
    void unconfirmedRowMenuOffersStopAndForgetOnly();
    void deleteStopsTheCurrentActiveRow();
    void agentRowMenuStartsStopsAndCopies();
    void aStartWhoseAnswerIsLostIsShownThenConfirmedAndStoppable();
    void anUnconfirmedRecordingCanBeStoppedOrForgotten();
    void aRequestOnItsWayForOneAgentLeavesTheOthersFree();
    void stopOfARecordingThatAlreadyEndedIsNotAFailure();
    void countdownReachingZeroEndsTheRecording();
    void multipleSelectionStartsAndStopsEveryAgent();
    void stateRefreshKeepsSelectionAndSort();
    void purposeIsRequiredAndKeptInTheAuditTrail();
    void extendStopsAndStartsAgainAndSaysSo();
    void bulkStartShowsProgressAndASummary();
    void auditHistoryFiltersAndExportsCsv();
    QStringList visibleTexts() const;
    void languageSwitchesAtRunTimeWithNoEnglishLeft();
    void darkAndLightPalettesAreOffered();
    void actionsFollowTheSelectedAgentsAndNameThem();
    void aSelectionHiddenByTheFilterIsDroppedAndTheCountSaysWhatIsListed();
    void emptyViewsSayWhy();
    void quittingWithRecordingsRunningAsks();
    void stopThemAndQuitClosesOnceCxoneAnswered();
    void theTrayIconTellsAndOffersStopAllAndQuit();
    void activeRecordingsSayWhoWhyAndUntilWhen();
    void historyAndAuditTrailShowWholeUnambiguousDates();
    void keyboardShortcutsStartAndStop();

private:
    QTemporaryDir m_dir;
    VigieWindow m_vigie;
    CxoneSimulator *m_simulator = nullptr;
    SupervisorSession *m_session = nullptr;
    MainWindow *m_window = nullptr;

    template <typename Widget> Widget *widget(const char *objectName) const
    {
        return m_vigie.widget<Widget>(objectName);
    }

    QTableView *agentTable() const { return m_vigie.agentTable(); }
    QAbstractItemModel *activeModel() const { return widget<QTableView>("activeRecordingsView")->model(); }
    QAbstractItemModel *historyModel() const { return widget<QTableView>("historyView")->model(); }
    QString latestLog() const { return m_window->activityLog()->latestMessage(); }

    bool openWindow(bool signInAutomatically, const SimulatorOptions &options = everyTeamRecording())
    {
        MainWindow::Options windowOptions;
        windowOptions.demo = true;
        const bool opened = m_vigie.open(m_dir.path(), windowOptions, signInAutomatically, options);
        m_simulator = m_vigie.simulator.get();
        m_session = m_vigie.session.get();
        m_window = m_vigie.window.get();
        return opened;
    }

    void selectRows(const QList<int> &rows)
    {
        QTableView *table = agentTable();
        table->clearSelection();
        QItemSelection selection;
        for (int row : rows) {
            selection.select(
                table->model()->index(row, 0), table->model()->index(row, table->model()->columnCount() - 1));
        }
        table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    QString agentCell(int row, int column) const { return agentTable()->model()->index(row, column).data().toString(); }

    Agent agentAt(int row) const
    {
        const QString userId = agentTable()->model()->index(row, 0).data(Qt::UserRole + 3).toString();
        for (const Agent &agent : m_session->directory()->agents()) {
            if (agent.userId == userId) {
                return agent;
            }
        }
        return {};
    }

    // Opens the context menu of the view's current row the way keys do (Shift+F10, or the Menu
    // key as X11 reports it), notes the objectNames of its actions and triggers the one named.
    static QStringList useRowMenu(QAbstractItemView *view, const QString &trigger, bool menuKey = false)
    {
        QStringList offered;
        bool opened = false;
        QTimer::singleShot(0, view, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            opened = true;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator()) {
                    offered.append(action->objectName());
                    QVERIFY(!action->text().isEmpty());
                }
            }
            menu->close();
            for (QAction *action : menu->actions()) {
                if (action->objectName() == trigger) {
                    action->trigger();
                }
            }
        });
        if (menuKey) {
            QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1), view->mapToGlobal(QPoint(1, 1)));
            QApplication::sendEvent(view, &event);
        } else {
            QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        }
        return opened ? offered : QStringList { QStringLiteral("(no menu)") };
    }

    // Presses the Stop drawn in the row, with the mouse.
    void clickRowStop(int row)
    {
        auto *view = widget<ActiveRecordingsView>("activeRecordingsView");
        const QRect stop = view->rowButtonRect(row);
        QVERIFY(!stop.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, stop.center());
    }

    void clickStart() { QTest::mouseClick(widget<QPushButton>("startRecordingButton"), Qt::LeftButton); }

    // Stop and Extend follow the recordings one event later (updates are coalesced).
    void clickWhenEnabled(const char *objectName)
    {
        auto *button = widget<QPushButton>(objectName);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 2000);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // What the question asked on quitting said and offered.
    struct QuitQuestion
    {
        QString text;
        QStringList buttons; // objectNames
        QString defaultButton;
        QString escapeButton;
        bool allSpoken = true;
    };
    void answerQuitQuestion(const char *button, QuitQuestion *seen);
    static QString quitQuestionOpening(int recordings);
    static void verifyQuitQuestion(const QuitQuestion &seen, const QString &expected, bool stopOffered);
    int activeDuration(int row) const;
};

// Answers the question asked on quitting, once it is up, with the named button.
void TestMainWindow::answerQuitQuestion(const char *button, QuitQuestion *seen)
{
    QTimer::singleShot(100, this, [button, seen] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QLatin1String("runningRecordingsQuestion")) {
            return;
        }
        seen->text = question->text();
        seen->defaultButton = question->defaultButton()->objectName();
        seen->escapeButton = question->escapeButton()->objectName();
        for (auto *offered : question->findChildren<QPushButton *>()) {
            seen->buttons.append(offered->objectName());
            seen->allSpoken = seen->allSpoken && !spokenName(offered).isEmpty();
        }
        QTest::mouseClick(question->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    });
}

// The question's first sentence for so many recordings, its English plural from vigie_en.ts.
QString TestMainWindow::quitQuestionOpening(int recordings)
{
    return QCoreApplication::translate("LeavingWithRecordings",
        "%n recording(s) started from Vigie are still running in CXone. If you quit, CXone goes on recording "
        "until each one's end time (the last at %1), and Vigie lists them again when it starts.",
        nullptr, recordings)
        .section(QLatin1Char('.'), 0, 0);
}

void TestMainWindow::verifyQuitQuestion(const QuitQuestion &seen, const QString &expected, bool stopOffered)
{
    QVERIFY2(seen.text.startsWith(expected), qPrintable(seen.text));
    QCOMPARE(seen.defaultButton, QStringLiteral("cancelQuitButton")); // Enter neither stops nor leaves
    QCOMPARE(seen.escapeButton, QStringLiteral("cancelQuitButton"));
    QVERIFY(seen.buttons.contains(QStringLiteral("quitLetRunButton")));
    QCOMPARE(seen.buttons.contains(QStringLiteral("stopAndQuitButton")), stopOffered);
    QVERIFY(seen.allSpoken);
}

// The duration CXone was asked for, of the recording in this row of the active recordings.
int TestMainWindow::activeDuration(int row) const
{
    const QString userId = activeModel()->index(row, 0).data(ActiveRecordingsModel::UserIdRole).toString();
    const TrackedRecording *recording = m_session->tracker()->activeForUser(userId);
    return recording ? recording->durationSeconds : -1;
}

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void TestMainWindow::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
    QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_vigie.close();
    m_vigie.scope = {};
}

void TestMainWindow::everyInteractiveWidgetHasANameAndAnAccessibleName()
{
    QVERIFY(openWindow(true));
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *candidate : widgets) {
        if (!isInteractiveControl(candidate)) {
            continue;
        }
        QVERIFY2(!candidate->objectName().isEmpty(), candidate->metaObject()->className());
        QVERIFY2(!spokenName(candidate).isEmpty(), qPrintable(candidate->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 12);
}

void TestMainWindow::signInFailureIsExplainedThenSuccessLoadsAgents()
{
    // No keychain here (the test runs without a session bus): the dialog must say so.
    QVERIFY(openWindow(false));
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->signInFlow()->dialog()) && dialog->isVisible(), 10000);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("signInError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY(error->text().contains(QLatin1String("keychain")));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isEnabled());

    auto *keyId = dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    keyId->clear();
    QTest::keyClicks(keyId, QStringLiteral("demo-supervisor"));
    secret->clear();
    QTest::keyClicks(secret, QStringLiteral("wrong-secret"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QLatin1String("refused")), 5000);
    QVERIFY(dialog->isVisible());

    secret->clear();
    QTest::keyClicks(secret, SimulatorOptions().demoKeySecret);
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->signInFlow()->dialog() || !dialog->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(agentTable()->model()->rowCount(), 60, 10000);
    QVERIFY(widget<QLabel>("connectionStatus")->text().contains(QLatin1String("Connected")));
}

void TestMainWindow::searchAsYouTypeAndFilters()
{
    QVERIFY(openWindow(true));
    const QString team = m_simulator->tenant().agents().at(0).teamName;
    auto *search = widget<QLineEdit>("agentSearch");
    QTest::keyClicks(search, team.left(8).toUpper());
    const int matches = agentTable()->model()->rowCount();
    QVERIFY(matches > 0 && matches < 60);
    for (int row = 0; row < matches; ++row) {
        QVERIFY(agentCell(row, 1).startsWith(team.left(8)));
    }
    search->clear();
    QCOMPARE(agentTable()->model()->rowCount(), 60);

    auto *teams = widget<QComboBox>("teamFilter");
    teams->setCurrentIndex(teams->findData(team));
    const int teamRows = agentTable()->model()->rowCount();
    QVERIFY(teamRows > 0 && teamRows < 60);
    for (int row = 0; row < teamRows; ++row) {
        QCOMPARE(agentCell(row, 1), team);
    }
    auto *states = widget<QComboBox>("stateFilter");
    states->setCurrentIndex(states->findData(QStringLiteral("Available")));
    for (int row = 0; row < agentTable()->model()->rowCount(); ++row) {
        QCOMPARE(agentCell(row, 1), team);
        QCOMPARE(agentCell(row, 2), QStringLiteral("Available"));
    }
    teams->setCurrentIndex(0);
    states->setCurrentIndex(0);
    QCOMPARE(agentTable()->model()->rowCount(), 60);
}

// The window says which agents the station's scope lists, in both languages, and a scope that
// matches no team is an error in words rather than an empty list.
void TestMainWindow::theScopeLabelSaysWhichAgentsAreListed_data()
{
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<bool>("ledTeams");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::addColumn<int>("rows");
    QTest::newRow("no scope") << QStringList {} << false << QStringLiteral("All agents")
                              << QStringLiteral("Tous les agents") << 60;
    QTest::newRow("led teams") << QStringList {} << true
                               << QStringLiteral("Your teams: Billing Montréal, Support technique Lyon")
                               << QStringLiteral("Vos équipes\u00a0: Billing Montréal, Support technique Lyon") << -1;
    QTest::newRow("no team matches")
        << QStringList { QStringLiteral("Nowhere") } << false
        << QStringLiteral("No agent is listed: no team set for this station (Nowhere) exists in CXone. Ask your "
                          "administrator to check Scope/Teams.")
        << QStringLiteral("Aucun agent n'est affiché\u00a0: aucune équipe définie pour ce poste (Nowhere) "
                          "n'existe dans CXone. Demandez à votre administrateur de vérifier Scope/Teams.")
        << 0;
}

void TestMainWindow::theScopeLabelSaysWhichAgentsAreListed()
{
    QFETCH(QStringList, teams);
    QFETCH(bool, ledTeams);
    QFETCH(QString, english);
    QFETCH(QString, french);
    QFETCH(int, rows);
    m_vigie.scope = { teams, ledTeams };
    QVERIFY(openWindow(true));
    auto *label = widget<QLabel>("scopeLabel");
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), english, 10000);
    QCOMPARE(label->accessibleName(), english);
    QVERIFY(!label->accessibleDescription().isEmpty());
    if (rows >= 0) {
        QCOMPARE(agentTable()->model()->rowCount(), rows);
    }
    if (rows == 0) {
        QVERIFY2(latestLog() == english, qPrintable(latestLog()));
        QCOMPARE(label->font().bold(), true);
    }
    m_vigie.languages->apply(QStringLiteral("fr"));
    QTRY_COMPARE(label->text(), french);
    m_vigie.languages->apply(QStringLiteral("en"));
    QTRY_COMPARE(label->text(), english);
}

void TestMainWindow::anAgentOutsideTheScopeCannotBeFoundNorRecorded()
{
    m_vigie.scope = { { QStringLiteral("Billing Montréal") }, false };
    QVERIFY(openWindow(true));
    const QVector<Agent> &tenant = m_simulator->tenant().agents();
    const auto outside = std::find_if(tenant.cbegin(), tenant.cend(),
        [](const Agent &agent) { return agent.teamName != QLatin1String("Billing Montréal"); });
    QVERIFY(outside != tenant.cend());
    for (int row = 0; row < agentTable()->model()->rowCount(); ++row) {
        QCOMPARE(agentCell(row, 1), QStringLiteral("Billing Montréal"));
    }
    auto *search = widget<QLineEdit>("agentSearch");
    search->setText(outside->displayName()); // accents: keyClicks types ASCII only
    QCOMPARE(agentTable()->model()->rowCount(), 0);
    search->clear();
    search->setText(outside->userName);
    QCOMPARE(agentTable()->model()->rowCount(), 0);
    auto *teams = widget<QComboBox>("teamFilter");
    QCOMPARE(teams->count(), 2); // "All teams" and Billing Montréal
    QCOMPARE(teams->findData(outside->teamName), -1);

    // Asked directly, the session's controller refuses them all the same.
    m_session->controller()->start({ *outside }, 600, QStringLiteral("Coaching"));
    QTRY_VERIFY_WITH_TIMEOUT(latestLog().contains(QLatin1String("not in the teams you supervise")), 5000);
    QCOMPARE(m_simulator->recordingsCreatedFor(outside->userId), 0);
}

// CXone says, per team, whether screen recording is on: where it is off the agent is marked, and
// starting them asks first, naming them and the reason.
void TestMainWindow::aTeamWithoutScreenRecordingIsMarkedAndAskedAbout()
{
    QVERIFY(openWindow(true, SimulatorOptions()));
    auto *search = widget<QLineEdit>("agentSearch");
    QTest::keyClicks(search, QStringLiteral("Recouvrement Lille"));
    QVERIFY(agentTable()->model()->rowCount() > 0);
    const QModelIndex team = agentTable()->model()->index(0, 1);
    QCOMPARE(team.data().toString(), QStringLiteral("Recouvrement Lille"));
    QCOMPARE(team.data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Recouvrement Lille, screen recording off in CXone"));
    QVERIFY(!team.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(team.data(Qt::ToolTipRole).toString().contains(QLatin1String("turned off")));
    QVERIFY(agentTable()->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("turned off")));
    const QString name = agentCell(0, 0);

    selectRows({ 0 });
    clickStart();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(QStringLiteral("teamRecordingOffDialog"))));
    QVERIFY(question->text().contains(name));
    QVERIFY(question->text().contains(QLatin1String("turned off")));
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("cancelStartButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("teamRecordingOffDialog")));
    QTest::qWait(200);
    QCOMPARE(m_simulator->recordingsCreated(), 0);
    QCOMPARE(activeModel()->rowCount(), 0);

    clickStart();
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(QStringLiteral("teamRecordingOffDialog"))));
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("startAnywayButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);

    // An agent whose team records is started without a question.
    search->clear();
    search->setText(QStringLiteral("Billing Montréal"));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 2, 5000);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("teamRecordingOffDialog")));
}

void TestMainWindow::sliderReachesBothEnds()
{
    QVERIFY(openWindow(true));
    auto *slider = widget<QSlider>("durationSlider");
    auto *edit = widget<QTimeEdit>("durationEdit");
    auto *picker = m_window->findChild<DurationPicker *>();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(picker->seconds(), 5);
    QCOMPARE(edit->time(), QTime(0, 0, 5));
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(picker->seconds(), 12600); // 3 h 30, the longest the product offers
    QCOMPARE(edit->time(), QTime(3, 30, 0));
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(picker->seconds(), 12600);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("preset13200s")));
    QTest::mouseClick(widget<QPushButton>("preset12600s"), Qt::LeftButton);
    QCOMPARE(widget<QPushButton>("preset12600s")->text(), QStringLiteral("3 h 30"));
    QCOMPARE(picker->seconds(), 12600);
}

// What the supervisor chooses, however it is chosen, is what CXone is asked for: 5 s to
// 3 h 30, and anything beyond is brought back to the bound before a request exists.
void TestMainWindow::durationBoundsHoldThroughTheUi_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<int>("typed");
    QTest::addColumn<int>("sent");
    for (const char *control : { "entry", "slider" }) {
        const QString name = QLatin1String(control);
        QTest::addRow("%s 4 s", control) << name << 4 << 5;
        QTest::addRow("%s 5 s", control) << name << 5 << 5;
        QTest::addRow("%s 12,600 s", control) << name << 12600 << 12600;
        QTest::addRow("%s 12,601 s", control) << name << 12601 << 12600;
    }
}

void TestMainWindow::durationBoundsHoldThroughTheUi()
{
    QFETCH(QString, control);
    QFETCH(int, typed);
    QFETCH(int, sent);
    QVERIFY(openWindow(true));
    auto *picker = m_window->findChild<DurationPicker *>();
    if (control == QLatin1String("entry")) {
        widget<QTimeEdit>("durationEdit")->setTime(QTime(0, 0).addSecs(typed));
    } else {
        // What an automation tool or a screen reader does: set the slider's accessible value.
        QAccessibleInterface *slider = QAccessible::queryAccessibleInterface(widget<QSlider>("durationSlider"));
        QVERIFY(slider && slider->valueInterface());
        slider->valueInterface()->setCurrentValue(double(typed));
    }
    QCOMPARE(picker->seconds(), sent);
    m_simulator->clearRequestLog();
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QCOMPARE(activeDuration(0), sent);
    int starts = 0;
    for (const CxoneSimulator::LoggedRequest &request : m_simulator->requestLog()) {
        if (request.path.endsWith(QLatin1String("start-screen-interaction-recording"))) {
            ++starts;
            QCOMPARE(request.query.queryItemValue(QStringLiteral("recordingDuration")), QString::number(sent));
        }
    }
    QCOMPARE(starts, 1);
}

// Extend starts again with the chosen duration: at most 3 h 30 as well.
void TestMainWindow::extendIsBoundedToo()
{
    QVERIFY(openWindow(true));
    widget<QTimeEdit>("durationEdit")->setTime(QTime(3, 40, 0));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    const QString first = activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString();
    m_simulator->clearRequestLog();
    clickWhenEnabled("extendButton");
    QTRY_VERIFY_WITH_TIMEOUT(activeModel()->rowCount() == 1
            && activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString() != first,
        5000);
    QCOMPARE(activeDuration(0), 12600);
    const auto starts = std::count_if(m_simulator->requestLog().cbegin(), m_simulator->requestLog().cend(),
        [](const CxoneSimulator::LoggedRequest &request) {
            return request.path.endsWith(QLatin1String("start-screen-interaction-recording"))
                && request.query.queryItemValue(QStringLiteral("recordingDuration")) == QLatin1String("12600");
        });
    QCOMPARE(starts, 1);
}

// Tools read and set the duration in seconds on both controls; the slider says it in words.
void TestMainWindow::theDurationIsSecondsToAccessibilityTools()
{
    QVERIFY(openWindow(true));
    auto *picker = m_window->findChild<DurationPicker *>();
    QAccessibleInterface *slider = QAccessible::queryAccessibleInterface(widget<QSlider>("durationSlider"));
    QAccessibleInterface *entry = QAccessible::queryAccessibleInterface(widget<QTimeEdit>("durationEdit"));
    QVERIFY(slider && slider->valueInterface() && entry && entry->valueInterface());
    QCOMPARE(slider->role(), QAccessible::Slider);
    QCOMPARE(slider->text(QAccessible::Name), QStringLiteral("Recording duration"));
    QCOMPARE(slider->valueInterface()->minimumValue().toInt(), 5);
    QCOMPARE(slider->valueInterface()->maximumValue().toInt(), 12600);
    QCOMPARE(entry->valueInterface()->minimumValue().toInt(), 5);
    QCOMPARE(entry->valueInterface()->maximumValue().toInt(), 12600);

    slider->valueInterface()->setCurrentValue(600.0);
    QCOMPARE(picker->seconds(), 600);
    QCOMPARE(slider->valueInterface()->currentValue().toInt(), 600);
    QCOMPARE(entry->valueInterface()->currentValue().toInt(), 600);
    QCOMPARE(slider->text(QAccessible::Value), QStringLiteral("10 min"));

    // A duration between two steps of the slider stays exact, for the slider's value too.
    entry->valueInterface()->setCurrentValue(64.0);
    QCOMPARE(picker->seconds(), 64);
    QCOMPARE(slider->valueInterface()->currentValue().toInt(), 64);
    QCOMPARE(widget<QTimeEdit>("durationEdit")->time(), QTime(0, 1, 4));
    QCOMPARE(slider->text(QAccessible::Value), QStringLiteral("1 min 4 s"));

    m_vigie.languages->apply(QStringLiteral("fr"));
    QTRY_COMPARE(slider->text(QAccessible::Name), QStringLiteral("Durée de l'enregistrement"));
    const auto spoken = [slider] { return slider->text(QAccessible::Value).replace(QChar(0xa0), QLatin1Char(' ')); };
    QCOMPARE(spoken(), QStringLiteral("1 min 4 s"));
    slider->valueInterface()->setCurrentValue(5400.0);
    QCOMPARE(spoken(), QStringLiteral("1 h 30 min"));
    m_vigie.languages->apply(QStringLiteral("en"));
}

void TestMainWindow::entrySliderAndPresetsStayInSync()
{
    QVERIFY(openWindow(true));
    auto *slider = widget<QSlider>("durationSlider");
    auto *edit = widget<QTimeEdit>("durationEdit");
    auto *picker = m_window->findChild<DurationPicker *>();
    edit->setTime(QTime(0, 1, 4));
    QCOMPARE(picker->seconds(), 64); // the exact entry is kept, not rounded to the slider's step
    QCOMPARE(slider->value(), DurationScale::nearestPosition(64));
    QTest::mouseClick(widget<QPushButton>("preset3600s"), Qt::LeftButton);
    QCOMPARE(edit->time(), QTime(1, 0, 0));
    QCOMPARE(slider->value(), DurationScale::nearestPosition(3600));
    slider->setValue(DurationScale::nearestPosition(30));
    QCOMPARE(edit->time(), QTime(0, 0, 30));
    QVERIFY(widget<QLabel>("endsAtLabel")->text().startsWith(QLatin1String("Ends at")));
    // Out of range cannot be entered.
    edit->setTime(QTime(4, 0, 0));
    QCOMPARE(picker->seconds(), 12600);
    edit->setTime(QTime(0, 0, 1));
    QCOMPARE(picker->seconds(), 5);
    QCOMPARE(QSettings().value(QStringLiteral("Recording/DurationSeconds")).toInt(), 5);
}

void TestMainWindow::startTracksTheRecordingWithItsIds_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("200") << 200;
    QTest::newRow("202") << 202;
}

void TestMainWindow::startTracksTheRecordingWithItsIds()
{
    QFETCH(int, status);
    QVERIFY(openWindow(true));
    m_simulator->setNewRecordingStatus(status);
    selectRows({ 0 });
    const QString name = agentCell(0, 0);
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    const QString userId = agentTable()->model()->index(0, 0).data(Qt::UserRole + 3).toString();
    const auto running = m_simulator->activeRecording(userId);
    QVERIFY(running);
    QCOMPARE(activeModel()->index(0, ActiveRecordingsModel::AgentColumn).data().toString(), name);
    QCOMPARE(activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString(),
        QString::number(running->contactId));
    QCOMPARE(
        activeModel()->index(0, ActiveRecordingsModel::InteractionIdColumn).data().toString(), running->interactionId);
    QVERIFY(activeModel()
                ->index(0, ActiveRecordingsModel::RemainingColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("0:1")));
    QVERIFY(agentCell(0, 4).startsWith(QLatin1String("Recording")));
    QVERIFY(latestLog().contains(name));
}

void TestMainWindow::secondStartOfTheSameAgentInventsNothing()
{
    QVERIFY(openWindow(true));
    selectRows({ 1 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    // Start is for agents who are not recorded; asked all the same, the controller invents nothing.
    QTRY_VERIFY(!widget<QPushButton>("startRecordingButton")->isEnabled());
    clickStart();
    m_session->controller()->start({ agentAt(1) }, 600, QStringLiteral("Coaching"));
    QTRY_VERIFY_WITH_TIMEOUT(latestLog().contains(QLatin1String("already being recorded")), 5000);
    QCOMPARE(activeModel()->rowCount(), 1);
    QCOMPARE(m_simulator->recordingsCreated(), 1);
}

void TestMainWindow::failuresAreShownNextToTheAgentAndLogged_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("403") << 403 << QStringLiteral("permission missing") << QStringLiteral("Record Screen Interaction");
    QTest::newRow("429") << 429 << QStringLiteral("CXone busy") << QStringLiteral("slow down");
    QTest::newRow("400") << 400 << QStringLiteral("CXone error") << QStringLiteral("refused the request");
    QTest::newRow("404") << 404 << QStringLiteral("unknown agent") << QStringLiteral("does not know this agent");
}

void TestMainWindow::failuresAreShownNextToTheAgentAndLogged()
{
    QFETCH(int, status);
    QFETCH(QString, cell);
    QFETCH(QString, sentence);
    QVERIFY(openWindow(true));
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = status;
    m_simulator->addFault(fault);
    selectRows({ 2 });
    clickStart();
    QTRY_VERIFY_WITH_TIMEOUT(agentCell(2, 4).startsWith(QLatin1String("Failed")), 5000);
    QVERIFY2(agentCell(2, 4).contains(cell), qPrintable(agentCell(2, 4)));
    QVERIFY2(latestLog().contains(sentence), qPrintable(latestLog()));
    QVERIFY(latestLog().contains(agentCell(2, 0)));
    QCOMPARE(activeModel()->rowCount(), 0);
    // The buttons follow the pending requests one event later (updates are coalesced).
    QTRY_VERIFY_WITH_TIMEOUT(widget<QPushButton>("startRecordingButton")->isEnabled(), 2000);
}

void TestMainWindow::stopButtonInTheRowStopsIt()
{
    QVERIFY(openWindow(true));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    // The row's Stop is drawn in its Action cell, which screen readers hear by the model's name.
    const QString agent = activeModel()->index(0, ActiveRecordingsModel::AgentColumn).data().toString();
    QCOMPARE(activeModel()->index(0, ActiveRecordingsModel::ActionColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Stop recording %1").arg(agent));
    clickRowStop(0);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
    QCOMPARE(m_simulator->activeRecordingCount(), 0);
    QCOMPARE(historyModel()->index(0, RecordingHistoryModel::OutcomeColumn).data().toString(),
        QStringLiteral("Stopped by the supervisor"));
}

// A start has legal weight: a double click or Enter on an agent selects it and moves to the
// duration, and sends nothing.
void TestMainWindow::activatingAnAgentStartsNothing()
{
    QVERIFY(openWindow(true));
    const QModelIndex cell = agentTable()->model()->index(2, 0);
    const QRect rect = agentTable()->visualRect(cell);
    QTest::mouseDClick(agentTable()->viewport(), Qt::LeftButton, {}, rect.center());
    agentTable()->setFocus();
    QTest::keyClick(agentTable(), Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(m_simulator->recordingsCreated(), 0);
    QCOMPARE(activeModel()->rowCount(), 0);
    QCOMPARE(agentTable()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(QApplication::focusWidget(), widget<QSlider>("durationSlider"));
}

// Agent names and server answers are shown as written: a name that looks like HTML is not markup.
void TestMainWindow::serverTextIsNeverRenderedAsMarkup()
{
    QVERIFY(openWindow(true));
    for (const char *label : { "announcementLabel", "connectionBanner", "connectionStatus", "lastRefreshStatus",
             "selectionLabel", "scopeLabel", "evidenceBanner" }) {
        QVERIFY2(widget<QLabel>(label)->textFormat() == Qt::PlainText, label);
    }
    const QString hostile = QStringLiteral("<b>Léa</b> <img src=x>");
    const QString toolTip = Formatting::plainToolTip(hostile);
    QVERIFY(!toolTip.contains(QLatin1String("<b>")));
    QTextDocument rendered;
    rendered.setHtml(toolTip);
    QCOMPARE(rendered.toPlainText(), hostile);
    QCOMPARE(Formatting::plainToolTip(QStringLiteral("Léa Martin")), QStringLiteral("Léa Martin"));
}

// A trail that refuses entries is a banner over the work until it takes them again; quitting
// while CXone has not answered a Stop asks first, and waiting is the default.
void TestMainWindow::evidenceProblemsShowAndUnansweredStopsAskBeforeQuitting()
{
    QVERIFY(openWindow(true));
    auto *banner = widget<QLabel>("evidenceBanner");
    QVERIFY(!banner->isVisible());
    Q_EMIT m_session->auditRecorder()->writeFailed(QStringLiteral("No space left on device"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("No recording can start")));
    QCOMPARE(banner->accessibleName(), banner->text());
    Q_EMIT m_session->auditRecorder()->writeRestored();
    QVERIFY(!banner->isVisible());

    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    const TrackedRecording recording = m_session->tracker()->active().first();
    // Another supervisor's Stop waits for them: quitting asks about the recording it leaves running.
    m_session->tracker()->requestStop(recording.contactId, QStringLiteral("claire"));
    QTimer::singleShot(100, [] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(question && question->objectName() == QLatin1String("runningRecordingsQuestion"));
        question->reject();
    });
    QVERIFY(!m_window->close());
    // This supervisor's own Stop, as a sign-out leaves it for their next sign-in, is waited for.
    m_session->tracker()->requestStop(recording.contactId, m_session->controller()->supervisor());
    const auto answer = [](const char *button) {
        QTimer::singleShot(100, [button] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(question && question->objectName() == QLatin1String("unansweredStopsQuestion"));
            QVERIFY(question->text().contains(QLatin1String("has not answered 1 Stop")));
            QTest::mouseClick(question->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
        });
    };
    answer("waitForStopsButton");
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    answer("quitAnywayButton");
    QVERIFY(m_window->close());
    QCOMPARE(m_session->tracker()->keptStops().size(), 1); // kept for the next sign-in
}

void TestMainWindow::activeRowMenuCopiesExtendsAndStops()
{
    QVERIFY(openWindow(true));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    auto *view = widget<QTableView>("activeRecordingsView");
    view->setFocus();
    view->setCurrentIndex(activeModel()->index(0, 0));
    const qint64 contactId = activeModel()->index(0, 0).data(ActiveRecordingsModel::ContactIdRole).toLongLong();

    const QStringList offered { QStringLiteral("actionStopActiveRow"), QStringLiteral("actionExtendActiveRow"),
        QStringLiteral("actionCopyContactId") };
    QCOMPARE(useRowMenu(view, QStringLiteral("actionCopyContactId"), true), offered);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::number(contactId));

    // Extend: the duration chosen under Screen recording, from now (a stop, then a new start).
    m_window->findChild<DurationPicker *>()->setSeconds(1800);
    QCOMPARE(useRowMenu(view, QStringLiteral("actionExtendActiveRow")), offered);
    QTRY_VERIFY_WITH_TIMEOUT(activeModel()->rowCount() == 1
            && activeModel()->index(0, 0).data(ActiveRecordingsModel::ContactIdRole).toLongLong() != contactId,
        5000);
    QCOMPARE(activeDuration(0), 1800);

    view->setCurrentIndex(activeModel()->index(0, 0));
    QCOMPARE(useRowMenu(view, QStringLiteral("actionStopActiveRow")), offered);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
    QCOMPARE(m_simulator->activeRecordingCount(), 0);
}

void TestMainWindow::unconfirmedRowMenuOffersStopAndForgetOnly()
{
    QVERIFY(openWindow(true));
    m_session->controller()->setConfirmationBackoff(60000, 60000);
    m_simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:504-after")));
    selectRows({ 1 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QVERIFY(activeModel()->index(0, 0).data(ActiveRecordingsModel::UnconfirmedRole).toBool());
    auto *view = widget<QTableView>("activeRecordingsView");
    view->setFocus();
    view->setCurrentIndex(activeModel()->index(0, 0));
    // No contact ID to copy, nothing CXone could extend: Stop, or Forget (which asks first).
    QCOMPARE(useRowMenu(view, QString()),
        QStringList({ QStringLiteral("actionStopActiveRow"), QStringLiteral("actionForgetActiveRow") }));
}

void TestMainWindow::deleteStopsTheCurrentActiveRow()
{
    QVERIFY(openWindow(true));
    selectRows({ 0, 1 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 2, 5000);
    auto *view = widget<QTableView>("activeRecordingsView");
    view->setFocus();
    view->selectRow(1);
    const QString kept = activeModel()->index(0, 0).data(ActiveRecordingsModel::UserIdRole).toString();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QCOMPARE(activeModel()->index(0, 0).data(ActiveRecordingsModel::UserIdRole).toString(), kept);
}

void TestMainWindow::agentRowMenuStartsStopsAndCopies()
{
    QVERIFY(openWindow(true));
    QTableView *table = agentTable();
    table->setFocus();
    // From the keyboard the current row need not be selected: the menu is about that row.
    table->selectionModel()->setCurrentIndex(table->model()->index(3, 0), QItemSelectionModel::NoUpdate);
    const QStringList recordingActions { QStringLiteral("actionStartRecording"), QStringLiteral("actionStopRecording"),
        QStringLiteral("actionExtendRecording") };
    QCOMPARE(useRowMenu(table, QStringLiteral("actionStartRecording")), recordingActions);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QCOMPARE(activeModel()->index(0, 0).data().toString(), agentCell(3, 0));

    QCOMPARE(useRowMenu(table, QStringLiteral("actionCopyAgentContactId")),
        recordingActions + QStringList { QStringLiteral("actionCopyAgentContactId") });
    QCOMPARE(QGuiApplication::clipboard()->text(),
        activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString());
    QCOMPARE(useRowMenu(table, QStringLiteral("actionStopRecording"), true),
        recordingActions + QStringList { QStringLiteral("actionCopyAgentContactId") });
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
}

void TestMainWindow::aStartWhoseAnswerIsLostIsShownThenConfirmedAndStoppable()
{
    QVERIFY(openWindow(true));
    m_session->controller()->setConfirmationBackoff(300, 300);
    // CXone starts the recording, then every answer to the first request is lost.
    m_simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:504-after:4")));
    selectRows({ 2 });
    clickStart();
    QTRY_VERIFY_WITH_TIMEOUT(agentCell(2, 4).startsWith(QLatin1String("May be recording")), 5000);
    QCOMPARE(activeModel()->rowCount(), 1);
    QVERIFY(activeModel()->index(0, 0).data(ActiveRecordingsModel::UnconfirmedRole).toBool());
    QCOMPARE(activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString(),
        QStringLiteral("May be recording — confirming with CXone…"));
    QVERIFY2(
        m_window->activityLog()->latestMessage().contains(QLatin1String("may be recording")), qPrintable(latestLog()));
    QVERIFY(!latestLog().contains(QLatin1String("did not start")));

    // CXone answers the next question: the row gets its contactId, and its Stop works.
    // (Between the answer and its ledger write the row briefly leaves the table.)
    QTRY_VERIFY_WITH_TIMEOUT(
        activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toLongLong() > 0, 5000);
    QVERIFY(!activeModel()->index(0, 0).data(ActiveRecordingsModel::UnconfirmedRole).toBool());
    const QString contactId = activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString();
    QCOMPARE(contactId.toLongLong(), m_simulator->recordingLog().first().contactId);
    QVERIFY(agentCell(2, 4).startsWith(QLatin1String("Recording")));
    clickRowStop(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->activeRecordingCount(), 0, 5000);
    QCOMPARE(m_simulator->recordingsCreated(), 1);
}

void TestMainWindow::anUnconfirmedRecordingCanBeStoppedOrForgotten()
{
    QVERIFY(openWindow(true));
    m_session->controller()->setConfirmationBackoff(60000, 60000); // only the supervisor asks again
    m_simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:504-after")));
    selectRows({ 1, 2 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 2, 5000);
    QVERIFY(activeModel()->index(0, 0).data(ActiveRecordingsModel::UnconfirmedRole).toBool());
    QVERIFY(activeModel()->index(1, 0).data(ActiveRecordingsModel::UnconfirmedRole).toBool());
    m_simulator->clearFaults(); // CXone answers again
    auto *forget = widget<QPushButton>("forgetUnconfirmedButton");
    QVERIFY(!forget->isEnabled());

    // Stop: Vigie confirms with CXone, then stops the recording it names. The button under the
    // list applies to its selection, so it waits for one.
    auto *view = widget<QTableView>("activeRecordingsView");
    view->clearSelection();
    QVERIFY(!widget<QPushButton>("stopActiveButton")->isEnabled());
    view->selectRow(0);
    QVERIFY(widget<QPushButton>("stopActiveButton")->isEnabled());
    const QString stopped = activeModel()->index(0, 0).data(ActiveRecordingsModel::UserIdRole).toString();
    QTest::mouseClick(widget<QPushButton>("stopActiveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_simulator->activeRecording(stopped), 5000);

    // Forget: asked first, in words; then the row goes to history and CXone is asked no more.
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    view->selectRow(0);
    QVERIFY(forget->isEnabled());
    QTimer::singleShot(0, this, [] {
        auto *question = qApp->findChild<QMessageBox *>(QStringLiteral("forgetQuestion"));
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String("forgetQuestion")) {
                question = qobject_cast<QMessageBox *>(top);
            }
        }
        QVERIFY(question);
        QVERIFY(question->text().contains(QLatin1String("Vigie will no longer be able to stop them")));
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("forgetConfirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
    QCOMPARE(historyModel()->index(0, RecordingHistoryModel::OutcomeColumn).data().toString(),
        QStringLiteral("Never confirmed by CXone; forgotten by the supervisor"));
    QVERIFY(latestLog().contains(QLatin1String("cannot be stopped from Vigie")));
}

void TestMainWindow::aRequestOnItsWayForOneAgentLeavesTheOthersFree()
{
    QVERIFY(openWindow(true));
    m_simulator->setLatencyMs(3000);
    selectRows({ 0 });
    clickStart();
    QTRY_VERIFY_WITH_TIMEOUT(agentCell(0, 4).startsWith(QLatin1String("Waiting")), 2000);
    // Its only agent is on its way: nothing to start for now.
    QTRY_VERIFY_WITH_TIMEOUT(!widget<QPushButton>("startRecordingButton")->isEnabled(), 1000);
    selectRows({ 1 });
    QTRY_VERIFY_WITH_TIMEOUT(widget<QPushButton>("startRecordingButton")->isEnabled(), 1000);
    QVERIFY(!widget<QPushButton>("stopSelectedButton")->isEnabled()); // nothing of theirs to stop
    m_simulator->setLatencyMs(0);
}

void TestMainWindow::stopOfARecordingThatAlreadyEndedIsNotAFailure()
{
    QVERIFY(openWindow(true));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    SimulatorFault ended;
    ended.pathContains = QStringLiteral("stop-screen");
    ended.status = 404;
    m_simulator->addFault(ended);
    clickWhenEnabled("stopSelectedButton");
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
    QCOMPARE(historyModel()->index(0, RecordingHistoryModel::OutcomeColumn).data().toString(),
        QStringLiteral("Had already ended in CXone"));
    QVERIFY(latestLog().contains(QLatin1String("had already ended")));
}

void TestMainWindow::countdownReachingZeroEndsTheRecording()
{
    QVERIFY(openWindow(true));
    m_window->findChild<DurationPicker *>()->setSeconds(5);
    selectRows({ 3 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 8000);
    QVERIFY(historyModel()
                ->index(0, RecordingHistoryModel::OutcomeColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Ended by itself")));
    QVERIFY(latestLog().contains(QLatin1String("has ended")));
}

void TestMainWindow::multipleSelectionStartsAndStopsEveryAgent()
{
    QVERIFY(openWindow(true));
    selectRows({ 4, 5, 6 });
    QCOMPARE(widget<QLabel>("selectionLabel")->text(), agentCell(4, 0) + QStringLiteral(" and 2 others"));
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 3, 5000);
    QCOMPARE(m_simulator->activeRecordingCount(), 3);
    clickWhenEnabled("stopSelectedButton");
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
    QCOMPARE(m_simulator->activeRecordingCount(), 0);
}

void TestMainWindow::stateRefreshKeepsSelectionAndSort()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 0;
    QVERIFY(openWindow(true, options));
    m_session->directory()->setRefreshIntervalMs(500);
    agentTable()->sortByColumn(1, Qt::DescendingOrder);
    selectRows({ 7 });
    const QString selectedName = agentCell(7, 0);
    QSignalSpy changed(m_session->directory(), &AgentDirectory::statesChanged);
    m_simulator->tenant().advanceStates(QDateTime::currentDateTimeUtc().addSecs(1), 40);
    QVERIFY(changed.wait(5000));
    const QModelIndexList selected = agentTable()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), selectedName);
    QCOMPARE(agentTable()->horizontalHeader()->sortIndicatorSection(), 1);
    QCOMPARE(agentTable()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::purposeIsRequiredAndKeptInTheAuditTrail()
{
    QVERIFY(openWindow(true));
    auto *purpose = widget<QComboBox>("purposeCombo");
    purpose->setCurrentText(QString());
    selectRows({ 0 });
    clickStart();
    QVERIFY(latestLog().contains(QLatin1String("purpose")));
    QCOMPARE(m_simulator->recordingsCreated(), 0);
    purpose->setCurrentText(QStringLiteral("Coaching after complaint #42"));
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    // Asked of CXone, then started: both with the purpose and the supervisor.
    const QVector<AuditEntry> audit = m_session->auditLog()->entries();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.first().result, vigie::AuditResult::Requested);
    QCOMPARE(audit.last().result, vigie::AuditResult::Started);
    for (const AuditEntry &entry : audit) {
        QCOMPARE(entry.purpose, QStringLiteral("Coaching after complaint #42"));
        QCOMPARE(entry.supervisor, SimulatorOptions().demoKeyId);
    }
}

void TestMainWindow::extendStopsAndStartsAgainAndSaysSo()
{
    QVERIFY(openWindow(true));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    const QString firstContact = activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString();
    m_window->findChild<DurationPicker *>()->setSeconds(3600);
    clickWhenEnabled("extendButton");
    QTRY_VERIFY_WITH_TIMEOUT(activeModel()->rowCount() == 1
            && activeModel()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString() != firstContact,
        5000);
    QCOMPARE(activeDuration(0), 3600);
    const QVector<AuditEntry> audit = m_session->auditLog()->entries();
    QCOMPARE(audit.last().action, vigie::AuditAction::Extend);
    QVERIFY(audit.last().detail.contains(firstContact));
}

void TestMainWindow::bulkStartShowsProgressAndASummary()
{
    QVERIFY(openWindow(true));
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.userId = agentTable()->model()->index(3, 0).data(Qt::UserRole + 3).toString();
    fault.status = 403;
    m_simulator->addFault(fault);
    selectRows({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    clickStart();
    QTRY_VERIFY_WITH_TIMEOUT(latestLog().startsWith(QLatin1String("Done:")), 10000);
    QVERIFY2(latestLog().contains(QLatin1String("9 requests succeeded out of 10, 1 failed, 0 cancelled")),
        qPrintable(latestLog()));
    QVERIFY(latestLog().contains(QLatin1String("permission missing")));
    QCOMPARE(activeModel()->rowCount(), 9);
    QVERIFY(!widget<QProgressBar>("batchProgress")->isVisible());
}

void TestMainWindow::auditHistoryFiltersAndExportsCsv()
{
    QVERIFY(openWindow(true));
    selectRows({ 0, 1 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 2, 5000);
    m_window->findChild<QAction *>(QStringLiteral("actionAuditHistory"))->trigger();
    auto *dialog = m_window->findChild<AuditHistoryDialog *>();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("auditTable"));
    QCOMPARE(table->model()->rowCount(), 4); // each start asked of CXone, then started
    auto *agentFilter = dialog->findChild<QLineEdit *>(QStringLiteral("auditAgentFilter"));
    QTest::keyClicks(agentFilter, agentCell(0, 0));
    QCOMPARE(table->model()->rowCount(), 2);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QCOMPARE(dialog->exportTo(path), QString());
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"
                               "Date and time,Action,Result"));
    QVERIFY(content.contains(agentCell(0, 0).toUtf8()));
    QCOMPARE(content.count("\r\n"), 3);
}

// Every text a supervisor sees in the main window: labels, buttons, actions, headers, tabs.
QStringList TestMainWindow::visibleTexts() const
{
    QStringList texts;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty()) {
            texts << label->text();
        }
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty()) {
            texts << button->text();
        }
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->isVisible() && !action->text().isEmpty() && !action->isSeparator()) {
            texts << action->text();
        }
    }
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        for (int index = 0; index < tabs->count(); ++index) {
            texts << tabs->tabText(index);
        }
    }
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        for (int column = 0; model && column < model->columnCount(); ++column) {
            texts << model->headerData(column, Qt::Horizontal).toString();
        }
        if (model && model->rowCount() > 0 && !qobject_cast<QListView *>(view)) {
            for (int column = 0; column < model->columnCount(); ++column) {
                texts << model->index(0, column).data().toString();
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

void TestMainWindow::languageSwitchesAtRunTimeWithNoEnglishLeft()
{
    QVERIFY(openWindow(true));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    const QStringList english = visibleTexts();
    QVERIFY(english.contains(QStringLiteral("Start &recording")));

    m_vigie.languages->apply(QStringLiteral("fr"));
    // Widgets receive LanguageChange through the event queue.
    QTRY_COMPARE(widget<QPushButton>("startRecordingButton")->text(), QStringLiteral("Démarrer l'&enregistrement"));
    QCOMPARE(agentTable()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Équipe"));
    QCOMPARE(widget<QLabel>("connectionStatus")->text(), QStringLiteral("Connecté au simulateur CXone (démo)"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("démo")));
    QVERIFY(widget<QLabel>("endsAtLabel")->text().startsWith(QStringLiteral("Se termine à")));

    // Words that are the same in both languages, or names and numbers rather than words.
    // The recording's purpose and who started it are data, kept as they were given.
    const TrackedRecording &recording = m_session->tracker()->active().first();
    const QSet<QString> same { QStringLiteral("Agent"), QStringLiteral("Action"), QStringLiteral("&Session"),
        QStringLiteral("A&udit"), QStringLiteral("Agents"), QStringLiteral("Français"), QStringLiteral("English"),
        QStringLiteral("Vigie"), recording.purpose, recording.startedBy };
    const QStringList french = visibleTexts();
    QVERIFY2(french.size() > 40, "too few texts compared: the check would pass vacuously");
    QStringList leftInEnglish;
    for (const QString &text : french) {
        const bool hasLetters = text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}")));
        if (english.contains(text) && hasLetters && !same.contains(text)
            && !text.contains(QRegularExpression(QStringLiteral("\\d{6,}|[0-9a-f]{8}-"))) // IDs
            && agentTable()->model()->match(agentTable()->model()->index(0, 0), Qt::DisplayRole, text).isEmpty()
            && agentTable()->model()->match(agentTable()->model()->index(0, 1), Qt::DisplayRole, text).isEmpty()) {
            leftInEnglish << text;
        }
    }
    QVERIFY2(leftInEnglish.isEmpty(), qPrintable(leftInEnglish.join(QStringLiteral(" | "))));

    // Qt's own strings come from qtbase_fr.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    // Counts a supervisor reads are grouped the French way: 1 500, not 1500.
    const QString grouped = QLocale().toString(1500);
    QCOMPARE(grouped.size(), 5);
    QCOMPARE(QCoreApplication::translate("AgentsPanel", "%n agent(s) listed", nullptr, 1500),
        grouped + QStringLiteral(" agents dans la liste"));
    QCOMPARE(QCoreApplication::translate("RecordingPanel", "%n agent(s) selected.", nullptr, 1500),
        grouped + QStringLiteral(" agents sélectionnés."));

    m_vigie.languages->apply(QStringLiteral("en"));
    QTRY_COMPARE(widget<QPushButton>("startRecordingButton")->text(), QStringLiteral("Start &recording"));
    QCOMPARE(agentTable()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Team"));
}

void TestMainWindow::darkAndLightPalettesAreOffered()
{
    QVERIFY(openWindow(true));
    m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QCOMPARE(QSettings().value(QStringLiteral("View/Theme")).toString(), QStringLiteral("dark"));
    m_window->findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    m_window->findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
}

// Start is for selected agents who are not recorded, Stop and Extend for those who are; the
// panel names whom the buttons act on.
void TestMainWindow::actionsFollowTheSelectedAgentsAndNameThem()
{
    QVERIFY(openWindow(true));
    auto *start = widget<QPushButton>("startRecordingButton");
    auto *stop = widget<QPushButton>("stopSelectedButton");
    auto *extend = widget<QPushButton>("extendButton");
    auto *label = widget<QLabel>("selectionLabel");
    QVERIFY(!start->isEnabled() && !stop->isEnabled() && !extend->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("Select one or more agents in the list."));

    selectRows({ 0 });
    QCOMPARE(label->text(), agentCell(0, 0));
    QCOMPARE(label->accessibleDescription(), QStringLiteral("1 agent selected."));
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(!extend->isEnabled());
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QTRY_VERIFY(stop->isEnabled() && extend->isEnabled());
    QVERIFY(!start->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionStartRecording"))->isEnabled());

    // Start applies to the agents it is enabled for: the one recorded keeps their recording.
    selectRows({ 0, 1, 2 });
    QCOMPARE(label->text(), agentCell(0, 0) + QStringLiteral(" and 2 others"));
    QVERIFY(start->isEnabled() && stop->isEnabled() && extend->isEnabled());
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 3, 5000);
    QCOMPARE(m_simulator->recordingsCreated(), 3);
    const QVector<AuditEntry> audit = m_session->auditLog()->entries();
    QCOMPARE(std::count_if(audit.cbegin(), audit.cend(),
                 [](const AuditEntry &entry) { return entry.result == vigie::AuditResult::Requested; }),
        3);
    QTRY_VERIFY(!start->isEnabled());

    selectRows({ 3 });
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(!extend->isEnabled());
}

// A filter that hides the selection drops it: Start never acts on an agent out of sight. The
// status bar counts what is listed, and an empty table says why and how to list everyone again.
void TestMainWindow::aSelectionHiddenByTheFilterIsDroppedAndTheCountSaysWhatIsListed()
{
    QVERIFY(openWindow(true));
    auto *count = widget<QLabel>("listedCountLabel");
    QVERIFY(count->isVisible());
    QCOMPARE(count->text(), QStringLiteral("60 agents listed"));
    auto *start = widget<QPushButton>("startRecordingButton");
    selectRows({ 0 });
    QVERIFY(start->isEnabled());

    auto *search = widget<QLineEdit>("agentSearch");
    QTest::keyClicks(search, QStringLiteral("zzzq"));
    QCOMPARE(agentTable()->model()->rowCount(), 0);
    QVERIFY(agentTable()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(widget<QLabel>("selectionLabel")->text(), QStringLiteral("Select one or more agents in the list."));
    QVERIFY(!start->isEnabled());
    QTest::keyClick(agentTable(), Qt::Key_R, Qt::ControlModifier);
    QTest::qWait(200);
    QCOMPARE(m_simulator->recordingsCreated(), 0);
    QCOMPARE(count->text(), QStringLiteral("0 of 60 agents listed"));

    auto *placeholder = widget<QLabel>("agentTablePlaceholderText");
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("No agent matches “zzzq”."));
    QCOMPARE(placeholder->textFormat(), Qt::PlainText); // it quotes what was typed
    auto *clear = widget<QPushButton>("clearSearchButton");
    QVERIFY(clear->isVisible());
    QCOMPARE(clear->text(), QStringLiteral("Clear the search"));
    QCOMPARE(spokenName(clear), QStringLiteral("Clear the search"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(agentTable()->model()->rowCount(), 60);
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(count->text(), QStringLiteral("60 agents listed"));

    auto *teams = widget<QComboBox>("teamFilter");
    teams->setCurrentIndex(1);
    const int listed = agentTable()->model()->rowCount();
    QVERIFY(listed > 0 && listed < 60);
    QCOMPARE(count->text(), QStringLiteral("%1 of 60 agents listed").arg(listed));
}

// Every view says why it is empty: signed out, loading, no recording running, none ended yet.
void TestMainWindow::emptyViewsSayWhy()
{
    SimulatorOptions slow = everyTeamRecording();
    slow.latencyMs = 600;
    QVERIFY(openWindow(false, slow));
    auto *agents = widget<QLabel>("agentTablePlaceholderText");
    auto *active = widget<QLabel>("activeRecordingsViewPlaceholderText");
    auto *history = widget<QLabel>("historyViewPlaceholderText");
    QVERIFY(active->isVisible());
    QCOMPARE(active->text(), QStringLiteral("No recording is running. Select agents and press Start."));
    // In a tab out of sight: said, and shown with its tab.
    auto *historyPlaceholder = widget<ViewPlaceholder>("historyViewPlaceholder");
    QCOMPARE(historyPlaceholder->message(), QStringLiteral("No recording has ended yet."));
    QVERIFY(!history->isVisible());
    auto *tabs = widget<QTabWidget>("recordingTabs");
    tabs->setCurrentWidget(widget<QWidget>("historyView"));
    QVERIFY(history->isVisible());
    tabs->setCurrentIndex(0);
    QVERIFY(!history->isVisible());
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->signInFlow()->dialog()) && dialog->isVisible(), 10000);
    QTRY_VERIFY(agents->text().startsWith(QLatin1String("Sign in to CXone to see your agents")));
    QVERIFY(agents->isVisible());

    auto *keyId = dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    keyId->setText(slow.demoKeyId);
    secret->setText(slow.demoKeySecret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(agents->text(), QStringLiteral("Loading the agents…"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(agentTable()->model()->rowCount(), 60, 20000);
    QVERIFY(!agents->isVisible());

    m_window->findChild<DurationPicker *>()->setSeconds(5);
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QVERIFY(!active->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(historyModel()->rowCount(), 1, 10000);
    QVERIFY(historyPlaceholder->isHidden());
    QVERIFY(active->isVisible());
}

// Recordings go on in CXone after Vigie closes: quitting says so and asks, Cancel first.
void TestMainWindow::quittingWithRecordingsRunningAsks()
{
    QVERIFY(openWindow(true));
    selectRows({ 0, 1 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 2, 5000);
    const QString expected = quitQuestionOpening(2);
    QuitQuestion seen;
    answerQuitQuestion("cancelQuitButton", &seen);
    QVERIFY(!m_window->close());
    verifyQuitQuestion(seen, expected, true);
    QVERIFY(m_window->isVisible());
    seen = {};
    answerQuitQuestion("quitLetRunButton", &seen);
    QVERIFY(m_window->close());
    verifyQuitQuestion(seen, expected, true);
    QCOMPARE(m_simulator->activeRecordingCount(), 2); // they run on in CXone
    QCOMPARE(m_session->tracker()->active().size(), 2); // and the ledger keeps them
}

void TestMainWindow::stopThemAndQuitClosesOnceCxoneAnswered()
{
    QVERIFY(openWindow(true));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QuitQuestion seen;
    answerQuitQuestion("stopAndQuitButton", &seen);
    QVERIFY(!m_window->close()); // not before CXone answered the Stop
    verifyQuitQuestion(seen, quitQuestionOpening(1), true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 5000);
    QCOMPARE(m_simulator->activeRecordingCount(), 0);
    QVERIFY(m_session->tracker()->active().isEmpty());
    QCOMPARE(m_session->auditLog()->entries().last().action, vigie::AuditAction::Stop);
}

// The tray says how many recordings run and when the next one ends, and offers the window,
// Stop all recordings (asked first, as from the Recording menu) and Quit.
void TestMainWindow::theTrayIconTellsAndOffersStopAllAndQuit()
{
    QVERIFY(openWindow(true));
    auto *icon = m_window->findChild<QSystemTrayIcon *>(QStringLiteral("trayIcon"));
    QVERIFY(icon);
    QCOMPARE(icon->toolTip(), QStringLiteral("Vigie: no recording running"));
    QMenu *menu = icon->contextMenu();
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), QStringLiteral("trayMenu"));
    QStringList offered;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            offered.append(action->objectName());
            QVERIFY(!action->text().isEmpty());
        }
    }
    QCOMPARE(offered,
        QStringList({ QStringLiteral("actionTrayShow"), QStringLiteral("actionStopAllRecordings"),
            QStringLiteral("actionTrayQuit") }));
    auto *stopAll = m_window->findChild<QAction *>(QStringLiteral("actionStopAllRecordings"));
    QVERIFY(widget<QMenu>("recordingMenu")->actions().contains(stopAll));
    QVERIFY(!stopAll->isEnabled());

    selectRows({ 0, 1 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 2, 5000);
    QTRY_VERIFY(stopAll->isEnabled());
    const QString tip = icon->toolTip();
    QVERIFY2(tip.startsWith(QLatin1String("Vigie: 2 recordings running, the next ends at ")), qPrintable(tip));
    QVERIFY(!tip.contains(agentCell(0, 0))); // the tooltip shows behind the lock too

    QString asked;
    QString defaultButton;
    const auto answer = [this, &asked, &defaultButton](const char *button) {
        QTimer::singleShot(100, this, [button, &asked, &defaultButton] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (question && question->objectName() == QLatin1String("stopAllQuestion")) {
                asked = question->text();
                defaultButton = question->defaultButton()->objectName();
                QTest::mouseClick(question->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
            }
        });
    };
    answer("stopAllCancelButton");
    stopAll->trigger();
    QCOMPARE(asked,
        QCoreApplication::translate(
            "LeavingWithRecordings", "Stop the %n recording(s) running in CXone now?", nullptr, 2));
    QCOMPARE(defaultButton, QStringLiteral("stopAllCancelButton"));
    QTest::qWait(200);
    QCOMPARE(m_simulator->activeRecordingCount(), 2);
    asked.clear();
    answer("stopAllConfirmButton");
    stopAll->trigger();
    QVERIFY(!asked.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
    QCOMPARE(m_simulator->activeRecordingCount(), 0);
    QTRY_COMPARE(icon->toolTip(), QStringLiteral("Vigie: no recording running"));
    QTRY_VERIFY(!stopAll->isEnabled());

    m_window->hide();
    m_window->findChild<QAction *>(QStringLiteral("actionTrayShow"))->trigger();
    QVERIFY(m_window->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("actionTrayQuit"))->trigger();
    QTRY_VERIFY(!m_window->isVisible());
}

// Active recordings: who, why, who started it, when it ends and the time left with its bar;
// the interaction ID in the details, not in a column of its own.
void TestMainWindow::activeRecordingsSayWhoWhyAndUntilWhen()
{
    QVERIFY(openWindow(true));
    widget<QComboBox>("purposeCombo")->setCurrentText(QStringLiteral("Coaching after complaint #42"));
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    auto *view = widget<QTableView>("activeRecordingsView");
    QStringList shown;
    for (int column = 0; column < activeModel()->columnCount(); ++column) {
        if (!view->isColumnHidden(column)) {
            shown.append(activeModel()->headerData(column, Qt::Horizontal).toString());
        }
    }
    QCOMPARE(shown,
        QStringList({ QStringLiteral("Agent"), QStringLiteral("Purpose"), QStringLiteral("Started by"),
            QStringLiteral("Started at"), QStringLiteral("Ends at"), QStringLiteral("Time left"),
            QStringLiteral("Contact ID"), QStringLiteral("Action") }));
    const TrackedRecording recording = m_session->tracker()->active().first();
    const auto cell = [this](int column) { return activeModel()->index(0, column).data().toString(); };
    QCOMPARE(cell(ActiveRecordingsModel::PurposeColumn), QStringLiteral("Coaching after complaint #42"));
    QCOMPARE(cell(ActiveRecordingsModel::StartedByColumn), SimulatorOptions().demoKeyId);
    QCOMPARE(
        cell(ActiveRecordingsModel::EndsAtColumn), Formatting::timeOfDay(m_session->tracker()->endsAtUtc(recording)));
    const QString details
        = activeModel()->index(0, ActiveRecordingsModel::AgentColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(details.contains(recording.interactionId), qPrintable(details));
    QVERIFY(details.contains(QString::number(recording.contactId)));
    QVERIFY(view->columnWidth(ActiveRecordingsModel::ContactIdColumn)
        < view->fontMetrics().horizontalAdvance(recording.interactionId));
}

// History: the purpose and how long it ran, names and dates whole; dates no reader can take
// for others, in the history and the audit trail.
void TestMainWindow::historyAndAuditTrailShowWholeUnambiguousDates()
{
    QVERIFY(openWindow(true));
    m_window->findChild<DurationPicker *>()->setSeconds(5);
    selectRows({ 0 });
    clickStart();
    QTRY_COMPARE_WITH_TIMEOUT(historyModel()->rowCount(), 1, 10000);
    auto *view = widget<QTableView>("historyView");
    QStringList headers;
    for (int column = 0; column < historyModel()->columnCount(); ++column) {
        headers.append(historyModel()->headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(headers,
        QStringList(
            { QStringLiteral("Agent"), QStringLiteral("Purpose"), QStringLiteral("Started"), QStringLiteral("Ended"),
                QStringLiteral("Duration"), QStringLiteral("How it ended"), QStringLiteral("Contact ID") }));
    const auto cell = [this](int column) { return historyModel()->index(0, column).data().toString(); };
    QCOMPARE(cell(RecordingHistoryModel::PurposeColumn), widget<QComboBox>("purposeCombo")->currentText());
    QVERIFY2(cell(RecordingHistoryModel::DurationColumn).contains(QRegularExpression(QStringLiteral("^\\d s$"))),
        qPrintable(cell(RecordingHistoryModel::DurationColumn)));
    const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} "));
    QVERIFY2(cell(RecordingHistoryModel::StartedColumn).contains(isoDate),
        qPrintable(cell(RecordingHistoryModel::StartedColumn)));
    for (int column : { int(RecordingHistoryModel::AgentColumn), int(RecordingHistoryModel::StartedColumn),
             int(RecordingHistoryModel::EndedColumn) }) {
        QVERIFY2(view->columnWidth(column) > view->fontMetrics().horizontalAdvance(cell(column)),
            qPrintable(headers.at(column)));
    }

    m_window->findChild<QAction *>(QStringLiteral("actionAuditHistory"))->trigger();
    auto *table = m_window->findChild<AuditHistoryDialog *>()->findChild<QTableView *>(QStringLiteral("auditTable"));
    QVERIFY(!table->wordWrap());
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->index(0, 0).data().toString().contains(isoDate));
}

void TestMainWindow::keyboardShortcutsStartAndStop()
{
    QVERIFY(openWindow(true));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(widget<QLineEdit>("agentSearch")->hasFocus());
    agentTable()->setFocus();
    selectRows({ 0 });
    QTest::keyClick(agentTable(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 1, 5000);
    QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("actionStopRecording"))->isEnabled());
    QTest::keyClick(agentTable(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(activeModel()->rowCount(), 0, 5000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
