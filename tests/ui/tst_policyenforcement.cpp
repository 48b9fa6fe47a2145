// SPDX-License-Identifier: Apache-2.0
#include "models/ActiveRecordingsModel.h"
#include "models/AgentTableModel.h"
#include "support/VigieWindow.h"
#include "widgets/DurationPicker.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>

// The works council's policy, enforced before any request leaves: through the real window, against
// the simulator, a start or an Extend the policy refuses reaches CXone not at all, the supervisor
// reads which rule, the agent's count and when it allows again, and the trail says
// refused-by-policy with the rule.
class TestPolicyEnforcement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aStartOverTheWeeklyCapSendsNothingAndSaysWhy();
    void anExtendLongerThanThePurposeAllowsKeepsTheRecording();
    void aRefusedExtendSaysTheRecordingGoesOn();
    void aQueuedStartIsCheckedAgainWhenItLeaves();
    void sliderEntryAndPresetsStopAtThePurposesLongest();
    void aJustificationIsAskedForAndKeptInTheTrail();
    void theDailyNoticeIsConfirmedOnceADay();
    void aSecondPressRaisesTheDailyNoticeAlreadyAsked();
    void theDailyNoticeIsTheTrailsNotTheSettings();
    void thePanelSaysWhatIsLeftAndTheListMarksTheCap();
    void thePanelSaysWhenRecordingIsAllowed_data();
    void thePanelSaysWhenRecordingIsAllowed();

private:
    QTemporaryDir m_dir;
    VigieWindow m_vigie;
    bool openWindow(const RecordingPolicy &policy);
    QAbstractItemModel *agents() const;
    QAbstractItemModel *active() const;
    QString latestLog() const;
    QString userIdAt(int row) const;
    void selectRow(int row);
    void click(const char *objectName);
    QVector<AuditEntry> trailOfActions() const;
    static void answerNotice(const char *button, QString *seen);
    int recordingRequests() const;
};

bool TestPolicyEnforcement::openWindow(const RecordingPolicy &policy)
{
    MainWindow::Options options;
    options.demo = true;
    options.purposes = policy.purposeNames();
    m_vigie.policy = policy;
    return m_vigie.open(m_dir.path(), options, true, everyTeamRecording());
}

QAbstractItemModel *TestPolicyEnforcement::agents() const { return m_vigie.agentTable()->model(); }

QAbstractItemModel *TestPolicyEnforcement::active() const
{
    return m_vigie.widget<QTableView>("activeRecordingsView")->model();
}

QString TestPolicyEnforcement::latestLog() const { return m_vigie.window->activityLog()->latestMessage(); }

QString TestPolicyEnforcement::userIdAt(int row) const
{
    return agents()->index(row, 0).data(Qt::UserRole + 3).toString();
}

