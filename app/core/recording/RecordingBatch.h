// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/ApiOutcome.h"

#include <QMetaType>
#include <QStringList>
#include <QVector>

#include <optional>

// What a supervisor's batch of requests came to, when the last of them has settled.
struct BatchSummary
{
    struct Failure
    {
        QString agentName;
        vigie::ApiOutcome outcome;
    };
    int requested = 0;
    int succeeded = 0;
    int cancelled = 0;
    QStringList unconfirmed; // agents that may be recording: Vigie is confirming with CXone
    QVector<Failure> failures;
};

// Counts the supervisor's current batch as its requests settle, one way or another, so that
// progress and the summary come from one tally. Background work (confirmations) never counts.
class RecordingBatch
{
public:
    bool isRunning() const { return m_summary.requested > 0; }
    int done() const { return m_done; }
    int requested() const { return m_summary.requested; }

    void addRequests(int count = 1) { m_summary.requested += count; }
    void settle(const QString &agentName, bool succeeded, vigie::ApiOutcome outcome);
    void cancel();
    void leaveUnconfirmed(const QString &agentName);

    // Once every request has settled: the summary, and the tally starts again for the next batch.
    std::optional<BatchSummary> takeIfDone();

private:
    BatchSummary m_summary;
    int m_done = 0;
};

Q_DECLARE_METATYPE(BatchSummary)
