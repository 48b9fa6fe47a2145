// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QDateTime>
#include <QVector>

#include <functional>

// The clocks a recording's countdown runs on. Countdowns run on the monotonic clock, so moving the
// wall clock neither ends a recording early nor keeps one alive; the wall clock only places
// recordings again after a restart, and tells people when they end.
class RecordingClock
{
public:
    using Monotonic = std::function<qint64()>; // milliseconds, never going back
    using Wall = std::function<QDateTime()>;

    // The system's boot clock and wall clock, and the boot they belong to.
    RecordingClock();

    void setClocks(Monotonic monotonic, Wall wall);
    void setBootId(const QString &bootId) { m_bootId = bootId; }
    const QString &bootId() const { return m_bootId; }
    qint64 monotonicNowMs() const { return m_monotonic(); }
    QDateTime wallNowUtc() const { return m_wall(); }

    // When it ends, as a clock on the wall shows it now.
    QDateTime endsAtUtc(const TrackedRecording &recording) const;
    // Every recording's end as the wall clock shows it now: what a restart will go by.
    QVector<TrackedRecording> projected(QVector<TrackedRecording> recordings) const;
    // From its end on the wall clock, never longer than its duration.
    void setDeadlineFromWallClock(TrackedRecording *recording) const;
    // After a restart: the saved deadline when it was taken on this boot, else the wall clock.
    void placeAfterRestart(TrackedRecording *recording, bool sameBoot) const;

private:
    Monotonic m_monotonic;
    Wall m_wall;
    QString m_bootId;
};
