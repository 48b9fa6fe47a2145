// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"
#include "station/PinHash.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The installed binary's command-line tools, run as an administrator would run them.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QProcessEnvironment headless()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    static int run(const QStringList &arguments, QByteArray *output, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(headless());
        process.start(QStringLiteral(VIGIE_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(15000)) {
            return -1;
        }
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    }

private Q_SLOTS:
    void verifyAuditSaysWhereTheChainBreaks()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path);
        QString error;
        for (int i = 0; i < 4; ++i) {
            AuditEntry entry;
            entry.atUtc = QDateTime::currentDateTimeUtc();
            entry.action = vigie::AuditAction::Start;
            entry.result = vigie::AuditResult::Started;
            entry.agentName = QStringLiteral("Agent %1").arg(i);
            QVERIFY(log.append(entry, &error));
        }
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--verify-audit"), QStringLiteral("--audit-log"), path }, &output), 0);
        QVERIFY2(output.contains("intact, 4 entries"), output.constData());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray content = file.readAll();
        content.replace("Agent 1", "Agent 9");
        file.seek(0);
        file.write(content);
        file.close();
        QCOMPARE(run({ QStringLiteral("--verify-audit"), QStringLiteral("--audit-log"), path }, &output), 1);
        QVERIFY2(output.contains("BROKEN at line 3"), output.constData());
    }

    // The administrator's file is /etc/xdg/Vigie/Vigie.conf, not whatever XDG_CONFIG_DIRS points at:
    // otherwise whoever launches Vigie chooses the settings that are meant to bind them.
    void theSystemConfigurationCannotBeRedirected()
    {
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
        QDir().mkpath(elsewhere + QStringLiteral("/Vigie"));
        {
            QSettings settings(elsewhere + QStringLiteral("/Vigie/Vigie.conf"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("Audit/RetentionDays"), QStringLiteral("never"));
        }
        const QString path = m_dir.filePath(QStringLiteral("redirect-audit.jsonl"));
        AuditLog log(path);
        QString error;
        AuditEntry entry;
        entry.atUtc = QDateTime::currentDateTimeUtc();
        entry.action = vigie::AuditAction::Start;
        entry.result = vigie::AuditResult::Started;
        QVERIFY(log.append(entry, &error));
        QProcess process;
        QProcessEnvironment environment = headless();
        environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), elsewhere);
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(VIGIE_BINARY), { QStringLiteral("--verify-audit"), QStringLiteral("--audit-log"), path });
        QVERIFY(process.waitForFinished(15000));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(!output.contains("RetentionDays"), output.constData());
        QCOMPARE(process.exitCode(), 0);
    }

    static QString hashIn(const QByteArray &output)
    {
        for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("$argon2id$"))) {
                return line.trimmed();
            }
        }
        return {};
    }

    void hashPinPrintsAVerifiableHash_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("six digits") << QByteArray("482915\n");
        QTest::newRow("Windows line end") << QByteArray("482915\r\n");
        QTest::newRow("no line end") << QByteArray("482915");
    }

    void hashPinPrintsAVerifiableHash()
    {
        QFETCH(QByteArray, input);
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--hash-pin") }, &output, input), 0);
        const QString hash = hashIn(output);
        QVERIFY2(PinHash::isWellFormed(hash), output.constData());
        QVERIFY(!PinHash::needsRehash(hash));
        QVERIFY(PinHash::costOf(hash)->memoryKiB >= PinHash::kMinimumMemoryKiB);
        QVERIFY(PinHash::verify(QStringLiteral("482915"), hash));
        QVERIFY(!hash.contains(QLatin1String("482915")));
    }

    void hashPinRefusesGuessablePins_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("four digits") << QByteArray("1234\n") << QStringLiteral("6 to 64 digits");
        QTest::newRow("five digits") << QByteArray("12345\n") << QStringLiteral("6 to 64 digits");
        QTest::newRow("letters") << QByteArray("abcdef\n") << QStringLiteral("digits only");
        QTest::newRow("inner space") << QByteArray("123 456\n") << QStringLiteral("digits only");
        QTest::newRow("65 digits") << QByteArray(65, '7') + '\n' << QStringLiteral("6 to 64 digits");
        QTest::newRow("nothing") << QByteArray() << QStringLiteral("standard input");
    }

    void hashPinRefusesGuessablePins()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--hash-pin") }, &output, input), 2);
        QVERIFY2(output.contains(reason.toUtf8()), output.constData());
        QVERIFY(hashIn(output).isEmpty());
    }

    // On a terminal the PIN is typed twice and never shown, so it stays out of the shell
    // history and off the screen.
    void hashPinOnATerminalAsksTwiceWithoutEcho_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("same PIN twice") << QStringLiteral("482915") << 0;
        QTest::newRow("a different second PIN") << QStringLiteral("482916") << 2;
    }

    void hashPinOnATerminalAsksTwiceWithoutEcho()
    {
        QFETCH(QString, second);
        QFETCH(int, exitCode);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            QSKIP("python3 is needed to drive a pseudo-terminal");
        }
        QProcess process;
        process.setProcessEnvironment(headless());
        process.start(python,
            { QStringLiteral(TYPE_ON_TERMINAL), QStringLiteral("PIN: "), QStringLiteral("482915"),
                QStringLiteral("again: "), second, QStringLiteral("--"), QStringLiteral(VIGIE_BINARY),
                QStringLiteral("--hash-pin") });
        QVERIFY(process.waitForFinished(30000));
        const QByteArray terminal = process.readAllStandardOutput();
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitCode() == exitCode, QByteArray(terminal + errors).constData());
        QVERIFY(terminal.contains("Kiosk administrator PIN: "));
        QVERIFY(terminal.contains("The same PIN again: "));
        QVERIFY2(!terminal.contains("48291"), terminal.constData()); // echo was off
        if (exitCode == 0) {
            QVERIFY(PinHash::verify(QStringLiteral("482915"), hashIn(terminal)));
        } else {
            QVERIFY(terminal.contains("differ"));
            QVERIFY(hashIn(terminal).isEmpty());
        }
    }

    // A kiosk that could not hold does not start, and says why in the station's language: an
    // export without a folder would open a file dialog that browses the whole account.
    void kioskWithoutAnExportFolderRefusesToStart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("English") << QStringLiteral("en") << QByteArray("the folder where CSV exports go");
        QTest::newRow("French") << QStringLiteral("fr") << QByteArray("dossier des exports CSV");
    }

    void kioskWithoutAnExportFolderRefusesToStart()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, reason);
        const QString path = m_dir.filePath(QStringLiteral("kiosk-without-exports.conf"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
            settings.setValue(QStringLiteral("Kiosk/Kiosk"), true);
            settings.setValue(QStringLiteral("Kiosk/PinHash"), PinHash::hash(QStringLiteral("482915")));
        }
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--config"), path, QStringLiteral("--language"), language }, &output), 2);
        QVERIFY2(output.contains(reason) && output.contains("Kiosk/ExportFolder"), output.constData());
    }

    void invalidOptionsAreRefusedWithAReason()
    {
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--auth-url"), QStringLiteral("http://cxone.example.com") }, &output), 2);
        QVERIFY(output.contains("https://"));
        QCOMPARE(run({ QStringLiteral("--language"), QStringLiteral("de") }, &output), 2);
        QVERIFY(output.contains("fr or en"));
        QCOMPARE(run({ QStringLiteral("--recording-api"), QStringLiteral("v2") }, &output), 2);
        QVERIFY(output.contains("documented or v1"));
    }

    // Either spelling of the recording endpoints records and stops through the real binary.
    void selfTestPassesWithEitherRecordingApi_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("documented") << QStringLiteral("documented");
        QTest::newRow("v1") << QStringLiteral("v1");
    }

    void selfTestPassesWithEitherRecordingApi()
    {
        QFETCH(QString, api);
        QByteArray output;
        const int status
            = run({ QStringLiteral("--demo"), QStringLiteral("--self-test"), QStringLiteral("--recording-api"), api,
                      QStringLiteral("--ledger"), m_dir.filePath(api + QStringLiteral("-ledger.json")),
                      QStringLiteral("--audit-log"), m_dir.filePath(api + QStringLiteral("-audit.jsonl")) },
                &output);
        QVERIFY2(status == 0, output.constData());
        QVERIFY(output.contains("self-test: passed"));
        QVERIFY(output.contains("audit trail holds start and stop   ok"));
    }

    // A trail that cannot be written stops every start, so the self-test fails: /dev/null takes
    // the lines but not the fsync, and a path under a file cannot even be created.
    void selfTestFailsWithoutAWritableAuditTrail()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QByteArray output;
        const QStringList demo { QStringLiteral("--demo"), QStringLiteral("--self-test"), QStringLiteral("--ledger"),
            m_dir.filePath(QStringLiteral("unaudited-ledger.json")), QStringLiteral("--audit-log") };
        QCOMPARE(run(demo + QStringList { QStringLiteral("/dev/null") }, &output), 1);
        QVERIFY2(output.contains("start a 60 s recording             FAILED"), output.constData());
        QCOMPARE(run(demo + QStringList { blocker.fileName() + QStringLiteral("/audit.jsonl") }, &output), 1);
        QVERIFY2(output.contains("cannot write its audit trail"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
