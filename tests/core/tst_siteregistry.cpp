// SPDX-License-Identifier: Apache-2.0
// The site registry against a real PostgreSQL 15 server of the test's own
// (support/PostgresServer.h): schema, roles, claims, live propagation and the outbox.
#include "registry/RegistrySchema.h"
#include "registry/SiteRegistry.h"
#include "support/PostgresServer.h"
#include "support/RegistryEvents.h"
#include "system/SystemClock.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QVector<RegistryClaimAnswer> claimNow(SiteRegistry &registry, const QVector<RegistryClaim> &claims)
{
    QVector<RegistryClaimAnswer> answers;
    bool answered = false;
    registry.claim(claims, [&](const QVector<RegistryClaimAnswer> &given) {
        answers = given;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000)) {
        qWarning("the registry answered no claim");
    }
    return answers;
}

RegistryClaim claimFor(const QString &agent, const QString &supervisor)
{
    return { agent, QStringLiteral("Agent %1").arg(agent), supervisor, QStringLiteral("Training"), 600 };
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}
} // namespace

class SiteRegistryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void migratingAgainChangesNothingAndAStationRefusesANewerSchema();
    void aStationRoleOnlyAddsRowsNamingItself();
    void anotherStationsRecordingShowsWithinASecondWithTheRegistrysEnd();
    void anUnchangedSiteIsNotAnnouncedAgain();
    void aClaimIsRefusedWhileAnotherStationRecordsTheAgent();
    void aStartNamingAnotherStationsRecordingLeavesItsHolderAndEnd();
    void aClaimRacingAnUncommittedStartIsRefused();
    void anEndFromAnotherStationLeavesTheRecordingLive();
    void aStartReplayedAfterItsEndIsNotLive();
    void aNulInANameFromCxoneBlocksNoEvent();
    void twoStationsClaimingOneAgentAtOnceGetOneGrant();
    void eventsWrittenWhileTheRegistryIsDownAreReplayedOnceInOrder();
    void anEventWhoseSendFailsWaitsInTheOutboxFile();
    void aRestartedStationReplaysWhatItsOutboxHeldWithoutDoubles();
    void aStationFailsOverToTheNextHostAndReplaysItsOutboxThere();
    void settingsNeverTakeAPasswordAndVerifyRemoteHosts();

private:
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_data;
    std::unique_ptr<SiteRegistry> stationUp(const QString &station, const QString &outboxName = {});
};

std::unique_ptr<SiteRegistry> SiteRegistryTest::stationUp(const QString &station, const QString &outboxName)
{
    auto registry = std::make_unique<SiteRegistry>(m_server->settingsFor(station),
        m_data.filePath(outboxName.isEmpty() ? station + QStringLiteral(".outbox") : outboxName));
    QSignalSpy availability(registry.get(), &SiteRegistry::availabilityChanged);
    registry->start();
    if (!QTest::qWaitFor([&] { return registry->isUp(); }, 10000)) {
        qWarning("station %s: %s", qPrintable(station), qPrintable(registry->problem()));
    }
    return registry;
}

void SiteRegistryTest::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started (is the postgresql package installed?)");
    QVERIFY(m_server->provision({ QStringLiteral("QA1"), QStringLiteral("QA2") }));
}

void SiteRegistryTest::cleanupTestCase() { m_server.reset(); }

void SiteRegistryTest::migratingAgainChangesNothingAndAStationRefusesANewerSchema()
{
    {
        QSqlDatabase owner
            = m_server->connect(QStringLiteral("owner"), QStringLiteral("vigie_owner"), QStringLiteral("vigie"));
        QString error;
        QCOMPARE(RegistrySchema::migrate(owner, &error), std::optional<int>(RegistrySchema::knownVersion()));
        QVERIFY(RegistrySchema::checkUsable(owner).isEmpty());
        QSqlQuery query(owner);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO vigie.schema_version (version) VALUES (%1)")
                               .arg(RegistrySchema::knownVersion() + 1)));
        const QString problem = RegistrySchema::checkUsable(owner);
        QVERIFY2(problem.contains(QLatin1String("newer than this Vigie knows")), qPrintable(problem));
        QVERIFY(!RegistrySchema::migrate(owner, &error));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
}

