// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QHash>
#include <QVector>

// The recordings that ended, newest first and at most kLimit, and which of them ended by their
// countdown within the grace period.
class RecordingHistory
{
public:
    static constexpr int kLimit = 500;
    // A contactId stays known this long after its countdown ended: CXone's clock ends a recording
    // a little after ours, and an answer carrying it then is the old recording, not a new one.
    static constexpr int kGraceMs = 60 * 1000;

    const QVector<TrackedRecording> &all() const { return m_recordings; }

    // countdownEnds: contactId -> when its countdown ended, on the monotonic clock.
    void assign(QVector<TrackedRecording> recordings, QHash<qint64, qint64> countdownEnds);
    void add(const TrackedRecording &recording);
    void noteCountdownEnd(qint64 contactId, qint64 endedAtMs) { m_countdownEnds.insert(contactId, endedAtMs); }
    // A recording whose countdown ended within the grace period.
    const TrackedRecording *recentlyEnded(qint64 contactId, qint64 monotonicNowMs) const;
    void forgetEndsBeforeGrace(qint64 monotonicNowMs);

private:
    QVector<TrackedRecording> m_recordings;
    QHash<qint64, qint64> m_countdownEnds;
};
