// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

// One line of the site registry's append-only log: what a station did about one agent's
// recording. Its id is chosen here, so a replay from the outbox never writes it twice.
struct RegistryEvent
{
    enum class Kind {
        Claim, // written by the registry itself when it grants a start (vigie.claim_agent)
        Release, // the claimed start was never sent, or CXone refused it
        Start, // CXone named the recording (a start, or a lost answer confirmed)
        Unconfirmed, // the start's answer was lost: the agent may be recording
        Stop, // CXone stopped it (or it had already ended)
        End, // its countdown ran out
        Forget, // an unconfirmed start ran out of time, or its supervisor stopped asking
    };

    QUuid eventId = QUuid::createUuid();
    Kind kind = Kind::Start;
    QString agentUserId;
    QString agentName;
    qint64 contactId = 0; // 0: none
    QString interactionId;
    int durationSeconds = 0;
    std::optional<int> secondsLeft; // the registry computes the end from its own clock
    // Where secondsLeft was taken: an event sent later (from the outbox, after an outage or a
    // restart) is sent with what is left then, never with the time left when it was written.
    qint64 deadlineMs = 0; // SystemClock::sinceBootMs() of its end
    QString bootId;
    QString purpose;
    QString supervisor;
    qint64 replacesContactId = 0;
    QString detail;
    QDateTime stationTimeUtc;

    // Sets secondsLeft, and where it was taken.
    void setSecondsLeft(int seconds);
    // The seconds left now: from the deadline on this boot, else from the station's wall clock.
    std::optional<int> secondsLeftNow() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindNamed(const QString &name);
    QJsonObject toJson() const;
    static std::optional<RegistryEvent> fromJson(const QJsonObject &object);
};

// An agent's live recording (or claim) as the registry derives it from every station's events.
struct SiteRecording
{
    enum class State {
        Claimed,
        Recording,
        Unconfirmed,
        StoppedElsewhere, // ended by a Stop from another station than its own (stoppedBy)
    };
    QString agentUserId;
    QString agentName;
    State state = State::Recording;
    QString station;
    QString supervisor;
    qint64 contactId = 0;
    QString interactionId;
    int durationSeconds = 0;
    QString purpose;
    QDateTime startedAtUtc; // the registry's clock
    QString stoppedByStation; // StoppedElsewhere: who pressed Stop, and where
    QString stoppedBy;
    // When it ends on this station's monotonic clock: the registry's time left, from when it was read.
    qint64 deadlineMs = 0;

    bool isLive() const { return state != State::StoppedElsewhere; }
    int secondsRemaining(qint64 monotonicNowMs) const
    {
        return int(qMax<qint64>(0, (deadlineMs - monotonicNowMs + 999) / 1000));
    }
    // As a recording this station shows (and may stop), held by its station.
    TrackedRecording toTracked() const;
};

Q_DECLARE_METATYPE(RegistryEvent)
Q_DECLARE_METATYPE(SiteRecording)