void TestPolicyEnforcement::selectRow(int row)
{
    QTableView *table = m_vigie.agentTable();
    table->selectionModel()->select(
        QItemSelection(agents()->index(row, 0), agents()->index(row, agents()->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
}

void TestPolicyEnforcement::click(const char *objectName)
{
    auto *button = m_vigie.widget<QPushButton>(objectName);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The trail's entries about recordings and the notice: without the policy's own record (PolicyRecord).
QVector<AuditEntry> TestPolicyEnforcement::trailOfActions() const
{
    QVector<AuditEntry> entries = m_vigie.session->auditLog()->entries();
    entries.removeIf([](const AuditEntry &entry) { return entry.action == vigie::AuditAction::Policy; });
    return entries;
}

// Answers the daily notice, once it is up, with the named button; notes what it said in seen.
void TestPolicyEnforcement::answerNotice(const char *button, QString *seen)
{
    QTimer::singleShot(100, [button, seen] {
        auto *notice = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!notice || notice->objectName() != QLatin1String("dailyNoticeDialog")) {
            return;
        }
        *seen = notice->text();
        QTest::mouseClick(notice->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    });
}

int TestPolicyEnforcement::recordingRequests() const
{
    int count = 0;
    for (const CxoneSimulator::LoggedRequest &request : m_vigie.simulator->requestLog()) {
        count += request.path.contains(QLatin1String("screen")) ? 1 : 0;
    }
    return count;
}

void TestPolicyEnforcement::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void TestPolicyEnforcement::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
    QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
    QSettings().clear();
}

void TestPolicyEnforcement::cleanup()
{
    m_vigie.close();
    m_vigie.policy = {};
}

void TestPolicyEnforcement::aStartOverTheWeeklyCapSendsNothingAndSaysWhy()
{
    RecordingPolicy policy;
    policy.purposes = { { QStringLiteral("Coaching"), 0, false } };
    policy.recordingsPer7Days = 1;
    QVERIFY(openWindow(policy));
    const QString userId = userIdAt(0);
    const QString name = agents()->index(0, 0).data().toString();
    selectRow(0);
    m_vigie.window->findChild<DurationPicker *>()->setSeconds(600);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    click("stopSelectedButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 0, 5000);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(userId), 1);

    // The second recording of the week is the one too many: nothing leaves for CXone.
    m_vigie.simulator->clearRequestLog();
    selectRow(0);
    click("startRecordingButton");
    QTRY_VERIFY_WITH_TIMEOUT(latestLog().contains(QLatin1String("recording policy")), 5000);
    QVERIFY2(latestLog().contains(name), qPrintable(latestLog()));
    // English plurals come from translations/vigie_en.ts, which may not have this sentence yet.
    QVERIFY2(
        latestLog().contains(QRegularExpression(QStringLiteral("allows 1 recording(\\(s\\))? of an agent per 7 days"))),
        qPrintable(latestLog()));
    QVERIFY2(latestLog().contains(QLatin1String("this agent has had 1.")), qPrintable(latestLog()));
    QVERIFY2(latestLog().contains(QLatin1String("Allowed again from")), qPrintable(latestLog()));
    QTRY_VERIFY_WITH_TIMEOUT(
        agents()->index(0, 4).data().toString().contains(QLatin1String("not allowed by the recording policy")), 5000);
    QCOMPARE(recordingRequests(), 0);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(userId), 1);
    QCOMPARE(active()->rowCount(), 0);

    const QVector<AuditEntry> trail = m_vigie.session->auditLog()->entries();
    QCOMPARE(trail.last().result, vigie::AuditResult::RefusedByPolicy);
    QCOMPARE(trail.last().userId, userId);
    QVERIFY2(trail.last().detail.startsWith(QLatin1String("refused-by-policy: recordings-per-7-days 1/1, allowed again "
                                                          "from ")),
        qPrintable(trail.last().detail));
    // Nothing was asked of CXone, so nothing was written as requested either.
    QCOMPARE(std::count_if(trail.cbegin(), trail.cend(),
                 [](const AuditEntry &entry) { return entry.result == vigie::AuditResult::Requested; }),
        1);

    // Another agent is not this one's count.
    selectRow(1);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
}

void TestPolicyEnforcement::anExtendLongerThanThePurposeAllowsKeepsTheRecording()
{
    RecordingPolicy policy;
    policy.purposes = { { QStringLiteral("Coaching"), 15 * 60, false } };
    QVERIFY(openWindow(policy));
    selectRow(0);
    auto *picker = m_vigie.window->findChild<DurationPicker *>();
    picker->setSeconds(600);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    const QString contact = active()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString();

    // Asked for more than the purpose's 15 minutes (the UI's own bound aside): no stop, no start.
    m_vigie.simulator->clearRequestLog();
    const qint64 contactId = contact.toLongLong();
    m_vigie.session->controller()->extend(contactId, 16 * 60);
    QTRY_VERIFY_WITH_TIMEOUT(
        latestLog().contains(QRegularExpression(QStringLiteral("at most 15 minute(s|\\(s\\)) for this purpose"))),
        5000);
    QCOMPARE(recordingRequests(), 0);
    QCOMPARE(active()->rowCount(), 1);
    QCOMPARE(active()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString(), contact);
    // Audited as the Extend it was, of that recording, with the rule.
    const AuditEntry refused = m_vigie.session->auditLog()->entries().last();
    QCOMPARE(refused.result, vigie::AuditResult::RefusedByPolicy);
    QCOMPARE(refused.action, vigie::AuditAction::Extend);
    QCOMPARE(refused.contactId, contactId);
    QCOMPARE(refused.purpose, QStringLiteral("Coaching"));
    QCOMPARE(refused.detail, QStringLiteral("refused-by-policy: longest-duration 16/15"));

    // Within it, the Extend goes: a stop, then a start.
    m_vigie.session->controller()->extend(contactId, 15 * 60);
    QTRY_VERIFY_WITH_TIMEOUT(active()->rowCount() == 1
            && active()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString() != contact,
        5000);

    // The panel's Extend asks for what the duration picker holds, which stops at the purpose's longest.
    const QString extended = active()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString();
    const QString userId = userIdAt(0);
    picker->setSeconds(3600);
    QCOMPARE(picker->seconds(), 15 * 60);
    selectRow(0);
    click("extendButton");
    QTRY_VERIFY_WITH_TIMEOUT(active()->rowCount() == 1
            && active()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString() != extended,
        5000);
    QCOMPARE(m_vigie.session->tracker()->activeForUser(userId)->durationSeconds, 15 * 60);
}

// Refused, an Extend changed nothing: the supervisor is told the recording goes on, not that a
// recording "did not start", and the agent's row keeps no failure for after it ends.
void TestPolicyEnforcement::aRefusedExtendSaysTheRecordingGoesOn()
{
    RecordingPolicy policy;
    policy.purposes = { { QStringLiteral("Coaching"), 15 * 60, false } };
    QVERIFY(openWindow(policy));
    selectRow(0);
    m_vigie.window->findChild<DurationPicker *>()->setSeconds(600);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    const QString userId = userIdAt(0);
    const qint64 contactId = active()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toLongLong();

    m_vigie.session->controller()->extend(contactId, 16 * 60);
    QTRY_VERIFY_WITH_TIMEOUT(latestLog().contains(QStringLiteral("was not extended and goes on as it was")), 5000);
    QVERIFY2(!latestLog().contains(QStringLiteral("did not start")), qPrintable(latestLog()));

    m_vigie.session->controller()->stopRecordingsOf({ userId });
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 0, 5000);
    const QString cell = agents()->index(0, AgentTableModel::RecordingColumn).data().toString();
    QVERIFY2(!cell.startsWith(QStringLiteral("Failed")), qPrintable(cell));
}

// Pressed within the hours, a start queued behind another leaves only once a connection is free:
// by then the hours may have closed, and it is refused as it would have been when pressed.
void TestPolicyEnforcement::aQueuedStartIsCheckedAgainWhenItLeaves()
{
    RecordingPolicy policy;
    for (QList<RecordingPolicy::Hours> &day : policy.hours) {
        day = { { QTime(9, 0), QTime(17, 0) } };
    }
    QVERIFY(openWindow(policy));
    QDateTime nowUtc(QDate::currentDate(), QTime(16, 40), Qt::UTC);
    PolicyGate *gate = m_vigie.session->policyGate();
    gate->setPolicy(policy, QTimeZone::utc());
    gate->setClock([&nowUtc] { return nowUtc; });
    RecordingController *controller = m_vigie.session->controller();
    controller->setConcurrency(1);
    const Agent first = m_vigie.session->directory()->agents().at(0);
    const Agent queued = m_vigie.session->directory()->agents().at(1);
    QSignalSpy failed(controller, &RecordingController::startFailed);
    QSignalSpy finished(controller, &RecordingController::batchFinished);

    // Ten minutes each, pressed at 16:40: both end before 17:00. The first leaves at once.
    m_vigie.simulator->clearRequestLog();
    controller->start({ first, queued }, 600, QStringLiteral("Coaching"));
    QCOMPARE(controller->busyCount(), 2);
    // The second leaves once the first is answered, at 16:55: it would run past 17:00.
    nowUtc = nowUtc.addSecs(15 * 60);
    QVERIFY(finished.wait(5000));

    QCOMPARE(recordingRequests(), 1); // the first's start: nothing of the second reached CXone
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(controller->userIdFor(first)), 1);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(controller->userIdFor(queued)), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), controller->userIdFor(queued));
    const StartResult refused = failed.first().at(2).value<StartResult>();
    QCOMPARE(refused.outcome, vigie::ApiOutcome::RefusedByPolicy);
    QVERIFY2(refused.detail.startsWith(QLatin1String("hours ")), qPrintable(refused.detail));
    QVERIFY(!m_vigie.session->tracker()->pendingForUser(controller->userIdFor(queued)));
    const QVector<AuditEntry> trail = m_vigie.session->auditLog()->entries();
    QVERIFY(std::any_of(trail.cbegin(), trail.cend(), [&](const AuditEntry &entry) {
        return entry.userId == controller->userIdFor(queued) && entry.result == vigie::AuditResult::RefusedByPolicy
            && entry.detail.startsWith(QLatin1String("refused-by-policy: hours "));
    }));
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
}