void SiteRegistryTest::aStationRoleOnlyAddsRowsNamingItself()
{
    {
        auto registry = stationUp(QStringLiteral("QA1"));
        registry->publish(startEvent(QStringLiteral("roles-1"), 7100000001, 600, QStringLiteral("claire")));
        QVERIFY(QTest::qWaitFor([&] { return registry->byContact(7100000001) != nullptr; }, 5000));
    }
    {
        QSqlDatabase station = m_server->connect(
            QStringLiteral("qa1"), PostgresServer::roleFor(QStringLiteral("QA1")), QStringLiteral("vigie"));
        QSqlQuery query(station);
        QVERIFY(!query.exec(QStringLiteral("UPDATE vigie.events SET supervisor = 'mallory'")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied for table events")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM vigie.events")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied for table events")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE vigie.recording_state SET ends_at = now()")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO vigie.events (event_id, station, kind, agent_user_id, supervisor, "
                           "recorded_at) VALUES (gen_random_uuid(), 'QA2', 'stop', 'roles-1', 'x', now())")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("row-level security")),
            qPrintable(query.lastError().text()));
        // Its own station's row is accepted: the refusal above is about the name, not the insert.
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO vigie.events (event_id, station, kind, agent_user_id, supervisor, "
                     "recorded_at) VALUES (gen_random_uuid(), 'QA1', 'release', 'roles-2', 'x', now())")),
            qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("qa1"));
    {
        // Not even the owner changes history: the trigger refuses.
        QSqlDatabase owner
            = m_server->connect(QStringLiteral("owner"), QStringLiteral("vigie_owner"), QStringLiteral("vigie"));
        QSqlQuery query(owner);
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM vigie.events")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE vigie.events")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
}

void SiteRegistryTest::anotherStationsRecordingShowsWithinASecondWithTheRegistrysEnd()
{
    auto a = stationUp(QStringLiteral("QA1"));
    auto b = stationUp(QStringLiteral("QA2"));
    // Only a notification can bring it this fast: the catch-up poll is far slower.
    b->setPollIntervalMs(60000);
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    a->publish(startEvent(QStringLiteral("live-1"), 7100000101, 3600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("live-1")) != nullptr; }, 1000));
    const SiteRecording *held = b->heldElsewhere(QStringLiteral("live-1"));
    QCOMPARE(held->station, QStringLiteral("QA1"));
    QCOMPARE(held->supervisor, QStringLiteral("claire"));
    QCOMPARE(held->contactId, qint64(7100000101));
    QCOMPARE(held->state, SiteRecording::State::Recording);
    const int left = held->secondsRemaining(SystemClock::sinceBootMs());
    QVERIFY2(left > 3590 && left <= 3600, qPrintable(QString::number(left)));
    // Its own recording is not "elsewhere" for A.
    QVERIFY(QTest::qWaitFor([&] { return a->byContact(7100000101) != nullptr; }, 5000));
    QVERIFY(!a->heldElsewhere(QStringLiteral("live-1")));
}

// The catch-up read runs every few seconds: the views hear of it only when something changed.
void SiteRegistryTest::anUnchangedSiteIsNotAnnouncedAgain()
{
    auto a = stationUp(QStringLiteral("QA1"));
    a->setPollIntervalMs(100);
    a->publish(startEvent(QStringLiteral("quiet-1"), 7100005001, 3600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return a->byContact(7100005001) != nullptr; }, 5000));
    QSignalSpy changed(a.get(), &SiteRegistry::siteChanged);
    QTest::qWait(600); // several reads of the same site
    QCOMPARE(changed.count(), 0);
    a->publish(startEvent(QStringLiteral("quiet-2"), 7100005002, 3600, QStringLiteral("claire")));
    QVERIFY(changed.wait(5000));
    QVERIFY(a->byContact(7100005002) != nullptr);
}

