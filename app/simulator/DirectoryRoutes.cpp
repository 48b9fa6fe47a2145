// SPDX-License-Identifier: Apache-2.0
#include "simulator/DirectoryRoutes.h"

#include <QJsonArray>

namespace {
// The rows [first, end) that ?skip= and ?top= ask for, top bounded by the server's page size.
std::pair<int, int> pageRows(const QUrlQuery &query, int count, int maxPageSize)
{
    const int skip = qMax(0, query.queryItemValue(QStringLiteral("skip")).toInt());
    const QString topText = query.queryItemValue(QStringLiteral("top"));
    const int top = topText.isEmpty() ? maxPageSize : qBound(1, topText.toInt(), maxPageSize);
    return { qMin(skip, count), int(qMin<qint64>(count, qint64(skip) + top)) };
}
} // namespace

namespace DirectoryRoutes {

SimulatorResponse agents(const QVector<Agent> &all, const QUrlQuery &query, const SimulatorOptions &options)
{
    if (all.isEmpty()) {
        return { 204, {} };
    }
    const auto [first, end] = pageRows(query, int(all.size()), options.maxPageSize);
    QJsonArray page;
    for (int row = first; row < end; ++row) {
        const Agent &agent = all.at(row);
        page.append(QJsonObject { { QStringLiteral("agentId"), double(agent.agentId) },
            { QStringLiteral("userId"), agent.userId }, { QStringLiteral("userName"), agent.userName },
            { QStringLiteral("firstName"), agent.firstName }, { QStringLiteral("lastName"), agent.lastName },
            { QStringLiteral("emailAddress"), agent.userName }, { QStringLiteral("teamId"), double(agent.teamId) },
            { QStringLiteral("teamName"), agent.teamName }, { QStringLiteral("isActive"), true },
            { QStringLiteral("reportToId"), double(agent.reportToId) },
            { QStringLiteral("isSupervisor"), agent.isSupervisor } });
    }
    const int totalRecords = int(all.size()) + options.overstatedTotalRecords;
    return { 200, json({ { QStringLiteral("totalRecords"), totalRecords }, { QStringLiteral("agents"), page } }) };
}

SimulatorResponse teams(const QVector<Team> &all, const QUrlQuery &query, const SimulatorOptions &options)
{
    if (all.isEmpty()) {
        return { 204, {} };
    }
    const auto [first, end] = pageRows(query, int(all.size()), options.maxPageSize);
    QJsonArray page;
    for (int row = first; row < end; ++row) {
        const Team &team = all.at(row);
        QJsonObject object { { QStringLiteral("teamId"), double(team.teamId) },
            { QStringLiteral("teamName"), team.teamName }, { QStringLiteral("isActive"), team.isActive },
            { QStringLiteral("agentCount"), team.agentCount } };
        if (options.teamsNameTheirLead) {
            object.insert(QStringLiteral("teamLeadId"), team.teamLeadId);
        }
        if (team.screenRecordingEnabled) {
            object.insert(QStringLiteral("niceScreenRecordingEnabled"), *team.screenRecordingEnabled);
        }
        page.append(object);
    }
    return { 200, json({ { QStringLiteral("totalRecords"), int(all.size()) }, { QStringLiteral("teams"), page } }) };
}

} // namespace DirectoryRoutes
