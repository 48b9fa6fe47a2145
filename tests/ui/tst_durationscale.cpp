// SPDX-License-Identifier: Apache-2.0
#include "cxone/RecordingDuration.h"
#include "widgets/DurationScale.h"

#include <QTest>

// The slider's scale: exact ends, fine steps where they matter, monotonic everywhere.
class TestDurationScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachesBothEndsExactly()
    {
        QCOMPARE(DurationScale::secondsAt(0), RecordingDuration::kMinimumSeconds);
        QCOMPARE(DurationScale::secondsAt(DurationScale::lastPosition()), RecordingDuration::kLongestOffered);
        QCOMPARE(DurationScale::secondsAt(-10), RecordingDuration::kMinimumSeconds);
        QCOMPARE(DurationScale::secondsAt(DurationScale::lastPosition() + 10), RecordingDuration::kLongestOffered);
    }

    void stepsAreFineAtTheLowEnd_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("nextSeconds");
        QTest::newRow("seconds below a minute") << 5 << 6;
        QTest::newRow("59 s") << 59 << 60;
        QTest::newRow("ten seconds up to ten minutes") << 60 << 70;
        QTest::newRow("minutes above") << 600 << 660;
        QTest::newRow("last step, to 3 h 30") << 12540 << 12600;
    }

    void stepsAreFineAtTheLowEnd()
    {
        QFETCH(int, seconds);
        QFETCH(int, nextSeconds);
        const int position = DurationScale::nearestPosition(seconds);
        QCOMPARE(DurationScale::secondsAt(position), seconds);
        QCOMPARE(DurationScale::secondsAt(position + 1), nextSeconds);
    }

    void isStrictlyIncreasingAndRoundTrips()
    {
        for (int position = 1; position <= DurationScale::lastPosition(); ++position) {
            QVERIFY(DurationScale::secondsAt(position) > DurationScale::secondsAt(position - 1));
            QCOMPARE(DurationScale::nearestPosition(DurationScale::secondsAt(position)), position);
        }
    }

    void typedValuesBetweenStepsMapToTheNearest()
    {
        QCOMPARE(DurationScale::secondsAt(DurationScale::nearestPosition(64)), 60);
        QCOMPARE(DurationScale::secondsAt(DurationScale::nearestPosition(66)), 70);
        QCOMPARE(DurationScale::secondsAt(DurationScale::nearestPosition(3629)), 3600);
        QCOMPARE(DurationScale::secondsAt(DurationScale::nearestPosition(3631)), 3660);
    }
};

QTEST_GUILESS_MAIN(TestDurationScale)
#include "tst_durationscale.moc"