void TestPolicyEnforcement::sliderEntryAndPresetsStopAtThePurposesLongest()
{
    RecordingPolicy policy;
    policy.purposes
        = { { QStringLiteral("Quality review"), 0, false }, { QStringLiteral("Training"), 30 * 60, false } };
    QVERIFY(openWindow(policy));
    auto *picker = m_vigie.window->findChild<DurationPicker *>();
    auto *purpose = m_vigie.widget<QComboBox>("purposeCombo");
    QVERIFY2(!purpose->isEditable(), "the policy's purposes are the only ones");
    picker->setSeconds(3600);
    QCOMPARE(picker->seconds(), 3600);

    // Training allows 30 minutes: the hour already chosen comes down to it.
    purpose->setCurrentText(QStringLiteral("Training"));
    QCOMPARE(picker->seconds(), 30 * 60);
    // The exact entry stops there.
    auto *edit = m_vigie.widget<QTimeEdit>("durationEdit");
    QCOMPARE(edit->maximumTime(), QTime(0, 30));
    QCOMPARE(edit->property("maximum").toInt(), 30 * 60);
    // So do the presets: the hour and 3 h 30 are off, 15 minutes is on.
    QVERIFY(!m_vigie.widget<QPushButton>("preset3600s")->isEnabled());
    QVERIFY(!m_vigie.widget<QPushButton>("preset12600s")->isEnabled());
    QVERIFY(m_vigie.widget<QPushButton>("preset900s")->isEnabled());
    // And the slider, dragged to its end, comes back to the longest.
    auto *slider = m_vigie.widget<QSlider>("durationSlider");
    slider->setValue(slider->maximum());
    QCOMPARE(picker->seconds(), 30 * 60);
    picker->setSeconds(20 * 60);
    QCOMPARE(picker->seconds(), 20 * 60);

    // Back to a purpose without a longest: the product's own bound again.
    purpose->setCurrentText(QStringLiteral("Quality review"));
    QVERIFY(m_vigie.widget<QPushButton>("preset12600s")->isEnabled());
    picker->setSeconds(3600);
    QCOMPARE(picker->seconds(), 3600);
}

