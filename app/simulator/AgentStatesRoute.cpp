// SPDX-License-Identifier: Apache-2.0
#include "simulator/AgentStatesRoute.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AgentStatesRoute AgentStatesRoute::answer(const QVector<Agent> &agents, const QUrlQuery &query, const QDateTime &nowUtc)
{
    QDateTime since;
    if (query.hasQueryItem(QStringLiteral("updatedSince"))) {
        since = QDateTime::fromString(
            query.queryItemValue(QStringLiteral("updatedSince"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!since.isValid()) {
            const QJsonObject error { { QStringLiteral("error"), QStringLiteral("updatedSince is not a date") } };
            return { 400, QJsonDocument(error).toJson(QJsonDocument::Compact) };
        }
    }
    QJsonArray states;
    for (const Agent &agent : agents) {
        // A change in the very millisecond of the last poll is sent again rather than never.
        if (since.isValid() && agent.stateSinceUtc < since) {
            continue;
        }
        states.append(QJsonObject { { QStringLiteral("agentId"), double(agent.agentId) },
            { QStringLiteral("agentStateId"), int(qHash(agent.stateName) % 100) },
            { QStringLiteral("agentStateName"), agent.stateName },
            { QStringLiteral("startDate"), agent.stateSinceUtc.toString(Qt::ISODateWithMs) },
            { QStringLiteral("contactId"), 0 }, { QStringLiteral("teamId"), double(agent.teamId) },
            { QStringLiteral("teamName"), agent.teamName }, { QStringLiteral("firstName"), agent.firstName },
            { QStringLiteral("lastName"), agent.lastName } });
    }
    if (since.isValid() && states.isEmpty()) {
        return { 304, {} };
    }
    const QJsonObject body { { QStringLiteral("agentStates"), states },
        { QStringLiteral("lastPollTime"), nowUtc.toString(Qt::ISODateWithMs) } };
    return { 200, QJsonDocument(body).toJson(QJsonDocument::Compact) };
}
