// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditHistoryDialog.h"
#include "dialogs/AuditReportDialog.h"
#include "models/ActiveRecordingsModel.h"
#include "presenters/SessionAnnouncer.h"
#include "shell/UiSettings.h"
#include "support/VigieWindow.h"
#include "system/SystemClock.h"
#include "views/ActiveRecordingsView.h"
#include "widgets/DurationPicker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

// The supervisor's desk around the recordings: what signing out does to them, the demo's sign-in,
// the menus, the report's preview, the warning before recordings end, and the supervisor's own
// settings. The real window over a real session, against the simulator over HTTP.
class TestDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signingOutWithRecordingsRunningAsksAndLeavesNoStaleControl();
    void stopThemAllAndSignOutSignsOutOnceCxoneAnswered();
    void stopThemAndQuitStopsTheStartsOnTheirWayAndSendsNoneStillWaiting();
    void aStartOnItsWayWhenQuittingIsStoppedAtTheNextLaunch();
    void stopThemAllAndSignOutStopsTheStartsOnTheirWayToo();
    void stopAllStopsTheStartsOnTheirWayToo();
    void aLaterRecordingIsNoStopLeftUnansweredByStopAll();
    void theDemosSignInNamesTheDemoTenantAndFillsItsKey();
    void menusOfferStopAllTheAuditAndHelp();
    void theKeyboardShortcutsAreListedFromTheActions();
    void theReportOpensOnAPeriodWithEntriesAndPreviewsItsFirstPage();
    void aRecordingAboutToEndIsWarnedOfWithExtendAtHand();
    void theSupervisorsSettingsAreKeptAndApplied();
    void theStatusBarSaysTheCountOnce();

private:
    bool openWindow(bool signInAutomatically = true);
    template <typename Widget> Widget *widget(const char *objectName) const
    {
        return m_vigie.widget<Widget>(objectName);
    }
    QAction *action(const char *objectName) const;
    QAbstractItemModel *activeModel() const;
    void startRecordingsOfRows(const QList<int> &rows);
    // Presses Start for these rows while CXone answers only after latencyMs: CXone has the first
    // start (it records) and has not answered it. Returns the user-ids of the starts, in row order.
    QStringList startOnTheirWay(const QList<int> &rows, int latencyMs);
    // What the question asked on signing out said, once answered with the named button.
    struct Question
    {
        QString objectName;
        QString text;
        QString defaultButton;
        QStringList buttons;
    };
    void answerModalQuestion(const char *button, Question *seen);
    void escapeFurtherQuestions();

    QTemporaryDir m_dir;
    QTimer m_escapeQuestions;
    QStringList m_escaped;
    VigieWindow m_vigie;
};

QAbstractItemModel *TestDesk::activeModel() const { return widget<QTableView>("activeRecordingsView")->model(); }

// From now on, every question that opens is answered with Escape (which stops nothing and
// leaves nothing), and named in m_escaped: a test then fails where Vigie asks again, not hangs.
void TestDesk::escapeFurtherQuestions() { m_escapeQuestions.start(); }

void TestDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    m_escapeQuestions.setInterval(200);
    connect(&m_escapeQuestions, &QTimer::timeout, this, [this] {
        if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_escaped.append(question->objectName());
            QTest::keyClick(question, Qt::Key_Escape);
        }
    });
}

void TestDesk::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
    QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
    QSettings().clear();
}

void TestDesk::cleanup()
{
    m_escapeQuestions.stop();
    m_escaped.clear();
    m_vigie.close();
}

bool TestDesk::openWindow(bool signInAutomatically)
{
    MainWindow::Options options;
    options.demo = true;
    return m_vigie.open(m_dir.path(), options, signInAutomatically, everyTeamRecording());
}

QAction *TestDesk::action(const char *objectName) const
{
    auto *found = m_vigie.window->findChild<QAction *>(QLatin1String(objectName));
    if (!found) {
        qFatal("no action named %s", objectName);
    }
    return found;
}

void TestDesk::startRecordingsOfRows(const QList<int> &rows)
{
    QTableView *table = m_vigie.agentTable();
    QItemSelection selection;
    for (int row : rows) {
        selection.select(table->model()->index(row, 0), table->model()->index(row, table->model()->columnCount() - 1));
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    auto *start = widget<QPushButton>("startRecordingButton");
    QTRY_VERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_vigie.session->tracker()->active().size(), rows.size(), 5000);
}