void TestPolicyEnforcement::aJustificationIsAskedForAndKeptInTheTrail()
{
    RecordingPolicy policy;
    policy.purposes
        = { { QStringLiteral("Training"), 0, false }, { QStringLiteral("Complaint investigation"), 0, true } };
    QVERIFY(openWindow(policy));
    auto *purpose = m_vigie.widget<QComboBox>("purposeCombo");
    auto *justification = m_vigie.widget<QLineEdit>("justificationEdit");
    QVERIFY(!justification->isVisibleTo(m_vigie.window.get()));
    purpose->setCurrentText(QStringLiteral("Complaint investigation"));
    QVERIFY(justification->isVisibleTo(m_vigie.window.get()));
    QVERIFY(!justification->accessibleName().isEmpty());

    selectRow(0);
    click("startRecordingButton");
    QVERIFY2(latestLog().contains(QLatin1String("justification")), qPrintable(latestLog()));
    QCOMPARE(recordingRequests(), 0);

    justification->setText(QStringLiteral("Customer complaint #4411"));
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    const QVector<AuditEntry> trail = trailOfActions();
    QCOMPARE(trail.first().result, vigie::AuditResult::Requested);
    QCOMPARE(trail.first().purpose, QStringLiteral("Complaint investigation"));
    QVERIFY2(trail.first().detail.contains(QLatin1String("justification: Customer complaint #4411")),
        qPrintable(trail.first().detail));
    QVERIFY(trail.last().detail.contains(QLatin1String("justification: Customer complaint #4411")));
}

