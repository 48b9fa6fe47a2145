// SPDX-License-Identifier: Apache-2.0
#include "support/SignedInClient.h"

#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "cxone/RecordingClient.h"
#include "cxone/RecordingDuration.h"
#include "recording/RecordingController.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>

// Rules above single requests: one recording per agent, bulk queues with faults, extend, starts
// whose answer was lost (unconfirmed) and starts a crash left unanswered.
class TestRecordingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void bulkStartOf500WithFaultsRecordsEachAgentOnceOrReportsIt();
    void alreadyTrackedAgentsAreNotAskedAgain();
    void concurrencyIsBounded();
    void cancelDropsWhatIsStillQueuedIntentsFirst();
    void quittingDropsTheStartsThatNeverLeft();
    void nothingIsSentThatTheLedgerDoesNotHold();
    void aStartQueuedLongerThanItsDurationKeepsItsIntent();
    void entriesNameTheSupervisorWhoAsked();
    void aStartIsNotSentWithoutItsAuditEntry();
    void aBatchTheTrailRefusesEndsOnce();
    void aStopKeptBySignOutGoesWhenItsSupervisorSignsInAgain();
    void stoppingQueuedStartsSendsNothingForThem();
    void anExtensionAnsweredAfterASupervisorLeftStartsNothing();
    void aFailedStopIsSentAgainUntilCxoneStopsIt();
    void cancellingQueuedStopsKeepsNothing();
    void aLostAnswerLeavesTheStartUnconfirmedUntilCxoneAnswers_data();
    void aLostAnswerLeavesTheStartUnconfirmedUntilCxoneAnswers();
    void signingOutKeepsUnconfirmedStartsUntilTheNextSignIn();
    void confirmationsWaitForTheSupervisorWhoStarted();
    void anotherSupervisorMayStopAnUnconfirmedStartInTheirScope();
    void aStopOutsideTheScopeWaitsForItsSupervisorAndSaysSo();
    void queuedConfirmationsAreNotSentForAnotherSupervisor();
    void anUnconfirmedStartRefusedLaterIsDropped();
    void undocumentedAnswersWhileConfirmingAreNeverReadAsRefusals_data();
    void undocumentedAnswersWhileConfirmingAreNeverReadAsRefusals();
    void anUnconfirmedStartNeverConfirmedEndsAtItsIntendedTime();
    void aStopAskedOfAnUnconfirmedStartStopsARecordingThatJustEndedHere();
    void confirmationsAskOnlyForWhatIsLeft();
    void stoppingAnUnconfirmedStartConfirmsThenStops();
    void stoppingAStartCxoneNeverReceivedCreatesAtMostFiveSeconds();
    void aStopAskedForSurvivesARestart();
    void forgettingStopsAskingAndSaysSo();
    void everyTruthOfARecordingIsAudited();
    void aContactIdJustEndedIsNotTrackedAsANewRecording();
    void aWallClockSetBackDoesNotKeepAnAgentRecorded();
    void extendStopsThenStartsAndLinksTheTwo();
    void aStopPressedWhileAnExtendIsOnItsWayIsNotUndoneByTheExtend();
    void pendingStartsAreSettledAfterACrash();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SignedInClient> m_cxone;
    std::unique_ptr<RecordingClient> m_client;
    std::unique_ptr<RecordingLedger> m_ledger;
    std::unique_ptr<RecordingTracker> m_tracker;
    std::unique_ptr<RecordingController> m_controller;
    // Added to both clocks of the tracker: the tests move time without waiting for it.
    qint64 m_skewMs = 0;
    qint64 m_wallSkewMs = 0;
    void useSkewedClocks(RecordingTracker *tracker);
    QString ledgerPath() const;
    void setUp(int agents, int concurrency = RecordingController::kDefaultConcurrency);
    const TrackedRecording *pendingFor(int agent) const;
    void addFault(const QString &text, const QString &userId = {});
    RecordingController::BatchSummary waitForBatch(int timeoutMs = 60000);
    const QVector<Agent> &agents() const;
    void addUserFault(
        const QString &userId, int status, int times, bool actFirst = false, const QByteArray &retryAfter = {});
};

void TestRecordingController::useSkewedClocks(RecordingTracker *tracker)
{
    tracker->setClocks([this] { return QDeadlineTimer::current().deadline() + m_skewMs; },
        [this] { return QDateTime::currentDateTimeUtc().addMSecs(m_skewMs + m_wallSkewMs); });
}

QString TestRecordingController::ledgerPath() const { return m_dir.filePath(QStringLiteral("ledger.json")); }

void TestRecordingController::setUp(int agents, int concurrency)
{
    SimulatorOptions options;
    options.agentCount = agents;
    options.stateChangeIntervalMs = 0;
    m_cxone = std::make_unique<SignedInClient>(options);
    m_client = std::make_unique<RecordingClient>(m_cxone->network.get(), m_cxone->tokens.get());
    m_client->setRetryPolicy(fastRetries());
    QFile::remove(ledgerPath());
    m_skewMs = 0;
    m_wallSkewMs = 0;
    m_ledger = std::make_unique<RecordingLedger>(ledgerPath());
    m_tracker = std::make_unique<RecordingTracker>(m_ledger.get());
    useSkewedClocks(m_tracker.get());
    m_tracker->restore();
    m_controller = std::make_unique<RecordingController>(m_client.get(), m_tracker.get());
    m_controller->setConcurrency(concurrency);
    m_controller->setConfirmationBackoff(50, 200);
}

const TrackedRecording *TestRecordingController::pendingFor(int agent) const
{
    return m_tracker->pendingForUser(agents().at(agent).userId);
}

void TestRecordingController::addFault(const QString &text, const QString &userId)
{
    SimulatorFault fault = *SimulatorFault::fromText(text);
    fault.userId = userId;
    m_cxone->simulator->addFault(fault);
}

RecordingController::BatchSummary TestRecordingController::waitForBatch(int timeoutMs)
{
    QSignalSpy finished(m_controller.get(), &RecordingController::batchFinished);
    if (!finished.wait(timeoutMs)) {
        return {};
    }
    return finished.first().at(0).value<RecordingController::BatchSummary>();
}

const QVector<Agent> &TestRecordingController::agents() const { return m_cxone->simulator->tenant().agents(); }

void TestRecordingController::addUserFault(
    const QString &userId, int status, int times, bool actFirst, const QByteArray &retryAfter)
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.userId = userId;
    fault.status = status;
    fault.times = times;
    fault.actFirst = actFirst;
    fault.retryAfter = retryAfter;
    m_cxone->simulator->addFault(fault);
}

