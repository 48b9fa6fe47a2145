// SPDX-License-Identifier: Apache-2.0
// The works council's caps hold across the stations of a site: two stations, one CXone (the
// simulator) and one site registry (a PostgreSQL 15 server of the test's own). What one station
// recorded counts on the other, even one that started after the recording had ended.
#include "support/PostgresServer.h"
#include "support/SignedInClient.h"

#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "cxone/RecordingClient.h"
#include "policy/PolicyGate.h"
#include "recording/RecordingController.h"
#include "registry/RegistrySync.h"
#include "registry/SiteRegistry.h"

#include <QTemporaryDir>

#include <memory>

namespace {
// One Vigie station with its own ledger, audit trail and policy, sharing the test's CXone sign-in.
struct Station
{
    Station(SignedInClient &cxone, const RegistrySettings &settings, const QString &folder, const QString &supervisor,
        const RecordingPolicy &policy)
        : client(cxone.network.get(), cxone.tokens.get())
        , ledger(folder + QStringLiteral("/ledger.json"))
        , tracker(&ledger)
        , controller(&client, &tracker)
        , trail(folder + QStringLiteral("/audit.jsonl"))
        , recorder(&trail, &controller, &tracker)
        , gate(&trail)
        , registry(settings, folder + QStringLiteral("/outbox.jsonl"))
        , sync(&registry, &controller, &tracker)
    {
        client.setRetryPolicy(fastRetries());
        tracker.restore();
        controller.setSupervisor(supervisor);
        recorder.setSupervisor(supervisor);
        controller.setSiteRegistry(&registry);
        gate.setPolicy(policy);
        gate.setSiteRegistry(&registry);
        controller.setPolicyGate(&gate);
        registry.setPollIntervalMs(500);
        registry.start();
    }

    RecordingClient client;
    RecordingLedger ledger;
    RecordingTracker tracker;
    RecordingController controller;
    AuditLog trail;
    AuditRecorder recorder;
    PolicyGate gate;
    SiteRegistry registry;
    RegistrySync sync;
};
} // namespace

class SitePolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aCapReachedOnOneStationRefusesOnTheOther();

private:
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<SignedInClient> m_cxone;
    QTemporaryDir m_folder;
    int m_stations = 0;

    std::unique_ptr<Station> station(const QString &name, const QString &supervisor, const RecordingPolicy &policy)
    {
        const QString folder = m_folder.filePath(QStringLiteral("station-%1").arg(++m_stations));
        auto made = std::make_unique<Station>(*m_cxone, m_server->settingsFor(name), folder, supervisor, policy);
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
        // A start the policy refuses ends its batch at once, before any wait could begin.
        return !finished.isEmpty() || finished.wait(10000);
    }
};

void SitePolicyTest::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started");
    QVERIFY(m_server->provision({ QStringLiteral("QA1"), QStringLiteral("QA2") }));
    SimulatorOptions options;
    options.agentCount = 10;
    options.stateChangeIntervalMs = 0;
    m_cxone = std::make_unique<SignedInClient>(options);
}

void SitePolicyTest::cleanupTestCase()
{
    m_cxone.reset();
    m_server.reset();
}

void SitePolicyTest::aCapReachedOnOneStationRefusesOnTheOther()
{
    RecordingPolicy policy;
    policy.recordingsPer7Days = 1;
    policy.minutesPer30Days = 60;
    const Agent x = agent(0);
    const Agent y = agent(1);
    {
        // Station A records x once and stops; then it closes.
        auto a = station(QStringLiteral("QA1"), QStringLiteral("claire"), policy);
        QVERIFY(startAndWait(*a, x, 600));
        const auto recordsX = [&] {
            const QVector<SiteRecording> &live = a->registry.live();
            return std::any_of(live.cbegin(), live.cend(),
                [&](const SiteRecording &recording) { return recording.agentUserId == x.userId; });
        };
        QVERIFY(QTest::qWaitFor(recordsX, 5000));
        const TrackedRecording *running = a->tracker.activeForUser(x.userId);
        QVERIFY(running);
        QSignalSpy stopped(&a->controller, &RecordingController::stopped);
        a->controller.stop({ running->contactId });
        QVERIFY(stopped.wait(10000));
        QVERIFY(a->gate.allowance(x.userId).atCap());
        // Closed once the registry holds the stop (else it waits in A's outbox for its next run).
        QVERIFY(QTest::qWaitFor([&] { return !recordsX(); }, 5000));
    }

    // Station B starts afterwards: the registry's log, not a live recording, tells it x's count.
    auto b = station(QStringLiteral("QA2"), QStringLiteral("bob"), policy);
    QVERIFY(QTest::qWaitFor([&] { return b->gate.allowance(x.userId).atCap(); }, 5000));
    QVERIFY(!b->registry.heldElsewhere(x.userId));
    QVERIFY(b->trail.entries().isEmpty()); // nothing of x in B's own trail
    // Stopped within seconds, x has almost all of the 60 minutes left: the stop from A counts.
    QVERIFY(b->gate.allowance(x.userId).minutesLeftIn30Days.value_or(0) >= 58);

    const int createdBefore = m_cxone->simulator->recordingsCreatedFor(x.userId);
    m_cxone->simulator->clearRequestLog();
    QSignalSpy failed(&b->controller, &RecordingController::startFailed);
    QVERIFY(startAndWait(*b, x, 600));
    QCOMPARE(failed.count(), 1);
    const StartResult refused = failed.first().at(2).value<StartResult>();
    QCOMPARE(refused.outcome, vigie::ApiOutcome::RefusedByPolicy);
    QVERIFY2(refused.detail.startsWith(QLatin1String("recordings-per-7-days 1/1")), qPrintable(refused.detail));
    QVERIFY(m_cxone->simulator->requestLog().isEmpty()); // nothing reached CXone
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(x.userId), createdBefore);
    QCOMPARE(b->trail.entries().last().result, vigie::AuditResult::RefusedByPolicy);

    // Another agent is free on B, and once recorded there, at the cap on B too.
    QVERIFY(startAndWait(*b, y, 600));
    QVERIFY(b->tracker.activeForUser(y.userId));
    QVERIFY(b->gate.allowance(y.userId).atCap());
}

QTEST_GUILESS_MAIN(SitePolicyTest)
#include "tst_sitepolicy.moc"
