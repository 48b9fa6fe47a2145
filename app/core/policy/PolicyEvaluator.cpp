// SPDX-License-Identifier: Apache-2.0
#include "policy/PolicyEvaluator.h"

#include <algorithm>

namespace {
// The starts since windowSeconds before now, and any the wall clock dates later, oldest first.
QVector<PastStart> within(const QVector<PastStart> &starts, const QDateTime &nowUtc, qint64 windowSeconds)
{
    const QDateTime opens = nowUtc.addSecs(-windowSeconds);
    QVector<PastStart> kept;
    for (const PastStart &start : starts) {
        if (start.atUtc > opens) {
            kept.append(start);
        }
    }
    std::sort(kept.begin(), kept.end(), [](const PastStart &a, const PastStart &b) { return a.atUtc < b.atUtc; });
    return kept;
}

QVector<PastStart> recordingsOnly(QVector<PastStart> starts)
{
    starts.removeIf([](const PastStart &start) { return !start.newRecording; });
    return starts;
}

int secondsOf(const QVector<PastStart> &starts)
{
    int total = 0;
    for (const PastStart &start : starts) {
        total += start.seconds;
    }
    return total;
}
} // namespace

PolicyEvaluator::PolicyEvaluator(RecordingPolicy policy, QTimeZone zone)
    : m_policy(std::move(policy))
    , m_zone(std::move(zone))
{
}

PolicyVerdict PolicyEvaluator::evaluate(
    const QVector<PastStart> &starts, const QDateTime &nowUtc, const PolicyRequest &request) const
{
    const QString &purpose = request.purpose;
    const int durationSeconds = request.durationSeconds;
    PolicyVerdict verdict;
    // Rules that waiting never lifts come first: the supervisor must change the request.
    if (!m_policy.purposes.isEmpty() && !m_policy.purposeNamed(purpose)) {
        verdict.rule = vigie::PolicyRule::Purpose;
        return verdict;
    }
    if (const std::optional<int> longest = m_policy.longestSecondsFor(purpose); longest && durationSeconds > *longest) {
        verdict.rule = vigie::PolicyRule::LongestDuration;
        verdict.count = (durationSeconds + 59) / 60;
        verdict.limit = *longest / 60;
        return verdict;
    }
    if (m_policy.requiresJustification(purpose) && request.justification.trimmed().isEmpty()) {
        verdict.rule = vigie::PolicyRule::Justification;
        return verdict;
    }
    if (m_policy.minutesPer30Days > 0 && durationSeconds > m_policy.minutesPer30Days * 60) {
        verdict.rule = vigie::PolicyRule::MinutesPer30Days;
        verdict.count = (durationSeconds + 59) / 60;
        verdict.limit = m_policy.minutesPer30Days;
        return verdict;
    }

    // Every window rule that refuses is lifted only once all of them are: the supervisor is told
    // the first, with the moment the last one lifts.
    const QVector<PastStart> inMonth = within(starts, nowUtc, kMonthSeconds);
    // An extension is a recording already counted: only its minutes count again.
    const std::optional<PolicyVerdict> refusals[] = {
        request.extension ? std::nullopt
                          : countRule(vigie::PolicyRule::RecordingsPer7Days, m_policy.recordingsPer7Days, kWeekSeconds,
                              recordingsOnly(within(starts, nowUtc, kWeekSeconds))),
        request.extension ? std::nullopt
                          : countRule(vigie::PolicyRule::RecordingsPer30Days, m_policy.recordingsPer30Days,
                              kMonthSeconds, recordingsOnly(inMonth)),
        minutesRule(inMonth, durationSeconds),
    };
    QDateTime windowsLift = nowUtc;
    for (const std::optional<PolicyVerdict> &refusal : refusals) {
        if (refusal) {
            if (verdict.allowed()) {
                verdict = *refusal;
            }
            windowsLift = std::max(windowsLift, refusal->allowsAgainUtc);
        }
    }
    const bool outsideHours = m_policy.limitsHours() && !fitsHours(nowUtc, durationSeconds);
    if (verdict.allowed() && !outsideHours) {
        return verdict;
    }
    if (verdict.allowed()) {
        verdict.rule = vigie::PolicyRule::Hours;
        verdict.count = (durationSeconds + 59) / 60;
    }
    verdict.allowsAgainUtc = m_policy.limitsHours() ? nextFit(windowsLift, durationSeconds) : windowsLift;
    return verdict;
}

std::optional<PolicyVerdict> PolicyEvaluator::countRule(
    vigie::PolicyRule rule, int limit, qint64 windowSeconds, const QVector<PastStart> &inWindow) const
{
    const int count = int(inWindow.size());
    if (limit <= 0 || count < limit) {
        return std::nullopt;
    }
    // Allowed again once all but limit - 1 of them have left the window.
    const PastStart &lastToLeave = inWindow.at(count - limit);
    return PolicyVerdict { rule, count, limit, lastToLeave.atUtc.addSecs(windowSeconds) };
}