void TestRecordingController::cleanup()
{
    m_controller.reset();
    m_tracker.reset();
    m_ledger.reset();
    m_client.reset();
    m_cxone.reset();
}

void TestRecordingController::bulkStartOf500WithFaultsRecordsEachAgentOnceOrReportsIt()
{
    setUp(500);
    for (int i = 0; i < 50; ++i) {
        addUserFault(agents().at(i).userId, 425, 2);
    }
    for (int i = 50; i < 100; ++i) {
        addUserFault(agents().at(i).userId, 429, 1, false, "0");
    }
    for (int i = 100; i < 150; ++i) {
        addUserFault(agents().at(i).userId, 504, 1, true); // started although the gateway timed out
    }
    for (int i = 150; i < 160; ++i) {
        addUserFault(agents().at(i).userId, 504, -1); // never gets through, nor any answer back
    }
    for (int i = 160; i < 170; ++i) {
        addUserFault(agents().at(i).userId, 403, -1); // refused
    }
    QSignalSpy progress(m_controller.get(), &RecordingController::batchProgress);
    m_controller->start(agents(), 600, QStringLiteral("quality review"));
    const RecordingController::BatchSummary summary = waitForBatch();
    QCOMPARE(summary.requested, 500);
    QCOMPARE(summary.succeeded, 480);
    QCOMPARE(summary.failures.size(), 10);
    for (const auto &failure : summary.failures) {
        QCOMPARE(failure.outcome, vigie::ApiOutcome::Forbidden);
    }
    // A 504 every time proves nothing either way: those agents may be recording.
    QCOMPARE(summary.unconfirmed.size(), 10);
    QVERIFY(progress.count() > 10);
    QCOMPARE(progress.last().at(0).toInt(), 500);

    for (int i = 0; i < 500; ++i) {
        const QString &userId = agents().at(i).userId;
        const int created = m_cxone->simulator->recordingsCreatedFor(userId);
        const TrackedRecording *tracked = m_tracker->activeForUser(userId);
        if (i >= 150 && i < 170) {
            QCOMPARE(created, 0);
            QVERIFY(!tracked);
            QCOMPARE(m_tracker->pendingForUser(userId) != nullptr, i < 160);
            continue;
        }
        QCOMPARE(created, 1);
        QVERIFY(tracked);
        QCOMPARE(tracked->contactId, m_cxone->simulator->activeRecording(userId)->contactId);
        QCOMPARE(tracked->purpose, QStringLiteral("quality review"));
    }
    QCOMPARE(m_tracker->active().size(), 480);
    QCOMPARE(m_tracker->pending().size(), 10);
    const RecordingLedger::Contents saved = RecordingLedger(ledgerPath()).load().contents;
    QCOMPARE(saved.active.size(), 480);
    QCOMPARE(saved.pending.size(), 10);
    for (const TrackedRecording &intent : saved.pending) {
        QCOMPARE(intent.confirmation, TrackedRecording::Confirmation::Unconfirmed);
    }
}

void TestRecordingController::alreadyTrackedAgentsAreNotAskedAgain()
{
    setUp(5);
    m_controller->start({ agents().at(0) }, 600);
    waitForBatch(10000);
    m_cxone->simulator->clearRequestLog();
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    m_controller->start({ agents().at(0) }, 13200);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).value<vigie::StartKind>(), vigie::StartKind::AlreadyRunning);
    QCOMPARE(m_cxone->simulator->requestLog().size(), 0);
    QCOMPARE(m_tracker->active().first().durationSeconds, 600);
}

void TestRecordingController::concurrencyIsBounded()
{
    setUp(20, 3);
    m_cxone->simulator->setLatencyMs(100);
    int maxBusy = 0;
    connect(m_controller.get(), &RecordingController::busyChanged, this, [&] {
        int inFlight = 0;
        for (const Agent &agent : agents()) {
            inFlight += m_client->isBusy(agent.userId) ? 1 : 0;
        }
        maxBusy = qMax(maxBusy, inFlight);
    });
    m_controller->start(agents(), 60);
    QCOMPARE(waitForBatch(20000).succeeded, 20);
    QVERIFY(maxBusy <= 3);
    QVERIFY(maxBusy >= 2);
}

void TestRecordingController::cancelDropsWhatIsStillQueuedIntentsFirst()
{
    setUp(10, 1);
    m_cxone->simulator->setLatencyMs(150);
    QSignalSpy finished(m_controller.get(), &RecordingController::batchFinished);
    int intentsOnDiskWhenCancelled = -1;
    connect(m_controller.get(), &RecordingController::batchFinished, this,
        [&] { intentsOnDiskWhenCancelled = int(RecordingLedger(ledgerPath()).load().contents.pending.size()); });
    m_controller->start(agents(), 60);
    QTest::qWait(50);
    m_controller->cancelQueued();
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().at(0).value<RecordingController::BatchSummary>();
    QCOMPARE(summary.cancelled, 9);
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(intentsOnDiskWhenCancelled, 0);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QCOMPARE(m_controller->busyCount(), 0);

    // Quit and relaunch on the same ledger: nobody the supervisor cancelled is recorded.
    RecordingTracker relaunched(m_ledger.get());
    relaunched.restore();
    QVERIFY(relaunched.pending().isEmpty());
    RecordingController controller(m_client.get(), &relaunched);
    controller.resumePending();
    QTest::qWait(300);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

void TestRecordingController::quittingDropsTheStartsThatNeverLeft()
{
    setUp(10, 2);
    m_cxone->simulator->setLatencyMs(200);
    m_controller->start(agents(), 60);
    QTest::qWait(50);
    m_controller->abandonUnsent();
    const RecordingLedger::Contents saved = RecordingLedger(ledgerPath()).load().contents;
    QCOMPARE(saved.pending.size(), 2); // the two on their way: they may well be recording
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->active().size(), 2, 5000);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 2);
}

void TestRecordingController::nothingIsSentThatTheLedgerDoesNotHold()
{
    setUp(3);
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    QFile blocker(blocked);
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the ledger's folder should be
    blocker.close();
    RecordingLedger unwritable(blocked + QStringLiteral("/ledger.json"));
    RecordingTracker tracker(&unwritable);
    RecordingController controller(m_client.get(), &tracker);
    QSignalSpy failed(&controller, &RecordingController::startFailed);
    m_cxone->simulator->clearRequestLog();
    controller.start({ agents().at(0), agents().at(1) }, 600);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.first().at(2).value<StartResult>().outcome, vigie::ApiOutcome::NotSaved);
    QVERIFY(!failed.first().at(2).value<StartResult>().detail.isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_cxone->simulator->requestLog().size(), 0);
    QVERIFY(tracker.pending().isEmpty());
    QFile::remove(blocked);
}

