// SPDX-License-Identifier: Apache-2.0
#include "policy/RecordingPolicy.h"

#include <QSettings>

namespace {
// Day keys in English whatever the station's language: the administrator's file is not translated.
const std::array<QString, 7> kDayKeys { QStringLiteral("MondayHours"), QStringLiteral("TuesdayHours"),
    QStringLiteral("WednesdayHours"), QStringLiteral("ThursdayHours"), QStringLiteral("FridayHours"),
    QStringLiteral("SaturdayHours"), QStringLiteral("SundayHours") };

// "Training" or "Training:30" (minutes). The last colon splits, so a purpose may contain one.
std::optional<RecordingPolicy::Purpose> purposeFrom(const QString &text)
{
    RecordingPolicy::Purpose purpose;
    const qsizetype colon = text.lastIndexOf(u':');
    purpose.name = (colon < 0 ? text : text.left(colon)).trimmed();
    if (purpose.name.isEmpty()) {
        return std::nullopt;
    }
    if (colon >= 0) {
        bool ok = false;
        const int minutes = text.mid(colon + 1).trimmed().toInt(&ok);
        // CXone records at most 220 minutes (docs/cxone-contract.md).
        if (!ok || minutes < 1 || minutes > 220) {
            return std::nullopt;
        }
        purpose.longestSeconds = minutes * 60;
    }
    return purpose;
}

std::optional<RecordingPolicy::Hours> hoursFrom(const QString &text)
{
    const QStringList ends = text.split(u'-');
    if (ends.size() != 2) {
        return std::nullopt;
    }
    const QTime from = QTime::fromString(ends.at(0).trimmed(), QStringLiteral("H:mm"));
    // 24:00 closes a day; QTime has no such time, so it is kept as the day's last millisecond's end.
    const QString toText = ends.at(1).trimmed();
    const QTime to = toText == QLatin1String("24:00") ? QTime(0, 0) : QTime::fromString(toText, QStringLiteral("H:mm"));
    if (!from.isValid() || !to.isValid() || (to <= from && to != QTime(0, 0))) {
        return std::nullopt;
    }
    return RecordingPolicy::Hours { from, to };
}

QStringList listAt(QSettings &settings, const QString &key)
{
    QStringList values = settings.value(key).toStringList();
    for (QString &value : values) {
        value = value.trimmed();
    }
    values.removeAll(QString());
    return values;
}

bool readCount(QSettings &settings, const QString &key, int maximum, int *value, QString *error)
{
    const QString text = settings.value(key).toString().trimmed();
    if (text.isEmpty()) {
        return true;
    }
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < 0 || parsed > maximum) {
        *error = QStringLiteral("Policy/%1 must be a whole number from 0 to %2, not \"%3\"")
                     .arg(key)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *value = parsed;
    return true;
}
} // namespace

QString RecordingPolicy::readFrom(QSettings &settings)
{
    *this = RecordingPolicy();
    settings.beginGroup(QStringLiteral("Policy"));
    QString error;
    for (const QString &text : listAt(settings, QStringLiteral("Purposes"))) {
        const std::optional<Purpose> purpose = purposeFrom(text);
        if (!purpose) {
            error = QStringLiteral("Policy/Purposes: \"%1\" must be a purpose, or a purpose and its longest minutes "
                                   "from 1 to 220 (\"Training:30\")")
                        .arg(text);
            break;
        }
        purposes.append(*purpose);
    }
    for (const QString &name : listAt(settings, QStringLiteral("JustificationRequiredFor"))) {
        if (error.isEmpty()) {
            auto named = std::find_if(
                purposes.begin(), purposes.end(), [&name](const Purpose &purpose) { return purpose.name == name; });
            if (named == purposes.end()) {
                error = QStringLiteral(
                    "Policy/JustificationRequiredFor names \"%1\", which Policy/Purposes does not list")
                            .arg(name);
            } else {
                named->requiresJustification = true;
            }
        }
    }
    for (std::size_t day = 0; day < kDayKeys.size() && error.isEmpty(); ++day) {
        for (const QString &text : listAt(settings, kDayKeys.at(day))) {
            const std::optional<Hours> stretch = hoursFrom(text);
            if (!stretch) {
                error = QStringLiteral("Policy/%1: \"%2\" must be hours like 08:00-12:00").arg(kDayKeys.at(day), text);
                break;
            }
            hours.at(day).append(*stretch);
        }
    }
    if (error.isEmpty() && readCount(settings, QStringLiteral("RecordingsPer7Days"), 1000, &recordingsPer7Days, &error)
        && readCount(settings, QStringLiteral("RecordingsPer30Days"), 1000, &recordingsPer30Days, &error)) {
        readCount(settings, QStringLiteral("MinutesPer30Days"), 30 * 24 * 60, &minutesPer30Days, &error);
    }
    dailyNotice = settings.value(QStringLiteral("DailyNotice")).toStringList().join(QStringLiteral(", ")).trimmed();
    settings.endGroup();
    return error;
}