QStringList TestDesk::startOnTheirWay(const QList<int> &rows, int latencyMs)
{
    m_vigie.simulator->setLatencyMs(latencyMs);
    const RecordingTracker *tracker = m_vigie.session->tracker();
    const qsizetype before = tracker->pending().size();
    QTableView *table = m_vigie.agentTable();
    QItemSelection selection;
    for (int row : rows) {
        selection.select(table->model()->index(row, 0), table->model()->index(row, table->model()->columnCount() - 1));
    }
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    auto *start = widget<QPushButton>("startRecordingButton");
    QStringList userIds;
    if (!QTest::qWaitFor([start] { return start->isEnabled(); }, 5000)) {
        return userIds;
    }
    QTest::mouseClick(start, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return tracker->pending().size() == before + rows.size(); }, 5000)) {
        return userIds;
    }
    for (qsizetype i = before; i < tracker->pending().size(); ++i) {
        userIds.append(tracker->pending().at(i).userId);
    }
    // CXone has the first one and records: its answer is what has not come yet.
    if (!QTest::qWaitFor([&] { return m_vigie.simulator->activeRecording(userIds.constFirst()).has_value(); }, 5000)
        || tracker->activeForUser(userIds.constFirst())) {
        userIds.clear();
    }
    return userIds;
}

void TestDesk::answerModalQuestion(const char *button, Question *seen)
{
    QTimer::singleShot(100, this, [button, seen] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question) {
            return;
        }
        seen->objectName = question->objectName();
        seen->text = question->text();
        seen->defaultButton = question->defaultButton() ? question->defaultButton()->objectName() : QString();
        for (auto *offered : question->findChildren<QPushButton *>()) {
            seen->buttons.append(offered->objectName());
        }
        QTest::mouseClick(question->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    });
}

// Signing out leaves the recordings running in CXone: it says so and asks, Cancel first. Kept
// running, they stay listed and counting down, with nothing to press that cannot work.
void TestDesk::signingOutWithRecordingsRunningAsksAndLeavesNoStaleControl()
{
    QVERIFY(openWindow());
    startRecordingsOfRows({ 0, 1 });
    QVERIFY(!widget<QLabel>("lastRefreshStatus")->text().isEmpty());

    Question seen;
    answerModalQuestion("cancelSignOutButton", &seen);
    action("actionSignOut")->trigger();
    QCOMPARE(seen.objectName, QStringLiteral("signOutQuestion"));
    // Its English plural, like every numerus message's, comes from vigie_en.ts.
    const QString running = QCoreApplication::translate(
        "LeavingWithRecordings", "%n recording(s) started from Vigie are still running in CXone.", nullptr, 2);
    QVERIFY2(running.startsWith(QLatin1String("2 recording")), qPrintable(running));
    QVERIFY2(seen.text.startsWith(running), qPrintable(seen.text));
    QVERIFY(seen.text.contains(QLatin1String("If you keep them running")));
    QVERIFY(seen.text.contains(QLatin1String("If you stop them")));
    QCOMPARE(seen.defaultButton, QStringLiteral("cancelSignOutButton")); // Enter neither stops nor leaves
    QVERIFY(seen.buttons.contains(QStringLiteral("stopAndSignOutButton")));
    QVERIFY(seen.buttons.contains(QStringLiteral("signOutKeepRunningButton")));
    QVERIFY(m_vigie.session->tokens()->hasToken());

    seen = {};
    answerModalQuestion("signOutKeepRunningButton", &seen);
    action("actionSignOut")->trigger();
    QCOMPARE(seen.objectName, QStringLiteral("signOutQuestion"));
    QVERIFY(!m_vigie.session->tokens()->hasToken());
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 2); // they run on in CXone
    QCOMPARE(activeModel()->rowCount(), 2); // and are still listed

    // Nothing stale: no Stop to press, no update time, and the agent list says why it is empty.
    QTRY_VERIFY(!widget<QPushButton>("stopSelectedButton")->isEnabled());
    QVERIFY(!widget<QPushButton>("stopActiveButton")->isEnabled());
    QVERIFY(!action("actionStopAllRecordings")->isEnabled());
    QVERIFY(!action("actionStopActiveRow")->isEnabled());
    QVERIFY(widget<QLabel>("lastRefreshStatus")->text().isEmpty());
    QCOMPARE(m_vigie.agentTable()->model()->rowCount(), 0);
    QVERIFY(widget<QLabel>("agentTablePlaceholderText")->text().startsWith(QLatin1String("Sign in to CXone")));

    // The Stop drawn in a row, and Delete in the list, send nothing either.
    auto *view = widget<ActiveRecordingsView>("activeRecordingsView");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->rowButtonRect(0).center());
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::qWait(300);
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 2);
}