// A start waits in the queue longer than the recording it asks for: its intent stays, its
// countdown begins when its request leaves, and it is audited as the supervisor asked it.
void TestRecordingController::aStartQueuedLongerThanItsDurationKeepsItsIntent()
{
    setUp(10, 1);
    m_cxone->simulator->setLatencyMs(800); // the last three wait 5.6 to 7.2 s for their turn
    AuditLog log(m_dir.filePath(QStringLiteral("queued.jsonl")));
    QFile::remove(log.filePath());
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    QVector<int> secondsLeftWhenStarted;
    connect(m_controller.get(), &RecordingController::started, this, [&](const TrackedRecording &recording) {
        secondsLeftWhenStarted.append(m_tracker->secondsRemaining(recording));
    });
    QSignalSpy ended(m_tracker.get(), &RecordingTracker::recordingEnded);
    m_controller->start(agents(), 5, QStringLiteral("coaching"));
    QCOMPARE(waitForBatch(20000).succeeded, 10);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 10);
    QCOMPARE(secondsLeftWhenStarted.size(), 10);
    for (int secondsLeft : std::as_const(secondsLeftWhenStarted)) {
        QVERIFY(secondsLeft >= 4); // 5 s from when its request left, not from when it was queued
    }
    for (const QVariantList &signal : std::as_const(ended)) {
        QCOMPARE(signal.at(0).value<TrackedRecording>().endReason, TrackedRecording::EndReason::Elapsed);
    }
    int startedEntries = 0;
    for (const AuditEntry &entry : log.entries()) {
        QVERIFY(entry.result != vigie::AuditResult::UnconfirmedEndedByTime);
        QCOMPARE(entry.purpose, QStringLiteral("coaching"));
        startedEntries += entry.result == vigie::AuditResult::Started ? 1 : 0;
    }
    QCOMPARE(startedEntries, 10);
}

// Each entry names the supervisor who pressed the button, even when the answer comes after
// the station changed hands.
void TestRecordingController::entriesNameTheSupervisorWhoAsked()
{
    setUp(3);
    m_cxone->simulator->setLatencyMs(200);
    AuditLog log(m_dir.filePath(QStringLiteral("who.jsonl")));
    QFile::remove(log.filePath());
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    const auto actAs = [&](const QString &supervisor) {
        m_controller->setSupervisor(supervisor);
        recorder.setSupervisor(supervisor);
    };
    actAs(QStringLiteral("claire"));
    m_controller->start({ agents().at(0) }, 600);
    actAs(QStringLiteral("marc")); // before CXone's answer
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeForUser(agents().at(0).userId), 5000);
    actAs(QStringLiteral("claire"));
    m_controller->stopRecordingsOf({ agents().at(0).userId });
    actAs(QStringLiteral("marc"));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->active().isEmpty(), 5000);
    QStringList who;
    for (const AuditEntry &entry : log.entries()) {
        who.append(vigie::auditActionName(entry.action) + QLatin1Char('/') + vigie::auditResultName(entry.result)
            + QLatin1Char(':') + entry.supervisor);
    }
    QCOMPARE(who,
        QStringList({ QStringLiteral("start/requested:claire"), QStringLiteral("start/started:claire"),
            QStringLiteral("stop/stopped:claire") }));
}

// No start leaves without its entry in the audit trail; Stops still go, and their entries are
// written once the trail takes them again.
void TestRecordingController::aStartIsNotSentWithoutItsAuditEntry()
{
    setUp(3);
    RecordingClient direct(m_cxone->network.get(), m_cxone->tokens.get());
    QSignalSpy directDone(&direct, &RecordingClient::startFinished);
    direct.start(agents().at(1).userId, 600);
    QVERIFY(directDone.wait(5000));
    TrackedRecording running;
    running.userId = agents().at(1).userId;
    running.agentName = agents().at(1).displayName();
    running.contactId = directDone.first().at(2).value<StartResult>().contactId;
    running.startedAtUtc = m_tracker->wallNowUtc();
    running.durationSeconds = 600;
    m_tracker->track(running);

    const QString trailFolder = m_dir.filePath(QStringLiteral("trail"));
    QFile blocker(trailFolder);
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the trail's folder should be: refused even to root
    blocker.close();
    AuditLog log(trailFolder + QStringLiteral("/audit.jsonl"));
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    recorder.setRetryIntervalMs(50);
    QSignalSpy writeFailed(&recorder, &AuditRecorder::writeFailed);
    QSignalSpy writeRestored(&recorder, &AuditRecorder::writeRestored);
    QSignalSpy failed(m_controller.get(), &RecordingController::startFailed);

    m_controller->start({ agents().at(0) }, 600);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(2).value<StartResult>().outcome, vigie::ApiOutcome::NotAudited);
    QCOMPARE(writeFailed.count(), 1);
    QVERIFY(m_tracker->pending().isEmpty());
    QVERIFY(RecordingLedger(ledgerPath()).load().contents.pending.isEmpty());

    QSignalSpy stopped(m_controller.get(), &RecordingController::stopped);
    m_controller->stop({ running.contactId });
    QVERIFY(stopped.wait(5000));
    QVERIFY(!m_cxone->simulator->activeRecording(running.userId));
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(0).userId), 0);
    QVERIFY(recorder.isFailing());
    QCOMPARE(recorder.unwrittenCount(), 2); // the refused start, the Stop

    QVERIFY(QFile::remove(trailFolder));
    QVERIFY(QDir().mkpath(trailFolder));
    QVERIFY(writeRestored.wait(5000));
    QCOMPARE(writeFailed.count(), 1);
    QStringList written;
    for (const AuditEntry &entry : log.entries()) {
        written.append(vigie::auditActionName(entry.action) + QLatin1Char('/') + vigie::auditResultName(entry.result));
    }
    QCOMPARE(written, QStringList({ QStringLiteral("start/refused"), QStringLiteral("stop/stopped") }));
    QVERIFY(log.entries().first().detail.startsWith(QStringLiteral("not-audited")));

    m_controller->start({ agents().at(0) }, 600);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeForUser(agents().at(0).userId), 5000);
    QCOMPARE(log.entries().at(2).result, vigie::AuditResult::Requested);
    QVERIFY(AuditLog::verify(log.filePath()).intact);
}

