// SPDX-License-Identifier: Apache-2.0
#include "station/SingleInstance.h"
#include "support/ThrowawayUser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <pwd.h>
#include <unistd.h>

// Launching Vigie while it runs brings the running window forward instead of a second one.
// The ledger lock decides whether Vigie runs; the socket that carries the hand-over is private
// to the user, so another local user can neither stop a launch nor pass for Vigie.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    // HOME and XDG_RUNTIME_DIR of the Vigies launched: private (0700) and ours, like the real one.
    std::unique_ptr<QTemporaryDir> m_dir;
    // Created once, when a test needs it, and deleted after the last of its processes ended.
    std::unique_ptr<ThrowawayUser> m_otherUser;

    const ThrowawayUser *otherUser()
    {
        if (!m_otherUser) {
            m_otherUser = std::make_unique<ThrowawayUser>();
        }
        return m_otherUser->isValid() ? m_otherUser.get() : nullptr;
    }

    QString ledger() const { return m_dir->filePath(QStringLiteral("ledger.json")); }
    QString socketPath() const { return SingleInstance(ledger()).socketPath(); }
    // Where Vigie used to put its socket: /tmp, under a name anyone can compute.
    QString legacySocketPath() const
    {
        return QDir::tempPath() + QStringLiteral("/vigie-")
            + QString::fromLatin1(QCryptographicHash::hash(QDir::cleanPath(ledger()).toUtf8(), QCryptographicHash::Sha1)
                                      .toHex()
                                      .left(16));
    }

    QProcess *launch(const QProcessEnvironment &overrides = {}, const QStringList &extraArguments = {})
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_dir->path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
        environment.insert(overrides);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(VIGIE_BINARY),
            QStringList { QStringLiteral("--demo"), QStringLiteral("--ledger"), ledger(), QStringLiteral("--audit-log"),
                m_dir->filePath(QStringLiteral("audit.jsonl")) }
                + extraArguments);
        return process;
    }

    // Everything a process printed so far, kept in its "log" property across reads.
    static QByteArray output(QProcess *process)
    {
        const QByteArray log = process->property("log").toByteArray() + process->readAll();
        process->setProperty("log", log);
        return log;
    }
    static bool waitForOutput(QProcess *process, const char *text, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([process, text] { return output(process).contains(text); }, timeoutMs);
    }

    QProcess *squat(const ThrowawayUser &squatter, const QStringList &paths)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        // The system's Python: one installed in root's home is out of the other user's reach.
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
            ? QStringLiteral("/usr/bin/python3")
            : QStandardPaths::findExecutable(QStringLiteral("python3"));
        squatter.start(*process, python, QStringList { QStringLiteral(SQUAT_SOCKET) } + paths);
        return process;
    }

