// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The audit settings of the configuration and the command line: what they accept, and what they
// refuse in words instead of quietly replacing.
class TestAuditOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // The configuration as an administrator types it: INI text, read by QSettings.
    QString parseWithConfiguration(const QByteArray &ini, LaunchOptions *options, const QStringList &arguments = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("vigie-%1.conf").arg(++m_files));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size()) {
                return QStringLiteral("cannot write %1").arg(path);
            }
        }
        QCommandLineParser parser;
        LaunchOptions::addTo(parser);
        if (!parser.parse(
                QStringList { QStringLiteral("vigie"), QStringLiteral("--demo"), QStringLiteral("--config"), path }
                + arguments)) {
            return parser.errorText();
        }
        return options->readFrom(parser);
    }

private Q_SLOTS:
    void retentionDaysIsAWholeNumberInRange_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<int>("days"); // 0: refused
        QTest::newRow("default") << QString() << 180;
        QTest::newRow("one day") << QStringLiteral("1") << 1;
        QTest::newRow("ten years") << QStringLiteral("3650") << 3650;
        QTest::newRow("spaces") << QStringLiteral(" 90 ") << 90;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("negative") << QStringLiteral("-5") << 0;
        QTest::newRow("too long") << QStringLiteral("3651") << 0;
        QTest::newRow("words") << QStringLiteral("six months") << 0;
        QTest::newRow("decimal") << QStringLiteral("30.5") << 0;
        QTest::newRow("list") << QStringLiteral("30, 60") << 0;
    }

    void retentionDaysIsAWholeNumberInRange()
    {
        QFETCH(QString, written);
        QFETCH(int, days);
        const QByteArray ini = written.isEmpty() ? QByteArray() : "[Audit]\nRetentionDays=" + written.toUtf8() + '\n';
        LaunchOptions options;
        const QString error = parseWithConfiguration(ini, &options);
        if (days == 0) {
            QVERIFY2(error.contains(QLatin1String("Audit/RetentionDays must be a whole number of days from 1 to 3650")),
                qPrintable(error));
            QVERIFY(error.contains(written.split(QLatin1Char(',')).constFirst().trimmed()));
        } else {
            QCOMPARE(error, QString());
            QCOMPARE(options.auditRetentionDays, days);
        }
    }
    void collectorSettingsAreRead_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("every");
        QTest::newRow("nothing") << QByteArray() << QString() << QString() << 50;
        QTest::newRow("tcp") << QByteArray("[Audit]\nSyslogServer=tcp://siem.example.com:6514\n") << QString()
                             << QStringLiteral("tcp://siem.example.com:6514") << 50;
        QTest::newRow("udp, every 10") << QByteArray("[Audit]\nSyslogServer=udp://10.0.0.5:514\nCheckpointEvery=10\n")
                                       << QString() << QStringLiteral("udp://10.0.0.5:514") << 10;
        QTest::newRow("local") << QByteArray("[Audit]\nSyslogServer=local\n") << QString() << QStringLiteral("local")
                               << 50;
        QTest::newRow("no scheme") << QByteArray("[Audit]\nSyslogServer=siem.example.com\n")
                                   << QStringLiteral("Audit/SyslogServer must be tcp://host:port") << QString() << 0;
        QTest::newRow("checkpoint zero") << QByteArray("[Audit]\nCheckpointEvery=0\n")
                                         << QStringLiteral("Audit/CheckpointEvery must be a whole number") << QString()
                                         << 0;
        QTest::newRow("checkpoint words")
            << QByteArray("[Audit]\nCheckpointEvery=often\n") << QStringLiteral("not \"often\"") << QString() << 0;
    }

    void collectorSettingsAreRead()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, error);
        QFETCH(QString, target);
        QFETCH(int, every);
        LaunchOptions options;
        const QString result = parseWithConfiguration(ini, &options);
        if (!error.isEmpty()) {
            QVERIFY2(result.contains(error), qPrintable(result));
            return;
        }
        QCOMPARE(result, QString());
        QCOMPARE(options.auditSyslog.toString(), target);
        QCOMPARE(options.auditCheckpointEvery, every);
    }
    void reportThresholdComesFromTheConfigurationUnlessGiven()
    {
        const QByteArray ini("[Audit]\nReportAgentsRecordedMoreThan=12\n");
        const QStringList report { QStringLiteral("--audit-report"), QStringLiteral("--from"),
            QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
            QStringLiteral("november.csv") };
        LaunchOptions configured;
        QCOMPARE(parseWithConfiguration(ini, &configured, report), QString());
        QVERIFY(configured.report.requested);
        QCOMPARE(configured.report.options.recordedMoreThan, 12);
        QCOMPARE(configured.report.format, AuditReport::Format::Csv);
        QCOMPARE(configured.report.options.from, QDate(2026, 11, 1));
        QVERIFY(!configured.report.options.pseudonymise);
        LaunchOptions given;
        QCOMPARE(parseWithConfiguration(ini, &given,
                     report
                         + QStringList { QStringLiteral("--recorded-more-than"), QStringLiteral("3"),
                             QStringLiteral("--pseudonymise") }),
            QString());
        QCOMPARE(given.report.options.recordedMoreThan, 3);
        QVERIFY(given.report.options.pseudonymise);
        LaunchOptions wrong;
        QVERIFY(parseWithConfiguration("[Audit]\nReportAgentsRecordedMoreThan=lots\n", &wrong)
                    .contains(QLatin1String("Audit/ReportAgentsRecordedMoreThan must be a whole number")));
    }
};

QTEST_GUILESS_MAIN(TestAuditOptions)
#include "tst_auditoptions.moc"
