// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policy/PolicyVerdict.h"
#include "recording/RecordingBatch.h"
#include "recording/RecordingKinds.h"

#include <QCoreApplication>

#include <optional>

struct StartResult;
struct StopResult;
struct TrackedRecording;

// The sentences that tell the supervisor what became of recordings: started, confirmed, not
// started, stopped, ended, kept for later. SessionAnnouncer decides when to say them and how
// gravely; these are only the words. They are translated under SessionAnnouncer's context, the
// announcer's words in the translation files.
class RecordingEventText
{
    Q_DECLARE_TR_FUNCTIONS(SessionAnnouncer)
public:
    // endsAt: the time of day the recording ends, as the supervisor reads it.
    static QString started(const TrackedRecording &recording, vigie::StartKind kind, const QString &endsAt);
    static QString notSaved(const TrackedRecording &recording);
    // verdict: the policy's, when it refused the start.
    static QString startFailed(
        const QString &agentName, const StartResult &result, const std::optional<PolicyVerdict> &verdict);
    static QString startFailed(const QString &agentName, const StartResult &result);
    static QString stopped(const TrackedRecording &recording, vigie::StopKind kind);
    static QString stopFailed(const TrackedRecording &recording, const StopResult &result);
    static QString unconfirmed(const TrackedRecording &intent, const StartResult &result, const QString &endsAt);
    static QString stopWaits(const TrackedRecording &intent, const QString &endsAt);
    static QString stopsKept(const QVector<TrackedRecording> &recordings);
    // Another station's recording reached its end before CXone answered this station's Stop of it.
    static QString stopLeftUnanswered(const TrackedRecording &recording);
    static QString stoppedElsewhere(
        const TrackedRecording &recording, const QString &supervisor, const QString &station);
    // Why it ended, for an end the tracker saw (a stop is told by stopped()); empty for a stop.
    static QString ended(const TrackedRecording &recording);
    static QString endingSoon(const QStringList &agentNames, int warningSeconds);
    static QString batchFinished(const BatchSummary &summary);
};