private Q_SLOTS:
    void init()
    {
        qDeleteAll(findChildren<QProcess *>());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QCOMPARE(QFile::permissions(m_dir->path()) & 0x0077, QFileDevice::Permissions());
        // This process computes the socket path the Vigies it launches will use.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    }

    void cleanup()
    {
        for (QProcess *process : findChildren<QProcess *>()) {
            process->kill();
            process->waitForFinished(5000);
        }
        qDeleteAll(findChildren<QProcess *>());
        QFile::remove(legacySocketPath());
    }

    void cleanupTestCase() { m_otherUser.reset(); }

    void secondLaunchHandsOverAndExits()
    {
        QProcess *first = launch();
        QVERIFY2(waitForOutput(first, "listening for other launches"), output(first).constData());
        QVERIFY(socketPath().startsWith(m_dir->path() + QLatin1Char('/')));

        QProcess *second = launch();
        QVERIFY(second->waitForFinished(15000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(output(second).contains("already running"), output(second).constData());

        QVERIFY2(waitForOutput(first, "come forward", 5000), output(first).constData());
        QCOMPARE(first->state(), QProcess::Running);
    }

    // A socket that answers while nobody holds the ledger lock (a crashed Vigie's, or anyone's)
    // does not make a launch give up.
    void theLockDecidesNotTheSocket()
    {
        QLocalServer impostor;
        QVERIFY(impostor.listen(socketPath()));
        int asked = 0;
        connect(&impostor, &QLocalServer::newConnection, this, [&impostor, &asked] {
            QLocalSocket *socket = impostor.nextPendingConnection();
            ++asked;
            socket->write("ok\n");
            socket->flush();
        });

        QProcess *vigie = launch();
        QVERIFY2(waitForOutput(vigie, "listening for other launches"), output(vigie).constData());
        QCOMPARE(vigie->state(), QProcess::Running);
        QVERIFY(!output(vigie).contains("already running"));
        QCOMPARE(asked, 0);
        QLocalSocket probe;
        probe.connectToServer(socketPath());
        QVERIFY(probe.waitForConnected(2000));
        QTest::qWait(100);
        QCOMPARE(asked, 0); // the socket is Vigie's now
    }

    // Neither XDG_RUNTIME_DIR nor Qt's fallback (TMPDIR/runtime-<user>) is private: Vigie runs,
    // says a second launch will not find it, and leaves no socket where others could reach it.
    void aRuntimeDirectoryOthersCanOpenIsNotUsed()
    {
        QTemporaryDir shared;
        const QString fallback
            = shared.filePath(QStringLiteral("runtime-") + QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
        QVERIFY(QDir().mkdir(fallback));
        for (const QString &directory : { shared.path(), fallback }) {
            QVERIFY(QFile::setPermissions(directory, QFileDevice::Permissions(0x7777)));
        }
        QProcessEnvironment overrides;
        overrides.insert(QStringLiteral("XDG_RUNTIME_DIR"), shared.path());
        overrides.insert(QStringLiteral("TMPDIR"), shared.path());
        QProcess *vigie = launch(overrides);
        QVERIFY2(waitForOutput(vigie, "will not bring this window forward"), output(vigie).constData());
        QVERIFY2(output(vigie).contains("no private runtime directory"), output(vigie).constData());
        QVERIFY(waitForOutput(vigie, "directory loaded"));
        QCOMPARE(vigie->state(), QProcess::Running);
        QCOMPARE(QDir(shared.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
            QStringList { QFileInfo(fallback).fileName() });
        QCOMPARE(QDir(fallback).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot), QStringList());
    }

    void anotherUserCannotStopALaunch()
    {
        if (const QString reason = ThrowawayUser::skipReason(); !reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        const ThrowawayUser *squatter = otherUser();
        QVERIFY(squatter);
        QProcess *squatting = squat(*squatter, { legacySocketPath(), socketPath() });
        QVERIFY2(waitForOutput(squatting, "ready"), output(squatting).constData());
        QVERIFY2(output(squatting).contains(QByteArray("bound " + legacySocketPath().toUtf8())),
            output(squatting).constData());
        QVERIFY2(output(squatting).contains(QByteArray("refused " + socketPath().toUtf8() + " Permission denied")),
            output(squatting).constData());

        QProcess *vigie = launch();
        QVERIFY2(waitForOutput(vigie, "listening for other launches"), output(vigie).constData());
        QCOMPARE(vigie->state(), QProcess::Running);
        QVERIFY(!output(vigie).contains("already running"));
        QVERIFY(!output(squatting).contains("asked"));
    }

    // Should another user's socket ever sit where Vigie's belongs, a second launch does not take
    // its word for it: the running Vigie was not reached, so the launch says so and gives up.
    void anotherUsersSocketIsNotTrustedWithTheHandOver()
    {
        if (const QString reason = ThrowawayUser::skipReason(); !reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        const ThrowawayUser *squatter = otherUser();
        QVERIFY(squatter);
        QProcess *first = launch();
        QVERIFY2(waitForOutput(first, "listening for other launches"), output(first).constData());
        const QString path = socketPath();
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777)));
        QProcess *squatting = squat(*squatter, { path });
        const bool squatted = waitForOutput(squatting, "ready");
        QVERIFY(QFile::setPermissions(
            m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY2(squatted && output(squatting).contains("bound "), output(squatting).constData());

        // --self-test: the launch that gives up says so on standard error, not in a message box.
        QProcess *second = launch({}, { QStringLiteral("--self-test") });
        QVERIFY(second->waitForFinished(15000));
        QCOMPARE(second->exitCode(), 1);
        QVERIFY2(output(second).contains("Vigie is already running ("), output(second).constData());
        QVERIFY2(output(second).contains(
                     QByteArray("refused a local connection from user " + QByteArray::number(squatter->uid()))),
            output(second).constData());
        QVERIFY(!output(second).contains("brought to the front"));
        QVERIFY(!output(squatting).contains("asked"));
        QCOMPARE(first->state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
