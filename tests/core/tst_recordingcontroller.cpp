#include "support/SignedInClient.h"

#include "cxone/RecordingClient.h"
#include "recording/RecordingController.h"

#include <QTemporaryDir>

// Rules above single requests: one recording per agent, bulk queues with faults, extend,
// and starts a crash left unanswered.
class TestRecordingController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SignedInClient> m_cxone;
    std::unique_ptr<RecordingClient> m_client;
    std::unique_ptr<RecordingLedger> m_ledger;
    std::unique_ptr<RecordingTracker> m_tracker;
    std::unique_ptr<RecordingController> m_controller;

    void setUp(int agents, int concurrency = RecordingController::kDefaultConcurrency)
    {
        SimulatorOptions options;
        options.agentCount = agents;
        options.stateChangeIntervalMs = 0;
        m_cxone = std::make_unique<SignedInClient>(options);
        m_client = std::make_unique<RecordingClient>(m_cxone->network.get(), m_cxone->tokens.get());
        m_client->setRetryPolicy(fastRetries());
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
        m_ledger = std::make_unique<RecordingLedger>(m_dir.filePath(QStringLiteral("ledger.json")));
        m_tracker = std::make_unique<RecordingTracker>(m_ledger.get());
        m_tracker->restore();
        m_controller = std::make_unique<RecordingController>(m_client.get(), m_tracker.get());
        m_controller->setConcurrency(concurrency);
    }

    RecordingController::BatchSummary waitForBatch(int timeoutMs = 60000)
    {
        QSignalSpy finished(m_controller.get(), &RecordingController::batchFinished);
        if (!finished.wait(timeoutMs)) {
            return {};
        }
        return finished.first().at(0).value<RecordingController::BatchSummary>();
    }

    const QVector<Agent> &agents() const { return m_cxone->simulator->tenant().agents(); }

    void addUserFault(
        const QString &userId, int status, int times, bool actFirst = false, const QByteArray &retryAfter = {})
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

private Q_SLOTS:
    void cleanup()
    {
        m_controller.reset();
        m_tracker.reset();
        m_ledger.reset();
        m_client.reset();
        m_cxone.reset();
    }

    void bulkStartOf500WithFaultsRecordsEachAgentOnceOrReportsIt()
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
            addUserFault(agents().at(i).userId, 504, -1); // never gets through
        }
        QSignalSpy progress(m_controller.get(), &RecordingController::batchProgress);
        m_controller->start(agents(), 600, QStringLiteral("quality review"));
        const RecordingController::BatchSummary summary = waitForBatch();
        QCOMPARE(summary.requested, 500);
        QCOMPARE(summary.succeeded, 490);
        QCOMPARE(summary.failures.size(), 10);
        for (const auto &failure : summary.failures) {
            QCOMPARE(failure.outcome, ApiOutcome::GatewayTimeout);
        }
        QVERIFY(progress.count() > 10);
        QCOMPARE(progress.last().at(0).toInt(), 500);

        for (int i = 0; i < 500; ++i) {
            const QString &userId = agents().at(i).userId;
            const int created = m_cxone->simulator->recordingsCreatedFor(userId);
            const TrackedRecording *tracked = m_tracker->activeForUser(userId);
            if (i >= 150 && i < 160) {
                QCOMPARE(created, 0);
                QVERIFY(!tracked);
                continue;
            }
            QCOMPARE(created, 1);
            QVERIFY(tracked);
            QCOMPARE(tracked->contactId, m_cxone->simulator->activeRecording(userId)->contactId);
            QCOMPARE(tracked->purpose, QStringLiteral("quality review"));
        }
        QCOMPARE(m_tracker->active().size(), 490);
        QVERIFY(m_tracker->pending().isEmpty());
        QCOMPARE(RecordingLedger(m_ledger->filePath()).load().contents.active.size(), 490);
    }

    void alreadyTrackedAgentsAreNotAskedAgain()
    {
        setUp(5);
        m_controller->start({ agents().at(0) }, 600);
        waitForBatch(10000);
        m_cxone->simulator->clearRequestLog();
        QSignalSpy started(m_controller.get(), &RecordingController::started);
        m_controller->start({ agents().at(0) }, 13200);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(1).value<StartKind>(), StartKind::AlreadyRunning);
        QCOMPARE(m_cxone->simulator->requestLog().size(), 0);
        QCOMPARE(m_tracker->active().first().durationSeconds, 600);
    }

    void concurrencyIsBounded()
    {
        setUp(20, 3);
        m_cxone->simulator->setLatencyMs(100);
        int maxBusy = 0;
        connect(m_controller.get(), &RecordingController::pendingChanged, this, [&] {
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

    void cancelDropsWhatIsStillQueued()
    {
        setUp(10, 1);
        m_cxone->simulator->setLatencyMs(150);
        QSignalSpy finished(m_controller.get(), &RecordingController::batchFinished);
        m_controller->start(agents(), 60);
        QTest::qWait(50);
        m_controller->cancelQueued();
        QVERIFY(finished.wait(5000));
        const auto summary = finished.first().at(0).value<RecordingController::BatchSummary>();
        QCOMPARE(summary.cancelled, 9);
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
        QCOMPARE(m_controller->pendingCount(), 0);
    }

    void extendStopsThenStartsAndLinksTheTwo()
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

    void pendingStartsAreSettledAfterACrash()
    {
        setUp(3);
        // Agent 0: the start reached CXone before the crash. Agent 1: it never left.
        RecordingClient direct(m_cxone->network.get(), m_cxone->tokens.get());
        QSignalSpy directDone(&direct, &RecordingClient::startFinished);
        direct.start(agents().at(0).userId, 900);
        QVERIFY(directDone.wait(5000));
        const qint64 survivingContact = directDone.first().at(2).value<StartResult>().contactId;
        const QDateTime askedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        for (int index : { 0, 1 }) {
            TrackedRecording intent;
            intent.userId = agents().at(index).userId;
            intent.agentId = agents().at(index).agentId;
            intent.agentName = agents().at(index).displayName();
            intent.startedAtUtc = askedAt;
            intent.durationSeconds = 900;
            QVERIFY(m_tracker->notePending({ intent }));
        }
        // The "restarted" Vigie: a fresh tracker reads the ledger, the controller resumes.
        RecordingTracker restarted(m_ledger.get());
        QCOMPARE(restarted.restore().contents.pending.size(), 2);
        RecordingController controller(m_client.get(), &restarted);
        QSignalSpy finished(&controller, &RecordingController::batchFinished);
        controller.resumePending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(restarted.active().size(), 2);
        QVERIFY(restarted.pending().isEmpty());
        QCOMPARE(restarted.activeForUser(agents().at(0).userId)->contactId, survivingContact);
        QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(0).userId), 1);
        QCOMPARE(m_cxone->simulator->recordingsCreatedFor(agents().at(1).userId), 1);
        // Both end when the supervisor meant them to, not 900 s after the restart.
        for (const TrackedRecording &recording : restarted.active()) {
            QCOMPARE(recording.endsAtUtc(), askedAt.addSecs(900));
        }
        const auto resentDuration
            = m_cxone->simulator->requestLog().last().query.queryItemValue(QStringLiteral("recordingDuration")).toInt();
        QVERIFY(resentDuration <= 870 && resentDuration >= 860);
    }
};

QTEST_GUILESS_MAIN(TestRecordingController)
#include "tst_recordingcontroller.moc"