void TestPolicyEnforcement::theDailyNoticeIsConfirmedOnceADay()
{
    RecordingPolicy policy;
    policy.dailyNotice = QStringLiteral("The agent has been informed under the agreement of 3 March 2026.");
    QVERIFY(openWindow(policy));
    QString seen;
    selectRow(0);
    answerNotice("cancelNoticeButton", &seen);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(seen, policy.dailyNotice, 5000);
    QTest::qWait(200);
    QCOMPARE(recordingRequests(), 0);

    seen.clear();
    answerNotice("confirmNoticeButton", &seen);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(seen, policy.dailyNotice, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    // The confirmation is in the trail, with the words confirmed, before the start it allowed.
    const QVector<AuditEntry> trail = trailOfActions();
    QCOMPARE(trail.first().action, vigie::AuditAction::Notice);
    QCOMPARE(trail.first().result, vigie::AuditResult::Acknowledged);
    QCOMPARE(trail.first().detail, policy.dailyNotice);
    QCOMPARE(trail.first().supervisor, SimulatorOptions().demoKeyId);
    QCOMPARE(trail.at(1).result, vigie::AuditResult::Requested);

    // Confirmed for the day: the next start is not asked again.
    seen.clear();
    selectRow(1);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 2, 5000);
    QVERIFY(seen.isEmpty());
    const QVector<AuditEntry> later = m_vigie.session->auditLog()->entries();
    QCOMPARE(std::count_if(later.cbegin(), later.cend(),
                 [](const AuditEntry &entry) { return entry.action == vigie::AuditAction::Notice; }),
        1);
}

