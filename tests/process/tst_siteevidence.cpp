// SPDX-License-Identifier: Apache-2.0
// The site registry's audit evidence from the command line, as an administrator runs it against
// a real PostgreSQL 15 server (support/PostgresServer.h): migrating a version-1 registry, verifying
// a station's trail against the registry's copy, and the whole site's monthly report.
#include "audit/AuditLog.h"
#include "recording/RecordingLedger.h"
#include "registry/RegistrySchema.h"
#include "support/PostgresServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class SiteEvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aRegistryAtVersionOneIsMigratedAndKeepsItsEvents();
    void verifyAgainstTheRegistryMatchesAnUntouchedCopy();
    void verifyAgainstTheRegistryNamesAnAlteredRow();
    void verifyAgainstTheRegistryNamesAMissingRow();
    void theSiteReportCoversEveryStationAndSaysWhichChainBroke();
    void theSiteReportIsWrittenAsPdfToo();

private:
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The administrator's [Registry] for this station (or the owner role, to migrate).
    QString configFor(const QString &station, const QString &user = {}) const
    {
        const QString file = path(station + QStringLiteral(".ini"));
        QSettings configuration(file, QSettings::IniFormat);
        configuration.beginGroup(QStringLiteral("Registry"));
        configuration.setValue(QStringLiteral("Host"), m_server->socketFolder());
        configuration.setValue(QStringLiteral("Port"), PostgresServer::kPort);
        configuration.setValue(QStringLiteral("User"), user.isEmpty() ? PostgresServer::roleFor(station) : user);
        configuration.setValue(QStringLiteral("Station"), station);
        configuration.setValue(QStringLiteral("Database"), QStringLiteral("vigie"));
        configuration.endGroup();
        configuration.sync();
        return file;
    }

    int run(const QStringList &arguments, QByteArray *output) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VIGIE_BINARY),
            arguments + QStringList { QStringLiteral("--language"), QStringLiteral("en") });
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    }

    // A station's trail of `count` starts, its ledger, and the registry's copy of the trail as a
    // station role stores it.
    void writeStationTrail(const QString &station, int count)
    {
        const QString trail = path(station + QStringLiteral(".jsonl"));
        AuditLog log(trail);
        QString error;
        for (int i = 1; i <= count; ++i) {
            AuditEntry entry;
            entry.atUtc = QDateTime(QDate(2026, 11, 2), QTime(9, i), Qt::UTC);
            entry.supervisor = QStringLiteral("supervisor-%1").arg(station.toLower());
            entry.agentName = QStringLiteral("Agent %1").arg(i);
            entry.userId = QStringLiteral("%1-%2").arg(station).arg(i);
            entry.contactId = 7300000000 + 100 * station.right(1).toInt() + i; // one CXone, one number each
            entry.durationSeconds = 600;
            QVERIFY(log.append(entry, &error));
        }
        RecordingLedger::Contents contents;
        contents.auditHead = log.head();
        QVERIFY(RecordingLedger(path(station + QStringLiteral(".ledger"))).save(contents, &error));
        {
            QSqlDatabase db = m_server->connect(station, PostgresServer::roleFor(station), QStringLiteral("vigie"));
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO vigie.audit_entries (station, sequence, line, chain_hash, "
                                          "prev_hash, supervisor, received_at) VALUES (?, ?, ?, '', '', '', now())"));
            for (qint64 sequence = 1; sequence <= count; ++sequence) {
                insert.addBindValue(station);
                insert.addBindValue(sequence);
                insert.addBindValue(QString::fromUtf8(log.line(sequence).value()));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(station);
    }

    // Behind the registry's back, as only a superuser can: its triggers set aside.
    void tamper(const QString &statement)
    {
        {
            QSqlDatabase admin
                = m_server->connect(QStringLiteral("tamper"), QStringLiteral("postgres"), QStringLiteral("vigie"));
            QVERIFY(PostgresServer::execAll(admin,
                { QStringLiteral("SET session_replication_role = replica"), statement,
                    QStringLiteral("SET session_replication_role = origin") }));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

    QStringList verifyArguments(const QString &station) const
    {
        return { QStringLiteral("--verify-audit"), QStringLiteral("--against"), QStringLiteral("registry"),
            QStringLiteral("--audit-log"), path(station + QStringLiteral(".jsonl")), QStringLiteral("--ledger"),
            path(station + QStringLiteral(".ledger")), QStringLiteral("--config"), configFor(station) };
    }
};

void SiteEvidenceTest::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started (is the postgresql package installed?)");
    // The registry as the first Vigie with a registry left it: schema version 1, with events.
    {
        QSqlDatabase admin = m_server->connect(QStringLiteral("admin"));
        QStringList statements { QStringLiteral("CREATE ROLE vigie_owner LOGIN"),
            QStringLiteral("CREATE ROLE vigie_station NOLOGIN"),
            QStringLiteral("CREATE DATABASE vigie OWNER vigie_owner") };
        for (const char *station : { "QA1", "QA2", "QA3", "QA4", "QA5" }) {
            statements.append(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE vigie_station")
                                  .arg(PostgresServer::roleFor(QLatin1String(station))));
        }
        QVERIFY(PostgresServer::execAll(admin, statements));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    {
        QSqlDatabase owner
            = m_server->connect(QStringLiteral("owner"), QStringLiteral("vigie_owner"), QStringLiteral("vigie"));
        QString error;
        QCOMPARE(RegistrySchema::migrate(owner, &error, 1), std::optional<int>(1));
        QStringList statements;
        for (const char *station : { "QA1", "QA2", "QA3", "QA4", "QA5" }) {
            statements.append(QStringLiteral("INSERT INTO vigie.stations VALUES ('%1', '%2')")
                                  .arg(QLatin1String(station), PostgresServer::roleFor(QLatin1String(station))));
        }
        statements.append(
            QStringLiteral("INSERT INTO vigie.events (event_id, station, kind, agent_user_id, supervisor, recorded_at) "
                           "VALUES (gen_random_uuid(), 'QA1', 'release', 'before-2', 'claire', now())"));
        QVERIFY(PostgresServer::execAll(owner, statements));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
}

void SiteEvidenceTest::cleanupTestCase() { m_server.reset(); }

void SiteEvidenceTest::aRegistryAtVersionOneIsMigratedAndKeepsItsEvents()
{
    QByteArray output;
    // A station of this Vigie refuses the older schema until its administrator migrates it.
    QCOMPARE(run(verifyArguments(QStringLiteral("QA1")), &output), 1);
    QVERIFY2(output.contains("older than this Vigie needs"), output.constData());

    const QStringList migrate { QStringLiteral("--registry-migrate"), QStringLiteral("--config"),
        configFor(QStringLiteral("owner"), QStringLiteral("vigie_owner")) };
    QCOMPARE(run(migrate, &output), 0);
    QVERIFY2(output.contains("the site registry's schema is at version 2"), output.constData());
    QCOMPARE(run(migrate, &output), 0); // again: nothing to do
    QVERIFY2(output.contains("at version 2"), output.constData());
    {
        QSqlDatabase admin
            = m_server->connect(QStringLiteral("count"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        QSqlQuery query(admin);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM vigie.events WHERE agent_user_id = 'before-2'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT max(version) FROM vigie.schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

void SiteEvidenceTest::verifyAgainstTheRegistryMatchesAnUntouchedCopy()
{
    writeStationTrail(QStringLiteral("QA1"), 6);
    QByteArray output;
    QCOMPARE(run(verifyArguments(QStringLiteral("QA1")), &output), 0);
    QVERIFY2(output.contains("The site registry (station QA1): 6 entries numbered 1 to 6."), output.constData());
    QVERIFY2(output.contains("The trail matches the site registry's copy."), output.constData());
}

void SiteEvidenceTest::verifyAgainstTheRegistryNamesAnAlteredRow()
{
    writeStationTrail(QStringLiteral("QA2"), 6);
    tamper(QStringLiteral("UPDATE vigie.audit_entries SET line = replace(line, 'Agent 3', 'Agent 9') "
                          "WHERE station = 'QA2' AND sequence = 3"));
    QByteArray output;
    QCOMPARE(run(verifyArguments(QStringLiteral("QA2")), &output), 1);
    QVERIFY2(output.contains("Entry 3 was edited here: agent is \"Agent 3\" here, \"Agent 9\" at the site registry"),
        output.constData());
    QVERIFY2(output.contains("The trail DIFFERS from the site registry's copy."), output.constData());
}

void SiteEvidenceTest::verifyAgainstTheRegistryNamesAMissingRow()
{
    writeStationTrail(QStringLiteral("QA3"), 6);
    tamper(QStringLiteral("DELETE FROM vigie.audit_entries WHERE station = 'QA3' AND sequence = 4"));
    QByteArray output;
    QCOMPARE(run(verifyArguments(QStringLiteral("QA3")), &output), 1);
    QVERIFY2(output.contains("Entry 4 here never reached the site registry (station QA3), which holds the entries "
                             "around it"),
        output.constData());
    QVERIFY2(output.contains("The trail DIFFERS from the site registry's copy."), output.constData());
}

void SiteEvidenceTest::theSiteReportCoversEveryStationAndSaysWhichChainBroke()
{
    writeStationTrail(QStringLiteral("QA4"), 3);
    writeStationTrail(QStringLiteral("QA5"), 2);
    QByteArray output;
    const QString csv = path(QStringLiteral("site.csv"));
    // Every station's copy, whichever station asks: QA2's altered row and QA3's missing one break their chains.
    const QStringList report { QStringLiteral("--audit-report"), QStringLiteral("--registry"), QStringLiteral("--from"),
        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--output"), csv, QStringLiteral("--config"),
        configFor(QStringLiteral("QA4")) };
    QCOMPARE(run(report, &output), 1);
    QVERIFY2(
        output.contains("did NOT verify: station QA2: entry 4 does not name the hash of entry 3"), output.constData());
    QVERIFY2(output.contains("station QA3: entry 4 is missing"), output.constData());
    // Written all the same, saying so: 6 + 6 + 5 + 3 + 2 starts of five stations.
    QVERIFY2(output.contains(QByteArray("written to " + csv.toUtf8() + ": 22 recordings at 5 station(s) of the site.")),
        output.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char *station : { "QA1", "QA2", "QA3", "QA4", "QA5" }) {
        QVERIFY2(text.contains(QLatin1String(station)), qPrintable(text));
    }
    for (const char *supervisor : { "supervisor-qa1", "supervisor-qa4", "supervisor-qa5" }) {
        QVERIFY2(text.contains(QLatin1String(supervisor)), qPrintable(text));
    }
    // Each station's own count, from its own trail: QA3's missing entry is one start fewer.
    const QList<std::pair<QString, int>> perStation { { QStringLiteral("QA1"), 6 }, { QStringLiteral("QA2"), 6 },
        { QStringLiteral("QA3"), 5 }, { QStringLiteral("QA4"), 3 }, { QStringLiteral("QA5"), 2 } };
    for (const auto &[station, recordings] : perStation) {
        const QRegularExpression row(
            QStringLiteral("\r\nRecordings per station[,;]%1[,;][,;]%2\r\n").arg(station).arg(recordings));
        QVERIFY2(text.contains(row), qPrintable(station + QStringLiteral(" not counted in:\n") + text));
    }
}

void SiteEvidenceTest::theSiteReportIsWrittenAsPdfToo()
{
    QByteArray output;
    const QString pdf = path(QStringLiteral("site.pdf"));
    QCOMPARE(run({ QStringLiteral("--audit-report"), QStringLiteral("--registry"), QStringLiteral("--from"),
                     QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf,
                     QStringLiteral("--config"), configFor(QStringLiteral("QA5")) },
                 &output),
        1);
    QVERIFY2(output.contains("The site registry's copy of the audit trails did NOT verify"), output.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QProcess pdftotext; // poppler-utils, a test package
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Recordings per station Station Recordings QA1 6 QA2 6 QA3 5 QA4 3 QA5 2")),
        qPrintable(text));
}

QTEST_GUILESS_MAIN(SiteEvidenceTest)
#include "tst_siteevidence.moc"
