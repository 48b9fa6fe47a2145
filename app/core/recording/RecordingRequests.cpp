// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingRequests.h"

RecordingRequests::RecordingRequests(QObject *parent)
    : QObject(parent)
{
    connect(&m_jobs, &RecordingJobQueue::busyChanged, this, &RecordingRequests::busyChanged);
}

void RecordingRequests::enqueue(const Job &job)
{
    m_jobs.append(job);
    if (job.inBatch) {
        m_batch.addRequests();
    }
}

void RecordingRequests::pump()
{
    while (const std::optional<Job> job = m_jobs.takeNextToSend()) {
        m_send(*job);
    }
    if (m_batch.isRunning()) {
        Q_EMIT batchProgress(m_batch.done(), m_batch.requested());
    }
}

void RecordingRequests::settle(const Job &job, bool succeeded, vigie::ApiOutcome outcome)
{
    if (job.inBatch) {
        m_batch.settle(job.agentName, succeeded, outcome);
    }
    pump();
    finishBatchIfDone();
}

void RecordingRequests::release(const QVector<Job> &dropped)
{
    for (const Job &job : dropped) {
        m_jobs.release(job.userId);
        if (job.inBatch) {
            m_batch.cancel();
        }
    }
}

void RecordingRequests::finishBatchIfDone()
{
    if (const std::optional<BatchSummary> summary = m_batch.takeIfDone()) {
        Q_EMIT batchFinished(*summary);
    }
}
