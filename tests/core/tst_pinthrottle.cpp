// SPDX-License-Identifier: Apache-2.0
#include "station/PinHash.h"
#include "station/PinThrottle.h"
#include "station/PinVerifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

// The administrator PIN resists guessing: few free attempts, then lockouts that double, that
// outlive the dialog and the process, and that no clock change shortens; hashing stays off the
// GUI thread (its cost is tst_pinhash's business).
class TestPinThrottle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PinThrottle::Instant m_now;

    QString file() const { return m_dir.filePath(QStringLiteral("pin-attempts.json")); }
    PinThrottle throttle()
    {
        return PinThrottle(file(), [this] { return m_now; });
    }
    void advance(std::chrono::milliseconds elapsed)
    {
        m_now.sinceBootMs += elapsed.count();
        m_now.utcMs += elapsed.count();
    }
    static void failTimes(PinThrottle &throttle, int count)
    {
        for (int i = 0; i < count; ++i) {
            QVERIFY(throttle.beginAttempt());
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(file());
        m_now.bootId = "boot-1";
        m_now.sinceBootMs = 5'000'000;
        m_now.utcMs = 1'790'000'000'000;
    }

    void lockoutGrowsWithFailures_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("first") << 1 << 0;
        QTest::newRow("second") << 2 << 0;
        QTest::newRow("third") << 3 << 30;
        QTest::newRow("fourth") << 4 << 60;
        QTest::newRow("fifth") << 5 << 120;
        QTest::newRow("ninth") << 9 << 1920;
        QTest::newRow("tenth, capped") << 10 << 3600;
        QTest::newRow("thousandth") << 1000 << 3600;
    }

    void lockoutGrowsWithFailures()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(PinThrottle::lockoutAfter(failures), std::chrono::seconds(seconds));
    }

    void attemptsWaitForTheLockoutToEnd()
    {
        PinThrottle pins = throttle();
        failTimes(pins, 3);
        QCOMPARE(pins.remainingLockout(), 30s);
        QVERIFY(!pins.beginAttempt());
        QCOMPARE(pins.failures(), 3); // a refused attempt is not counted
        advance(29s);
        QVERIFY(!pins.beginAttempt());
        advance(1s);
        QCOMPARE(pins.remainingLockout(), 0ms);
        QVERIFY(pins.beginAttempt());
        QCOMPARE(pins.remainingLockout(), 60s);
    }

    void theRightPinStartsTheCountOver()
    {
        PinThrottle pins = throttle();
        failTimes(pins, 2);
        QVERIFY(pins.beginAttempt());
        pins.forgive();
        QCOMPARE(pins.failures(), 0);
        QCOMPARE(pins.remainingLockout(), 0ms);
        QCOMPARE(throttle().failures(), 0);
    }

    void lockoutSurvivesARestart()
    {
        {
            PinThrottle pins = throttle();
            failTimes(pins, 3);
            advance(30s);
            failTimes(pins, 1);
        }
        advance(10s);
        PinThrottle restarted = throttle();
        QCOMPARE(restarted.failures(), 4);
        QCOMPARE(restarted.remainingLockout(), 50s);
        QVERIFY(!restarted.beginAttempt());
    }

    void wallClockChangesDoNotShortenALockoutWithinABoot_data()
    {
        QTest::addColumn<qint64>("wallClockShiftMs");
        QTest::newRow("a day forward") << qint64(86'400'000);
        QTest::newRow("a day back") << qint64(-86'400'000);
    }

    void wallClockChangesDoNotShortenALockoutWithinABoot()
    {
        QFETCH(qint64, wallClockShiftMs);
        {
            PinThrottle pins = throttle();
            failTimes(pins, 3);
        }
        m_now.utcMs += wallClockShiftMs;
        QCOMPARE(throttle().remainingLockout(), 30s);
    }

    void afterARebootTheWallClockCountsButNeverBeyondTheLockout_data()
    {
        QTest::addColumn<qint64>("wallClockElapsedMs");
        QTest::addColumn<qint64>("remainingMs");
        QTest::newRow("10 s later") << qint64(10'000) << qint64(20'000);
        QTest::newRow("an hour later") << qint64(3'600'000) << qint64(0);
        QTest::newRow("clock set a day back") << qint64(-86'400'000) << qint64(30'000);
    }

    void afterARebootTheWallClockCountsButNeverBeyondTheLockout()
    {
        QFETCH(qint64, wallClockElapsedMs);
        QFETCH(qint64, remainingMs);
        {
            PinThrottle pins = throttle();
            failTimes(pins, 3);
        }
        m_now.bootId = "boot-2";
        m_now.sinceBootMs = 20'000;
        m_now.utcMs += wallClockElapsedMs;
        QCOMPARE(throttle().remainingLockout(), std::chrono::milliseconds(remainingMs));
    }

    void twoThrottlesOnOneFileShareTheCount()
    {
        PinThrottle first = throttle();
        PinThrottle second = throttle();
        failTimes(first, 2);
        QVERIFY(second.beginAttempt());
        QCOMPARE(second.failures(), 3);
        QVERIFY(!first.beginAttempt());
    }

    void verificationKeepsTheEventLoopRunning()
    {
        // Most of a second of hashing: a GUI thread doing it would not tick at all meanwhile.
        const QString stored = PinHash::hash(QStringLiteral("135790"), { 128 * 1024, 6, 1 });
        PinVerifier verifier(stored, file());
        QSignalSpy verified(&verifier, &PinVerifier::verified);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QVERIFY(verifier.verify(QStringLiteral("135790")));
        QVERIFY(verifier.isChecking());
        QVERIFY(!verifier.verify(QStringLiteral("135790"))); // one check at a time
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.at(0).at(0).toBool(), true);
        QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("%1 ticks").arg(ticks)));
    }

    void verifierCountsFailuresAndRefusesWhileLockedOut()
    {
        const QString stored = PinHash::hash(QStringLiteral("135790"));
        auto verifier = std::make_unique<PinVerifier>(stored, file());
        QSignalSpy verified(verifier.get(), &PinVerifier::verified);
        for (int i = 0; i < PinThrottle::kFreeAttempts; ++i) {
            QVERIFY(verifier->verify(QStringLiteral("000000")));
            QVERIFY(verified.wait(10000));
            QCOMPARE(verified.takeFirst().at(0).toBool(), false);
        }
        QVERIFY(verifier->remainingLockout() > 25s);
        QVERIFY(!verifier->verify(QStringLiteral("135790"))); // even the right PIN waits
        QCOMPARE(verified.size(), 0);

        verifier = std::make_unique<PinVerifier>(stored, file()); // a new dialog, or a restart
        QVERIFY(verifier->remainingLockout() > 25s);
        QVERIFY(!verifier->verify(QStringLiteral("135790")));
    }

    void rightPinThroughTheVerifierStartsTheCountOver()
    {
        const QString stored = PinHash::hash(QStringLiteral("135790"));
        PinVerifier verifier(stored, file());
        QSignalSpy verified(&verifier, &PinVerifier::verified);
        QVERIFY(verifier.verify(QStringLiteral("000000")));
        QVERIFY(verified.wait(10000));
        QVERIFY(verifier.verify(QStringLiteral("135790")));
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.at(1).at(0).toBool(), true);
        QCOMPARE(PinThrottle(file()).failures(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPinThrottle)
#include "tst_pinthrottle.moc"
