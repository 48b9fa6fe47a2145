#include "station/SingleInstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Launching Vigie while it runs brings the running window forward instead of a second one.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcess *launch()
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(VIGIE_BINARY),
            { QStringLiteral("--demo"), QStringLiteral("--ledger"), ledger(), QStringLiteral("--audit-log"),
                m_dir.filePath(QStringLiteral("audit.jsonl")) });
        return process;
    }

    QString ledger() const { return m_dir.filePath(QStringLiteral("ledger.json")); }

private Q_SLOTS:
    void secondLaunchHandsOverAndExits()
    {
        QVERIFY(m_dir.isValid());
        QProcess *first = launch();
        QVERIFY(first->waitForStarted());
        const QString serverName = SingleInstance(ledger()).serverName();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(serverName);
                return probe.waitForConnected(100);
            }(),
            10000);

        QProcess *second = launch();
        QVERIFY(second->waitForFinished(10000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY(second->readAllStandardOutput().contains("already running"));

        QByteArray firstLog;
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first->readAllStandardError()).contains("come forward"), 5000);
        QCOMPARE(first->state(), QProcess::Running);
        first->terminate();
        QVERIFY(first->waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
