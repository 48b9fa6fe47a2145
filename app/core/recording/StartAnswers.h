// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/RecordingResults.h"
#include "recording/RecordingKinds.h"
#include "recording/RecordingRequests.h"
#include "recording/TrackedRecording.h"

#include <QHash>
#include <QObject>

class RecordingAuthority;
class RecordingClient;
class RecordingTracker;
class SiteRegistry;
class UnconfirmedStarts;

// What CXone's answer to a start (or to a confirmation) means. A recording CXone names is tracked
// and reported once the ledger holds it, unless Vigie already knows it, or another station of the
// site holds it. A start whose answer is lost after CXone may have acted is never reported as
// failed: it stays, unconfirmed, and UnconfirmedStarts asks CXone again until it answers.
class StartAnswers : public QObject
{
    Q_OBJECT
public:
    StartAnswers(RecordingClient *client, RecordingTracker *tracker, RecordingRequests *requests,
        const RecordingAuthority *authority, UnconfirmedStarts *unconfirmed, QObject *parent = nullptr);

    void setSiteRegistry(const SiteRegistry *registry) { m_registry = registry; }

Q_SIGNALS:
    void started(
        const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState saved, const QString &supervisor);
    void startFailed(
        const QString &userId, const QString &agentName, const StartResult &result, const QString &supervisor);
    void startUnconfirmed(const TrackedRecording &intent, const StartResult &result);
    // Stop was pressed before CXone named this recording: it is to be stopped now.
    void stopWanted(qint64 contactId, const QString &supervisor);

private:
    // A recording CXone named, waiting for the ledger's write to be announced.
    struct Announcement
    {
        RecordingJob job;
        vigie::StartKind kind = vigie::StartKind::New;
        bool stopOnceTracked = false; // Stop was pressed while it was unconfirmed
        QString stoppedBy;
    };

    void handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result);
    // CXone named the recording: userId's, whether or not its job is still known.
    void handleNamed(const QString &userId, const RecordingJob &job, int durationSeconds, const StartResult &result);
    // CXone named a recording the site registry holds from another station: it is theirs.
    bool adoptElsewhere(const RecordingJob &job, qint64 contactId);
    void keepUnconfirmed(const RecordingJob &job, const StartResult &result);
    void handleAnnounced(const TrackedRecording &recording, bool saved);
    void fail(const QString &userId, const RecordingJob &job, const StartResult &result);

    RecordingTracker *m_tracker;
    RecordingRequests *m_requests;
    const RecordingAuthority *m_authority;
    UnconfirmedStarts *m_unconfirmed;
    const SiteRegistry *m_registry = nullptr;
    QHash<QString, Announcement> m_awaitingAnnouncement; // accepted by CXone, being written to the ledger
};