// A batch the trail refuses, beside an agent outside the scope, ends once, with all of them: the
// refusals were counted one by one as they were settled, and the batch ended after each.
void TestRecordingController::aBatchTheTrailRefusesEndsOnce()
{
    setUp(12);
    const QString trailFolder = m_dir.filePath(QStringLiteral("refusing"));
    QFile blocker(trailFolder);
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the trail's folder should be
    blocker.close();
    AuditLog log(trailFolder + QStringLiteral("/audit.jsonl"));
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    ScopeSettings twoTeams;
    twoTeams.teams = QStringList { agents().at(0).teamName, agents().at(1).teamName };
    m_controller->setScope(
        SupervisorScope::resolve(twoTeams, QString(), agents(), m_cxone->simulator->tenant().teams()), agents());
    const auto outside = std::find_if(agents().cbegin(), agents().cend(),
        [&twoTeams](const Agent &agent) { return !twoTeams.teams.contains(agent.teamName); });
    QVERIFY(outside != agents().cend());
    QSignalSpy batches(m_controller.get(), &RecordingController::batchFinished);
    m_controller->start({ agents().at(0), agents().at(1), *outside }, 600);
    QCOMPARE(batches.count(), 1);
    const auto summary = batches.first().first().value<BatchSummary>();
    QCOMPARE(summary.requested, 3);
    QCOMPARE(summary.failures.size(), 3);
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(0).userId), 0);
}

// Sign-out and quit keep the Stops CXone has not answered: each goes, under the key of the
// supervisor who pressed it, when that supervisor signs in again.
void TestRecordingController::aStopKeptBySignOutGoesWhenItsSupervisorSignsInAgain()
{
    setUp(4, 1);
    m_controller->setSupervisor(QStringLiteral("claire"));
    m_controller->start(agents(), 600);
    QCOMPARE(waitForBatch(10000).succeeded, 4);
    m_cxone->simulator->setLatencyMs(300);
    QSignalSpy kept(m_controller.get(), &RecordingController::stopsKept);
    QVector<qint64> contacts;
    for (const TrackedRecording &recording : m_tracker->active()) {
        contacts.append(recording.contactId);
    }
    m_controller->stop(contacts); // one leaves, three wait for the connection
    m_cxone->tokens->signOut();
    m_controller->abandonUnsent();
    QCOMPARE(kept.count(), 1);
    QCOMPARE(kept.first().at(0).value<QVector<TrackedRecording>>().size(), 4); // the one on its way too
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->active().size(), 3, 5000);
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 3);
    m_cxone->simulator->setLatencyMs(0);
    for (const TrackedRecording &recording : RecordingLedger(ledgerPath()).load().contents.active) {
        QVERIFY(recording.stopRequested);
        QCOMPARE(recording.stopRequestedBy, QStringLiteral("claire"));
    }
    // The Stops wait for claire's sign-in, not on their way (tst_recordingrows: what the lists say).
    QVERIFY(!m_controller->isSignedIn());
    for (const TrackedRecording &recording : m_tracker->active()) {
        QVERIFY(recording.stopRequested);
        QCOMPARE(recording.stopRequestedBy, QStringLiteral("claire"));
        QVERIFY(!m_controller->isBusy(recording.userId));
    }

    // Vigie quits; it is launched again, and another supervisor signs in first.
    m_controller.reset();
    RecordingTracker relaunched(m_ledger.get());
    relaunched.restore();
    QCOMPARE(relaunched.keptStops().size(), 3);
    RecordingController controller(m_client.get(), &relaunched);
    QVERIFY(
        m_cxone->signInWith({ m_cxone->simulator->options().demoKeyId, m_cxone->simulator->options().demoKeySecret }));
    controller.setSupervisor(QStringLiteral("marc"));
    controller.resumePending();
    QTest::qWait(300);
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 3); // not under Marc's key
    controller.setSupervisor(QStringLiteral("claire"));
    QSignalSpy stopped(&controller, &RecordingController::stopped);
    controller.resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 3, 5000);
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 0);
    QCOMPARE(stopped.first().at(2).toString(), QStringLiteral("claire"));
    QVERIFY(relaunched.keptStops().isEmpty());
}

// Stop on starts still waiting for a connection: they never leave, and the trail says so; the
// one already on its way is stopped once CXone names it.
void TestRecordingController::stoppingQueuedStartsSendsNothingForThem()
{
    setUp(10, 1);
    m_cxone->simulator->setLatencyMs(300);
    AuditLog log(m_dir.filePath(QStringLiteral("stopped-queued.jsonl")));
    QFile::remove(log.filePath());
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    m_controller->start(agents(), 600);
    QStringList userIds;
    for (const Agent &agent : agents()) {
        userIds.append(agent.userId);
    }
    QCOMPARE(m_controller->stopRecordingsOf(userIds), 10);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->active().isEmpty() && m_tracker->pending().isEmpty()
            && m_controller->busyCount() == 0 && m_cxone->simulator->activeRecordingCount() == 0,
        10000);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    int cancelled = 0;
    for (const AuditEntry &entry : log.entries()) {
        if (entry.result == vigie::AuditResult::Cancelled) {
            ++cancelled;
            QCOMPARE(entry.detail, QStringLiteral("stopped by the supervisor before it was sent"));
        }
    }
    QCOMPARE(cancelled, 9);
}

// An Extend whose Stop is answered after the station changed hands: the new start would be the
// next supervisor's, so it is not sent; the trail says why, under the supervisor who asked.
void TestRecordingController::anExtensionAnsweredAfterASupervisorLeftStartsNothing()
{
    setUp(3);
    AuditLog log(m_dir.filePath(QStringLiteral("extend-left.jsonl")));
    QFile::remove(log.filePath());
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    m_controller->setSupervisor(QStringLiteral("claire"));
    m_controller->start({ agents().at(0) }, 600);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeForUser(agents().at(0).userId), 5000);
    m_cxone->simulator->setLatencyMs(300);
    QSignalSpy stopped(m_controller.get(), &RecordingController::stopped);
    m_controller->extend(m_tracker->activeForUser(agents().at(0).userId)->contactId, 1200);
    m_controller->setSupervisor(QStringLiteral("marc")); // before the Stop's answer
    QVERIFY(stopped.wait(5000));
    QTest::qWait(300);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QVERIFY(m_tracker->pending().isEmpty());
    const AuditEntry last = log.entries().last();
    QCOMPARE(last.action, vigie::AuditAction::Extend);
    QCOMPARE(last.result, vigie::AuditResult::Cancelled);
    QCOMPARE(last.supervisor, QStringLiteral("claire"));
}

