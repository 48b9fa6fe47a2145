// SPDX-License-Identifier: Apache-2.0
#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "shell/LanguageSwitcher.h"
#include "support/SignedInClient.h"
#include "system/SystemClock.h"
#include "text/OutcomeText.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// What the supervisor is told, and how gravely, for what the session reports: specified
// without a window, against the simulator over HTTP.
class TestSessionAnnouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theScopeIsExplainedWhenItListsNobodyOrMissesTeams();
    void startsStopsAndFailuresAreSaidWithTheirGravity();
    void anUnwritableTrailAndKeptStopsAreSaid();
    void aRegistryOutboxThatCannotBeWrittenIsSaid();
    void aBatchIsSummedUpOnceAndASingleRequestIsNot();
    void aRecordingThatEndsByItselfIsSaidAndNotified();
    void aFailedOrUnconfirmedStartIsNotified();
    void recordingsEndingTogetherMakeOneNotification();
    void aRecordingAboutToEndIsAnnouncedOnce();
    void whileLockedAgentsAndRecordingsAreHeldBack();
    void connectionRestoredIsSaidOnlyAfterAProblem();
    void whatTheLaunchFoundIsReported_data();
    void whatTheLaunchFoundIsReported();

private:
    using Severity = ActivityLogModel::Severity;
    struct Said
    {
        Severity severity;
        QString text;
    };

    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
    std::unique_ptr<CxoneSimulator> m_simulator;
    std::unique_ptr<SupervisorSession> m_session;
    std::unique_ptr<SessionAnnouncer> m_announcer;
    QVector<Said> m_said;
    void open(const ScopeSettings &scope = {});
    void forbid(const QString &pathContains, const QString &userId = {}, int times = -1);
    bool waitFor(const QString &fragment, int timeoutMs = 10000);
    int indexOf(const QString &fragment) const;
    Severity severityOf(const QString &fragment) const;
    const Agent &agent(int index) const;
};

// Signs in; the requests leave once the test waits, so faults added right after apply.
void TestSessionAnnouncer::open(const ScopeSettings &scope)
{
    SimulatorOptions options;
    options.agentCount = 5;
    options.stateChangeIntervalMs = 0;
    m_simulator = std::make_unique<CxoneSimulator>(options);
    QVERIFY(m_simulator->start());
    CxoneEnvironment environment;
    environment.issuer = m_simulator->baseUrl();
    environment.clientId = options.clientId;
    environment.clientSecret = options.clientSecret;
    environment.requestTimeoutMs = 3000;
    QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
    m_session = std::make_unique<SupervisorSession>(
        environment, m_dir.filePath(QStringLiteral("ledger.json")), m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_session->client()->setRetryPolicy(fastRetries());
    m_session->setScopeSettings(scope);
    m_session->tracker()->restore();
    m_announcer = std::make_unique<SessionAnnouncer>(m_session.get());
    connect(m_announcer.get(), &SessionAnnouncer::announcement, this, [this](Severity severity, const QString &text) {
        m_said.append({ severity, text });
    });
    m_session->tokens()->signIn({ options.demoKeyId, options.demoKeySecret });
}

void TestSessionAnnouncer::forbid(const QString &pathContains, const QString &userId, int times)
{
    SimulatorFault fault;
    fault.pathContains = pathContains;
    fault.userId = userId;
    fault.status = 403;
    fault.times = times;
    m_simulator->addFault(fault);
}

bool TestSessionAnnouncer::waitFor(const QString &fragment, int timeoutMs)
{
    return QTest::qWaitFor([&] { return indexOf(fragment) >= 0; }, timeoutMs);
}

int TestSessionAnnouncer::indexOf(const QString &fragment) const
{
    for (int index = 0; index < m_said.size(); ++index) {
        if (m_said.at(index).text.contains(fragment)) {
            return index;
        }
    }
    return -1;
}

TestSessionAnnouncer::Severity TestSessionAnnouncer::severityOf(const QString &fragment) const
{
    return m_said.at(indexOf(fragment)).severity;
}

const Agent &TestSessionAnnouncer::agent(int index) const { return m_simulator->tenant().agents().at(index); }

void TestSessionAnnouncer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_languages.apply(QStringLiteral("en"));
}

