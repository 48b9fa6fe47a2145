#include "audit/AuditLog.h"
#include "station/PinHash.h"

#include <QFile>
#include <QProcess>
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
            entry.action = AuditAction::Start;
            entry.result = AuditResult::Started;
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

    void hashPinPrintsAVerifiableHash()
    {
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--hash-pin") }, &output, "4321\n"), 0);
        QString hash;
        for (const QString &line : QString::fromLatin1(output).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("pbkdf2-sha256$"))) {
                hash = line.trimmed();
            }
        }
        QVERIFY(PinHash::verify(QStringLiteral("4321"), hash));
        QVERIFY(!hash.contains(QLatin1String("4321")));
        QCOMPARE(run({ QStringLiteral("--hash-pin") }, &output, "12\n"), 2);
    }

    void invalidOptionsAreRefusedWithAReason()
    {
        QByteArray output;
        QCOMPARE(run({ QStringLiteral("--auth-url"), QStringLiteral("http://cxone.example.com") }, &output), 2);
        QVERIFY(output.contains("https://"));
        QCOMPARE(run({ QStringLiteral("--language"), QStringLiteral("de") }, &output), 2);
        QVERIFY(output.contains("fr or en"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
