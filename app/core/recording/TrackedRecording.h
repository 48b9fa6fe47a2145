// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One screen recording Vigie asked for and must be able to stop: CXone has no API to list
// running recordings, so a contactId lost here could never be stopped
// (docs/cxone-contract.md#no-list-of-running-recordings). Before CXone's answer gives its
// contactId, the same record is the start's intent ("pending").
struct TrackedRecording
{
    enum class EndReason {
        Running,
        Elapsed,
        Stopped,
        AlreadyEndedOnServer,
        EndedWhileClosed,
        UnconfirmedElapsed, // never confirmed by CXone; its intended end time passed
        Forgotten, // never confirmed; the supervisor chose to stop asking
    };
    // Where a start without a contactId stands.
    enum class Confirmation {
        Queued, // written, waiting for a free connection: nothing has reached CXone, and its
                // countdown has not begun (it starts when the request leaves)
        Sending, // the request left; the answer is awaited
        Unconfirmed, // the answer was lost: CXone may be recording, and Vigie keeps asking
    };

    QString userId;
    qint64 agentId = 0;
    QString agentName;
    QString teamName;
    qint64 contactId = 0; // 0 while pending
    QString interactionId;
    // When the request left (the first request's, for a start that had to be confirmed), on the
    // wall clock of that moment: for people to read. Countdowns never use it.
    QDateTime startedAtUtc;
    int durationSeconds = 0;
    QString startedBy;
    QString purpose;
    // Why this recording, in the supervisor's words, where the policy asks for it (docs/privacy.md).
    QString justification;
    // The supervisor's scope when the start was asked for (SupervisorScope::auditText()), for the
    // audit trail; empty in ledgers written before scoping.
    QString scope;
    EndReason endReason = EndReason::Running;
    Confirmation confirmation = Confirmation::Queued; // pending only
    // The supervisor pressed Stop and CXone has not answered yet: a pending start is stopped as
    // soon as CXone confirms it; an active recording's Stop, kept from leaving by a sign-out or a
    // quit, is sent again when that supervisor signs in, under their key.
    bool stopRequested = false;
    QString stopRequestedBy;
    qint64 replacesContactId = 0; // set when this recording extends an earlier one
    QDateTime endedAtUtc;
    // When it ends, projected on the wall clock at the last save: all that survives a restart.
    QDateTime endsAtUtc;
    // When it ends on the system's monotonic clock, which wall-clock changes do not move. Saved too:
    // after a restart on the same boot it still holds, whatever the wall clock did meanwhile.
    qint64 deadlineMs = 0;
    // Set only for another station's recording, as the site registry shows it; saved only while
    // this station's Stop of it awaits CXone's answer (RecordingTracker::keepStopElsewhere).
    QString heldByStation;

    bool isPending() const { return contactId == 0; }
    // Whole seconds left, rounded up so a countdown never shows 0:00:00 while still running.
    int secondsRemaining(qint64 monotonicNowMs) const;

    QJsonObject toJson() const;
    static std::optional<TrackedRecording> fromJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(TrackedRecording)
