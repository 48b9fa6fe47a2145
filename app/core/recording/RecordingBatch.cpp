// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingBatch.h"

void RecordingBatch::settle(const QString &agentName, bool succeeded, vigie::ApiOutcome outcome)
{
    ++m_done;
    if (succeeded) {
        ++m_summary.succeeded;
    } else {
        m_summary.failures.append({ agentName, outcome });
    }
}

void RecordingBatch::cancel()
{
    ++m_summary.cancelled;
    ++m_done;
}

void RecordingBatch::leaveUnconfirmed(const QString &agentName)
{
    m_summary.unconfirmed.append(agentName);
    ++m_done;
}

std::optional<BatchSummary> RecordingBatch::takeIfDone()
{
    if (!isRunning() || m_done < m_summary.requested) {
        return std::nullopt;
    }
    const BatchSummary summary = m_summary;
    *this = {};
    return summary;
}