// A Stop that fails without CXone refusing it (a 500, a timeout) is sent again by itself while
// its supervisor is signed in: the supervisor still means to stop the recording.
void TestRecordingController::aFailedStopIsSentAgainUntilCxoneStopsIt()
{
    setUp(2);
    m_controller->setSupervisor(QStringLiteral("claire"));
    m_controller->setStopRetryBackoff(100, 400);
    m_controller->start({ agents().at(0) }, 600);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeForUser(agents().at(0).userId), 5000);
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("stop-screen");
    fault.status = 500;
    fault.times = 2;
    m_cxone->simulator->addFault(fault);
    QSignalSpy failed(m_controller.get(), &RecordingController::stopFailed);
    QSignalSpy stopped(m_controller.get(), &RecordingController::stopped);
    QCOMPARE(m_controller->stopRecordingsOf({ agents().at(0).userId }), 1);
    QVERIFY(failed.wait(5000));
    // Its supervisor is still signed in: the Stop is tried again, not kept for later.
    const TrackedRecording *recording = m_tracker->activeForUser(agents().at(0).userId);
    QVERIFY(recording && recording->stopRequested);
    QVERIFY(m_controller->isSignedIn());
    QCOMPARE(m_controller->supervisor(), recording->stopRequestedBy);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 0);
    QVERIFY(m_tracker->keptStops().isEmpty());
}

// A supervisor who cancels no longer means to stop: nothing is kept for later.
void TestRecordingController::cancellingQueuedStopsKeepsNothing()
{
    setUp(3, 1);
    m_controller->start(agents(), 600);
    QCOMPARE(waitForBatch(10000).succeeded, 3);
    m_cxone->simulator->setLatencyMs(200);
    QVector<qint64> contacts;
    for (const TrackedRecording &recording : m_tracker->active()) {
        contacts.append(recording.contactId);
    }
    m_controller->stop(contacts);
    m_controller->cancelQueued();
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->active().size(), 2, 5000);
    QVERIFY(m_tracker->keptStops().isEmpty());
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 2);
}

void TestRecordingController::aLostAnswerLeavesTheStartUnconfirmedUntilCxoneAnswers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("504 after CXone started it") << QStringLiteral("start-screen:504-after");
    QTest::newRow("connection dropped after") << QStringLiteral("start-screen:drop-after");
    QTest::newRow("garbled success") << QStringLiteral("start-screen:truncate");
    QTest::newRow("timeout after") << QStringLiteral("start-screen:stall-after");
}

void TestRecordingController::aLostAnswerLeavesTheStartUnconfirmedUntilCxoneAnswers()
{
    QFETCH(QString, fault);
    setUp(3);
    CxoneEnvironment environment = m_cxone->tokens->environment();
    environment.requestTimeoutMs = 300;
    m_cxone->tokens->setEnvironment(environment);
    // Every answer of the first start is lost, until CXone recovers below. Counting the faults
    // instead would not do: Qt itself re-sends a request whose connection closed before the
    // answer was complete, a varying number of times.
    addFault(fault, agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    QSignalSpy failed(m_controller.get(), &RecordingController::startFailed);
    m_controller->start({ agents().at(0) }, 600, QStringLiteral("coaching"));
    QVERIFY(unconfirmed.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(pendingFor(0));
    QCOMPARE(pendingFor(0)->confirmation, TrackedRecording::Confirmation::Unconfirmed);
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.pending.size(), 1);
    m_cxone->simulator->clearFaults();

    // The next question finds the running recording (or makes the one CXone never got); no
    // second one is created.
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QCOMPARE(started.first().at(1).value<vigie::StartKind>(), vigie::StartKind::Confirmed);
    const auto running = m_cxone->simulator->activeRecording(agents().at(0).userId);
    QVERIFY(running);
    QCOMPARE(m_tracker->activeForUser(agents().at(0).userId)->contactId, running->contactId);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QCOMPARE(failed.count(), 0);
    // On the first request's clock: it ends when CXone ends it, give or take the round trip.
    QVERIFY(qAbs(m_tracker->endsAtUtc(m_tracker->active().first()).secsTo(running->endsAtUtc)) <= 2);
    QVERIFY(m_tracker->pending().isEmpty());
}

// Signing out, an idle lock or an expired session must not turn "may be recording" into
// "failed": a confirmation refused by Vigie itself (nobody signed in) says nothing of what
// CXone did. The start stays unconfirmed, and the next sign-in confirms it.
void TestRecordingController::signingOutKeepsUnconfirmedStartsUntilTheNextSignIn()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504-after"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    QSignalSpy failed(m_controller.get(), &RecordingController::startFailed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_cxone->tokens->signOut();
    // Several confirmations come due while nobody is signed in (back-off 50 to 200 ms).
    QTest::qWait(1500);
    QCOMPARE(failed.count(), 0);
    QVERIFY(pendingFor(0));
    QCOMPARE(pendingFor(0)->confirmation, TrackedRecording::Confirmation::Unconfirmed);
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.pending.size(), 1);

    m_cxone->simulator->clearFaults();
    QVERIFY(
        m_cxone->signInWith({ m_cxone->simulator->options().demoKeyId, m_cxone->simulator->options().demoKeySecret }));
    m_controller->resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QCOMPARE(started.first().at(1).value<vigie::StartKind>(), vigie::StartKind::Confirmed);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QCOMPARE(failed.count(), 0);
}

