// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingLedger.h"
#include "simulator/CxoneSimulator.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The application's core in a real process, killed -9 and relaunched on the same ledger: after
// each restore, every recording CXone accepted is in the ledger with its contactId, no agent is
// recorded twice, nobody cancelled is recorded, and moving the wall clock changes nothing.
class TestKillRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_unansweredAtKill = 0;

    // Runs the worker; killAfterMs > 0 kills it then, killWhen kills it once that holds.
    int runWorker(const QString &mode, const CxoneSimulator &simulator, const QString &ledger, int killAfterMs,
        const std::function<bool()> &killWhen = {}, const QProcessEnvironment &environment = {})
    {
        QProcess worker;
        if (!environment.isEmpty()) {
            worker.setProcessEnvironment(environment);
        }
        worker.start(QStringLiteral(RECORDING_WORKER), { mode, simulator.baseUrl().toString(), ledger });
        if (!worker.waitForStarted()) {
            return -1;
        }
        if (killAfterMs > 0) {
            QTest::qWait(killAfterMs);
            ::kill(pid_t(worker.processId()), SIGKILL);
        }
        if (killWhen) {
            if (!QTest::qWaitFor(killWhen, 20000)) {
                worker.kill();
                return -3;
            }
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
        checkLedgerMatchesCxone(simulator, restored.contents);
    }

    void anUnconfirmedStartSurvivesAKillAndIsConfirmedAfterRelaunch()
    {
        SimulatorOptions options;
        options.agentCount = 4;
        options.stateChangeIntervalMs = 0;
        CxoneSimulator simulator(options);
        QVERIFY(simulator.start());
        // Every answer to the first agent's start is lost, although CXone records them.
        SimulatorFault lost = *SimulatorFault::fromText(QStringLiteral("start-screen:504-after"));
        lost.userId = simulator.tenant().agents().first().userId;
        simulator.addFault(lost);
        const QString ledger = m_dir.filePath(QStringLiteral("unconfirmed.json"));
        const int killed = runWorker(QStringLiteral("start"), simulator, ledger, 0, [&] {
            const auto pending = RecordingLedger(ledger).load().contents.pending;
            return pending.size() == 1 && pending.first().confirmation == TrackedRecording::Confirmation::Unconfirmed;
        });
        QCOMPARE(killed, -9);
        QVERIFY(simulator.activeRecording(lost.userId)); // recording, and Vigie was killed

        simulator.clearFaults(); // CXone answers again
        QCOMPARE(runWorker(QStringLiteral("resume"), simulator, ledger, 0), 0);
        const RecordingLedger::Contents restored = RecordingLedger(ledger).load().contents;
        QVERIFY(restored.pending.isEmpty());
        checkLedgerMatchesCxone(simulator, restored);
        QCOMPARE(simulator.recordingsCreatedFor(lost.userId), 1);

        QCOMPARE(runWorker(QStringLiteral("stopall"), simulator, ledger, 0), 0);
        QCOMPARE(simulator.activeRecordingCount(), 0);
    }

    void cancelThenQuitThenRelaunchRecordsNobodyCancelled()
    {
        SimulatorOptions options;
        options.agentCount = 30;
        options.stateChangeIntervalMs = 0;
        options.latencyMs = 150; // slow enough that most of the batch is still queued at Cancel
        CxoneSimulator simulator(options);
        QVERIFY(simulator.start());
        const QString ledger = m_dir.filePath(QStringLiteral("cancelled.json"));
        QCOMPARE(runWorker(QStringLiteral("cancel"), simulator, ledger, 0), 0);
        QTest::qWait(500); // answers to what was in flight land nowhere
        const int createdBeforeRelaunch = simulator.recordingsCreated();
        QVERIFY(createdBeforeRelaunch < 30);
        QCOMPARE(runWorker(QStringLiteral("resume"), simulator, ledger, 0), 0);
        QCOMPARE(simulator.recordingsCreated(), createdBeforeRelaunch);
        checkLedgerMatchesCxone(simulator, RecordingLedger(ledger).load().contents);
    }

    void contactIdsAbove2To53SurviveStartLedgerRestartAndStop()
    {
        SimulatorOptions options;
        options.agentCount = 3;
        options.stateChangeIntervalMs = 0;
        options.firstContactId = Q_INT64_C(9007199254740993);
        CxoneSimulator simulator(options);
        QVERIFY(simulator.start());
        const QString ledger = m_dir.filePath(QStringLiteral("large-ids.json"));
        QCOMPARE(runWorker(QStringLiteral("start"), simulator, ledger, 0,
                     [&] { return RecordingLedger(ledger).load().contents.active.size() == 3; }),
            -9);
        QSet<qint64> saved;
        for (const TrackedRecording &recording : RecordingLedger(ledger).load().contents.active) {
            saved.insert(recording.contactId);
        }
        QCOMPARE(saved,
            QSet<qint64>({ Q_INT64_C(9007199254740993), Q_INT64_C(9007199254740994), Q_INT64_C(9007199254740995) }));
        QCOMPARE(runWorker(QStringLiteral("stopall"), simulator, ledger, 0), 0);
        QCOMPARE(simulator.activeRecordingCount(), 0);
        for (const CxoneSimulator::Recording &recording : simulator.recordingLog()) {
            QVERIFY2(recording.stopped, "a stop went to another contactId and CXone answered 404");
        }
    }

    void wallClockJumpsAcrossARestartChangeNoCountdown_data()
    {
        QTest::addColumn<QString>("jump");
        QTest::newRow("an hour back") << QStringLiteral("-1h");
        QTest::newRow("an hour forward") << QStringLiteral("+1h");
    }

    void wallClockJumpsAcrossARestartChangeNoCountdown()
    {
        QFETCH(QString, jump);
        const QString libfaketime = QStringLiteral(LIBFAKETIME);
        QVERIFY2(QFile::exists(libfaketime), "libfaketime (Debian package faketime) is not installed");
        SimulatorOptions options;
        options.agentCount = 3;
        options.stateChangeIntervalMs = 0;
        CxoneSimulator simulator(options);
        QVERIFY(simulator.start());
        const QString ledger = m_dir.filePath(QStringLiteral("clock-%1.json").arg(jump.at(0) == QLatin1Char('+')));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VIGIE_WORKER_DURATION"), QStringLiteral("600"));
        QCOMPARE(runWorker(
                     QStringLiteral("start"), simulator, ledger, 0,
                     [&] { return RecordingLedger(ledger).load().contents.active.size() == 3; }, environment),
            -9);
        // Relaunched with the wall clock moved, as NTP or a supervisor could; the system's
        // monotonic clock goes on as it does.
        environment.insert(QStringLiteral("LD_PRELOAD"), libfaketime);
        environment.insert(QStringLiteral("FAKETIME"), jump);
        environment.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        environment.insert(QStringLiteral("FAKETIME_DONT_RESET"), QStringLiteral("1"));
        QCOMPARE(runWorker(QStringLiteral("resume"), simulator, ledger, 0, {}, environment), 0);
        const RecordingLedger::Contents restored = RecordingLedger(ledger).load().contents;
        QCOMPARE(restored.active.size(), 3);
        checkLedgerMatchesCxone(simulator, restored);
        QCOMPARE(runWorker(QStringLiteral("stopall"), simulator, ledger, 0, {}, environment), 0);
        QCOMPARE(simulator.activeRecordingCount(), 0);
    }

private:
    void checkLedgerMatchesCxone(CxoneSimulator &simulator, const RecordingLedger::Contents &contents)
    {
        QVERIFY(contents.pending.isEmpty());
        QHash<QString, qint64> tracked;
        for (const TrackedRecording &recording : contents.active) {
            QVERIFY2(!tracked.contains(recording.userId), "an agent is tracked twice");
            tracked.insert(recording.userId, recording.contactId);
        }
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