void TestDesk::stopThemAllAndSignOutSignsOutOnceCxoneAnswered()
{
    QVERIFY(openWindow());
    startRecordingsOfRows({ 0 });
    Question seen;
    answerModalQuestion("stopAndSignOutButton", &seen);
    action("actionSignOut")->trigger();
    QCOMPARE(seen.objectName, QStringLiteral("signOutQuestion"));
    QVERIFY(m_vigie.session->tokens()->hasToken()); // not before CXone answered the Stop
    QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.session->tokens()->hasToken(), 5000);
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 0);
    QVERIFY(m_vigie.session->tracker()->active().isEmpty());
    QCOMPARE(m_vigie.session->auditLog()->entries().last().action, vigie::AuditAction::Stop);
}

static QString leavingText(const char *text, int n = -1, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("LeavingWithRecordings", text, disambiguation, n);
}

// "2 recordings running and 1 starting", as the questions count them, from the translations.
static QString runningAndStarting(int running, int starting)
{
    if (running == 0) {
        return leavingText("%n recording(s) starting", starting);
    }
    return leavingText("%1 and %2")
        .arg(leavingText("%n recording(s) running", running),
            leavingText("%n starting", starting, "recordings starting"));
}

static int startRequestsFor(const CxoneSimulator &cxone, const QString &userId)
{
    return int(std::count_if(cxone.requestLog().cbegin(), cxone.requestLog().cend(), [&userId](const auto &request) {
        return request.path.endsWith(QLatin1String("start-screen-interaction-recording"))
            && request.query.toString(QUrl::FullyDecoded).contains(userId);
    }));
}

// "Stop them and quit" covers what is still starting: a start on its way is stopped as soon as
// CXone names its recording, one waiting for a connection is never sent; Vigie closes once CXone
// has answered, and nothing it started records on.
void TestDesk::stopThemAndQuitStopsTheStartsOnTheirWayAndSendsNoneStillWaiting()
{
    QVERIFY(openWindow());
    startRecordingsOfRows({ 0 });
    m_vigie.session->controller()->setConcurrency(1); // the second start waits for the first's answer
    const QStringList starting = startOnTheirWay({ 1, 2 }, 1000);
    QCOMPARE(starting.size(), 2);
    QCOMPARE(m_vigie.session->tracker()->pendingForUser(starting.at(1))->confirmation,
        TrackedRecording::Confirmation::Queued);

    Question seen;
    answerModalQuestion("stopAndQuitButton", &seen);
    m_vigie.window->close();
    QCOMPARE(seen.objectName, QStringLiteral("runningRecordingsQuestion"));
    QVERIFY(m_vigie.window->isVisible()); // not before CXone answered

    escapeFurtherQuestions();
    QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.window->isVisible() || !m_escaped.isEmpty(), 15000);
    QCOMPARE(m_escaped, QStringList()); // nothing left to ask about
    QVERIFY(!m_vigie.window->isVisible());
    QTest::qWait(1500); // an answer that came after the window closed would start a recording now
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 0);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(starting.at(0)), 1); // it did record, and was stopped
    QCOMPARE(startRequestsFor(*m_vigie.simulator, starting.at(1)), 0); // never sent
    QVERIFY(m_vigie.session->tracker()->pending().isEmpty());
    QVERIFY(m_vigie.session->tracker()->active().isEmpty());
    // The question counted them, and said what stopping does to the starts.
    QVERIFY2(seen.text.contains(runningAndStarting(1, 2)), qPrintable(seen.text));
    QVERIFY2(seen.text.contains(leavingText("Stopping them all sends none of the starts still waiting, and stops each "
                                            "start on its way as soon as CXone names its recording.")),
        qPrintable(seen.text));
}