// On a shared station, asking again under the next supervisor's key would be a start of
// theirs: for a start CXone never received, a recording they never asked for.
void TestRecordingController::confirmationsWaitForTheSupervisorWhoStarted()
{
    setUp(3);
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    // The gateway gives up before CXone acts: nothing is recording, but Vigie cannot know.
    addFault(QStringLiteral("start-screen:504"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    QSignalSpy failed(m_controller.get(), &RecordingController::startFailed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_cxone->simulator->clearFaults();
    m_controller->setSupervisor(QStringLiteral("second supervisor"));
    m_controller->resumePending();
    m_controller->setScope(SupervisorScope(), agents());
    QTest::qWait(1000); // several confirmations would have come due
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(pendingFor(0));
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.pending.size(), 1);

    // Its supervisor is back: the start is asked about, and made, as they meant it.
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    m_controller->resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    QCOMPARE(started.first().at(1).value<vigie::StartKind>(), vigie::StartKind::Confirmed);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

// Asked to stop it, a supervisor whose scope holds the agent may ask: the shortest probe,
// stopped as soon as CXone names it.
void TestRecordingController::anotherSupervisorMayStopAnUnconfirmedStartInTheirScope()
{
    setUp(3);
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    addFault(QStringLiteral("start-screen:504-after"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_cxone->simulator->clearFaults();
    m_controller->setSupervisor(QStringLiteral("second supervisor"));
    m_controller->stopUnconfirmed(agents().at(0).userId);
    QTRY_VERIFY_WITH_TIMEOUT(!pendingFor(0) && m_tracker->active().isEmpty(), 5000);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1); // the first start, named and stopped
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 0);
}

// A Stop the next supervisor may not ask CXone about (the agent is outside their scope) is
// kept for the supervisor who started it, and the station says so, in both lists too.
void TestRecordingController::aStopOutsideTheScopeWaitsForItsSupervisorAndSaysSo()
{
    setUp(3);
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    addFault(QStringLiteral("start-screen:504"), agents().at(0).userId); // CXone never acts
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy waits(m_controller.get(), &RecordingController::stopWaitsForItsSupervisor);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_cxone->simulator->clearFaults();
    m_controller->setSupervisor(QStringLiteral("second supervisor"));
    ScopeSettings otherTeams;
    otherTeams.teams = { QStringLiteral("No such team") };
    m_controller->setScope(SupervisorScope::unresolved(otherTeams), agents());
    // Only its supervisor may ask CXone about it: nothing is being confirmed meanwhile
    // (tst_recordingrows: what the lists say).
    QVERIFY(pendingFor(0) && !pendingFor(0)->stopRequested);
    QVERIFY(m_controller->isSignedIn());
    QVERIFY(!m_controller->mayAskAbout(*pendingFor(0)));
    QCOMPARE(m_controller->stopRecordingsOf({ agents().at(0).userId }), 1);
    QCOMPARE(waits.count(), 1);
    QCOMPARE(waits.first().at(0).value<TrackedRecording>().startedBy, QStringLiteral("first supervisor"));
    QVERIFY(!m_controller->mayAskAbout(*pendingFor(0)));
    QTest::qWait(500);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
    QVERIFY(pendingFor(0) && pendingFor(0)->stopRequested);
    // Nobody signed in: the Stop waits for the next sign-in, whoever's it is.
    m_cxone->tokens->signOut();
    QVERIFY(!m_controller->isSignedIn());
    QVERIFY(
        m_cxone->signInWith({ m_cxone->simulator->options().demoKeyId, m_cxone->simulator->options().demoKeySecret }));

    // Its supervisor signs in again: the 5 s probe goes, and is stopped. The intent leaves the
    // pending list when CXone names the recording, before the Stop's answer: wait for both.
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    m_controller->resumePending();
    QTRY_VERIFY_WITH_TIMEOUT(!pendingFor(0) && m_tracker->active().isEmpty(), 5000);
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 0);
    QCOMPARE(waits.count(), 1);
}

// A confirmation queued under one supervisor comes up after the station changed hands: it is
// not sent under the next supervisor's key.
void TestRecordingController::queuedConfirmationsAreNotSentForAnotherSupervisor()
{
    setUp(3, 1);
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    m_controller->setConfirmationBackoff(60000, 60000);
    for (int i = 0; i < 3; ++i) {
        addFault(QStringLiteral("start-screen:504"), agents().at(i).userId); // CXone never acts
    }
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    m_controller->start({ agents().at(0), agents().at(1), agents().at(2) }, 600);
    QTRY_COMPARE_WITH_TIMEOUT(unconfirmed.count(), 3, 10000);
    m_cxone->simulator->clearFaults();
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
    // The third confirmation is queued behind the first (in flight): the station changes hands.
    connect(m_controller.get(), &RecordingController::busyChanged, this,
        [this, queued = 0](const QString &, bool pending) mutable {
            if (pending && ++queued == 3) {
                m_controller->setSupervisor(QStringLiteral("second supervisor"));
            }
        });
    m_controller->resumePending();
    QTest::qWait(1500);
    // Only the confirmation already on its way under the first supervisor may have started one.
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

void TestRecordingController::anUnconfirmedStartRefusedLaterIsDropped()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504:4"), agents().at(0).userId);
    addFault(QStringLiteral("start-screen:404"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy failed(m_controller.get(), &RecordingController::startFailed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().at(2).value<StartResult>().outcome, vigie::ApiOutcome::NotFound);
    QVERIFY(!pendingFor(0));
    QVERIFY(RecordingLedger(ledgerPath()).load().contents.pending.isEmpty());
}

void TestRecordingController::undocumentedAnswersWhileConfirmingAreNeverReadAsRefusals_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("409") << QStringLiteral("start-screen:409");
    QTest::newRow("425 that persists") << QStringLiteral("start-screen:425");
    QTest::newRow("429 that persists") << QStringLiteral("start-screen:429");
    QTest::newRow("redirect") << QStringLiteral("start-screen:307");
}

void TestRecordingController::undocumentedAnswersWhileConfirmingAreNeverReadAsRefusals()
{
    QFETCH(QString, fault);
    setUp(3);
    addFault(QStringLiteral("start-screen:504-after:4"), agents().at(0).userId);
    addFault(fault, agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy failed(m_controller.get(), &RecordingController::startFailed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    QTest::qWait(1500); // several confirmations meanwhile
    QCOMPARE(failed.count(), 0);
    QVERIFY(pendingFor(0));
    QCOMPARE(pendingFor(0)->confirmation, TrackedRecording::Confirmation::Unconfirmed);
}

void TestRecordingController::anUnconfirmedStartNeverConfirmedEndsAtItsIntendedTime()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy ended(m_tracker.get(), &RecordingTracker::recordingEnded);
    m_controller->start({ agents().at(0) }, 60);
    QVERIFY(unconfirmed.wait(5000));
    m_skewMs += 61000;
    m_tracker->tick();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(0).value<TrackedRecording>().endReason, TrackedRecording::EndReason::UnconfirmedElapsed);
    QVERIFY(!pendingFor(0));
    m_cxone->simulator->clearRequestLog();
    QTest::qWait(500);
    QCOMPARE(m_cxone->simulator->requestLog().size(), 0); // nothing more is asked of CXone
}

// Vigie's countdown ran out a moment before CXone's; a new start for the agent is lost after
// CXone answered with the running recording, and the supervisor presses Stop. The
// confirmation names the recording Vigie had just ended: it is stopped all the same.
void TestRecordingController::aStopAskedOfAnUnconfirmedStartStopsARecordingThatJustEndedHere()
{
    setUp(3);
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    m_controller->start({ agents().at(0) }, 60);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    const qint64 contactId = started.first().at(0).value<TrackedRecording>().contactId;
    m_skewMs += 61000; // ended here; CXone, on the real clock, still records
    m_tracker->tick();
    QVERIFY(m_tracker->recentlyEnded(contactId));

    m_controller->setConfirmationBackoff(60000, 60000); // only the supervisor's Stop asks again
    addFault(QStringLiteral("start-screen:504-after"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_cxone->simulator->clearFaults();
    QCOMPARE(m_cxone->simulator->activeRecordingCount(), 1);
    m_controller->stopUnconfirmed(agents().at(0).userId);
    QTRY_COMPARE_WITH_TIMEOUT(m_cxone->simulator->activeRecordingCount(), 0, 5000);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QVERIFY(!pendingFor(0));
}

void TestRecordingController::confirmationsAskOnlyForWhatIsLeft()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504:4"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_skewMs += 100000; // the confirmation goes out 100 s later
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
    const int asked
        = m_cxone->simulator->requestLog().last().query.queryItemValue(QStringLiteral("recordingDuration")).toInt();
    QVERIFY2(asked >= 498 && asked <= 500, qPrintable(QString::number(asked)));
    QCOMPARE(m_tracker->secondsRemaining(m_tracker->active().first()), asked);
}

void TestRecordingController::stoppingAnUnconfirmedStartConfirmsThenStops()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504-after:4"), agents().at(0).userId);
    m_controller->setConfirmationBackoff(60000, 60000); // only the supervisor's Stop asks again
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy stopped(m_controller.get(), &RecordingController::stopped);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    QVERIFY(m_cxone->simulator->activeRecording(agents().at(0).userId));
    m_controller->stopUnconfirmed(agents().at(0).userId);
    QVERIFY(pendingFor(0)->stopRequested);
    QVERIFY(stopped.wait(5000));
    QVERIFY(!m_cxone->simulator->activeRecording(agents().at(0).userId));
    QVERIFY(m_tracker->active().isEmpty());
    QVERIFY(m_tracker->pending().isEmpty());
    QCOMPARE(m_tracker->history().first().endReason, TrackedRecording::EndReason::Stopped);
}

void TestRecordingController::stoppingAStartCxoneNeverReceivedCreatesAtMostFiveSeconds()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504:4"), agents().at(0).userId); // nothing reached CXone
    m_controller->setConfirmationBackoff(60000, 60000);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy stopped(m_controller.get(), &RecordingController::stopped);
    m_controller->start({ agents().at(0) }, 3600);
    QVERIFY(unconfirmed.wait(5000));
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
    m_controller->stopUnconfirmed(agents().at(0).userId);
    QVERIFY(stopped.wait(5000));
    // Confirming could only create one: the shortest CXone allows, and stopped at once.
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QCOMPARE(m_cxone->simulator->recordingLog().first().durationSeconds, RecordingDuration::kMinimumSeconds);
    QVERIFY(m_cxone->simulator->recordingLog().first().stopped);
}

void TestRecordingController::aStopAskedForSurvivesARestart()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504-after:4"), agents().at(0).userId);
    m_controller->setConfirmationBackoff(60000, 60000);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    // CXone is briefly unavailable: the confirmation before the quit gets nowhere.
    m_cxone->simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:503:4")));
    m_controller->stopUnconfirmed(agents().at(0).userId);
    QTest::qWait(300);
    m_controller.reset(); // quit before CXone answered

    RecordingTracker relaunched(m_ledger.get());
    relaunched.restore();
    QVERIFY(relaunched.pendingForUser(agents().at(0).userId)->stopRequested);
    RecordingController controller(m_client.get(), &relaunched);
    controller.setConfirmationBackoff(50, 200);
    controller.resumePending();
    QTRY_VERIFY_WITH_TIMEOUT(!m_cxone->simulator->activeRecording(agents().at(0).userId), 10000);
}

void TestRecordingController::forgettingStopsAskingAndSaysSo()
{
    setUp(3);
    addFault(QStringLiteral("start-screen:504"), agents().at(0).userId);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    QSignalSpy ended(m_tracker.get(), &RecordingTracker::recordingEnded);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_controller->forget(agents().at(0).userId);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(0).value<TrackedRecording>().endReason, TrackedRecording::EndReason::Forgotten);
    QVERIFY(RecordingLedger(ledgerPath()).load().contents.pending.isEmpty());
    QTest::qWait(300);
    m_cxone->simulator->clearRequestLog();
    QTest::qWait(500);
    QCOMPARE(m_cxone->simulator->requestLog().size(), 0);
}

