// SPDX-License-Identifier: Apache-2.0
// Site-wide evidence (issue #25): every station's audit trail in the registry's append-only audit
// table, line for line with its chain, against a real PostgreSQL 15 server of the test's own.
#include "audit/AuditChain.h"
#include "audit/AuditComparison.h"
#include "audit/AuditLog.h"
#include "registry/RegistryAuditCopy.h"
#include "registry/RegistryAuditFeed.h"
#include "registry/SiteRegistry.h"
#include "support/PostgresServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

AuditEntry entryNumber(int i)
{
    AuditEntry entry;
    entry.atUtc = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).addSecs(i);
    entry.supervisor = QStringLiteral("claire");
    entry.agentName = QStringLiteral("Zoé Lefèvre %1").arg(i); // the hash is of the UTF-8 bytes, both sides
    entry.userId = QStringLiteral("user-%1").arg(i);
    entry.contactId = 7200000000 + i;
    entry.durationSeconds = 600;
    return entry;
}

// A station as a running Vigie has it: its trail, its registry connection, and the feed between.
struct Station
{
    AuditLog log;
    std::unique_ptr<SiteRegistry> registry;
    std::unique_ptr<RegistryAuditFeed> feed;

    Station(const PostgresServer &server, const QString &name, const QString &trail, const QString &outbox)
        : log(trail)
        , registry(std::make_unique<SiteRegistry>(server.settingsFor(name), outbox))
        , feed(std::make_unique<RegistryAuditFeed>(&log, registry.get()))
    {
        registry->setPollIntervalMs(200);
        registry->start();
    }

    void append(int from, int to)
    {
        QString error;
        for (int i = from; i <= to; ++i) {
            if (!log.append(entryNumber(i), &error)) {
                qWarning("the trail refused an entry: %s", qPrintable(error));
            }
        }
        feed->send(log.head()); // as AuditRecorder::appended does once they are on disk
    }
};
} // namespace

class SiteAuditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aStationRoleCannotChangeTheAuditTableNorWriteAnotherStationsRows();
    void everyEntryReachesTheRegistryAsTheTrailHoldsIt();
    void entriesWrittenWhileTheRegistryIsDownAreStoredOnceWhenItIsBack();
    void aRestartedStationSendsOnlyWhatTheRegistryLacks();
    void aTrailReplacedSinceItWasSentIsSaidWhenTheRegistryIsReached();
    void theComparisonNamesAnAlteredAMissingAndAnExtraEntry();

private:
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_data;
    QString file(const QString &name) const;
    qint64 count(const QString &what, const QString &station);
    qint64 rows(const QString &station);
    qint64 distinctRows(const QString &station);
};

QString SiteAuditTest::file(const QString &name) const { return m_data.filePath(name); }