// Quitting anyway before CXone answered a start Vigie is to stop: the ledger keeps that Stop, and
// the next launch finishes it once signed in.
void TestDesk::aStartOnItsWayWhenQuittingIsStoppedAtTheNextLaunch()
{
    QVERIFY(openWindow());
    const QStringList starting = startOnTheirWay({ 0 }, 2500);
    QCOMPARE(starting.size(), 1);

    Question seen;
    answerModalQuestion("stopAndQuitButton", &seen);
    m_vigie.window->close();
    QCOMPARE(seen.objectName, QStringLiteral("runningRecordingsQuestion"));
    QVERIFY2(seen.text.contains(runningAndStarting(0, 1)), qPrintable(seen.text));
    QVERIFY(m_vigie.window->isVisible());

    // Closed again while CXone has not answered: the Stop is one of those not answered yet.
    seen = {};
    answerModalQuestion("quitAnywayButton", &seen);
    m_vigie.window->close();
    QCOMPARE(seen.objectName, QStringLiteral("unansweredStopsQuestion"));
    QVERIFY(!m_vigie.window->isVisible());
    m_vigie.session->controller()->abandonUnsent(); // as the application does on quitting
    QVERIFY(!m_vigie.session->tracker()->activeForUser(starting.at(0))); // gone before the answer
    QVERIFY(m_vigie.simulator->activeRecording(starting.at(0)).has_value()); // while CXone records

    m_vigie.simulator->setLatencyMs(0);
    MainWindow::Options options;
    options.demo = true;
    QVERIFY(m_vigie.relaunch(m_dir.path(), options));
    QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.simulator->activeRecording(starting.at(0)).has_value(), 10000);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(starting.at(0)), 1);
    QVERIFY(m_vigie.simulator->recordingLog().constLast().stopped); // stopped, not ended by its time
}

// Signing out with "stop them all" waits for the start on its way too, and stops it.
void TestDesk::stopThemAllAndSignOutStopsTheStartsOnTheirWayToo()
{
    QVERIFY(openWindow());
    startRecordingsOfRows({ 0 });
    const QStringList starting = startOnTheirWay({ 1 }, 1000);
    QCOMPARE(starting.size(), 1);
    Question seen;
    answerModalQuestion("stopAndSignOutButton", &seen);
    action("actionSignOut")->trigger();
    QCOMPARE(seen.objectName, QStringLiteral("signOutQuestion"));
    QVERIFY(m_vigie.session->tokens()->hasToken());
    escapeFurtherQuestions();
    QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.session->tokens()->hasToken(), 10000);
    QTest::qWait(1500); // an answer that came after the sign-out would start a recording now
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 0);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(starting.at(0)), 1);
    QVERIFY(m_vigie.session->tracker()->pending().isEmpty());
    QVERIFY2(seen.text.contains(runningAndStarting(1, 1)), qPrintable(seen.text));
}

// Recording > Stop all recordings takes the path of quitting and signing out: a start on its way counts.
void TestDesk::stopAllStopsTheStartsOnTheirWayToo()
{
    QVERIFY(openWindow());
    const QStringList starting = startOnTheirWay({ 0 }, 1000);
    QCOMPARE(starting.size(), 1);
    QTRY_VERIFY(action("actionStopAllRecordings")->isEnabled());
    QVERIFY(m_vigie.session->tracker()->pendingForUser(starting.at(0))); // before CXone answers
    Question seen;
    answerModalQuestion("stopAllConfirmButton", &seen);
    action("actionStopAllRecordings")->trigger();
    QCOMPARE(seen.objectName, QStringLiteral("stopAllQuestion"));
    QTRY_VERIFY_WITH_TIMEOUT(m_vigie.simulator->recordingsCreatedFor(starting.at(0)) == 1
            && !m_vigie.simulator->activeRecording(starting.at(0)).has_value(),
        10000);
    QTRY_VERIFY(m_vigie.session->tracker()->active().isEmpty());
    QVERIFY2(seen.text.contains(runningAndStarting(0, 1)), qPrintable(seen.text));
}

// Stop all, once CXone answered it, is over: the agent recorded again later, whose recording CXone
// has named and the ledger is still writing when the window closes, is not a Stop left unanswered.
void TestDesk::aLaterRecordingIsNoStopLeftUnansweredByStopAll()
{
    QVERIFY(openWindow());
    startRecordingsOfRows({ 0 });
    RecordingTracker *tracker = m_vigie.session->tracker();
    const QString userId = tracker->active().constFirst().userId;
    Question seen;
    answerModalQuestion("stopAllConfirmButton", &seen);
    action("actionStopAllRecordings")->trigger();
    QCOMPARE(seen.objectName, QStringLiteral("stopAllQuestion"));
    QTRY_VERIFY_WITH_TIMEOUT(tracker->active().isEmpty() && !tracker->activeForUser(userId), 5000);

    tracker->setGroupCommitMs(5000); // the new recording stays named but not yet written
    QTest::qWait(200); // once a commit the stop scheduled with the shorter delay is done
    auto *start = widget<QPushButton>("startRecordingButton");
    QTRY_VERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->activeForUser(userId), 5000);
    QVERIFY(tracker->active().isEmpty());

    escapeFurtherQuestions();
    m_vigie.window->close();
    // No Stop was asked for this recording: nothing to wait for.
    QVERIFY2(m_escaped.isEmpty(), qPrintable(m_escaped.join(QLatin1Char(' '))));
    QVERIFY(!m_vigie.window->isVisible());
    QVERIFY(m_vigie.simulator->activeRecording(userId).has_value()); // and none was sent
}