bool RecordingPolicy::limitsHours() const
{
    return std::any_of(hours.begin(), hours.end(), [](const QList<Hours> &day) { return !day.isEmpty(); });
}

const RecordingPolicy::Purpose *RecordingPolicy::purposeNamed(const QString &name) const
{
    for (const Purpose &purpose : purposes) {
        if (purpose.name == name) {
            return &purpose;
        }
    }
    return nullptr;
}

QStringList RecordingPolicy::purposeNames() const
{
    QStringList names;
    for (const Purpose &purpose : purposes) {
        names.append(purpose.name);
    }
    return names;
}

std::optional<int> RecordingPolicy::longestSecondsFor(const QString &purpose) const
{
    const Purpose *named = purposeNamed(purpose);
    return named && named->longestSeconds > 0 ? std::optional<int>(named->longestSeconds) : std::nullopt;
}

bool RecordingPolicy::requiresJustification(const QString &purpose) const
{
    const Purpose *named = purposeNamed(purpose);
    return named && named->requiresJustification;
}

QStringList RecordingPolicy::describe() const
{
    QStringList lines;
    QStringList purposeTexts;
    QStringList justified;
    for (const Purpose &purpose : purposes) {
        purposeTexts.append(purpose.longestSeconds > 0
                ? QStringLiteral("%1:%2").arg(purpose.name).arg(purpose.longestSeconds / 60)
                : purpose.name);
        if (purpose.requiresJustification) {
            justified.append(purpose.name);
        }
    }
    if (!purposeTexts.isEmpty()) {
        lines.append(QStringLiteral("Purposes=%1").arg(purposeTexts.join(QStringLiteral(", "))));
    }
    if (!justified.isEmpty()) {
        lines.append(QStringLiteral("JustificationRequiredFor=%1").arg(justified.join(QStringLiteral(", "))));
    }
    const std::pair<const char *, int> counts[] = { { "RecordingsPer7Days", recordingsPer7Days },
        { "RecordingsPer30Days", recordingsPer30Days }, { "MinutesPer30Days", minutesPer30Days } };
    for (const auto &[key, value] : counts) {
        if (value > 0) {
            lines.append(QStringLiteral("%1=%2").arg(QLatin1String(key)).arg(value));
        }
    }
    for (std::size_t day = 0; day < kDayKeys.size(); ++day) {
        QStringList stretches;
        for (const Hours &stretch : hours.at(day)) {
            stretches.append(QStringLiteral("%1-%2").arg(stretch.from.toString(QStringLiteral("HH:mm")),
                stretch.to == QTime(0, 0) ? QStringLiteral("24:00") : stretch.to.toString(QStringLiteral("HH:mm"))));
        }
        if (!stretches.isEmpty()) {
            lines.append(QStringLiteral("%1=%2").arg(kDayKeys.at(day), stretches.join(QStringLiteral(", "))));
        }
    }
    if (!dailyNotice.isEmpty()) {
        lines.append(QStringLiteral("DailyNotice=%1").arg(dailyNotice));
    }
    return lines;
}
