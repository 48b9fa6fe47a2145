// SPDX-License-Identifier: Apache-2.0
#include "cxone/DirectoryAnswers.h"

#include "cxone/JsonObject.h"
#include "cxone/SharedStrings.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace {
// A JSON number that is a whole count a QVector can index; nothing otherwise.
std::optional<int> countFrom(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!(number >= 0 && number <= double(std::numeric_limits<int>::max())) || number != double(qint64(number))) {
        return std::nullopt;
    }
    return int(number);
}

// An identifier CXone sends as a JSON number (or, on some tenants, as digits in a string).
qint64 idFrom(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        return ok ? id : 0;
    }
    return value.toInteger();
}

QString shared(SharedStrings *strings, const QString &text) { return strings ? strings->intern(text) : text; }

// CXone's startDate, "2026-11-26T10:00:00.000Z" in every answer seen: read by hand, as
// QDateTime::fromString costs more than the rest of a state; any other form goes to it.
QDateTime utcFrom(const QString &text)
{
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const int year = digits(0, 4);
        const QDate date(year, digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        // -1 (not digits) is a valid year to QDate: 1 BC.
        if (year >= 0 && date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Agent agentFrom(const QJsonObject &object, SharedStrings *strings)
{
    Agent agent;
    agent.agentId = idFrom(object.value(QLatin1String("agentId")));
    agent.userId = object.value(QLatin1String("userId")).toString();
    agent.userName = object.value(QLatin1String("userName")).toString();
    // Names are mostly distinct on a real tenant: hashing each to share it costs more than it saves.
    agent.firstName = object.value(QLatin1String("firstName")).toString();
    agent.lastName = object.value(QLatin1String("lastName")).toString();
    agent.teamId = idFrom(object.value(QLatin1String("teamId")));
    agent.teamName = shared(strings, object.value(QLatin1String("teamName")).toString());
    agent.reportToId = idFrom(object.value(QLatin1String("reportToId")));
    agent.isSupervisor = object.value(QLatin1String("isSupervisor")).toBool();
    return agent;
}

Team teamFrom(const QJsonObject &object)
{
    Team team;
    team.teamId = idFrom(object.value(QLatin1String("teamId")));
    team.teamName = object.value(QLatin1String("teamName")).toString();
    team.isActive = object.value(QLatin1String("isActive")).toBool(true);
    // A string in NICE's schema; a number is read the same way, should a tenant send one.
    const QJsonValue lead = object.value(QLatin1String("teamLeadId"));
    team.teamLeadId = lead.isDouble() ? QString::number(lead.toInteger()) : lead.toString().trimmed();
    team.agentCount = object.value(QLatin1String("agentCount")).toInt();
    const QJsonValue recording = object.value(QLatin1String("niceScreenRecordingEnabled"));
    if (recording.isBool()) {
        team.screenRecordingEnabled = recording.toBool();
    }
    return team;
}
} // namespace

std::optional<AgentPage> AgentPage::parse(const QByteArray &body, QString *error, SharedStrings *strings)
{
    const std::optional<QJsonObject> object = jsonObjectFrom(body, error);
    if (!object) {
        return std::nullopt;
    }
    const QJsonValue agentsValue = object->value(QLatin1String("agents"));
    const std::optional<int> total = countFrom(object->value(QLatin1String("totalRecords")));
    if (!agentsValue.isArray() || !total) {
        *error = QStringLiteral("agents or totalRecords missing");
        return std::nullopt;
    }
    const QJsonArray array = agentsValue.toArray();
    AgentPage page;
    page.totalRecords = *total;
    page.served = int(array.size());
    page.agents.reserve(array.size());
    for (const QJsonValue &value : array) {
        Agent agent = agentFrom(value.toObject(), strings);
        if (agent.agentId > 0) {
            page.agents.append(std::move(agent));
        }
    }
    return page;
}

std::optional<AgentStatesAnswer> AgentStatesAnswer::parse(
    const QByteArray &body, QString *error, SharedStrings *strings)
{
    const std::optional<QJsonObject> object = jsonObjectFrom(body, error);
    if (!object) {
        return std::nullopt;
    }
    const QJsonValue statesValue = object->value(QLatin1String("agentStates"));
    if (!statesValue.isArray()) {
        *error = QStringLiteral("agentStates missing");
        return std::nullopt;
    }
    AgentStatesAnswer answer;
    const QJsonValue pollTime = object->value(QLatin1String("lastPollTime"));
    if (!pollTime.isUndefined()) {
        // Fed back as the next updatedSince: garbage here would ask CXone a question it refuses.
        answer.lastPollTime = pollTime.toString();
        if (!QDateTime::fromString(answer.lastPollTime, Qt::ISODateWithMs).isValid()) {
            *error = QStringLiteral("lastPollTime is not a date");
            return std::nullopt;
        }
    }
    const QJsonArray states = statesValue.toArray();
    answer.states.reserve(states.size());
    for (const QJsonValue &value : states) {
        const QJsonObject state = value.toObject();
        const qint64 agentId = idFrom(state.value(QLatin1String("agentId")));
        if (agentId <= 0) {
            continue;
        }
        const QDateTime since = utcFrom(state.value(QLatin1String("startDate")).toString());
        answer.states.append(
            { agentId, shared(strings, state.value(QLatin1String("agentStateName")).toString()), since });
    }
    return answer;
}

std::optional<TeamPage> TeamPage::parse(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = jsonObjectFrom(body, error);
    if (!object) {
        return std::nullopt;
    }
    const QJsonValue teamsValue = object->value(QLatin1String("teams"));
    if (!teamsValue.isArray()) {
        *error = QStringLiteral("teams missing");
        return std::nullopt;
    }
    TeamPage page;
    const QJsonValue totalValue = object->value(QLatin1String("totalRecords"));
    if (!totalValue.isUndefined()) {
        const std::optional<int> total = countFrom(totalValue);
        if (!total) {
            *error = QStringLiteral("totalRecords is not a count");
            return std::nullopt;
        }
        page.totalRecords = *total;
    }
    const QJsonArray array = teamsValue.toArray();
    page.served = int(array.size());
    for (const QJsonValue &value : array) {
        Team team = teamFrom(value.toObject());
        if (team.teamId > 0) {
            page.teams.append(std::move(team));
        }
    }
    return page;
}
