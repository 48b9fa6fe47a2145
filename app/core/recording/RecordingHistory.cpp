// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingHistory.h"

void RecordingHistory::assign(QVector<TrackedRecording> recordings, QHash<qint64, qint64> countdownEnds)
{
    m_recordings = std::move(recordings);
    m_countdownEnds = std::move(countdownEnds);
}

void RecordingHistory::add(const TrackedRecording &recording)
{
    m_recordings.prepend(recording);
    if (m_recordings.size() > kLimit) {
        m_recordings.resize(kLimit);
    }
}

const TrackedRecording *RecordingHistory::recentlyEnded(qint64 contactId, qint64 monotonicNowMs) const
{
    const auto endedAt = m_countdownEnds.constFind(contactId);
    if (endedAt == m_countdownEnds.constEnd() || monotonicNowMs - *endedAt > kGraceMs) {
        return nullptr;
    }
    const auto it = std::find_if(m_recordings.cbegin(), m_recordings.cend(),
        [contactId](const TrackedRecording &r) { return r.contactId == contactId; });
    return it == m_recordings.cend() ? nullptr : &*it;
}

void RecordingHistory::forgetEndsBeforeGrace(qint64 monotonicNowMs)
{
    m_countdownEnds.removeIf(
        [monotonicNowMs](const QHash<qint64, qint64>::iterator it) { return monotonicNowMs - *it > kGraceMs; });
}