qint64 SiteAuditTest::count(const QString &what, const QString &station)
{
    qint64 count = -1;
    {
        QSqlDatabase admin
            = m_server->connect(QStringLiteral("count"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        count = scalar(
            admin, QStringLiteral("SELECT %1 FROM vigie.audit_entries WHERE station = '%2'").arg(what, station));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

qint64 SiteAuditTest::rows(const QString &station) { return count(QStringLiteral("count(*)"), station); }

qint64 SiteAuditTest::distinctRows(const QString &station)
{
    return count(QStringLiteral("count(DISTINCT line)"), station);
}

void SiteAuditTest::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started (is the postgresql package installed?)");
    QVERIFY(m_server->provision(
        { QStringLiteral("QA1"), QStringLiteral("QA2"), QStringLiteral("QA3"), QStringLiteral("QA4") }));
}

void SiteAuditTest::cleanupTestCase() { m_server.reset(); }

void SiteAuditTest::aStationRoleCannotChangeTheAuditTableNorWriteAnotherStationsRows()
{
    const QString ownRow = QStringLiteral(
        "INSERT INTO vigie.audit_entries (station, sequence, line, chain_hash, prev_hash, supervisor, received_at) "
        "VALUES ('%1', %2, '{\"at\":\"2026-11-02T09:00:00Z\",\"supervisor\":\"x\",\"prev\":\"\"}', '', '', '', "
        "now())");
    {
        QSqlDatabase station = m_server->connect(
            QStringLiteral("qa1"), PostgresServer::roleFor(QStringLiteral("QA1")), QStringLiteral("vigie"));
        QSqlQuery query(station);
        QVERIFY2(query.exec(ownRow.arg(QStringLiteral("QA1")).arg(900)), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE vigie.audit_entries SET line = '{}'")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied for table audit_entries")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM vigie.audit_entries")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied for table audit_entries")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE vigie.audit_entries")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied for table audit_entries")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(ownRow.arg(QStringLiteral("QA2")).arg(900)));
        QVERIFY2(query.lastError().text().contains(QLatin1String("row-level security")),
            qPrintable(query.lastError().text()));
        // The hash is the registry's, from the line, whatever the station said.
        QCOMPARE(scalar(station,
                     QStringLiteral("SELECT count(*) FROM vigie.audit_entries WHERE station = 'QA1' AND sequence = 900 "
                                    "AND chain_hash = encode(sha256(convert_to(line, 'UTF8')), 'hex')")),
            qint64(1));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("qa1"));
    {
        // Not even the owner rewrites the evidence: the trigger refuses.
        QSqlDatabase owner
            = m_server->connect(QStringLiteral("owner"), QStringLiteral("vigie_owner"), QStringLiteral("vigie"));
        QSqlQuery query(owner);
        QVERIFY(!query.exec(QStringLiteral("UPDATE vigie.audit_entries SET supervisor = 'mallory'")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("vigie.audit_entries is append-only")),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM vigie.audit_entries")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE vigie.audit_entries")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
}

void SiteAuditTest::everyEntryReachesTheRegistryAsTheTrailHoldsIt()
{
    Station station(
        *m_server, QStringLiteral("QA2"), file(QStringLiteral("qa2.jsonl")), file(QStringLiteral("qa2.outbox")));
    station.append(1, 12);
    QVERIFY(QTest::qWaitFor([&] { return station.feed->stored() == 12; }, 10000));
    RegistryAuditCopy copy(m_server->settingsFor(QStringLiteral("QA2")));
    QCOMPARE(copy.readStation(QStringLiteral("QA2")), QString());
    const QMap<qint64, QByteArray> lines = copy.linesOf(QStringLiteral("QA2"));
    QCOMPARE(lines.size(), 12);
    for (qint64 sequence = 1; sequence <= 12; ++sequence) {
        QCOMPARE(lines.value(sequence), station.log.line(sequence).value());
        QCOMPARE(AuditChain::hashOf(lines.value(sequence)), station.log.hashAt(sequence));
    }
    const QVector<RegistryAuditCopy::Chain> chains = copy.chains();
    QCOMPARE(chains.size(), 1);
    QVERIFY2(chains.first().intact, qPrintable(chains.first().reason));
    {
        QSqlDatabase admin
            = m_server->connect(QStringLiteral("hashes"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        QCOMPARE(
            scalar(admin,
                QStringLiteral("SELECT count(*) FROM vigie.audit_entries WHERE station = 'QA2' AND chain_hash = '%1'")
                    .arg(QString::fromLatin1(station.log.hashAt(12)))),
            qint64(1));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hashes"));
}

void SiteAuditTest::entriesWrittenWhileTheRegistryIsDownAreStoredOnceWhenItIsBack()
{
    Station station(
        *m_server, QStringLiteral("QA3"), file(QStringLiteral("qa3.jsonl")), file(QStringLiteral("qa3.outbox")));
    station.append(1, 5);
    QVERIFY(QTest::qWaitFor([&] { return station.feed->stored() == 5; }, 10000));
    // The station learns of the crash from the lines it sends next, not from a read: they were
    // handed to the connection and are lost in flight.
    station.registry->setPollIntervalMs(60000);
    m_server->stop(QStringLiteral("immediate")); // a crash, as far as the station can tell
    station.append(6, 10);
    QVERIFY(QTest::qWaitFor([&] { return station.registry->isDown(); }, 5000));
    station.registry->setPollIntervalMs(200);
    for (int i = 11; i <= 40; i += 5) {
        station.append(i, i + 4); // while it is down, and as it comes back
    }
    QVERIFY(m_server->start());
    station.append(41, 45);
    QVERIFY(QTest::qWaitFor([&] { return station.feed->stored() == 45; }, 15000));
    const qint64 lost = 45 - distinctRows(QStringLiteral("QA3"));
    // Sent again (an answer lost on the way): stored once.
    QVector<AuditTrailLine> again;
    for (qint64 sequence = 1; sequence <= 45; ++sequence) {
        again.append({ sequence, station.log.line(sequence).value() });
    }
    QSignalSpy stored(station.registry.get(), &SiteRegistry::auditStored);
    station.registry->storeAudit(again);
    QVERIFY(stored.wait(5000));
    const qint64 doubled = rows(QStringLiteral("QA3")) - 45;
    std::printf("audit entries after the registry was killed and restarted: lost %lld, doubled %lld\n", lost, doubled);
    QCOMPARE(lost, qint64(0));
    QCOMPARE(doubled, qint64(0));
    RegistryAuditCopy copy(m_server->settingsFor(QStringLiteral("QA3")));
    QCOMPARE(copy.readStation(QStringLiteral("QA3")), QString());
    QCOMPARE(copy.linesOf(QStringLiteral("QA3")).size(), 45);
    const AuditComparison::Result comparison = AuditComparison::compareWithCopy(
        file(QStringLiteral("qa3.jsonl")), copy.linesOf(QStringLiteral("QA3")), QStringLiteral("the site registry"));
    QVERIFY2(!comparison.differs, qPrintable(comparison.differences.join(QLatin1Char('\n'))));
}

void SiteAuditTest::aRestartedStationSendsOnlyWhatTheRegistryLacks()
{
    const QString trail = file(QStringLiteral("qa4.jsonl"));
    {
        Station station(*m_server, QStringLiteral("QA4"), trail, file(QStringLiteral("qa4.outbox")));
        station.append(1, 3);
        QVERIFY(QTest::qWaitFor([&] { return station.feed->stored() == 3; }, 10000));
    }
    {
        // Entries written while no Vigie had the registry (a station that ran without it for a while).
        AuditLog log(trail);
        QString error;
        for (int i = 4; i <= 6; ++i) {
            QVERIFY(log.append(entryNumber(i), &error));
        }
    }
    Station station(*m_server, QStringLiteral("QA4"), trail, file(QStringLiteral("qa4.outbox")));
    QSignalSpy stored(station.feed.get(), &RegistryAuditFeed::storedUpTo);
    QSignalSpy problems(station.feed.get(), &RegistryAuditFeed::problem);
    QVERIFY(QTest::qWaitFor([&] { return station.feed->stored() == 6; }, 10000));
    QCOMPARE(stored.first().first().toLongLong(), qint64(3)); // where the registry stood: resumed from there
    QCOMPARE(rows(QStringLiteral("QA4")), qint64(6));
    QCOMPARE(problems.size(), 0); // the registry's entry 3 is this trail's: nothing to say
}

void SiteAuditTest::aTrailReplacedSinceItWasSentIsSaidWhenTheRegistryIsReached()
{
    // The registry holds QA2's entries 1 to 12 (everyEntryReachesTheRegistryAsTheTrailHoldsIt).
    const auto trailOf = [this](const QString &name, int entries) {
        AuditLog log(file(name));
        QString error;
        for (int i = 1; i <= entries; ++i) {
            if (!log.append(entryNumber(100 + i), &error)) {
                qWarning("the trail refused an entry: %s", qPrintable(error));
            }
        }
        return file(name);
    };
    {
        Station cut(*m_server, QStringLiteral("QA2"), trailOf(QStringLiteral("qa2-cut.jsonl"), 3),
            file(QStringLiteral("qa2-cut.outbox")));
        QSignalSpy problems(cut.feed.get(), &RegistryAuditFeed::problem);
        QVERIFY(problems.wait(10000));
        QCOMPARE(problems.first().first().toString(),
            QStringLiteral("the site registry holds this station's audit entries up to 12, but this trail ends at "
                           "entry 3: it was cut or replaced"));
    }
    Station rewritten(*m_server, QStringLiteral("QA2"), trailOf(QStringLiteral("qa2-rewritten.jsonl"), 14),
        file(QStringLiteral("qa2-rewritten.outbox")));
    QSignalSpy problems(rewritten.feed.get(), &RegistryAuditFeed::problem);
    QVERIFY(problems.wait(10000));
    QCOMPARE(problems.first().first().toString(),
        QStringLiteral("the site registry's audit entry 12 of this station differs from this trail's: the trail was "
                       "rewritten or replaced since it was sent"));
}

void SiteAuditTest::theComparisonNamesAnAlteredAMissingAndAnExtraEntry()
{
    const QString trail = file(QStringLiteral("compare.jsonl"));
    {
        AuditLog log(trail);
        QString error;
        for (int i = 1; i <= 6; ++i) {
            QVERIFY(log.append(entryNumber(i), &error));
        }
    }
    AuditLog log(trail);
    QMap<qint64, QByteArray> copy;
    for (qint64 sequence = 1; sequence <= 6; ++sequence) {
        copy.insert(sequence, log.line(sequence).value());
    }
    QVERIFY(!AuditComparison::compareWithCopy(trail, copy, QStringLiteral("the site registry")).differs);

    QMap<qint64, QByteArray> altered = copy;
    altered[3].replace(QStringLiteral("Lefèvre 3").toUtf8(), QStringLiteral("Lefèvre 9").toUtf8());
    AuditComparison::Result result
        = AuditComparison::compareWithCopy(trail, altered, QStringLiteral("the site registry"));
    QVERIFY(result.differs);
    QVERIFY2(result.differences.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Entry 3 was edited here: agent is \"Zoé Lefèvre 3\" here, \"Zoé "
                                          "Lefèvre 9\" at the site registry")),
        qPrintable(result.differences.join(QLatin1Char('\n'))));

    QMap<qint64, QByteArray> missing = copy;
    missing.remove(4);
    result = AuditComparison::compareWithCopy(trail, missing, QStringLiteral("the site registry"));
    QVERIFY(result.differs);
    QVERIFY2(result.differences.join(QLatin1Char('\n'))
                 .contains(QLatin1String("Entry 4 here never reached the site registry, which holds the entries "
                                         "around it")),
        qPrintable(result.differences.join(QLatin1Char('\n'))));

    QMap<qint64, QByteArray> extra = copy;
    extra.insert(7, AuditChain::lineFor(entryNumber(7), log.hashAt(6)));
    result = AuditComparison::compareWithCopy(trail, extra, QStringLiteral("the site registry"));
    QVERIFY(result.differs);
    QVERIFY2(result.differences.join(QLatin1Char('\n'))
                 .contains(QLatin1String("Entry 7 reached the site registry but this trail ends at entry 6")),
        qPrintable(result.differences.join(QLatin1Char('\n'))));

    // Not there yet is no difference: the station sends it when the registry can be reached.
    QMap<qint64, QByteArray> behind = copy;
    behind.remove(6);
    result = AuditComparison::compareWithCopy(trail, behind, QStringLiteral("the site registry"));
    QVERIFY(!result.differs);
    QVERIFY(result.notes.join(QLatin1Char('\n')).contains(QLatin1String("not at the site registry yet")));
}

QTEST_GUILESS_MAIN(SiteAuditTest)
#include "tst_siteaudit.moc"
