// SPDX-License-Identifier: Apache-2.0
#include "support/ThrowawayUser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

// A running Vigie leaves nothing of its memory on disk: no core dump, and other processes of
// the user cannot read it. The kernel says so in /proc: the core size limit is 0, and the files
// of a process that is not dumpable belong to root, whoever runs it.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ThrowawayUser> m_otherUser;

    struct Station
    {
        QTemporaryDir home;
        std::unique_ptr<QProcess> vigie;
        QByteArray log;
    };

    // Starts vigie --demo, as this user or, when running as root, as an ordinary user: the
    // /proc ownership that shows "not dumpable" is only visible for a process not run by root.
    bool start(Station &station, const QProcessEnvironment &extra = {}, const ThrowawayUser *user = nullptr)
    {
        if (!station.home.isValid()) {
            return false;
        }
        if (user && !chownTree(station.home.path(), *user)) {
            return false;
        }
        station.vigie = std::make_unique<QProcess>();
        station.vigie->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), station.home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), station.home.path());
        environment.remove(QStringLiteral("VIGIE_ALLOW_CORE_DUMPS"));
        environment.insert(extra);
        station.vigie->setProcessEnvironment(environment);
        const QStringList arguments { QStringLiteral("--demo") };
        if (user) {
            user->start(*station.vigie, QStringLiteral(VIGIE_BINARY), arguments);
        } else {
            station.vigie->start(QStringLiteral(VIGIE_BINARY), arguments);
        }
        return QTest::qWaitFor(
            [&station] { return (station.log += station.vigie->readAll()).contains("listening for other launches"); },
            15000);
    }

    static bool chownTree(const QString &path, const ThrowawayUser &user)
    {
        return QProcess::execute(
                   QStringLiteral("chown"), { QStringLiteral("-R"), user.name() + QLatin1Char(':'), path })
            == 0;
    }

    // Soft and hard core size limits of a running process, from /proc/<pid>/limits.
    static QStringList coreLimits(qint64 pid)
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!limits.open(QIODevice::ReadOnly)) {
            return {};
        }
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size")) {
                return QString::fromLatin1(line.mid(26))
                    .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                    .mid(0, 2);
            }
        }
        return {};
    }

    // The real uid the process runs as ("Uid:" line of /proc/<pid>/status).
    static uid_t userOf(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly)) {
            return uid_t(-1);
        }
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Uid:")) {
                return uid_t(line.mid(4).simplified().split(' ').value(0).toUInt());
            }
        }
        return uid_t(-1);
    }

    static uid_t ownerOfProcFiles(qint64 pid)
    {
        struct stat info
        {
        };
        return stat(QFile::encodeName(QStringLiteral("/proc/%1/status").arg(pid)).constData(), &info) == 0 ? info.st_uid
                                                                                                           : uid_t(-1);
    }

    // The user to run Vigie as, so that "not dumpable" shows: this one, or a throwaway user for root.
    const ThrowawayUser *ordinaryUser()
    {
        if (geteuid() != 0) {
            return nullptr;
        }
        if (!m_otherUser) {
            m_otherUser = std::make_unique<ThrowawayUser>();
        }
        return m_otherUser.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The allowed case must show a limit above 0: raise this process's own soft limit.
        rlimit limit {};
        getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
        if (geteuid() == 0 && !ThrowawayUser::skipReason().isEmpty()) {
            QSKIP(qPrintable(ThrowawayUser::skipReason()));
        }
    }

    void cleanupTestCase() { m_otherUser.reset(); }

    void coreDumpsAreDisabled()
    {
        const ThrowawayUser *user = ordinaryUser();
        QVERIFY(geteuid() != 0 || (user && user->isValid()));
        Station station;
        QVERIFY2(start(station, {}, user), station.log.constData());
        const qint64 pid = station.vigie->processId();
        QCOMPARE(coreLimits(pid), QStringList({ QStringLiteral("0"), QStringLiteral("0") }));
        QVERIFY(userOf(pid) != 0);
        QCOMPARE(ownerOfProcFiles(pid), uid_t(0));
        station.vigie->kill();
        station.vigie->waitForFinished();
    }

    void coreDumpsCanBeAllowedForDebugging()
    {
        rlimit own {};
        getrlimit(RLIMIT_CORE, &own);
        if (own.rlim_cur == 0) {
            QSKIP("core dumps are disabled for this test already (hard limit 0): nothing to compare with");
        }
        const ThrowawayUser *user = ordinaryUser();
        Station station;
        QProcessEnvironment allow;
        allow.insert(QStringLiteral("VIGIE_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
        QVERIFY2(start(station, allow, user), station.log.constData());
        const qint64 pid = station.vigie->processId();
        QVERIFY(station.log.contains("VIGIE_ALLOW_CORE_DUMPS=1"));
        QVERIFY(coreLimits(pid).value(0) != QStringLiteral("0"));
        QCOMPARE(userOf(pid), user ? uid_t(user->uid()) : geteuid());
        QCOMPARE(ownerOfProcFiles(pid), userOf(pid));
        station.vigie->kill();
        station.vigie->waitForFinished();
    }

    // Qt's lock file cannot tell the holder's name without reading /proc/<pid>/exe, which a
    // process that is not dumpable refuses to its own user: the lock must still keep a second
    // launch out, and the second launch must still hand over.
    void aVigieThatIsNotDumpableStillKeepsASecondLaunchOut()
    {
        const ThrowawayUser *user = ordinaryUser();
        Station station;
        QVERIFY2(start(station, {}, user), station.log.constData());
        auto second = std::make_unique<QProcess>();
        second->setProcessChannelMode(QProcess::MergedChannels);
        second->setProcessEnvironment(station.vigie->processEnvironment());
        if (user) {
            user->start(*second, QStringLiteral(VIGIE_BINARY), { QStringLiteral("--demo") });
        } else {
            second->start(QStringLiteral(VIGIE_BINARY), { QStringLiteral("--demo") });
        }
        QVERIFY(second->waitForFinished(15000));
        const QByteArray secondLog = second->readAll();
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(secondLog.contains("already running"), secondLog.constData());
        QVERIFY(QTest::qWaitFor(
            [&station] { return (station.log += station.vigie->readAll()).contains("come forward"); }, 5000));
        QCOMPARE(station.vigie->state(), QProcess::Running);
        station.vigie->kill();
        station.vigie->waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
