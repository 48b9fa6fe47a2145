// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"
#include "recording/RecordingLedger.h"
#include "station/PinHash.h"
#include "station/SingleInstance.h"
#include "support/AuditScenario.h"
#include "support/RsyslogCollector.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The audit trail's command-line tools and its one-writer rule, run as an administrator would.
class TestAuditCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyAuditChecksTheTailAgainstTheLedger();
    void verifyAuditSaysAnUnfinishedLineIsNotTampering();
    void aRunningVigieSendsItsEntriesToTheCollector();
    void auditReportWritesTheMonthAsCsvOrPdf();
    void auditReportOptionsAreCheckedInWords_data();
    void auditReportOptionsAreCheckedInWords();
    void aKioskStationWritesReportsOnlyIntoItsExportFolder();
    void aSecondWriterOfTheSameTrailIsRefusedWhateverItsLedger();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const;
    QProcessEnvironment environment() const;
    int run(const QStringList &arguments, QByteArray *output) const;
    void writeTrailAndLedger(int count);
    QStringList verifyArguments() const;
    void cutLastLines(int count, const QString &trail = {}) const;
};

QString TestAuditCommands::path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

QProcessEnvironment TestAuditCommands::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // the scenario's days are UTC days
    return environment;
}

int TestAuditCommands::run(const QStringList &arguments, QByteArray *output) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(VIGIE_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

// A trail of `count` entries and a ledger that saw all of them, as a running Vigie leaves them.
void TestAuditCommands::writeTrailAndLedger(int count)
{
    QFile::remove(path("audit.jsonl"));
    AuditLog log(path("audit.jsonl"));
    QString error;
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.atUtc = QDateTime(QDate(2026, 11, 2), QTime(9, i), Qt::UTC);
        entry.agentName = QStringLiteral("Agent %1").arg(i);
        QVERIFY(log.append(entry, &error));
    }
    RecordingLedger::Contents contents;
    contents.auditHead = log.head();
    QVERIFY(RecordingLedger(path("recordings.json")).save(contents, &error));
}

QStringList TestAuditCommands::verifyArguments() const
{
    return { QStringLiteral("--verify-audit"), QStringLiteral("--audit-log"), path("audit.jsonl"),
        QStringLiteral("--ledger"), path("recordings.json") };
}

void TestAuditCommands::cutLastLines(int count, const QString &trail) const
{
    QFile file(trail.isEmpty() ? path("audit.jsonl") : trail);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArrayList lines = file.readAll().split('\n');
    lines.removeLast();
    lines.resize(lines.size() - count);
    QVERIFY(file.resize(0));
    file.write(lines.join('\n') + '\n');
}

void TestAuditCommands::verifyAuditChecksTheTailAgainstTheLedger()
{
    writeTrailAndLedger(4);
    QByteArray output;
    QCOMPARE(run(verifyArguments(), &output), 0);
    QVERIFY2(output.contains("intact, 4 entries"), output.constData());
    QVERIFY2(output.contains("saw entry 4; the trail holds it, unchanged"), output.constData());

    cutLastLines(2);
    QCOMPARE(run(verifyArguments(), &output), 1);
    QVERIFY2(output.contains("BROKEN at line 3: the trail ends at entry 2, but the recording ledger saw it reach "
                             "entry 4"),
        output.constData());
    QVERIFY(output.contains("the entries after entry 2 were removed (2 of them)"));
}

void TestAuditCommands::verifyAuditSaysAnUnfinishedLineIsNotTampering()
{
    writeTrailAndLedger(3);
    QFile file(path("audit.jsonl"));
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"action\":\"st");
    file.close();
    QByteArray output;
    QCOMPARE(run(verifyArguments(), &output), 0);
    QVERIFY2(output.contains("intact, 3 entries"), output.constData());
    QVERIFY(output.contains("the last line (13 bytes) is unfinished: a write was interrupted"));
}