void SiteRegistryTest::aClaimIsRefusedWhileAnotherStationRecordsTheAgent()
{
    auto a = stationUp(QStringLiteral("QA1"));
    auto b = stationUp(QStringLiteral("QA2"));
    a->publish(startEvent(QStringLiteral("held-1"), 7100000201, 3600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("held-1")) != nullptr; }, 5000));
    const QVector<RegistryClaimAnswer> answers = claimNow(*b,
        { claimFor(QStringLiteral("held-1"), QStringLiteral("bob")),
            claimFor(QStringLiteral("free-1"), QStringLiteral("bob")) });
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).verdict, RegistryClaimAnswer::Verdict::HeldElsewhere);
    QCOMPARE(answers.at(0).holder.station, QStringLiteral("QA1"));
    QCOMPARE(answers.at(0).holder.supervisor, QStringLiteral("claire"));
    QCOMPARE(answers.at(0).holder.contactId, qint64(7100000201));
    QCOMPARE(answers.at(1).verdict, RegistryClaimAnswer::Verdict::Granted);
    // A's claim on free-1 is now refused until B releases it.
    QCOMPARE(claimNow(*a, { claimFor(QStringLiteral("free-1"), QStringLiteral("claire")) }).at(0).verdict,
        RegistryClaimAnswer::Verdict::HeldElsewhere);
    QVERIFY(QTest::qWaitFor([&] { return a->heldElsewhere(QStringLiteral("free-1")) != nullptr; }, 5000));
    QCOMPARE(a->heldElsewhere(QStringLiteral("free-1"))->state, SiteRecording::State::Claimed);
    RegistryEvent release;
    release.kind = RegistryEvent::Kind::Release;
    release.agentUserId = QStringLiteral("free-1");
    release.supervisor = QStringLiteral("bob");
    b->publish(release);
    QVERIFY(QTest::qWaitFor([&] { return !a->heldElsewhere(QStringLiteral("free-1")); }, 5000));
    QCOMPARE(claimNow(*a, { claimFor(QStringLiteral("free-1"), QStringLiteral("claire")) }).at(0).verdict,
        RegistryClaimAnswer::Verdict::Granted);
    // A stop of A's recording, sent by B, ends it for everyone.
    RegistryEvent stop;
    stop.kind = RegistryEvent::Kind::Stop;
    stop.agentUserId = QStringLiteral("held-1");
    stop.contactId = 7100000201;
    stop.supervisor = QStringLiteral("bob");
    b->publish(stop);
    QVERIFY(QTest::qWaitFor([&] { return !b->heldElsewhere(QStringLiteral("held-1")); }, 5000));
    // A, which holds it, learns who stopped it.
    const auto stoppedOnA = [&] {
        return std::find_if(a->live().begin(), a->live().end(), [](const SiteRecording &r) {
            return r.agentUserId == QLatin1String("held-1") && r.state == SiteRecording::State::StoppedElsewhere;
        });
    };
    QVERIFY(QTest::qWaitFor([&] { return stoppedOnA() != a->live().end(); }, 5000));
    const auto stopped = stoppedOnA();
    QCOMPARE(stopped->stoppedBy, QStringLiteral("bob"));
    QCOMPARE(stopped->stoppedByStation, QStringLiteral("QA2"));
    QCOMPARE(claimNow(*b, { claimFor(QStringLiteral("held-1"), QStringLiteral("bob")) }).at(0).verdict,
        RegistryClaimAnswer::Verdict::Granted);
}