std::optional<PolicyVerdict> PolicyEvaluator::minutesRule(const QVector<PastStart> &inMonth, int durationSeconds) const
{
    const int allowedSeconds = m_policy.minutesPer30Days * 60;
    int used = secondsOf(inMonth);
    if (allowedSeconds <= 0 || used + durationSeconds <= allowedSeconds) {
        return std::nullopt;
    }
    PolicyVerdict verdict { vigie::PolicyRule::MinutesPer30Days, (used + 59) / 60, m_policy.minutesPer30Days, {} };
    for (const PastStart &start : inMonth) {
        used -= start.seconds;
        if (used + durationSeconds <= allowedSeconds) {
            verdict.allowsAgainUtc = start.atUtc.addSecs(kMonthSeconds);
            break;
        }
    }
    return verdict;
}

bool PolicyEvaluator::fitsHours(const QDateTime &fromUtc, int durationSeconds) const
{
    const QDateTime local = fromUtc.toTimeZone(m_zone);
    const QDateTime endUtc = fromUtc.addSecs(durationSeconds);
    for (const RecordingPolicy::Hours &stretch : m_policy.hours.at(local.date().dayOfWeek() - 1)) {
        const QDateTime opens(local.date(), stretch.from, m_zone);
        const QDateTime closes = stretch.to == QTime(0, 0) ? QDateTime(local.date().addDays(1), QTime(0, 0), m_zone)
                                                           : QDateTime(local.date(), stretch.to, m_zone);
        if (opens <= fromUtc && endUtc <= closes) {
            return true;
        }
    }
    return false;
}

QDateTime PolicyEvaluator::nextFit(const QDateTime &fromUtc, int durationSeconds) const
{
    const QDate firstDay = fromUtc.toTimeZone(m_zone).date();
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = firstDay.addDays(offset);
        QList<RecordingPolicy::Hours> stretches = m_policy.hours.at(day.dayOfWeek() - 1);
        std::sort(stretches.begin(), stretches.end(),
            [](const RecordingPolicy::Hours &a, const RecordingPolicy::Hours &b) { return a.from < b.from; });
        for (const RecordingPolicy::Hours &stretch : stretches) {
            const QDateTime opens(day, stretch.from, m_zone);
            const QDateTime closes = stretch.to == QTime(0, 0) ? QDateTime(day.addDays(1), QTime(0, 0), m_zone)
                                                               : QDateTime(day, stretch.to, m_zone);
            const QDateTime candidate = std::max(opens, fromUtc);
            if (candidate.addSecs(durationSeconds) <= closes) {
                return candidate.toUTC();
            }
        }
    }
    return {};
}

PolicyAllowance::Hours PolicyEvaluator::hoursAt(const QDateTime &nowUtc) const
{
    const QDate today = nowUtc.toTimeZone(m_zone).date();
    // A stretch that ends at 24:00 yesterday's is over; one running now may have opened today only.
    for (const RecordingPolicy::Hours &stretch : m_policy.hours.at(today.dayOfWeek() - 1)) {
        const QDateTime opens(today, stretch.from, m_zone);
        const QDateTime closes = stretch.to == QTime(0, 0) ? QDateTime(today.addDays(1), QTime(0, 0), m_zone)
                                                           : QDateTime(today, stretch.to, m_zone);
        if (opens <= nowUtc && nowUtc < closes) {
            return { true, closes.toUTC() };
        }
    }
    // Not allowed now: the next stretch to open, within the coming week.
    QDateTime next;
    for (int offset = 0; offset <= 7 && !next.isValid(); ++offset) {
        const QDate day = today.addDays(offset);
        for (const RecordingPolicy::Hours &stretch : m_policy.hours.at(day.dayOfWeek() - 1)) {
            const QDateTime opens(day, stretch.from, m_zone);
            if (opens > nowUtc && (!next.isValid() || opens < next)) {
                next = opens;
            }
        }
    }
    return { false, next.toUTC() };
}

PolicyAllowance PolicyEvaluator::allowance(const QVector<PastStart> &starts, const QDateTime &nowUtc) const
{
    PolicyAllowance allowance;
    if (m_policy.limitsHours()) {
        allowance.hours = hoursAt(nowUtc);
    }
    const QVector<PastStart> inMonth = within(starts, nowUtc, kMonthSeconds);
    if (m_policy.recordingsPer7Days > 0) {
        allowance.recordingsLeftIn7Days = std::max(
            0, m_policy.recordingsPer7Days - int(recordingsOnly(within(starts, nowUtc, kWeekSeconds)).size()));
    }
    if (m_policy.recordingsPer30Days > 0) {
        allowance.recordingsLeftIn30Days
            = std::max(0, m_policy.recordingsPer30Days - int(recordingsOnly(inMonth).size()));
    }
    if (m_policy.minutesPer30Days > 0) {
        allowance.minutesLeftIn30Days = std::max(0, m_policy.minutesPer30Days - (secondsOf(inMonth) + 59) / 60);
    }
    return allowance;
}