void TestSessionAnnouncer::cleanup()
{
    m_announcer.reset();
    m_session.reset();
    m_simulator.reset();
    m_said.clear();
}

// A scope that matches no team is said as an error, with what to do, not as a list loaded;
// configured teams CXone does not know are worth a warning.
void TestSessionAnnouncer::theScopeIsExplainedWhenItListsNobodyOrMissesTeams()
{
    open({ { QStringLiteral("Nowhere") }, false });
    QVERIFY(waitFor(QStringLiteral("No agent is listed")));
    QCOMPARE(severityOf(QStringLiteral("No agent is listed")), Severity::Error);
    QVERIFY(m_said.at(indexOf(QStringLiteral("No agent is listed"))).text.contains(QLatin1String("Nowhere")));
    QTest::qWait(200);
    QCOMPARE(indexOf(QStringLiteral("Agent list loaded")), -1);
    cleanup();

    // Every team exists in the demo tenant's /teams, with agents or not.
    open({ { QStringLiteral("Ventes Bordeaux"), QStringLiteral("Nowhere") }, false });
    QVERIFY(waitFor(QStringLiteral("Agent list loaded from CXone.")));
    QVERIFY(indexOf(QStringLiteral("do not exist in CXone: Nowhere.")) >= 0);
    QCOMPARE(severityOf(QStringLiteral("do not exist in CXone")), Severity::Warning);
}

void TestSessionAnnouncer::startsStopsAndFailuresAreSaidWithTheirGravity()
{
    open();
    forbid(QStringLiteral("start-screen"), agent(1).userId);
    QVERIFY(waitFor(QStringLiteral("Agent list loaded from CXone.")));
    QCOMPARE(severityOf(QStringLiteral("Agent list loaded")), Severity::Information);

    m_session->controller()->start({ agent(0) }, 600, QStringLiteral("Coaching"));
    QVERIFY(waitFor(QStringLiteral("Recording %1 until").arg(agent(0).displayName())));
    QCOMPARE(severityOf(QStringLiteral("until")), Severity::Success);

    m_session->controller()->start({ agent(0) }, 600, QStringLiteral("Coaching"));
    QVERIFY(waitFor(QStringLiteral("is already being recorded")));
    QCOMPARE(severityOf(QStringLiteral("is already being recorded")), Severity::Warning);

    m_session->controller()->start({ agent(1) }, 600, QStringLiteral("Coaching"));
    QVERIFY(waitFor(QStringLiteral("Recording of %1 did not start.").arg(agent(1).displayName())));
    QCOMPARE(severityOf(QStringLiteral("did not start")), Severity::Error);

    m_session->controller()->stop({ m_session->tracker()->active().first().contactId });
    QVERIFY(waitFor(QStringLiteral("Recording of %1 stopped.").arg(agent(0).displayName())));
    QCOMPARE(severityOf(QStringLiteral("stopped.")), Severity::Success);
}

// The trail refusing entries is said at once, to anyone at the station, and so is its return;
// Stops a sign-out kept from CXone are named.
void TestSessionAnnouncer::anUnwritableTrailAndKeptStopsAreSaid()
{
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded from CXone.")));
    Q_EMIT m_session->auditRecorder()->writeFailed(QStringLiteral("No space left on device"));
    QVERIFY(indexOf(QStringLiteral("cannot write to the audit trail (No space left on device). No recording can "
                                   "start"))
        >= 0);
    QCOMPARE(severityOf(QStringLiteral("cannot write to the audit trail")), Severity::Error);
    // The agent's row says why its start did not leave, not "CXone error".
    QCOMPARE(
        OutcomeText::shortReason(vigie::ApiOutcome::NotAudited), QStringLiteral("audit trail unwritable, not sent"));
    Q_EMIT m_session->auditRecorder()->writeRestored();
    QCOMPARE(severityOf(QStringLiteral("The audit trail is written again")), Severity::Success);

    TrackedRecording recording;
    recording.agentName = QStringLiteral("Léa Martin");
    Q_EMIT m_session->controller()->stopsKept({ recording });
    QVERIFY(indexOf(QStringLiteral("CXone has not answered 1 Stop yet: Léa Martin.")) >= 0);
    QCOMPARE(severityOf(QStringLiteral("has not answered 1 Stop")), Severity::Warning);
}