void SiteRegistryTest::aStartNamingAnotherStationsRecordingLeavesItsHolderAndEnd()
{
    auto a = stationUp(QStringLiteral("QA1"));
    auto b = stationUp(QStringLiteral("QA2"));
    a->publish(startEvent(QStringLiteral("same-1"), 7100000301, 3600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("same-1")) != nullptr; }, 5000));
    // CXone returned A's recording to B's start (the registry was down when B claimed).
    b->publish(startEvent(QStringLiteral("same-1"), 7100000301, 600, QStringLiteral("bob")));
    QTest::qWait(300);
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("same-1")) != nullptr; }, 5000));
    const SiteRecording *held = b->heldElsewhere(QStringLiteral("same-1"));
    QCOMPARE(held->station, QStringLiteral("QA1"));
    QVERIFY(held->secondsRemaining(SystemClock::sinceBootMs()) > 3500);
}

// A start committed while a claim waits for it (a replay from an outbox) wins: the claim is
// refused, and the registry still names the station that records.
void SiteRegistryTest::aClaimRacingAnUncommittedStartIsRefused()
{
    auto b = stationUp(QStringLiteral("QA2"));
    {
        QSqlDatabase qa1 = m_server->connect(
            QStringLiteral("qa1-tx"), PostgresServer::roleFor(QStringLiteral("QA1")), QStringLiteral("vigie"));
        QSqlQuery query(qa1);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO vigie.events (event_id, station, kind, agent_user_id, supervisor, contact_id, "
                     "seconds_left, recorded_at) VALUES (gen_random_uuid(), 'QA1', 'start', 'racing-1', 'claire', "
                     "7100004001, 3600, now())")),
            qPrintable(query.lastError().text()));
        QVector<RegistryClaimAnswer> answers;
        b->claim({ claimFor(QStringLiteral("racing-1"), QStringLiteral("bob")) },
            [&](const QVector<RegistryClaimAnswer> &given) { answers = given; });
        QTest::qWait(300); // B's claim now waits for A's transaction
        QVERIFY(answers.isEmpty());
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        QVERIFY(QTest::qWaitFor([&] { return !answers.isEmpty(); }, 5000));
        QCOMPARE(answers.at(0).verdict, RegistryClaimAnswer::Verdict::HeldElsewhere);
        QCOMPARE(answers.at(0).holder.station, QStringLiteral("QA1"));
        QCOMPARE(answers.at(0).holder.contactId, qint64(7100004001));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("qa1-tx"));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("racing-1")) != nullptr; }, 5000));
    QCOMPARE(b->heldElsewhere(QStringLiteral("racing-1"))->contactId, qint64(7100004001));
}

// Only the station that records may say it ended by itself or forget it: another's End of
// the same contact (it tracked CXone's answer as its own) leaves it live.
void SiteRegistryTest::anEndFromAnotherStationLeavesTheRecordingLive()
{
    auto a = stationUp(QStringLiteral("QA1"));
    auto b = stationUp(QStringLiteral("QA2"));
    a->publish(startEvent(QStringLiteral("end-1"), 7100004101, 3600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("end-1")) != nullptr; }, 5000));
    RegistryEvent end = startEvent(QStringLiteral("end-1"), 7100004101, 0, QStringLiteral("bob"));
    end.kind = RegistryEvent::Kind::End;
    end.secondsLeft.reset();
    b->publish(end);
    RegistryEvent marker = startEvent(QStringLiteral("end-marker"), 7100004102, 60, QStringLiteral("bob"));
    b->publish(marker); // after the End: once seen, the End was applied (or not)
    QVERIFY(QTest::qWaitFor([&] { return a->heldElsewhere(QStringLiteral("end-marker")) != nullptr; }, 5000));
    QVERIFY(b->heldElsewhere(QStringLiteral("end-1")) != nullptr);
}