void TestAuditCommands::aRunningVigieSendsItsEntriesToTheCollector()
{
    RsyslogCollector collector;
    const QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QFile::remove(path("audit.jsonl"));
    QFile::remove(path("audit.jsonl.sent"));
    QFile config(path("forwarding.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        "[Audit]\nSyslogServer=tcp://127.0.0.1:" + QByteArray::number(collector.tcpPort()) + "\nCheckpointEvery=2\n");
    config.close();
    const QStringList arguments { QStringLiteral("--demo"), QStringLiteral("--self-test"), QStringLiteral("--config"),
        config.fileName(), QStringLiteral("--ledger"), path("forwarding.json"), QStringLiteral("--audit-log"),
        path("audit.jsonl") };
    QByteArray output;
    QCOMPARE(run(arguments, &output), 0);
    // The self-test starts and stops one recording: three entries (asked, started, stopped), and
    // the checkpoint after the second.
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), (QList<qint64> { 1, 2, 3 }), 10000);
    const QVector<SyslogFormat::Received> entries = collector.received(SyslogFormat::Received::Kind::Entry);
    QCOMPARE(entries.at(0).parameters.value(QStringLiteral("result")), QStringLiteral("requested"));
    QCOMPARE(entries.at(1).parameters.value(QStringLiteral("action")), QStringLiteral("start"));
    QCOMPARE(entries.at(2).parameters.value(QStringLiteral("result")), QStringLiteral("stopped"));
    QVERIFY(!entries.at(1).parameters.value(QStringLiteral("contactId")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(collector.received(SyslogFormat::Received::Kind::Checkpoint).size(), 1, 5000);

    // The next run opens with a start-up checkpoint for the trail as it found it, and sends nothing twice.
    QCOMPARE(run(arguments, &output), 0);
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), (QList<qint64> { 1, 2, 3, 4, 5, 6 }), 10000);
    const QVector<SyslogFormat::Received> checkpoints = collector.received(SyslogFormat::Received::Kind::Checkpoint);
    QCOMPARE(checkpoints.size(), 4);
    QCOMPARE(checkpoints.at(1).parameters.value(QStringLiteral("reason")), QStringLiteral("start-up"));
    QCOMPARE(checkpoints.at(1).parameters.value(QStringLiteral("count")), QStringLiteral("3"));
    QCOMPARE(checkpoints.at(2).parameters.value(QStringLiteral("count")), QStringLiteral("4"));
    QCOMPARE(checkpoints.at(3).parameters.value(QStringLiteral("count")), QStringLiteral("6"));

    // Whoever holds the station edits the last line: the chain cannot tell, the collector's copy can.
    collector.stop();
    QFile trail(path("audit.jsonl"));
    QVERIFY(trail.open(QIODevice::ReadWrite));
    QByteArray content = trail.readAll();
    const qsizetype lastLine = content.lastIndexOf('\n', content.size() - 2) + 1;
    content.replace(content.indexOf("\"stopped\"", lastLine), 9, "\"already-ended\"");
    QVERIFY(trail.resize(0));
    trail.write(content);
    trail.close();
    const QStringList verify { QStringLiteral("--verify-audit"), QStringLiteral("--audit-log"), path("audit.jsonl"),
        QStringLiteral("--ledger"), path("no-ledger.json") };
    QCOMPARE(run(verify, &output), 0);
    QCOMPARE(run(verify + QStringList { QStringLiteral("--against"), collector.receivedPath() }, &output), 1);
    QVERIFY2(output.contains("- Entry 6 was edited here: result is \"already-ended\" here, \"stopped\" at the "
                             "collector."),
        output.constData());
    QVERIFY(output.contains("The checkpoint of "));
    QVERIFY(output.contains("The trail DIFFERS from the collector's copy."));
}