void TestPolicyEnforcement::aSecondPressRaisesTheDailyNoticeAlreadyAsked()
{
    RecordingPolicy policy;
    policy.dailyNotice = QStringLiteral("The agent has been informed under the agreement of 3 March 2026.");
    QVERIFY(openWindow(policy));
    selectRow(0);
    click("startRecordingButton");
    click("startRecordingButton");
    const auto asked = [this] {
        QList<QMessageBox *> notices = m_vigie.window->findChildren<QMessageBox *>(QStringLiteral("dailyNoticeDialog"));
        notices.removeIf([](const QMessageBox *notice) { return !notice->isVisible(); });
        return notices;
    };
    QCOMPARE(asked().size(), 1);

    // Confirmed once, the start it was asked for goes, once.
    QTest::mouseClick(
        asked().constFirst()->findChild<QPushButton *>(QStringLiteral("confirmNoticeButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(asked().isEmpty(), 5000);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(userIdAt(0)), 1);
}

void TestPolicyEnforcement::theDailyNoticeIsTheTrailsNotTheSettings()
{
    RecordingPolicy policy;
    policy.dailyNotice = QStringLiteral("The agent has been informed under the agreement of 3 March 2026.");
    // Yesterday's confirmation, in the trail, is not today's.
    AuditEntry yesterday;
    yesterday.atUtc = QDateTime::currentDateTimeUtc().addDays(-1);
    yesterday.action = vigie::AuditAction::Notice;
    yesterday.result = vigie::AuditResult::Acknowledged;
    yesterday.supervisor = SimulatorOptions().demoKeyId;
    yesterday.detail = policy.dailyNotice;
    {
        AuditLog trail(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QString error;
        QVERIFY2(trail.append(yesterday, &error), qPrintable(error));
    }
    QVERIFY(openWindow(policy));
    const QString userId = userIdAt(0);

    // Another way to Start than the panel (a menu, the tray, a script): the core refuses it before
    // anything leaves, says which rule, and audits it.
    m_vigie.simulator->clearRequestLog();
    m_vigie.session->controller()->start(
        { m_vigie.session->directory()->agents().first() }, 600, QStringLiteral("Coaching"));
    QTRY_VERIFY_WITH_TIMEOUT(latestLog().contains(QLatin1String("daily notice")), 5000);
    QCOMPARE(recordingRequests(), 0);
    const AuditEntry refused = m_vigie.session->auditLog()->entries().last();
    QCOMPARE(refused.result, vigie::AuditResult::RefusedByPolicy);
    QCOMPARE(refused.detail, QStringLiteral("refused-by-policy: daily-notice 0/1"));

    // The panel asks for it; confirmed, the start goes.
    QString seen;
    selectRow(0);
    answerNotice("confirmNoticeButton", &seen);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(seen, policy.dailyNotice, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
    QCOMPARE(m_vigie.simulator->recordingsCreatedFor(userId), 1);

    // Settings cleared and Vigie started again: the trail still holds today's confirmation.
    m_vigie.close();
    QSettings().clear();
    QVERIFY(openWindow(policy));
    seen.clear();
    answerNotice("cancelNoticeButton", &seen);
    selectRow(1);
    click("startRecordingButton");
    QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 2, 5000);
    QVERIFY2(seen.isEmpty(), "asked again after a restart");
}

void TestPolicyEnforcement::thePanelSaysWhatIsLeftAndTheListMarksTheCap()
{
    RecordingPolicy policy;
    policy.recordingsPer7Days = 2;
    QVERIFY(openWindow(policy));
    auto *allowance = m_vigie.widget<QLabel>("policyAllowanceLabel");
    selectRow(0);
    const QRegularExpression left(QStringLiteral("^(\\d) of 2 recording(s|\\(s\\)) left this week$"));
    QCOMPARE(left.match(allowance->text()).captured(1), QStringLiteral("2"));
    for (int recording = 1; recording <= 2; ++recording) {
        selectRow(0);
        click("startRecordingButton");
        QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 1, 5000);
        click("stopSelectedButton");
        QTRY_COMPARE_WITH_TIMEOUT(active()->rowCount(), 0, 5000);
    }
    selectRow(1);
    selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(left.match(allowance->text()).captured(1), QStringLiteral("0"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        agents()->index(0, 4).data().toString(), QStringLiteral("At the recording policy's cap"), 5000);
    QCOMPARE(agents()->index(1, 4).data().toString(), QString());
}

void TestPolicyEnforcement::thePanelSaysWhenRecordingIsAllowed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("today");
    QTest::addColumn<QString>("expected");
    // A whole day allowed: now, until the first minute of tomorrow, in the active language's format.
    QTest::newRow("allowed now, en") << QStringLiteral("en") << true
                                     << QStringLiteral("Recording allowed now until tomorrow at %1");
    QTest::newRow("allowed now, fr") << QStringLiteral("fr") << true << QString();
    // Only tomorrow: not now, from its first minute.
    QTest::newRow("not now, en") << QStringLiteral("en") << false
                                 << QStringLiteral("Recording not allowed now; allowed from tomorrow at %1");
    QTest::newRow("not now, fr") << QStringLiteral("fr") << false << QString();
}

void TestPolicyEnforcement::thePanelSaysWhenRecordingIsAllowed()
{
    QFETCH(QString, language);
    QFETCH(bool, today);
    QFETCH(QString, expected);
    const QDate date = QDate::currentDate();
    if (QTime::currentTime() > QTime(23, 58)) {
        QSKIP("too close to midnight for a test that names tomorrow");
    }
    RecordingPolicy policy;
    policy.hours[(today ? date : date.addDays(1)).dayOfWeek() - 1] = { { QTime(0, 0), QTime(0, 0) } };
    m_vigie.language = language;
    QVERIFY(openWindow(policy));
    m_vigie.language = QStringLiteral("en");
    auto *allowance = m_vigie.widget<QLabel>("policyAllowanceLabel");
    selectRow(0);
    const QString midnight = QLocale(language).toString(QTime(0, 0), QLocale::ShortFormat);
    QVERIFY2(allowance->text().endsWith(midnight), qPrintable(allowance->text()));
    if (!expected.isEmpty()) {
        QCOMPARE(allowance->text(), expected.arg(midnight));
    }
    QCOMPARE(allowance->accessibleName(), allowance->text());
    // Two agents selected: the hours are everyone's.
    QTableView *table = m_vigie.agentTable();
    table->selectionModel()->select(QItemSelection(agents()->index(0, 0), agents()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(allowance->text().endsWith(midnight));
}

QTEST_MAIN(TestPolicyEnforcement)
#include "tst_policyenforcement.moc"
