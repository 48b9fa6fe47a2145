#include "recording/RecordingLedger.h"
#include "simulator/CxoneSimulator.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// kill -9 in the middle of a bulk start, again and again: after each restore, every recording
// CXone accepted is in the ledger with its contactId, and no agent is recorded twice.
class TestKillRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_unansweredAtKill = 0;

    int runWorker(const QString &mode, const CxoneSimulator &simulator, const QString &ledger, int killAfterMs)
    {
        QProcess worker;
        worker.start(QStringLiteral(RECORDING_WORKER), { mode, simulator.baseUrl().toString(), ledger });
        if (!worker.waitForStarted()) {
            return -1;
        }
        if (killAfterMs > 0) {
            QTest::qWait(killAfterMs);
            ::kill(pid_t(worker.processId()), SIGKILL);
        }
        if (!QTest::qWaitFor([&worker] { return worker.state() == QProcess::NotRunning; }, 30000)) {
            return -2;
        }
        return worker.exitStatus() == QProcess::CrashExit ? -9 : worker.exitCode();
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        // Otherwise every kill fell between requests and the write-ahead path was never tested.
        QVERIFY2(m_unansweredAtKill > 0, "no kill landed while a start was awaiting its answer");
    }

    void killedMidFlightLosesNothing_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 4; ++seed) {
            QTest::addRow("run %d", seed) << seed;
        }
    }

    void killedMidFlightLosesNothing()
    {
        QFETCH(int, seed);
        SimulatorOptions options;
        options.agentCount = 120;
        options.stateChangeIntervalMs = 0;
        options.latencyMs = 15;
        CxoneSimulator simulator(options);
        QVERIFY(simulator.start());
        const QString ledger = m_dir.filePath(QStringLiteral("ledger-%1.json").arg(seed));

        QRandomGenerator random { quint32(seed) };
        for (int round = 0; round < 3; ++round) {
            // The server keeps answering while the worker dies: some answers land nowhere.
            QCOMPARE(runWorker(QStringLiteral("start"), simulator, ledger, 150 + random.bounded(600)), -9);
        }
        m_unansweredAtKill += int(RecordingLedger(ledger).load().contents.pending.size());
        QCOMPARE(runWorker(QStringLiteral("resume"), simulator, ledger, 0), 0);

        const RecordingLedger::LoadResult restored = RecordingLedger(ledger).load();
        QCOMPARE(restored.status, RecordingLedger::LoadStatus::Loaded);
        QVERIFY(restored.contents.pending.isEmpty());
        QHash<QString, qint64> tracked;
        for (const TrackedRecording &recording : restored.contents.active) {
            QVERIFY2(!tracked.contains(recording.userId), "an agent is tracked twice");
            tracked.insert(recording.userId, recording.contactId);
        }
        QVERIFY(simulator.activeRecordingCount() > 0);
        for (const Agent &agent : simulator.tenant().agents()) {
            QVERIFY(simulator.recordingsCreatedFor(agent.userId) <= 1);
            const auto running = simulator.activeRecording(agent.userId);
            if (running) {
                QVERIFY2(tracked.contains(agent.userId), "CXone records an agent the ledger lost");
                QCOMPARE(tracked.value(agent.userId), running->contactId);
            } else {
                QVERIFY(!tracked.contains(agent.userId));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKillRestore)
#include "tst_killrestore.moc"
