// SPDX-License-Identifier: Apache-2.0
#include "text/Formatting.h"

#include <QLocale>
#include <QTextDocument> // Qt::mightBeRichText

QString Formatting::clock(int seconds)
{
    seconds = qMax(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString Formatting::spoken(int seconds)
{
    const int hours = seconds / 3600;
    const int minutes = (seconds / 60) % 60;
    const int rest = seconds % 60;
    QStringList parts;
    if (hours > 0) {
        parts << tr("%n h", "hours, abbreviated", hours);
    }
    if (minutes > 0) {
        parts << tr("%n min", "minutes, abbreviated", minutes);
    }
    if (rest > 0 || parts.isEmpty()) {
        parts << tr("%n s", "seconds, abbreviated", rest);
    }
    return parts.join(QLatin1Char(' '));
}

QString Formatting::timeOfDay(const QDateTime &utc)
{
    // The locale's short format (24-hour in French, AM/PM in US English) with seconds added:
    // "ends at" must be exact to the second to be checked against a countdown.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s'))) {
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    return locale.toString(utc.toLocalTime().time(), format);
}

QString Formatting::dateTime(const QDateTime &utc)
{
    // The locale's short date is ambiguous across the Atlantic ("12/7/26"): the date is ISO,
    // the time of day the locale's.
    return utc.toLocalTime().date().toString(Qt::ISODate) + QLatin1Char(' ') + timeOfDay(utc);
}

QString Formatting::plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text)) {
        return text;
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}
