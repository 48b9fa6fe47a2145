// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrlQuery>
#include <QVector>

// GET /agents/states as CXone answers it (docs/cxone-contract.md#agent-states): every agent's state, or with
// updatedSince only the states that began at or after it, and lastPollTime, the simulator's
// clock at the answer, for the client to feed back. 304 when nothing changed since.
struct AgentStatesRoute
{
    int status = 200;
    QByteArray body;

    static AgentStatesRoute answer(const QVector<Agent> &agents, const QUrlQuery &query, const QDateTime &nowUtc);
};