// PostgreSQL refuses NUL in text: the event goes without it, and so does every event after it.
void SiteRegistryTest::aNulInANameFromCxoneBlocksNoEvent()
{
    auto a = stationUp(QStringLiteral("QA1"));
    auto b = stationUp(QStringLiteral("QA2"));
    RegistryEvent odd = startEvent(QStringLiteral("nul-1"), 7100004301, 600, QStringLiteral("claire"));
    odd.agentName = QStringLiteral("L\u00e9a") + QChar(u'\0') + QStringLiteral("Martin");
    a->publish(odd);
    a->publish(startEvent(QStringLiteral("nul-2"), 7100004302, 600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("nul-2")) != nullptr; }, 5000));
    const auto *held = b->heldElsewhere(QStringLiteral("nul-1"));
    QVERIFY(held);
    QCOMPARE(held->agentName, QStringLiteral("L\u00e9aMartin"));
    QVERIFY(a->isUp());
}

// An event sent long after it was written (an outbox replayed after an outage or a restart)
// carries the time left when it is sent: a recording whose time ran out meanwhile is not
// brought back as live.
void SiteRegistryTest::aStartReplayedAfterItsEndIsNotLive()
{
    const QString outboxPath = m_data.filePath(QStringLiteral("late.outbox"));
    RegistryEvent late = startEvent(QStringLiteral("late-1"), 7100004201, 600, QStringLiteral("claire"));
    late.deadlineMs = SystemClock::sinceBootMs() - 1000; // its 600 s ended a second ago
    RegistryEvent fresh = startEvent(QStringLiteral("late-2"), 7100004202, 600, QStringLiteral("claire"));
    {
        RegistryOutbox outbox(outboxPath);
        QString error;
        QVERIFY(outbox.append({ late, fresh }, &error));
    }
    auto a = stationUp(QStringLiteral("QA1"), QStringLiteral("late.outbox"));
    auto b = stationUp(QStringLiteral("QA2"));
    QVERIFY(QTest::qWaitFor([&] { return b->heldElsewhere(QStringLiteral("late-2")) != nullptr; }, 5000));
    QVERIFY(!b->heldElsewhere(QStringLiteral("late-1")));
}

void SiteRegistryTest::twoStationsClaimingOneAgentAtOnceGetOneGrant()
{
    auto a = stationUp(QStringLiteral("QA1"));
    auto b = stationUp(QStringLiteral("QA2"));
    int trialsWithOneGrant = 0;
    constexpr int kTrials = 100;
    for (int trial = 0; trial < kTrials; ++trial) {
        const QString agent = QStringLiteral("race-%1").arg(trial);
        QVector<RegistryClaimAnswer> fromA;
        QVector<RegistryClaimAnswer> fromB;
        // Both requests are on their threads before either is answered.
        a->claim({ claimFor(agent, QStringLiteral("claire")) }, [&](const auto &answers) { fromA = answers; });
        b->claim({ claimFor(agent, QStringLiteral("bob")) }, [&](const auto &answers) { fromB = answers; });
        QVERIFY(QTest::qWaitFor([&] { return !fromA.isEmpty() && !fromB.isEmpty(); }, 10000));
        const int grants = int(fromA.at(0).verdict == RegistryClaimAnswer::Verdict::Granted)
            + int(fromB.at(0).verdict == RegistryClaimAnswer::Verdict::Granted);
        QCOMPARE(fromA.at(0).verdict == RegistryClaimAnswer::Verdict::Unavailable, false);
        QCOMPARE(fromB.at(0).verdict == RegistryClaimAnswer::Verdict::Unavailable, false);
        trialsWithOneGrant += grants == 1 ? 1 : 0;
    }
    QCOMPARE(trialsWithOneGrant, kTrials);
}