void TestAuditCommands::auditReportWritesTheMonthAsCsvOrPdf()
{
    QFile::remove(path("month.jsonl"));
    AuditScenario::write(path("month.jsonl"), AuditScenario::november2026());
    RecordingLedger::Contents contents;
    contents.auditHead = AuditLog(path("month.jsonl")).head();
    QString error;
    QVERIFY(RecordingLedger(path("month-ledger.json")).save(contents, &error));
    const QStringList common { QStringLiteral("--audit-report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--audit-log"), path("month.jsonl"),
        QStringLiteral("--ledger"), path("month-ledger.json"), QStringLiteral("--recorded-more-than"),
        QStringLiteral("4") };
    QByteArray output;
    QCOMPARE(run(common
                     + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                         path("month.csv"), QStringLiteral("--language"), QStringLiteral("en") },
                 &output),
        0);
    QVERIFY2(output.contains("Report for 2026-11-01 to 2026-11-30 written to"), output.constData());
    QFile csv(path("month.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(csv.readAll());
    for (const char *row : { "Recordings,Total,,11", "Audit trail,Verified,,yes", "Recorded time (hours),Total,,3.47",
             "Recordings per team,Billing,,7", "Agents recorded often,Léa Martin,,5",
             "Recorded hours per team and week,Claims,2026-W45,0.75" }) {
        QVERIFY2(content.contains(QString::fromUtf8(row)), row);
    }

    QCOMPARE(run(common
                     + QStringList { QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                         path("month.pdf"), QStringLiteral("--language"), QStringLiteral("fr"),
                         QStringLiteral("--pseudonymise") },
                 &output),
        0);
    QFile pdf(path("month.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // A trail whose end was cut after the ledger saw it: the report is written, says so, and the exit says so.
    cutLastLines(2, path("month.jsonl"));
    QCOMPARE(run(common
                     + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                         path("cut.csv") },
                 &output),
        1);
    QVERIFY2(output.contains("did NOT verify: the trail ends at entry"), output.constData());
    QVERIFY(QFile::exists(path("cut.csv")));
}

void TestAuditCommands::auditReportOptionsAreCheckedInWords_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString report = QStringLiteral("--audit-report");
    QTest::newRow("no dates") << QStringList { report, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--output"), QStringLiteral("x.csv") }
                              << QStringLiteral("needs --from and --to");
    QTest::newRow("backwards") << QStringList { report, QStringLiteral("--from"), QStringLiteral("2026-11-30"),
        QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--output"), QStringLiteral("x.csv") }
                               << QStringLiteral("--from 2026-11-30 is after --to");
    QTest::newRow("format") << QStringList { report, QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("docx"),
        QStringLiteral("--output"), QStringLiteral("x.docx") }
                            << QStringLiteral("--format pdf or --format csv");
    QTest::newRow("no output") << QStringList { report, QStringLiteral("--from"), QStringLiteral("2026-11-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("pdf") }
                               << QStringLiteral("needs --output FILE");
    QTest::newRow("without --audit-report") << QStringList { QStringLiteral("--pseudonymise") }
                                            << QStringLiteral("--pseudonymise goes with --audit-report");
    QTest::newRow("against alone") << QStringList { QStringLiteral("--against"), QStringLiteral("c.log") }
                                   << QStringLiteral("add --verify-audit");
}

void TestAuditCommands::auditReportOptionsAreCheckedInWords()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QByteArray output;
    QCOMPARE(run(arguments, &output), 2);
    QVERIFY2(QString::fromUtf8(output).contains(message), output.constData());
}

void TestAuditCommands::aKioskStationWritesReportsOnlyIntoItsExportFolder()
{
    QFile::remove(path("kiosk.jsonl"));
    AuditScenario::write(path("kiosk.jsonl"), AuditScenario::november2026());
    QDir(m_dir.path()).mkpath(QStringLiteral("exports"));
    QFile config(path("kiosk.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[Kiosk]\nKiosk=true\nPinHash=" + PinHash::hash(QStringLiteral("1357")).toUtf8()
        + "\nExportFolder=" + path("exports").toUtf8() + "\n");
    config.close();
    const QStringList common { QStringLiteral("--config"), config.fileName(), QStringLiteral("--audit-report"),
        QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--audit-log"), path("kiosk.jsonl"),
        QStringLiteral("--ledger"), path("kiosk-ledger.json"), QStringLiteral("--output") };
    QByteArray output;
    QCOMPARE(run(common + QStringList { path("elsewhere.csv") }, &output), 2);
    QVERIFY2(output.contains("goes to the export folder"), output.constData());
    QVERIFY(!QFile::exists(path("elsewhere.csv")));
    QCOMPARE(run(common + QStringList { QStringLiteral("november.csv") }, &output), 0);
    QVERIFY2(QFile::exists(path("exports/november.csv")), output.constData());
    QCOMPARE(run(common + QStringList { path("exports/named.csv") }, &output), 0);
    QVERIFY(QFile::exists(path("exports/named.csv")));
}

void TestAuditCommands::aSecondWriterOfTheSameTrailIsRefusedWhateverItsLedger()
{
    QFile::remove(path("audit.jsonl"));
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QStringLiteral(VIGIE_BINARY),
        { QStringLiteral("--demo"), QStringLiteral("--ledger"), path("first.json"), QStringLiteral("--audit-log"),
            path("audit.jsonl") });
    QVERIFY(first.waitForStarted());
    // The first Vigie's socket, in the runtime folder the processes share.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
    const QString serverName = SingleInstance(path("first.json")).socketPath();
    QVERIFY(!serverName.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QLocalSocket probe;
            probe.connectToServer(serverName);
            return probe.waitForConnected(100);
        }(),
        15000);

    QByteArray output;
    QCOMPARE(run({ QStringLiteral("--demo"), QStringLiteral("--self-test"), QStringLiteral("--ledger"),
                     path("second.json"), QStringLiteral("--audit-log"), path("audit.jsonl") },
                 &output),
        1);
    QVERIFY2(output.contains("is writing to the audit trail"), output.constData());
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestAuditCommands)
#include "tst_auditcommands.moc"