void TestRecordingController::everyTruthOfARecordingIsAudited()
{
    setUp(5);
    AuditLog log(m_dir.filePath(QStringLiteral("audit.jsonl")));
    QFile::remove(log.filePath());
    AuditRecorder recorder(&log, m_controller.get(), m_tracker.get());
    auto results = [&log](const QString &userId) {
        QVector<QPair<vigie::AuditAction, vigie::AuditResult>> seen;
        for (const AuditEntry &entry : log.entries()) {
            if (entry.userId == userId) {
                seen.append({ entry.action, entry.result });
            }
        }
        return seen;
    };
    using Seen = QVector<QPair<vigie::AuditAction, vigie::AuditResult>>;
    addFault(QStringLiteral("start-screen:504-after:4"), agents().at(0).userId); // lost, then confirmed
    addFault(QStringLiteral("start-screen:504"), agents().at(1).userId); // never answered: forgotten
    addFault(QStringLiteral("start-screen:403"), agents().at(2).userId); // refused
    addFault(QStringLiteral("start-screen:504"), agents().at(3).userId); // never answered: ends by time
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    m_controller->start(agents().mid(0, 4), 60, QStringLiteral("coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(unconfirmed.count(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeForUser(agents().at(0).userId), 10000);
    m_controller->forget(agents().at(1).userId);
    m_skewMs += 61000;
    m_tracker->tick();
    // Each start is in the trail before its request left, then what came of it.
    const QPair<vigie::AuditAction, vigie::AuditResult> requested { vigie::AuditAction::Start,
        vigie::AuditResult::Requested };
    QTRY_COMPARE(results(agents().at(0).userId),
        Seen({ requested, { vigie::AuditAction::Start, vigie::AuditResult::Unknown },
            { vigie::AuditAction::Start, vigie::AuditResult::Confirmed },
            { vigie::AuditAction::End, vigie::AuditResult::EndedByItself } }));
    QCOMPARE(results(agents().at(1).userId),
        Seen({ requested, { vigie::AuditAction::Start, vigie::AuditResult::Unknown },
            { vigie::AuditAction::Forget, vigie::AuditResult::Forgotten } }));
    QCOMPARE(results(agents().at(2).userId),
        Seen({ requested, { vigie::AuditAction::Start, vigie::AuditResult::Refused } }));
    QCOMPARE(results(agents().at(3).userId),
        Seen({ requested, { vigie::AuditAction::Start, vigie::AuditResult::Unknown },
            { vigie::AuditAction::End, vigie::AuditResult::UnconfirmedEndedByTime } }));
    for (const AuditEntry &entry : log.entries()) {
        if (entry.userId == agents().at(0).userId) {
            QCOMPARE(entry.team, agents().at(0).teamName); // the report counts recordings per team
        }
    }
    QVERIFY(AuditLog::verify(log.filePath()).intact);
}

void TestRecordingController::aContactIdJustEndedIsNotTrackedAsANewRecording()
{
    setUp(3);
    m_controller->start({ agents().at(0) }, 30);
    waitForBatch(5000);
    const qint64 first = m_tracker->active().first().contactId;
    m_skewMs += 31000; // our countdown ends a little before CXone's
    m_tracker->tick();
    QVERIFY(m_tracker->active().isEmpty());
    // CXone still names the old recording when asked to start again.
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 200;
    fault.body = QByteArray("{\"contactId\":") + QByteArray::number(first) + ",\"interactionId\":\"i\"}";
    fault.times = 1;
    m_cxone->simulator->addFault(fault);
    QSignalSpy started(m_controller.get(), &RecordingController::started);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(started.wait(5000));
    QCOMPARE(started.first().at(1).value<vigie::StartKind>(), vigie::StartKind::AlreadyRunning);
    QVERIFY(m_tracker->active().isEmpty());
    QVERIFY(m_tracker->pending().isEmpty());
}

void TestRecordingController::aWallClockSetBackDoesNotKeepAnAgentRecorded()
{
    setUp(3);
    m_controller->start({ agents().at(0) }, RecordingDuration::kMinimumSeconds);
    waitForBatch(5000);
    m_skewMs += 6000;
    m_wallSkewMs -= 3600 * 1000;
    m_tracker->tick();
    QVERIFY(m_tracker->active().isEmpty());
    QTest::qWait(100);
    // CXone ends it by its own clock; a new start is then sent, not refused as already running.
    QTRY_VERIFY_WITH_TIMEOUT(!m_cxone->simulator->activeRecording(agents().at(0).userId), 10000);
    m_controller->start({ agents().at(0) }, 60);
    QCOMPARE(waitForBatch(5000).succeeded, 1);
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(0).userId), 2);
}