// After a sign-out the demo's dialog says which tenant it signs in to and holds its key.
void TestDesk::theDemosSignInNamesTheDemoTenantAndFillsItsKey()
{
    QVERIFY(openWindow());
    action("actionSignOut")->trigger(); // nothing runs: no question
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_vigie.window->signInFlow()->dialog()) && dialog->isVisible(), 5000);
    const QString intro = dialog->findChild<QLabel *>(QStringLiteral("signInIntro"))->text();
    QVERIFY2(intro.startsWith(QLatin1String("Sign in to the demo tenant")), qPrintable(intro));
    const SimulatorOptions demo;
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"))->text(), demo.demoKeyId);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text(), demo.demoKeySecret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_vigie.agentTable()->model()->rowCount(), 60, 10000);
}

void TestDesk::menusOfferStopAllTheAuditAndHelp()
{
    QVERIFY(openWindow());
    const auto names = [](const QMenu *menu) {
        QStringList found;
        for (const QAction *item : menu->actions()) {
            if (!item->isSeparator()) {
                found.append(item->objectName());
            }
        }
        return found;
    };
    QVERIFY(names(widget<QMenu>("recordingMenu")).contains(QStringLiteral("actionStopAllRecordings")));
    QCOMPARE(names(widget<QMenu>("auditMenu")),
        QStringList({ QStringLiteral("actionAuditHistory"), QStringLiteral("actionAuditReport") }));
    QVERIFY(!names(widget<QMenu>("viewMenu")).contains(QStringLiteral("actionAuditHistory")));
    QCOMPARE(names(widget<QMenu>("helpMenu")),
        QStringList({ QStringLiteral("actionKeyboardShortcuts"), QStringLiteral("actionDocumentation"),
            QStringLiteral("actionAbout") }));
    QVERIFY(action("actionDocumentation")->isVisible());
    QVERIFY(action("actionSettings")->isVisible());

    // Both audit dialogs open the same way: modeless, each once per request.
    action("actionAuditHistory")->trigger();
    action("actionAuditReport")->trigger();
    QTRY_VERIFY(m_vigie.window->findChild<AuditHistoryDialog *>()
        && m_vigie.window->findChild<AuditHistoryDialog *>()->isVisible());
    QTRY_VERIFY(m_vigie.window->findChild<AuditReportDialog *>()
        && m_vigie.window->findChild<AuditReportDialog *>()->isVisible());
    QCOMPARE(widget<QMenu>("auditMenu")->actions().constFirst()->text(), QStringLiteral("&Trail…"));
}

// The list is read from the actions themselves: it names each with its key, in the window's language.
void TestDesk::theKeyboardShortcutsAreListedFromTheActions()
{
    QVERIFY(openWindow());
    action("actionKeyboardShortcuts")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_vigie.window->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"))));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("shortcutsView"));
    const auto keysOf = [view](const QString &what) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == what) {
                return model->index(row, 1).data().toString();
            }
        }
        return QString();
    };
    QTRY_COMPARE(keysOf(QStringLiteral("Start recording the selected agents")),
        QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("Trail")), QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("Reload agents")), QStringLiteral("F5"));
    QCOMPARE(
        keysOf(QStringLiteral("Stop this recording")), QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("Actions of the current row")), QStringLiteral("Menu key or Shift+F10"));
    QVERIFY(!keysOf(QStringLiteral("Find an agent")).isEmpty());
}

// In a trail whose only entries are this month's (the demo, a new station), the report opens on
// this month so far, and its preview shows a first page with something on it.
void TestDesk::theReportOpensOnAPeriodWithEntriesAndPreviewsItsFirstPage()
{
    QVERIFY(openWindow());
    startRecordingsOfRows({ 0 });
    action("actionAuditReport")->trigger();
    AuditReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_vigie.window->findChild<AuditReportDialog *>()) && dialog->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(dialog->reportOptions().from, today.addDays(1 - today.day()));
    QCOMPARE(dialog->reportOptions().to, today);
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("reportPreview"));
    QTRY_VERIFY(!preview->pixmap().isNull());
    const QImage page = preview->pixmap().toImage();
    // A4 is 1:√2, and the page holds text and the chart, not white paper alone.
    QVERIFY(qAbs(double(page.height()) / page.width() - 1.414) < 0.02);
    int inked = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2) {
            inked += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
        }
    }
    QVERIFY2(inked > 500, qPrintable(QString::number(inked)));
    QVERIFY(!preview->accessibleName().isEmpty());
}

