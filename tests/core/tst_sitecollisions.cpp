// SPDX-License-Identifier: Apache-2.0
// Two stations, one CXone (the simulator) and one site registry (a PostgreSQL 15 server of the
// test's own): what one station starts, the other neither starts again nor mistakes for its own.
#include "support/PostgresServer.h"
#include "support/SignedInClient.h"

#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "cxone/RecordingClient.h"
#include "recording/RecordingController.h"
#include "registry/RegistrySync.h"
#include "registry/SiteRegistry.h"
#include "system/SystemClock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace {
// One Vigie station: its own ledger, tracker and controller, sharing the test's CXone sign-in.
struct Station
{
    Station(SignedInClient &cxone, const RegistrySettings &settings, const QString &folder, const QString &supervisor)
        : client(cxone.network.get(), cxone.tokens.get())
        , ledger(folder + QStringLiteral("/ledger.json"))
        , tracker(&ledger)
        , controller(&client, &tracker)
        , registry(settings, folder + QStringLiteral("/outbox.jsonl"))
        , sync(&registry, &controller, &tracker)
    {
        client.setRetryPolicy(fastRetries());
        tracker.restore();
        controller.setSupervisor(supervisor);
        controller.setSiteRegistry(&registry);
        registry.setPollIntervalMs(500);
        registry.start();
    }

    RecordingClient client;
    RecordingLedger ledger;
    RecordingTracker tracker;
    RecordingController controller;
    SiteRegistry registry;
    RegistrySync sync;
};
} // namespace

class SiteCollisionsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<SignedInClient> m_cxone;
    QTemporaryDir m_folder;
    int m_stations = 0;

    // folder: a station's data folder from before (a relaunch); none: a new station's.
    std::unique_ptr<Station> station(
        const QString &name, const QString &supervisor, bool requireRegistry = false, QString folder = {})
    {
        RegistrySettings settings = m_server->settingsFor(name);
        settings.requireForStart = requireRegistry;
        if (folder.isEmpty()) {
            folder = m_folder.filePath(QStringLiteral("station-%1").arg(++m_stations));
        }
        auto made = std::make_unique<Station>(*m_cxone, settings, folder, supervisor);
        if (!QTest::qWaitFor([&] { return made->registry.isUp(); }, 10000)) {
            qWarning("%s: %s", qPrintable(name), qPrintable(made->registry.problem()));
        }
        return made;
    }

    Agent agent(int index) const { return m_cxone->simulator->tenant().agents().at(index); }

    static bool startAndWait(Station &station, const Agent &agent, int seconds)
    {
        QSignalSpy finished(&station.controller, &RecordingController::batchFinished);
        station.controller.start({ agent }, seconds, QStringLiteral("Training"));
        return finished.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started");
        QVERIFY(m_server->provision({ QStringLiteral("QA1"), QStringLiteral("QA2") }));
        SimulatorOptions options;
        options.agentCount = 40;
        options.stateChangeIntervalMs = 0;
        m_cxone = std::make_unique<SignedInClient>(options);
    }

    void cleanupTestCase()
    {
        m_cxone.reset();
        m_server.reset();
    }

    void aStartOfAnAgentAnotherStationRecordsSendsNothing()
    {
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"));
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        const Agent x = agent(0);
        QVERIFY(startAndWait(*a, x, 3600));
        QVERIFY(a->tracker.activeForUser(x.userId));
        // B shows it within a second, with A's holder and end.
        QVERIFY(QTest::qWaitFor([&] { return b->registry.heldElsewhere(x.userId) != nullptr; }, 1000));
        const SiteRecording held = *b->registry.heldElsewhere(x.userId);
        QCOMPARE(held.supervisor, QStringLiteral("claire"));
        QCOMPARE(held.station, QStringLiteral("QA1"));
        QVERIFY(held.secondsRemaining(SystemClock::sinceBootMs()) > 3590);

        const int createdBefore = m_cxone->simulator->recordingsCreatedFor(x.userId);
        m_cxone->simulator->clearRequestLog();
        QSignalSpy failed(&b->controller, &RecordingController::startFailed);
        QVERIFY(startAndWait(*b, x, 600));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).value<StartResult>().outcome, vigie::ApiOutcome::HeldByAnotherStation);
        QVERIFY(failed.first().at(2).value<StartResult>().detail.contains(QLatin1String("claire from station QA1")));
        QVERIFY(m_cxone->simulator->requestLog().isEmpty()); // nothing reached CXone
        QCOMPARE(m_cxone->simulator->recordingsCreatedFor(x.userId), createdBefore);
        QVERIFY(!b->tracker.activeForUser(x.userId));
        QVERIFY(!b->tracker.pendingForUser(x.userId)); // nothing left to confirm either
    }

    void aStopOfAnotherStationsRecordingEndsItOnBothStations()
    {
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"));
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        const Agent x = agent(1);
        QVERIFY(startAndWait(*a, x, 3600));
        const qint64 contactId = a->tracker.activeForUser(x.userId)->contactId;
        QVERIFY(QTest::qWaitFor([&] { return b->registry.heldElsewhere(x.userId) != nullptr; }, 2000));
        QSignalSpy stopped(&b->controller, &RecordingController::stopped);
        QSignalSpy endedOnA(&a->sync, &RegistrySync::stoppedElsewhere);
        QVERIFY(b->controller.stopElsewhere(*b->registry.heldElsewhere(x.userId)));
        QVERIFY(stopped.wait(5000));
        // Said as B's stop of A's recording: B pressed it; A and claire started it.
        QCOMPARE(stopped.first().at(2).toString(), QStringLiteral("bob"));
        const auto recording = stopped.first().at(0).value<TrackedRecording>();
        QCOMPARE(recording.contactId, contactId);
        QCOMPARE(recording.startedBy, QStringLiteral("claire"));
        QCOMPARE(recording.heldByStation, QStringLiteral("QA1"));
        QVERIFY(!m_cxone->simulator->activeRecording(x.userId));
        // A's countdown ends too, and A hears who stopped it.
        QVERIFY(endedOnA.wait(5000));
        QCOMPARE(endedOnA.first().at(1).toString(), QStringLiteral("bob"));
        QCOMPARE(endedOnA.first().at(2).toString(), QStringLiteral("QA2"));
        // A ends it once CXone confirms (a row in the registry alone never ends it).
        QVERIFY(QTest::qWaitFor([&] { return !a->tracker.activeForUser(x.userId); }, 5000));
        QCOMPARE(a->tracker.history().constLast().endReason, TrackedRecording::EndReason::AlreadyEndedOnServer);
        QVERIFY(QTest::qWaitFor([&] { return !b->registry.heldElsewhere(x.userId); }, 2000));
    }

    void aStopOfAnotherStationsRecordingOutlivesAQuitBeforeCxoneAnswers()
    {
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"));
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        const Agent x = agent(6);
        QVERIFY(startAndWait(*a, x, 3600));
        const qint64 contactId = a->tracker.activeForUser(x.userId)->contactId;
        QVERIFY(QTest::qWaitFor([&] { return b->registry.heldElsewhere(x.userId) != nullptr; }, 2000));

        // CXone's answers to stops are lost: B's Stop is not answered before B quits.
        SimulatorFault lost;
        lost.pathContains = QStringLiteral("stop-screen-interaction-recording");
        lost.kind = SimulatorFault::Kind::Drop;
        m_cxone->simulator->addFault(lost);
        QSignalSpy failed(&b->controller, &RecordingController::stopFailed);
        QVERIFY(b->controller.stopElsewhere(*b->registry.heldElsewhere(x.userId)));
        QVERIFY(failed.wait(10000));
        // Kept, like B's own Stops: a quit waits for it or says it is kept (LeavingWithRecordings).
        QCOMPARE(b->tracker.keptStops().size(), 1);
        QCOMPARE(b->tracker.keptStops().first().contactId, contactId);
        QSignalSpy kept(&b->controller, &RecordingController::stopsKept);
        b->controller.abandonUnsent();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().first().value<QVector<TrackedRecording>>().first().contactId, contactId);
        const QString folder = QFileInfo(b->ledger.filePath()).path();
        b.reset(); // quit
        const RecordingLedger::Contents onDisk
            = RecordingLedger(folder + QStringLiteral("/ledger.json")).load().contents;
        QCOMPARE(onDisk.stopsElsewhere.size(), 1);
        QCOMPARE(onDisk.stopsElsewhere.first().stopRequestedBy, QStringLiteral("bob"));
        QCOMPARE(onDisk.stopsElsewhere.first().heldByStation, QStringLiteral("QA1"));
        QVERIFY(m_cxone->simulator->activeRecording(x.userId)); // still recording

        // Relaunched, another supervisor signs in: bob's Stop is not theirs to send, nor to wait for.
        m_cxone->simulator->clearFaults();
        {
            auto alices = station(QStringLiteral("QA2"), QStringLiteral("alice"), false, folder);
            QCOMPARE(alices->tracker.keptStops().size(), 1);
            QVERIFY(alices->controller.keptStopsToSend().isEmpty());
            QSignalSpy sent(&alices->client, &RecordingClient::stopFinished);
            alices->controller.resumePending();
            QVERIFY(!sent.wait(300));
        }

        // Relaunched, bob signs in again to a scope of teams: the Stop waits for the teams to be
        // known, then leaves, is answered and said as bob's.
        m_cxone->simulator->clearRequestLog();
        auto relaunched = station(QStringLiteral("QA2"), QStringLiteral("bob"), false, folder);
        const ScopeSettings teams { { x.teamName }, false };
        relaunched->controller.setScope(SupervisorScope::unresolved(teams), {});
        QSignalSpy stopped(&relaunched->controller, &RecordingController::stopped);
        relaunched->controller.resumePending();
        QVERIFY(!stopped.wait(300));
        QVERIFY(m_cxone->simulator->requestLog().isEmpty());
        const DemoTenant &tenant = m_cxone->simulator->tenant();
        relaunched->controller.setScope(
            SupervisorScope::resolve(teams, {}, tenant.agents(), tenant.teams()), tenant.agents());
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.first().at(2).toString(), QStringLiteral("bob"));
        const auto recording = stopped.first().at(0).value<TrackedRecording>();
        QCOMPARE(recording.contactId, contactId);
        QCOMPARE(recording.startedBy, QStringLiteral("claire"));
        QCOMPARE(recording.heldByStation, QStringLiteral("QA1"));
        QVERIFY(!m_cxone->simulator->activeRecording(x.userId));
        QVERIFY(relaunched->tracker.keptStops().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !a->tracker.activeForUser(x.userId); }, 5000));
    }

    // Another station's recording reaches its end while CXone does not answer this station's Stop:
    // given up, said and audited under the supervisor who pressed it.
    void aStopOfAnotherStationsRecordingNeverAnsweredIsAudited()
    {
        const Agent x = agent(8);
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        qint64 skippedMs = 0; // time passing faster than the test
        b->tracker.setClocks([&skippedMs] { return SystemClock::sinceBootMs() + skippedMs; },
            [&skippedMs] { return QDateTime::currentDateTimeUtc().addMSecs(skippedMs); });
        AuditLog log(m_folder.filePath(QStringLiteral("unanswered.jsonl")));
        AuditRecorder recorder(&log, &b->controller, &b->tracker);
        SimulatorFault lost;
        lost.pathContains = QStringLiteral("stop-screen-interaction-recording");
        lost.kind = SimulatorFault::Kind::Drop;
        m_cxone->simulator->addFault(lost);
        SiteRecording held;
        held.agentUserId = x.userId;
        held.agentName = x.displayName();
        held.station = QStringLiteral("QA1");
        held.supervisor = QStringLiteral("claire");
        held.contactId = 7300000008;
        held.deadlineMs = SystemClock::sinceBootMs() + 30 * 1000;
        QSignalSpy failed(&b->controller, &RecordingController::stopFailed);
        QSignalSpy unanswered(&b->controller, &RecordingController::stopLeftUnanswered);
        QVERIFY(b->controller.stopElsewhere(held));
        QVERIFY(failed.wait(10000));
        m_cxone->simulator->clearFaults();
        skippedMs = 30 * 1000 + RecordingHistory::kGraceMs;
        b->tracker.tick();
        QCOMPARE(unanswered.size(), 1);
        QVERIFY(b->tracker.keptStops().isEmpty());
        const QJsonObject entry = QJsonDocument::fromJson(*log.line(log.head().count)).object();
        QCOMPARE(entry.value(QLatin1String("action")).toString(), QStringLiteral("stop"));
        QCOMPARE(entry.value(QLatin1String("result")).toString(), QStringLiteral("unknown"));
        QCOMPARE(entry.value(QLatin1String("supervisor")).toString(), QStringLiteral("bob"));
        QCOMPARE(entry.value(QLatin1String("contactId")).toString(), QStringLiteral("7300000008"));
        QVERIFY(entry.value(QLatin1String("detail")).toString().contains(QLatin1String("claire from station QA1")));
    }

    // The registry heard late of a recording this station tracks as its own (a start CXone answered
    // with it first): Stop on the other station's row is this station's own Stop, answered once.
    void aStopOfARecordingTrackedHereAndElsewhereIsOneStop()
    {
        const Agent x = agent(7);
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        QVERIFY(startAndWait(*b, x, 600));
        const TrackedRecording own = *b->tracker.activeForUser(x.userId);
        // As the registry shows it once it heard of it from QA1.
        SiteRecording held;
        held.agentUserId = x.userId;
        held.agentName = x.displayName();
        held.station = QStringLiteral("QA1");
        held.supervisor = QStringLiteral("claire");
        held.contactId = own.contactId;
        held.deadlineMs = SystemClock::sinceBootMs() + 3590 * 1000;
        QSignalSpy stopped(&b->controller, &RecordingController::stopped);
        QVERIFY(b->controller.stopElsewhere(held));
        QVERIFY(stopped.wait(5000));
        QCOMPARE(stopped.first().at(0).value<TrackedRecording>().contactId, own.contactId);
        QVERIFY(!m_cxone->simulator->activeRecording(x.userId));
        QVERIFY(!b->tracker.activeByContact(own.contactId));
        // Nothing is left to send again, nor to wait for when leaving.
        QVERIFY(b->tracker.keptStops().isEmpty());
        QVERIFY(!stopped.wait(500));
        QCOMPARE(stopped.size(), 1);
    }

    void aStartAnsweredWithAnotherStationsRecordingAdoptsIt()
    {
        // A recorded X while the registry did not know (its event still in A's outbox): B's
        // claim is granted, and CXone answers B's start with A's recording.
        const Agent x = agent(2);
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"));
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        m_cxone->simulator->setLatencyMs(0);
        RecordingClient direct(m_cxone->network.get(), m_cxone->tokens.get());
        QSignalSpy directStart(&direct, &RecordingClient::startFinished);
        direct.start(x.userId, 3600);
        QVERIFY(directStart.wait(5000));
        const auto running = *m_cxone->simulator->activeRecording(x.userId);

        m_cxone->simulator->setLatencyMs(1500);
        QSignalSpy started(&b->controller, &RecordingController::started);
        b->controller.start({ x }, 600, QStringLiteral("Training"));
        QTest::qWait(300); // B's claim granted, its request on its way
        RegistryEvent late;
        late.kind = RegistryEvent::Kind::Start;
        late.agentUserId = x.userId;
        late.agentName = x.displayName();
        late.contactId = running.contactId;
        late.durationSeconds = 3600;
        late.setSecondsLeft(3590);
        late.supervisor = QStringLiteral("claire");
        a->registry.publish(late);
        QVERIFY(started.wait(5000));
        m_cxone->simulator->setLatencyMs(0);
        QCOMPARE(started.first().at(1).value<vigie::StartKind>(), vigie::StartKind::RecordedElsewhere);
        const auto adopted = started.first().at(0).value<TrackedRecording>();
        QCOMPARE(adopted.contactId, running.contactId);
        QCOMPARE(adopted.startedBy, QStringLiteral("claire"));
        // Never B's own 600 s: the registry's end, an hour away.
        QVERIFY(adopted.secondsRemaining(SystemClock::sinceBootMs()) > 3500);
        QVERIFY(!b->tracker.activeByContact(running.contactId));
        QVERIFY(!b->tracker.pendingForUser(x.userId));
        // CXone's recording is unchanged, as the contract says of a later start.
        QCOMPARE(m_cxone->simulator->activeRecording(x.userId)->endsAtUtc, running.endsAtUtc);
    }

    // Stop pressed while the registry is still answering the start's claim: the start never leaves.
    void aStartStoppedWhileItsClaimIsAnsweredIsNeverSent()
    {
        const Agent x = agent(5);
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        const QString connection = QStringLiteral("holder");
        {
            QSqlDatabase admin = m_server->connect(connection, QStringLiteral("postgres"), QStringLiteral("vigie"));
            QSqlQuery query(admin);
            // The claim takes this agent's lock first: held here, the claim waits.
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(
                query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended('%1', 0))").arg(x.userId)));
            m_cxone->simulator->clearRequestLog();
            QSignalSpy notSent(&b->controller, &RecordingController::startsNotSent);
            QSignalSpy finished(&b->controller, &RecordingController::batchFinished);
            b->controller.start({ x }, 600, QStringLiteral("Training"));
            QTest::qWait(200);
            QCOMPARE(b->controller.stopRecordingsOf({ x.userId }), 1);
            // Kept in the ledger, not only in memory: killed before the claim is answered, the next
            // launch must not confirm this start for its whole duration.
            const TrackedRecording *intent = b->tracker.pendingForUser(x.userId);
            QVERIFY(intent && intent->stopRequested);
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            QVERIFY(finished.wait(10000));
            QCOMPARE(notSent.count(), 1);
            QVERIFY(m_cxone->simulator->requestLog().isEmpty());
            QVERIFY(!b->tracker.pendingForUser(x.userId));
            QVERIFY(!b->tracker.activeForUser(x.userId));
        }
        QSqlDatabase::removeDatabase(connection);
        // Its claim was released: another station may start the agent at once.
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"));
        QVERIFY(QTest::qWaitFor([&] { return !a->registry.heldElsewhere(x.userId); }, 5000));
        QVERIFY(startAndWait(*a, x, 60));
        QVERIFY(a->tracker.activeForUser(x.userId));
    }

    void aSiteThatRequiresTheRegistryStartsNothingWithoutIt()
    {
        const Agent x = agent(3);
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"), true);
        m_server->stop(QStringLiteral("immediate"));
        QVERIFY(QTest::qWaitFor([&] { return !b->registry.isUp(); }, 5000));
        m_cxone->simulator->clearRequestLog();
        QSignalSpy failed(&b->controller, &RecordingController::startFailed);
        QVERIFY(startAndWait(*b, x, 600));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).value<StartResult>().outcome, vigie::ApiOutcome::RegistryUnavailable);
        QVERIFY(m_cxone->simulator->requestLog().isEmpty());
        QVERIFY(m_server->start());
        QVERIFY(QTest::qWaitFor([&] { return b->registry.isUp(); }, 10000));
        QVERIFY(startAndWait(*b, x, 600));
        QVERIFY(b->tracker.activeForUser(x.userId));
    }

    void aStationWithoutTheRegistryKeepsWorkingAlone()
    {
        const Agent x = agent(4);
        auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"));
        m_server->stop(QStringLiteral("immediate"));
        QVERIFY(QTest::qWaitFor([&] { return !b->registry.isUp(); }, 5000));
        QVERIFY(startAndWait(*b, x, 600));
        QVERIFY(b->tracker.activeForUser(x.userId));
        // Back: the outbox replays the start, and the registry holds it as B's.
        QVERIFY(m_server->start());
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"));
        QVERIFY(QTest::qWaitFor([&] { return a->registry.heldElsewhere(x.userId) != nullptr; }, 10000));
        QCOMPARE(a->registry.heldElsewhere(x.userId)->station, QStringLiteral("QA2"));
    }
};

QTEST_GUILESS_MAIN(SiteCollisionsTest)
#include "tst_sitecollisions.moc"