void TestRecordingController::extendStopsThenStartsAndLinksTheTwo()
{
    setUp(3);
    m_controller->start({ agents().at(1) }, 600, QStringLiteral("coaching"));
    waitForBatch(10000);
    const qint64 first = m_tracker->active().first().contactId;
    m_controller->extend(first, 1800);
    waitForBatch(10000);
    QCOMPARE(m_tracker->active().size(), 1);
    const TrackedRecording &extended = m_tracker->active().first();
    QVERIFY(extended.contactId != first);
    QCOMPARE(extended.replacesContactId, first);
    QCOMPARE(extended.durationSeconds, 1800);
    QCOMPARE(extended.purpose, QStringLiteral("coaching"));
    QCOMPARE(m_tracker->history().first().contactId, first);
    QCOMPARE(m_tracker->history().first().endReason, TrackedRecording::EndReason::Stopped);
    QCOMPARE(m_cxone->simulator->activeRecording(agents().at(1).userId)->contactId, extended.contactId);
}

void TestRecordingController::aStopPressedWhileAnExtendIsOnItsWayIsNotUndoneByTheExtend()
{
    setUp(3);
    m_controller->start({ agents().at(1) }, 600, QStringLiteral("coaching"));
    waitForBatch(10000);
    const qint64 first = m_tracker->active().first().contactId;
    // The Extend's stop is on its way (CXone slow to answer) when the supervisor presses Stop.
    m_cxone->simulator->setLatencyMs(500);
    m_controller->extend(first, 1800);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isBusy(agents().at(1).userId), 2000);
    QCOMPARE(m_controller->stopRecordingsOf({ agents().at(1).userId }), 1);
    QVERIFY(m_tracker->activeByContact(first)->stopRequested); // on disk before any answer
    waitForBatch(10000);
    QTest::qWait(1200); // time enough for a wrongly sent new start to be answered
    // Stopped, and nothing started again: the supervisor's Stop outranks the Extend.
    QVERIFY(m_tracker->active().isEmpty());
    QVERIFY(m_tracker->pending().isEmpty());
    QVERIFY(!m_cxone->simulator->activeRecording(agents().at(1).userId));
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(1).userId), 1);
}

void TestRecordingController::pendingStartsAreSettledAfterACrash()
{
    setUp(3);
    // Agent 0: the start reached CXone before the crash. Agent 1: it never left.
    RecordingClient direct(m_cxone->network.get(), m_cxone->tokens.get());
    QSignalSpy directDone(&direct, &RecordingClient::startFinished);
    direct.start(agents().at(0).userId, 900);
    QVERIFY(directDone.wait(5000));
    const qint64 survivingContact = directDone.first().at(2).value<StartResult>().contactId;
    m_skewMs = -30000; // the intents were written 30 s ago
    const QDateTime askedAt = m_tracker->wallNowUtc();
    for (int index : { 0, 1 }) {
        TrackedRecording intent;
        intent.userId = agents().at(index).userId;
        intent.agentId = agents().at(index).agentId;
        intent.agentName = agents().at(index).displayName();
        intent.durationSeconds = 900;
        QString error;
        QVERIFY(m_tracker->notePending({ intent }, &error));
    }
    m_skewMs = 0;
    // The "restarted" Vigie: a fresh tracker reads the ledger, the controller resumes.
    RecordingTracker restarted(m_ledger.get());
    QCOMPARE(restarted.restore().contents.pending.size(), 2);
    RecordingController controller(m_client.get(), &restarted);
    controller.resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.active().size(), 2, 10000);
    QVERIFY(restarted.pending().isEmpty());
    QCOMPARE(restarted.activeForUser(agents().at(0).userId)->contactId, survivingContact);
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(0).userId), 1);
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(1).userId), 1);
    // Both end when the supervisor meant them to, not 900 s after the restart.
    for (const TrackedRecording &recording : restarted.active()) {
        QVERIFY(qAbs(restarted.endsAtUtc(recording).secsTo(askedAt.addSecs(900))) <= 1);
    }
    const auto resentDuration
        = m_cxone->simulator->requestLog().last().query.queryItemValue(QStringLiteral("recordingDuration")).toInt();
    QVERIFY(resentDuration <= 870 && resentDuration >= 860);
}

QTEST_GUILESS_MAIN(TestRecordingController)
#include "tst_recordingcontroller.moc"
