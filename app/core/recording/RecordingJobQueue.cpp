// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingJobQueue.h"

void RecordingJobQueue::append(const RecordingJob &job)
{
    m_waiting.enqueue(job);
    setBusy(job.userId, true);
}

void RecordingJobQueue::prepend(const RecordingJob &job)
{
    m_waiting.prepend(job);
    setBusy(job.userId, true);
}

std::optional<RecordingJob> RecordingJobQueue::takeNextToSend()
{
    if (m_inFlight.size() >= m_concurrency || m_waiting.isEmpty()) {
        return std::nullopt;
    }
    const RecordingJob job = m_waiting.dequeue();
    m_inFlight.insert(job.userId, job);
    return job;
}

RecordingJob RecordingJobQueue::finish(const QString &userId)
{
    const RecordingJob job = m_inFlight.take(userId);
    release(userId);
    return job;
}

QVector<RecordingJob> RecordingJobQueue::drop(const std::function<bool(const RecordingJob &)> &which)
{
    QVector<RecordingJob> dropped;
    QQueue<RecordingJob> kept;
    for (const RecordingJob &job : std::as_const(m_waiting)) {
        (which(job) ? dropped : kept).append(job);
    }
    m_waiting = kept;
    return dropped;
}

void RecordingJobQueue::setBusy(const QString &userId, bool busy)
{
    if (busy == m_busyUsers.contains(userId)) {
        return;
    }
    if (busy) {
        m_busyUsers.insert(userId);
    } else {
        m_busyUsers.remove(userId);
    }
    Q_EMIT busyChanged(userId, busy);
}
