// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

// One agent of the tenant, as the admin API lists it, with its live state merged in.
struct Agent
{
    // Whether the agent's team has NICE screen recording on (niceScreenRecordingEnabled on
    // /teams). Off, CXone will likely refuse the recording or record nothing.
    enum class TeamRecording { Unknown, Enabled, Disabled };

    qint64 agentId = 0;
    QString userId; // the CXone user ID (UUID-like string)
    QString userName;
    QString firstName;
    QString lastName;
    qint64 teamId = 0;
    QString teamName;
    qint64 reportToId = 0; // the agentId of the person this agent reports to; 0: nobody
    bool isSupervisor = false;
    TeamRecording teamRecording = TeamRecording::Unknown;
    // Live state, from agents/states.
    QString stateName;
    QDateTime stateSinceUtc;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct AgentStateChange
{
    qint64 agentId = 0;
    QString stateName;
    QDateTime sinceUtc;
};

Q_DECLARE_METATYPE(Agent)
Q_DECLARE_METATYPE(AgentStateChange)
