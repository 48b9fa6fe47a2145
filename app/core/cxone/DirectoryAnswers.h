// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/Team.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

class SharedStrings;

// What CXone's directory answers say, read from their bytes: a page of /agents, an
// /agents/states answer and a page of /teams (docs/cxone-contract.md#listing-agents, #listing-teams,
// #agent-states). Pure functions, so every byte a server can send is fuzzed here (tests/fuzz)
// exactly as AgentDirectory and TeamDirectory read it. Each returns nothing and says why in
// *error when the answer is not the documented JSON.
// With a SharedStrings, team and state names are shared between agents.

struct AgentPage
{
    int totalRecords = 0;
    // Entries in the page, counted before those without an agentId are set aside: the step to
    // the next skip.
    int served = 0;
    QVector<Agent> agents;

    static std::optional<AgentPage> parse(const QByteArray &body, QString *error, SharedStrings *strings = nullptr);
};

struct AgentStatesAnswer
{
    QVector<AgentStateChange> states;
    // The answer's lastPollTime, as CXone wrote it: the next updatedSince. Empty when absent.
    QString lastPollTime;

    static std::optional<AgentStatesAnswer> parse(
        const QByteArray &body, QString *error, SharedStrings *strings = nullptr);
};

struct TeamPage
{
    int totalRecords = -1; // -1: the answer did not say
    int served = 0;
    QVector<Team> teams;

    static std::optional<TeamPage> parse(const QByteArray &body, QString *error);
};
