// SPDX-License-Identifier: Apache-2.0
#include "text/PolicyText.h"

#include "text/Formatting.h"

#include <QLocale>

namespace {
QString whenAgain(const PolicyVerdict &verdict)
{
    return verdict.allowsAgainUtc.isValid()
        ? PolicyText::tr("Allowed again from %1.").arg(Formatting::dateTime(verdict.allowsAgainUtc))
        : QString();
}
} // namespace

QString PolicyText::refusal(const PolicyVerdict &verdict)
{
    QString sentence;
    switch (verdict.rule) {
    case vigie::PolicyRule::None:
        return {};
    case vigie::PolicyRule::DailyNotice:
        return tr("The recording policy asks you to confirm its daily notice before your first recording of the day. "
                  "Start again to read and confirm it.");
    case vigie::PolicyRule::Purpose:
        return tr("The recording policy does not list this purpose. Choose one of the purposes it allows.");
    case vigie::PolicyRule::LongestDuration:
        return tr("The recording policy allows at most %n minute(s) for this purpose. Choose a shorter duration.",
            nullptr, verdict.limit);
    case vigie::PolicyRule::Justification:
        return tr("The recording policy asks for a justification for this purpose; it is kept in the audit trail.");
    case vigie::PolicyRule::Hours:
        sentence = tr("The recording policy does not allow recording at this time for this long.");
        break;
    case vigie::PolicyRule::RecordingsPer7Days:
        sentence = tr("The recording policy allows %n recording(s) of an agent per 7 days;", nullptr, verdict.limit)
            + QLatin1Char(' ') + tr("this agent has had %n.", nullptr, verdict.count);
        break;
    case vigie::PolicyRule::RecordingsPer30Days:
        sentence = tr("The recording policy allows %n recording(s) of an agent per 30 days;", nullptr, verdict.limit)
            + QLatin1Char(' ') + tr("this agent has had %n.", nullptr, verdict.count);
        break;
    case vigie::PolicyRule::MinutesPer30Days:
        sentence = tr("The recording policy allows %n minute(s) of recording of an agent per 30 days;", nullptr,
                       verdict.limit)
            + QLatin1Char(' ') + tr("this agent has had %n.", nullptr, verdict.count);
        break;
    }
    const QString again = whenAgain(verdict);
    return again.isEmpty() ? sentence : sentence + QLatin1Char(' ') + again;
}

QString PolicyText::allowance(const PolicyAllowance &allowance, const RecordingPolicy &policy)
{
    QStringList parts;
    if (allowance.recordingsLeftIn7Days) {
        parts.append(tr("%1 of %n recording(s) left this week", nullptr, policy.recordingsPer7Days)
                         .arg(*allowance.recordingsLeftIn7Days));
    }
    if (allowance.recordingsLeftIn30Days) {
        parts.append(tr("%1 of %n recording(s) left in 30 days", nullptr, policy.recordingsPer30Days)
                         .arg(*allowance.recordingsLeftIn30Days));
    }
    if (allowance.minutesLeftIn30Days) {
        parts.append(tr("%1 of %n minute(s) left in 30 days", nullptr, policy.minutesPer30Days)
                         .arg(*allowance.minutesLeftIn30Days));
    }
    if (allowance.hours) {
        parts.append(hours(*allowance.hours, QDateTime::currentDateTimeUtc()));
    }
    return parts.join(QStringLiteral(" · "));
}

QString PolicyText::hours(const PolicyAllowance::Hours &hours, const QDateTime &nowUtc)
{
    if (!hours.changesUtc.isValid()) {
        return tr("Recording not allowed now, nor at any hour in the coming week");
    }
    const QLocale locale;
    const QDateTime when = hours.changesUtc.toLocalTime();
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    const qint64 days = nowUtc.toLocalTime().date().daysTo(when.date());
    //: When recording is next allowed, or until when: a time today, tomorrow, or on a day of the coming week
    const QString moment = days == 0 ? time
        : days == 1                  ? tr("tomorrow at %1").arg(time)
                                     : tr("%1 at %2").arg(locale.dayName(when.date().dayOfWeek()), time);
    return hours.allowedNow ? tr("Recording allowed now until %1").arg(moment)
                            : tr("Recording not allowed now; allowed from %1").arg(moment);
}
