// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/RecordingBatch.h"
#include "recording/RecordingJobQueue.h"

#include <QObject>

#include <functional>

// The controller's requests for CXone and the supervisor's batch they count in: queued with
// bounded concurrency (RecordingJobQueue), handed to the sender while a connection is free, each
// settled once in the batch's tally, which ends with a summary.
class RecordingRequests : public QObject
{
    Q_OBJECT
public:
    using Job = RecordingJob;
    using Sender = std::function<void(const Job &)>;

    explicit RecordingRequests(QObject *parent = nullptr);

    void setSender(Sender sender) { m_send = std::move(sender); }
    RecordingJobQueue *queue() { return &m_jobs; }
    const RecordingJobQueue *queue() const { return &m_jobs; }
    RecordingBatch &batch() { return m_batch; }
    bool isBusy(const QString &userId) const { return m_jobs.isBusy(userId); }

    void enqueue(const Job &job);
    // Sends what may leave now, and reports the batch's progress.
    void pump();
    // The job whose answer came: its agent is free again.
    Job finish(const QString &userId) { return m_jobs.finish(userId); }
    // Counts a request the batch already counts, then sends what may leave.
    void settle(const Job &job, bool succeeded, vigie::ApiOutcome outcome);
    // Drops the waiting jobs `which` selects; their agents stay busy until release().
    QVector<Job> drop(const std::function<bool(const Job &)> &which) { return m_jobs.drop(which); }
    // Frees the agents of dropped jobs, and counts those of the batch as cancelled.
    void release(const QVector<Job> &dropped);
    void finishBatchIfDone();

Q_SIGNALS:
    void busyChanged(const QString &userId, bool busy);
    void batchProgress(int done, int total);
    void batchFinished(const BatchSummary &summary);

private:
    RecordingJobQueue m_jobs;
    RecordingBatch m_batch;
    Sender m_send;
};