// The site registry's outbox on a disk that refuses it: the events still go, and the
// station is told that a crash could keep them from the other stations.
void TestSessionAnnouncer::aRegistryOutboxThatCannotBeWrittenIsSaid()
{
    open();
    QFile blocker(m_dir.filePath(QStringLiteral("outbox-blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RegistrySettings settings;
    settings.host = m_dir.filePath(QStringLiteral("no-registry-here"));
    settings.user = QStringLiteral("station_qa9");
    settings.station = QStringLiteral("QA9");
    m_session->useSiteRegistry(settings, blocker.fileName() + QStringLiteral("/outbox.jsonl"));
    m_announcer = std::make_unique<SessionAnnouncer>(m_session.get());
    connect(m_announcer.get(), &SessionAnnouncer::announcement, this, [this](Severity severity, const QString &text) {
        m_said.append({ severity, text });
    });
    RegistryEvent event;
    event.agentUserId = QStringLiteral("agent-1");
    event.supervisor = QStringLiteral("key-7");
    m_session->siteRegistry()->publish(event);
    QVERIFY(waitFor(QStringLiteral("cannot keep its events for the site registry on disk")));
    QCOMPARE(severityOf(QStringLiteral("cannot keep its events for the site registry")), Severity::Warning);
}

void TestSessionAnnouncer::aBatchIsSummedUpOnceAndASingleRequestIsNot()
{
    open();
    forbid(QStringLiteral("start-screen"), agent(2).userId);
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    QSignalSpy finished(m_session->controller(), &RecordingController::batchFinished);
    m_session->controller()->start({ agent(0) }, 600, QStringLiteral("Coaching"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(indexOf(QStringLiteral("Done:")), -1);

    m_session->controller()->start({ agent(1), agent(2), agent(3) }, 600, QStringLiteral("Coaching"));
    QVERIFY(waitFor(QStringLiteral("Done: 2 requests succeeded out of 3, 1 failed, 0 cancelled.")));
    QVERIFY(m_said.at(indexOf(QStringLiteral("Done:"))).text.contains(agent(2).displayName()));
    QCOMPARE(severityOf(QStringLiteral("Done:")), Severity::Warning);
}

void TestSessionAnnouncer::aRecordingThatEndsByItselfIsSaidAndNotified()
{
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    m_session->controller()->start({ agent(0) }, 60, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->tracker()->active().size(), 1, 10000);
    QSignalSpy notified(m_announcer.get(), &SessionAnnouncer::notification);
    // Both clocks move on: the countdowns run on the monotonic one.
    const qint64 laterMs = SystemClock::sinceBootMs() + 120 * 1000;
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
    m_session->tracker()->setClocks([laterMs] { return laterMs; }, [later] { return later; });
    m_session->tracker()->tick();
    QVERIFY(waitFor(QStringLiteral("The recording of %1 has ended.").arg(agent(0).displayName()), 1000));
    QCOMPARE(severityOf(QStringLiteral("has ended")), Severity::Information);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(),
        QCoreApplication::translate("DesktopNotifications", "%n recording(s) ended", nullptr, 1));
    QCOMPARE(notified.first().at(1).toString(),
        QStringLiteral("The recording of %1 has ended.").arg(agent(0).displayName()));
}

// A start CXone refused, and one whose answer was lost, each reach the desktop: the supervisor
// may be looking elsewhere while an agent is not recorded, or may be recorded unseen.
void TestSessionAnnouncer::aFailedOrUnconfirmedStartIsNotified()
{
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    QSignalSpy notified(m_announcer.get(), &SessionAnnouncer::notification);
    forbid(QStringLiteral("start-screen"), agent(1).userId);
    m_session->controller()->start({ agent(1) }, 600, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
    // English plurals, like French ones, come from the .ts files.
    QCOMPARE(notified.first().at(0).toString(),
        QCoreApplication::translate("DesktopNotifications", "%n recording(s) did not start", nullptr, 1));
    QCOMPARE(notified.first().at(1).toString(),
        QStringLiteral("Not recorded: %1. The activity log says why.").arg(agent(1).displayName()));

    m_session->controller()->setConfirmationBackoff(60000, 60000);
    m_simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:504-after:4")));
    m_session->controller()->start({ agent(2) }, 600, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 10000);
    QCOMPARE(notified.last().at(0).toString(),
        QCoreApplication::translate("DesktopNotifications", "%n recording(s) not confirmed", nullptr, 1));
    QVERIFY(notified.last().at(1).toString().contains(agent(2).displayName()));
}

// Recordings started together end together: one notification for them all, not one each.
void TestSessionAnnouncer::recordingsEndingTogetherMakeOneNotification()
{
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    m_session->controller()->start({ agent(0), agent(1), agent(2) }, 60, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->tracker()->active().size(), 3, 10000);
    QSignalSpy notified(m_announcer.get(), &SessionAnnouncer::notification);
    for (int seconds : { 119, 120, 121 }) { // as the countdowns run out a second apart
        const qint64 laterMs = SystemClock::sinceBootMs() + seconds * 1000;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(seconds);
        m_session->tracker()->setClocks([laterMs] { return laterMs; }, [later] { return later; });
        m_session->tracker()->tick();
    }
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(),
        QCoreApplication::translate("DesktopNotifications", "%n recording(s) ended", nullptr, 3));
    for (int index : { 0, 1, 2 }) {
        QVERIFY(notified.first().at(1).toString().contains(agent(index).displayName()));
    }
    QTest::qWait(DesktopNotifications::kGatherMs + 200);
    QCOMPARE(notified.size(), 1);
}

// A minute before its end a recording is announced, once, with a notification: there is
// still time to extend it.
void TestSessionAnnouncer::aRecordingAboutToEndIsAnnouncedOnce()
{
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    m_session->controller()->start({ agent(0), agent(1) }, 600, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->tracker()->active().size(), 2, 10000);
    QSignalSpy notified(m_announcer.get(), &SessionAnnouncer::notification);
    m_said.clear();
    for (int seconds : { 500, 550, 560, 570 }) {
        const qint64 laterMs = SystemClock::sinceBootMs() + seconds * 1000;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(seconds);
        m_session->tracker()->setClocks([laterMs] { return laterMs; }, [later] { return later; });
        m_session->tracker()->tick();
    }
    QCOMPARE(m_said.size(), 1);
    QCOMPARE(m_said.first().text,
        QCoreApplication::translate(
            "SessionAnnouncer", "%n recording(s) will end within %1: %2. Extend them to keep recording.", nullptr, 2)
            .arg(QStringLiteral("1 min"), QStringLiteral("%1, %2"))
            .arg(m_session->tracker()->active().at(0).agentName, m_session->tracker()->active().at(1).agentName));
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(),
        QCoreApplication::translate("DesktopNotifications", "%n recording(s) end within %1", nullptr, 2)
            .arg(QStringLiteral("1 min")));
    QTest::qWait(DesktopNotifications::kGatherMs + 200);
    QCOMPARE(notified.size(), 1);
}

// Locked, the announcer names nobody: a recording that ends is held back for the activity
// log, with no notification, while what concerns the station is still said. Unlocked, it
// says how much was held back.
void TestSessionAnnouncer::whileLockedAgentsAndRecordingsAreHeldBack()
{
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    m_session->controller()->start({ agent(0) }, 60, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->tracker()->active().size(), 1, 10000);
    QSignalSpy notified(m_announcer.get(), &SessionAnnouncer::notification);
    QSignalSpy heldBack(m_announcer.get(), &SessionAnnouncer::heldBack);
    m_said.clear();

    m_announcer->setStationLocked(true);
    m_announcer->stationLocked(StationLock::Reason::Idle);
    const qint64 laterMs = SystemClock::sinceBootMs() + 120 * 1000;
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
    m_session->tracker()->setClocks([laterMs] { return laterMs; }, [later] { return later; });
    m_session->tracker()->tick();
    m_announcer->kioskCloseRefused();
    QCOMPARE(heldBack.size(), 1);
    QVERIFY(heldBack.first().at(1).toString().contains(agent(0).displayName()));
    QCOMPARE(notified.size(), 0);
    QCOMPARE(m_said.size(), 2);
    QVERIFY(m_said.at(0).text.contains(QLatin1String("locked after a period without activity")));
    QVERIFY(m_said.at(1).text.contains(QLatin1String("kiosk mode")));
    for (const Said &said : std::as_const(m_said)) {
        QVERIFY2(!said.text.contains(agent(0).displayName()), qPrintable(said.text));
    }

    m_announcer->setStationLocked(false);
    QCOMPARE(m_said.size(), 3);
    QCOMPARE(m_said.last().text,
        QStringLiteral("1 message about agents and recordings arrived while the station was locked: see the "
                       "activity log."));
    m_announcer->setStationLocked(true);
    m_announcer->setStationLocked(false);
    QCOMPARE(m_said.size(), 3); // nothing held back this time, nothing to say
}

void TestSessionAnnouncer::connectionRestoredIsSaidOnlyAfterAProblem()
{
    open();
    forbid(QStringLiteral("agents"), {}, 1);
    QVERIFY(waitFor(QStringLiteral("The agent list could not be loaded")));
    QCOMPARE(severityOf(QStringLiteral("could not be loaded")), Severity::Error);
    QCOMPARE(indexOf(QStringLiteral("restored")), -1);

    m_session->directory()->reload();
    QVERIFY(waitFor(QStringLiteral("Connection to CXone restored.")));
    QCOMPARE(severityOf(QStringLiteral("restored")), Severity::Success);
    QVERIFY(indexOf(QStringLiteral("Agent list loaded")) >= 0);
    const int said = int(m_said.size());
    QSignalSpy refreshed(m_session->directory(), &AgentDirectory::refreshSucceeded);
    m_session->directory()->setRefreshIntervalMs(500);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_said.size(), said); // a healthy refresh says nothing
}

void TestSessionAnnouncer::whatTheLaunchFoundIsReported_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<int>("running");
    QTest::addColumn<int>("purgeStatus");
    QTest::addColumn<QStringList>("expected");
    const int none = int(AuditLog::PurgeStatus::NothingToPurge);
    QTest::newRow("clean start says nothing") << false << 0 << none << QStringList {};
    QTest::newRow("restored recordings") << false << 2 << none
                                         << QStringList { QStringLiteral("2 recordings still running") };
    QTest::newRow("damaged ledger") << true << 0 << none << QStringList { QStringLiteral("was damaged (unreadable)") };
    QTest::newRow("failed purge") << false << 0 << int(AuditLog::PurgeStatus::Failed)
                                  << QStringList { QStringLiteral("could not be removed (disk full)") };
    QTest::newRow("purge refused, broken chain") << false << 0 << int(AuditLog::PurgeStatus::RefusedBrokenChain)
                                                 << QStringList { QStringLiteral("does not verify (disk full)") };
    QTest::newRow("purge refused, clock behind") << false << 0 << int(AuditLog::PurgeStatus::RefusedClockBehind)
                                                 << QStringList { QStringLiteral("clock is behind") };
}

void TestSessionAnnouncer::whatTheLaunchFoundIsReported()
{
    QFETCH(bool, damaged);
    QFETCH(int, running);
    QFETCH(int, purgeStatus);
    QFETCH(QStringList, expected);
    open();
    QVERIFY(waitFor(QStringLiteral("Agent list loaded")));
    m_said.clear();
    RecordingLedger::LoadResult restored;
    if (damaged) {
        restored.status = RecordingLedger::LoadStatus::Damaged;
        restored.error = QStringLiteral("unreadable");
        restored.setAsidePath = QStringLiteral("/tmp/ledger.damaged");
    }
    m_announcer->reportRestoredLedger(restored, running);
    AuditLog::PurgeResult purge;
    purge.status = AuditLog::PurgeStatus(purgeStatus);
    purge.reason = QStringLiteral("disk full");
    m_announcer->reportAuditPurge(purge);
    QCOMPARE(m_said.size(), expected.size());
    for (int index = 0; index < expected.size(); ++index) {
        QVERIFY2(m_said.at(index).text.contains(expected.at(index)), qPrintable(m_said.at(index).text));
        QCOMPARE(m_said.at(index).severity, running > 0 ? Severity::Information : Severity::Error);
    }
}

QTEST_GUILESS_MAIN(TestSessionAnnouncer)
#include "tst_sessionannouncer.moc"