// The warning comes the chosen time before the end, names the agents, and Extend in it gives
// them the chosen duration from now.
void TestDesk::aRecordingAboutToEndIsWarnedOfWithExtendAtHand()
{
    UiSettings::setEndingWarningSeconds(120);
    QVERIFY(openWindow());
    QCOMPARE(m_vigie.window->announcer()->endingWarningSeconds(), 120);
    m_vigie.window->findChild<DurationPicker *>()->setSeconds(600);
    startRecordingsOfRows({ 0 });
    const TrackedRecording first = m_vigie.session->tracker()->active().constFirst();
    auto *banner = widget<QWidget>("endingSoonBanner");
    QVERIFY(!banner->isVisible());

    // 470 s later, 130 s are left: not yet. 10 s more, and the warning is up.
    for (int seconds : { 470, 480 }) {
        const qint64 laterMs = SystemClock::sinceBootMs() + seconds * 1000;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(seconds);
        m_vigie.session->tracker()->setClocks([laterMs] { return laterMs; }, [later] { return later; });
        m_vigie.session->tracker()->tick();
        QCOMPARE(banner->isVisible(), seconds == 480);
    }
    QVERIFY(widget<QLabel>("endingSoonText")->text().contains(first.agentName));
    QVERIFY(!widget<QPushButton>("extendEndingButton")->accessibleName().isEmpty());
    QTest::mouseClick(widget<QPushButton>("extendEndingButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_vigie.session->tracker()->active().size() == 1
            && m_vigie.session->tracker()->active().constFirst().contactId != first.contactId,
        5000);
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 1);
}

// Language, appearance, the warning and notifications, saved per user; the language and the
// appearance through their menus' actions, so menus and dialog agree.
void TestDesk::theSupervisorsSettingsAreKeptAndApplied()
{
    QVERIFY(openWindow());
    action("actionSettings")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_vigie.window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("settingsTheme"));
    auto *warning = dialog->findChild<QSpinBox *>(QStringLiteral("settingsEndingWarning"));
    auto *notifications = dialog->findChild<QCheckBox *>(QStringLiteral("settingsNotifications"));
    QCOMPARE(language->currentText(), QStringLiteral("English"));
    QCOMPARE(warning->value(), SessionAnnouncer::kDefaultEndingWarningSeconds);
    QVERIFY(notifications->isChecked());
    language->setCurrentIndex(language->findText(QStringLiteral("Français")));
    theme->setCurrentIndex(theme->findText(QStringLiteral("Dark")));
    warning->setValue(90);
    notifications->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsOkButton")), Qt::LeftButton);

    QTRY_COMPARE(widget<QPushButton>("startRecordingButton")->text(), QStringLiteral("Démarrer l'&enregistrement"));
    QVERIFY(action("actionLanguageFrench")->isChecked());
    QVERIFY(action("actionThemeDark")->isChecked());
    QCOMPARE(UiSettings::language(), QStringLiteral("fr"));
    QCOMPARE(UiSettings::theme(), Appearance::Theme::Dark);
    QCOMPARE(UiSettings::endingWarningSeconds(0), 90);
    QVERIFY(!UiSettings::notificationsEnabled());
    QCOMPARE(m_vigie.window->announcer()->endingWarningSeconds(), 90);
    m_vigie.languages->apply(QStringLiteral("en"));
}

// The count of agents has one place in the status bar; the sentence on loading does not repeat it.
void TestDesk::theStatusBarSaysTheCountOnce()
{
    QVERIFY(openWindow());
    QTRY_COMPARE(widget<QLabel>("listedCountLabel")->text(), QStringLiteral("60 agents listed"));
    int saying = 0;
    for (const QLabel *label : m_vigie.window->statusBar()->findChildren<QLabel *>()) {
        saying += label->isVisible() && label->text().contains(QLatin1String("60 agents")) ? 1 : 0;
    }
    QCOMPARE(saying, 1);
    QTRY_COMPARE(m_vigie.window->activityLog()->latestMessage(), QStringLiteral("Agent list loaded from CXone."));
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
