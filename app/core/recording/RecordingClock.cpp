// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingClock.h"

#include "system/SystemClock.h"

RecordingClock::RecordingClock()
    : m_monotonic(&SystemClock::sinceBootMs)
    , m_wall([] { return QDateTime::currentDateTimeUtc(); })
    , m_bootId(SystemClock::bootId())
{
}

void RecordingClock::setClocks(Monotonic monotonic, Wall wall)
{
    m_monotonic = std::move(monotonic);
    m_wall = std::move(wall);
}

QDateTime RecordingClock::endsAtUtc(const TrackedRecording &recording) const
{
    return wallNowUtc().addMSecs(qMax<qint64>(0, recording.deadlineMs - monotonicNowMs()));
}

QVector<TrackedRecording> RecordingClock::projected(QVector<TrackedRecording> recordings) const
{
    const qint64 monotonicNow = monotonicNowMs();
    const QDateTime wallNow = wallNowUtc();
    for (TrackedRecording &recording : recordings) {
        recording.endsAtUtc = wallNow.addMSecs(qMax<qint64>(0, recording.deadlineMs - monotonicNow));
    }
    return recordings;
}

void RecordingClock::setDeadlineFromWallClock(TrackedRecording *recording) const
{
    // Clamped: a clock set back while Vigie was closed cannot stretch a recording past its duration.
    const qint64 remainingMs
        = qBound<qint64>(0, wallNowUtc().msecsTo(recording->endsAtUtc), qint64(recording->durationSeconds) * 1000);
    recording->deadlineMs = monotonicNowMs() + remainingMs;
}

void RecordingClock::placeAfterRestart(TrackedRecording *recording, bool sameBoot) const
{
    if (sameBoot && recording->deadlineMs != 0) {
        const qint64 now = monotonicNowMs();
        recording->deadlineMs = qBound(now, recording->deadlineMs, now + qint64(recording->durationSeconds) * 1000);
        return;
    }
    setDeadlineFromWallClock(recording);
}
