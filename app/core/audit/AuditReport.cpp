// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditReport.h"

#include "audit/AgentCapsTally.h"
#include "audit/AuditCsv.h"

#include <QHash>
#include <QRegularExpression>

namespace {
struct Recording
{
    QDateTime startedAtUtc;
    int durationSeconds = 0;
    QString agentKey; // user-id, or the name when the trail has none
    QString agent;
    QString team;
    QString supervisor;
    QString purpose;
    bool extension = false;
    enum class End { NotRecorded, StoppedEarly, EndedByTime, Extended, Forgotten } end = End::NotRecorded;
    QDateTime endedAtUtc; // for a stop
};

QDate mondayOf(const QDate &date) { return date.addDays(1 - date.dayOfWeek()); }

// A recording the trail saw begin: started, or a lost answer later confirmed.
bool begins(const AuditEntry &entry)
{
    return entry.contactId != 0
        && (entry.result == vigie::AuditResult::Started || entry.result == vigie::AuditResult::Confirmed)
        && (entry.action == vigie::AuditAction::Start || entry.action == vigie::AuditAction::Extend
            || entry.action == vigie::AuditAction::Recover);
}

qint64 replacedContact(const AuditEntry &entry)
{
    static const QRegularExpression replaces(QStringLiteral("replaces contact (\\d+)"));
    const QRegularExpressionMatch match = replaces.match(entry.detail);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// Stable pseudonyms within one report, in order of first appearance: the order of names says nothing.
class Pseudonyms
{
public:
    Pseudonyms(bool enabled, QChar prefix)
        : m_enabled(enabled)
        , m_prefix(prefix)
    {
    }
    QString operator()(const QString &name)
    {
        if (!m_enabled || name.isEmpty()) {
            return name;
        }
        auto found = m_names.constFind(name);
        if (found == m_names.cend()) {
            found = m_names.insert(
                name, m_prefix + QStringLiteral("%1").arg(m_names.size() + 1, 2, 10, QLatin1Char('0')));
        }
        return *found;
    }

private:
    bool m_enabled;
    QChar m_prefix;
    QHash<QString, QString> m_names;
};

QVector<AuditReport::Tally> sorted(const QHash<QString, AuditReport::Tally> &tallies)
{
    QVector<AuditReport::Tally> list(tallies.cbegin(), tallies.cend());
    std::sort(list.begin(), list.end(), [](const AuditReport::Tally &a, const AuditReport::Tally &b) {
        return a.recordings != b.recordings ? a.recordings > b.recordings : a.name < b.name;
    });
    return list;
}

void add(QHash<QString, AuditReport::Tally> &tallies, const QString &name, qint64 seconds)
{
    AuditReport::Tally &tally = tallies[name];
    tally.name = name;
    ++tally.recordings;
    tally.seconds += seconds;
    tally.longestSeconds = qMax(tally.longestSeconds, seconds);
}

} // namespace

QString AuditReport::weekName(const QDate &monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

AuditReport::Figures AuditReport::compute(
    const QVector<AuditEntry> &entries, const Options &options, const AuditLog::Verification &verification)
{
    Figures figures;
    figures.options = options;
    figures.trailVerified = verification.intact;
    figures.trailStatus = verification.intact ? QString() : verification.reason;
    figures.trailEntries = verification.purged + verification.entries;
    const QDateTime fromUtc = options.from.startOfDay().toUTC();
    const QDateTime toUtc = options.to.endOfDay().toUTC();
    const QDateTime nowUtc = options.nowUtc.isValid() ? options.nowUtc : QDateTime::currentDateTimeUtc();
    const auto inPeriod = [&](const AuditEntry &entry) { return entry.atUtc >= fromUtc && entry.atUtc <= toUtc; };

    // The trail in order: each recording from its start, ended by the first entry that ends its contact.
    QHash<qint64, Recording> recordings;
    QVector<qint64> order;
    Pseudonyms agents(options.pseudonymise, QLatin1Char('A'));
    Pseudonyms supervisors(options.pseudonymise, QLatin1Char('S'));
    QHash<QPair<int, QString>, int> refusals;
    QHash<QString, QString> agentNames; // by user-id, as the report names them
    for (const AuditEntry &entry : entries) {
        if (!entry.userId.isEmpty() && !agentNames.contains(entry.userId) && inPeriod(entry)) {
            agentNames.insert(entry.userId, agents(entry.agentName));
        }
        if (inPeriod(entry) && entry.result == vigie::AuditResult::RefusedByPolicy) {
            // "refused-by-policy: recordings-per-7-days 3/3, allowed again from …"
            const std::optional<PolicyVerdict> verdict
                = PolicyVerdict::fromAuditText(entry.detail.section(QLatin1Char(':'), 1).trimmed());
            figures.policyRefusals.append({ entry.atUtc, agents(entry.agentName), supervisors(entry.supervisor),
                verdict.value_or(PolicyVerdict()) });
        }
        if (inPeriod(entry)) {
            if (entry.result == vigie::AuditResult::Unknown) {
                ++figures.answersLost;
            } else if (entry.result == vigie::AuditResult::Confirmed) {
                ++figures.confirmedLater;
            } else if (entry.result == vigie::AuditResult::UnconfirmedEndedByTime) {
                ++figures.endedUnconfirmed;
            } else if ((entry.result == vigie::AuditResult::Refused || entry.result == vigie::AuditResult::Failed
                           || entry.result == vigie::AuditResult::RefusedByPolicy)
                && (entry.action == vigie::AuditAction::Start || entry.action == vigie::AuditAction::Extend)) {
                ++refusals[{ int(entry.result), entry.detail.section(QLatin1Char(':'), 0, 0).trimmed() }];
            }
        }
        if (begins(entry) && !recordings.contains(entry.contactId)) {
            if (const qint64 replaced = replacedContact(entry); recordings.contains(replaced)) {
                recordings[replaced].end = Recording::End::Extended;
            }
            if (!inPeriod(entry)) {
                recordings.insert(entry.contactId, {}); // known, outside the period: its end is not counted
                continue;
            }
            Recording recording;
            recording.startedAtUtc = entry.atUtc;
            recording.durationSeconds = entry.durationSeconds;
            recording.agentKey = entry.userId.isEmpty() ? entry.agentName : entry.userId;
            recording.agent = agents(entry.agentName);
            recording.team = entry.team;
            recording.supervisor = supervisors(entry.supervisor);
            recording.purpose = entry.purpose;
            recording.extension = entry.action == vigie::AuditAction::Extend || replacedContact(entry) != 0;
            recordings.insert(entry.contactId, recording);
            order.append(entry.contactId);
            continue;
        }
        const auto found = recordings.find(entry.contactId);
        if (entry.contactId == 0 || found == recordings.end() || found->end != Recording::End::NotRecorded) {
            continue;
        }
        switch (entry.result) {
        case vigie::AuditResult::Stopped:
            found->endedAtUtc = entry.atUtc;
            found->end = found->startedAtUtc.addSecs(found->durationSeconds) > entry.atUtc
                ? Recording::End::StoppedEarly
                : Recording::End::EndedByTime;
            break;
        case vigie::AuditResult::AlreadyEnded:
        case vigie::AuditResult::EndedByItself:
        case vigie::AuditResult::EndedWhileClosed:
        case vigie::AuditResult::UnconfirmedEndedByTime:
            found->end = Recording::End::EndedByTime;
            break;
        case vigie::AuditResult::Forgotten:
            found->endedAtUtc = entry.atUtc;
            found->end = Recording::End::Forgotten;
            break;
        default:
            break;
        }
    }

    QHash<QString, Tally> byTeam;
    QHash<QString, Tally> bySupervisor;
    QHash<QString, Tally> byPurpose;
    QHash<QString, Tally> byAgent;
    for (QDate monday = mondayOf(options.from); monday <= options.to; monday = monday.addDays(7)) {
        figures.weeks.append(monday);
    }
    for (const qint64 contactId : std::as_const(order)) {
        const Recording &recording = recordings.value(contactId);
        // A stop or a forget ends the screen recording there; otherwise it ran its whole duration, or
        // is still running.
        qint64 seconds = recording.durationSeconds;
        if (recording.endedAtUtc.isValid()) {
            seconds = qMin<qint64>(seconds, recording.startedAtUtc.secsTo(recording.endedAtUtc));
        } else if (recording.end == Recording::End::NotRecorded) {
            seconds = qMin<qint64>(seconds, recording.startedAtUtc.secsTo(nowUtc));
        }
        seconds = qMax<qint64>(0, seconds);
        ++figures.recordings;
        figures.extensions += recording.extension ? 1 : 0;
        figures.recordedSeconds += seconds;
        add(byTeam, recording.team, seconds);
        add(bySupervisor, recording.supervisor, seconds);
        add(byPurpose, recording.purpose, seconds);
        Tally &agent = byAgent[recording.agentKey];
        agent.name = recording.agent;
        ++agent.recordings;
        agent.seconds += seconds;
        figures.weeklySeconds[mondayOf(recording.startedAtUtc.toLocalTime().date())][recording.team] += seconds;
        switch (recording.end) {
        case Recording::End::NotRecorded:
            ++figures.endNotRecorded;
            break;
        case Recording::End::StoppedEarly:
            ++figures.stoppedEarly;
            break;
        case Recording::End::EndedByTime:
            ++figures.endedByTime;
            break;
        case Recording::End::Extended:
            ++figures.extended;
            break;
        case Recording::End::Forgotten:
            ++figures.forgotten;
            break;
        }
    }
    figures.byTeam = sorted(byTeam);
    figures.bySupervisor = sorted(bySupervisor);
    figures.byPurpose = sorted(byPurpose);
    for (const Tally &agent : sorted(byAgent)) {
        if (agent.recordings > options.recordedMoreThan) {
            figures.frequentAgents.append(agent);
        }
    }
    for (const Tally &team : std::as_const(figures.byTeam)) {
        figures.teams.append(team.name);
    }
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
        figures.refusals.append({ vigie::AuditResult(it.key().first), it.key().second, it.value() });
    }
    std::sort(figures.refusals.begin(), figures.refusals.end(), [](const Refusals &a, const Refusals &b) {
        return a.count != b.count ? a.count > b.count : a.reason < b.reason;
    });
    figures.policiesInForce = PolicyRecord::inForce(entries, fromUtc, toUtc);
    if (figures.policiesInForce.isEmpty() && !options.policy.describe().isEmpty()) {
        figures.policiesInForce.append({ {}, {}, options.policy.describe() });
    }
    figures.caps = figures.policiesInForce.isEmpty() ? RecordingPolicy() : figures.policiesInForce.last().caps();
    if (figures.caps.hasRollingCaps()) {
        figures.againstCaps = AgentCapsTally::compute(entries, fromUtc, toUtc, agentNames);
    }
    return figures;
}

AuditReport::Figures AuditReport::compute(AuditLog &log, const AuditHead &expectedHead, const Options &options)
{
    Figures figures = compute(log.entries(), options, AuditLog::verify(log.filePath(), expectedHead));
    figures.trailEndChecked = !expectedHead.isNull();
    return figures;
}

bool AuditReport::writeCsv(QIODevice *device, const Figures &figures, const Words &words, QLocale locale)
{
    // "1 234" would be text to Excel: numbers go without group separators.
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QChar separator = AuditCsv::separatorFor(locale);
    const auto label = words.label;
    QByteArray out(AuditCsv::kByteOrderMark);
    const auto row = [&](Label figure, const QString &item, const QString &week, const QString &value) {
        out += AuditCsv::row({ label(figure), item, week, value }, separator);
    };
    const auto number = [&locale](qint64 value) { return locale.toString(value); };
    const auto hoursText = [&locale](qint64 seconds) { return locale.toString(hours(seconds), 'f', 2); };
    const auto nameOr
        = [&label](const QString &name, Label fallback) { return name.isEmpty() ? label(fallback) : name; };

    out += AuditCsv::row(
        { label(Label::ColumnFigure), label(Label::ColumnItem), label(Label::ColumnWeek), label(Label::ColumnValue) },
        separator);
    row(Label::Period, label(Label::From), {}, figures.options.from.toString(Qt::ISODate));
    row(Label::Period, label(Label::To), {}, figures.options.to.toString(Qt::ISODate));
    if (figures.options.pseudonymise) {
        row(Label::Period, label(Label::Pseudonymised), {}, label(Label::Yes));
    }
    for (const QString &station : figures.stations) {
        row(Label::AuditTrail, label(Label::Station), {}, station);
    }
    for (const Tally &station : figures.byStation) {
        row(Label::RecordingsPerStation, station.name, {}, number(station.recordings));
    }
    row(Label::AuditTrail, label(Label::Verified), {}, label(figures.trailVerified ? Label::Yes : Label::No));
    if (!figures.trailVerified) {
        row(Label::AuditTrail, label(Label::Reason), {}, figures.trailStatus);
    }
    row(Label::Recordings, label(Label::Total), {}, number(figures.recordings));
    row(Label::Recordings, label(Label::Extensions), {}, number(figures.extensions));
    row(Label::RecordedHours, label(Label::Total), {}, hoursText(figures.recordedSeconds));
    for (const Tally &team : figures.byTeam) {
        row(Label::RecordingsPerTeam, nameOr(team.name, Label::UnknownTeam), {}, number(team.recordings));
    }
    for (const Tally &team : figures.byTeam) {
        row(Label::HoursPerTeam, nameOr(team.name, Label::UnknownTeam), {}, hoursText(team.seconds));
    }
    for (const Tally &supervisor : figures.bySupervisor) {
        row(Label::RecordingsPerSupervisor, supervisor.name, {}, number(supervisor.recordings));
    }
    for (const Tally &purpose : figures.byPurpose) {
        row(Label::Purposes, nameOr(purpose.name, Label::NoPurpose), {}, number(purpose.recordings));
    }
    row(Label::Endings, label(Label::StoppedEarly), {}, number(figures.stoppedEarly));
    row(Label::Endings, label(Label::EndedByTime), {}, number(figures.endedByTime));
    row(Label::Endings, label(Label::Extended), {}, number(figures.extended));
    row(Label::Endings, label(Label::Forgotten), {}, number(figures.forgotten));
    row(Label::Endings, label(Label::EndNotRecorded), {}, number(figures.endNotRecorded));
    row(Label::Unconfirmed, label(Label::AnswersLost), {}, number(figures.answersLost));
    row(Label::Unconfirmed, label(Label::ConfirmedLater), {}, number(figures.confirmedLater));
    row(Label::Unconfirmed, label(Label::EndedUnconfirmed), {}, number(figures.endedUnconfirmed));
    for (const Refusals &refusal : figures.refusals) {
        const QString item = refusal.reason.isEmpty()
            ? words.result(refusal.result)
            : words.result(refusal.result) + QStringLiteral(": ") + refusal.reason;
        row(Label::Refusals, item, {}, number(refusal.count));
    }
    for (const Tally &purpose : figures.byPurpose) {
        row(Label::HoursPerPurpose, nameOr(purpose.name, Label::NoPurpose), {}, hoursText(purpose.seconds));
    }
    for (const Tally &purpose : figures.byPurpose) {
        row(Label::LongestHoursPerPurpose, nameOr(purpose.name, Label::NoPurpose), {},
            hoursText(purpose.longestSeconds));
    }
    const QDateTime fromUtc = figures.options.from.startOfDay().toUTC();
    const QDateTime toUtc = figures.options.to.endOfDay().toUTC();
    for (const PolicyInForce &policy : figures.policiesInForce) {
        // The week column carries when it was in force, within the period (ISO 8601 interval, local time).
        const QString when = !policy.recorded()
            ? label(Label::PolicySetNow)
            : std::max(policy.sinceUtc, fromUtc).toLocalTime().toString(Qt::ISODate) + QLatin1Char('/')
                + (policy.untilUtc.isValid() ? std::min(policy.untilUtc, toUtc) : toUtc)
                      .toLocalTime()
                      .toString(Qt::ISODate);
        if (policy.lines.isEmpty()) {
            row(Label::PolicyInForce, label(Label::NoPolicy), when, {});
        }
        for (const QString &line : policy.lines) {
            row(Label::PolicyInForce, line.section(QLatin1Char('='), 0, 0), when, line.section(QLatin1Char('='), 1));
        }
    }
    for (const AgentAgainstCaps &agent : figures.againstCaps) {
        row(Label::MostIn7Days, agent.name, {}, number(agent.most7Days));
    }
    for (const AgentAgainstCaps &agent : figures.againstCaps) {
        row(Label::MostIn30Days, agent.name, {}, number(agent.most30Days));
    }
    for (const AgentAgainstCaps &agent : figures.againstCaps) {
        row(Label::MostMinutesIn30Days, agent.name, {}, number(agent.mostMinutes30Days));
    }
    for (const PolicyRefusal &refusal : figures.policyRefusals) {
        // The week column carries the moment: a refusal is one event, not a weekly figure.
        row(Label::RefusedByPolicy, refusal.agent, refusal.atUtc.toLocalTime().toString(Qt::ISODate),
            words.policyRefusal ? words.policyRefusal(refusal.verdict) : refusal.verdict.auditText());
    }
    row(Label::FrequentAgents, label(Label::Threshold), {}, number(figures.options.recordedMoreThan));
    for (const Tally &agent : figures.frequentAgents) {
        row(Label::FrequentAgents, agent.name, {}, number(agent.recordings));
    }
    for (const QDate &week : figures.weeks) {
        for (const QString &team : figures.teams) {
            row(Label::HoursPerTeamAndWeek, nameOr(team, Label::UnknownTeam), weekName(week),
                hoursText(figures.weeklySeconds.value(week).value(team)));
        }
    }
    return device->write(out) == out.size();
}