void SiteRegistryTest::eventsWrittenWhileTheRegistryIsDownAreReplayedOnceInOrder()
{
    auto a = stationUp(QStringLiteral("QA1"), QStringLiteral("outage.outbox"));
    a->setPollIntervalMs(200);
    QSignalSpy availability(a.get(), &SiteRegistry::availabilityChanged);
    m_server->stop(QStringLiteral("immediate")); // a crash, as far as the station can tell
    QVERIFY(QTest::qWaitFor([&] { return !a->isUp(); }, 5000));
    QVERIFY(a->live().isEmpty()); // nothing shown that cannot be read
    constexpr int kEvents = 50;
    for (int i = 0; i < kEvents; ++i) {
        a->publish(startEvent(QStringLiteral("outage-%1").arg(i), 7100001000 + i, 600, QStringLiteral("claire")));
    }
    QTest::qWait(300);
    QFile outbox(m_data.filePath(QStringLiteral("outage.outbox")));
    QVERIFY(outbox.open(QIODevice::ReadOnly));
    QCOMPARE(outbox.readAll().count('\n'), kEvents);
    outbox.close();
    QVERIFY(m_server->start());
    QVERIFY(QTest::qWaitFor([&] { return a->isUp(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return a->byContact(7100001000 + kEvents - 1) != nullptr; }, 5000));
    QCOMPARE(QFileInfo(outbox.fileName()).size(), 0);
    {
        QSqlDatabase admin
            = m_server->connect(QStringLiteral("count"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM vigie.events WHERE agent_user_id LIKE 'outage-%'")),
            qint64(kEvents));
        // In order: the sequence follows the order they were written.
        QCOMPARE(
            scalar(admin,
                QStringLiteral("SELECT count(*) FROM (SELECT contact_id, lag(contact_id) OVER (ORDER BY seq) AS prev "
                               "FROM vigie.events WHERE agent_user_id LIKE 'outage-%') s WHERE prev > contact_id")),
            qint64(0));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

// While the registry is up an event is written to the outbox but not fsync'd before it is sent
// (the commit makes it durable): when that send fails, the event waits in the outbox file all
// the same, and goes once the registry is back.
void SiteRegistryTest::anEventWhoseSendFailsWaitsInTheOutboxFile()
{
    auto a = stationUp(QStringLiteral("QA1"), QStringLiteral("cut.outbox"));
    a->setPollIntervalMs(60000); // only the send finds the registry gone
    m_server->stop(QStringLiteral("immediate"));
    QVERIFY(a->isUp());
    a->publish(startEvent(QStringLiteral("cut-1"), 7100002000, 600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return !a->isUp(); }, 5000));
    QFile outbox(m_data.filePath(QStringLiteral("cut.outbox")));
    QVERIFY(outbox.open(QIODevice::ReadOnly));
    QVERIFY(outbox.readAll().contains("7100002000"));
    outbox.close();
    QVERIFY(m_server->start());
    a->setPollIntervalMs(200);
    QVERIFY(QTest::qWaitFor([&] { return a->isUp(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return a->byContact(7100002000) != nullptr; }, 5000));
    QCOMPARE(QFileInfo(outbox.fileName()).size(), 0);
}

void SiteRegistryTest::aRestartedStationReplaysWhatItsOutboxHeldWithoutDoubles()
{
    const QString outboxPath = m_data.filePath(QStringLiteral("crash.outbox"));
    RegistryOutbox outbox(outboxPath);
    QVector<RegistryEvent> events;
    for (int i = 0; i < 5; ++i) {
        events.append(startEvent(QStringLiteral("crash-%1").arg(i), 7100002000 + i, 600, QStringLiteral("claire")));
    }
    QString error;
    QVERIFY(outbox.append(events, &error));
    {
        // Sent once already (the crash came before the outbox was emptied)...
        auto a = stationUp(QStringLiteral("QA1"), QStringLiteral("crash.outbox"));
        QVERIFY(QTest::qWaitFor([&] { return a->byContact(7100002004) != nullptr; }, 5000));
    }
    // ...and the file comes back as the crash left it, with half a line at its end.
    QFile file(outboxPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const RegistryEvent &event : events) {
        file.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n');
    }
    file.write("{\"id\":\"cut-sho");
    file.close();
    {
        auto a = stationUp(QStringLiteral("QA1"), QStringLiteral("crash.outbox"));
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo(outboxPath).size() == 0; }, 5000));
    }
    {
        QSqlDatabase admin
            = m_server->connect(QStringLiteral("count"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM vigie.events WHERE agent_user_id LIKE 'crash-%'")),
            qint64(5));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

// Two servers in the host list (libpq's failover, target_session_attrs): when the first goes
// down, the station reconnects to the second and its outbox replays there, once.
void SiteRegistryTest::aStationFailsOverToTheNextHostAndReplaysItsOutboxThere()
{
    PostgresServer standby;
    QVERIFY(standby.isUsable());
    QVERIFY(standby.provision({ QStringLiteral("QA1") }));
    RegistrySettings settings = m_server->settingsFor(QStringLiteral("QA1"));
    settings.host = m_server->socketFolder() + QLatin1Char(',') + standby.socketFolder();
    settings.port = QStringLiteral("%1,%1").arg(PostgresServer::kPort);
    SiteRegistry registry(settings, m_data.filePath(QStringLiteral("failover.outbox")));
    registry.setPollIntervalMs(200);
    registry.start();
    QVERIFY(QTest::qWaitFor([&] { return registry.isUp(); }, 10000));
    registry.publish(startEvent(QStringLiteral("failover-0"), 7100003000, 600, QStringLiteral("claire")));
    QVERIFY(QTest::qWaitFor([&] { return registry.byContact(7100003000) != nullptr; }, 5000));

    m_server->stop(QStringLiteral("immediate"));
    constexpr int kDuringFailover = 20;
    for (int i = 1; i <= kDuringFailover; ++i) {
        registry.publish(
            startEvent(QStringLiteral("failover-%1").arg(i), 7100003000 + i, 600, QStringLiteral("claire")));
    }
    // Up again, on the standby, with every event written meanwhile.
    QVERIFY(QTest::qWaitFor([&] { return registry.byContact(7100003000 + kDuringFailover) != nullptr; }, 15000));
    QVERIFY(registry.isUp());
    {
        QSqlDatabase db
            = standby.connect(QStringLiteral("standby"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM vigie.events WHERE agent_user_id LIKE 'failover-%'")),
            qint64(kDuringFailover));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT event_id) FROM vigie.events")),
            scalar(db, QStringLiteral("SELECT count(*) FROM vigie.events")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("standby"));
    QVERIFY(m_server->start());
}

void SiteRegistryTest::settingsNeverTakeAPasswordAndVerifyRemoteHosts()
{
    QTemporaryDir folder;
    QSettings ini(folder.filePath(QStringLiteral("v.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("Registry/Host"), QStringLiteral("db1.example.org,db2.example.org"));
    ini.setValue(QStringLiteral("Registry/User"), QStringLiteral("station_qa1"));
    RegistrySettings settings;
    QVERIFY(settings.readFrom(ini).isEmpty());
    QCOMPARE(settings.effectiveSslMode(), QStringLiteral("verify-full"));
    QCOMPARE(settings.host, QStringLiteral("db1.example.org,db2.example.org"));
    ini.setValue(QStringLiteral("Registry/Host"), QStringLiteral("/run/postgresql"));
    QVERIFY(settings.readFrom(ini).isEmpty());
    QCOMPARE(settings.effectiveSslMode(), QStringLiteral("prefer"));
    ini.setValue(QStringLiteral("Registry/Password"), QStringLiteral("hunter2"));
    QVERIFY(settings.readFrom(ini).contains(QLatin1String("password")));
    ini.remove(QStringLiteral("Registry/Password"));
    ini.setValue(QStringLiteral("Registry/SslMode"), QStringLiteral("sometimes"));
    QVERIFY(settings.readFrom(ini).contains(QLatin1String("SslMode")));
}

QTEST_GUILESS_MAIN(SiteRegistryTest)
#include "tst_siteregistry.moc"
