// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Durations and times as the supervisor reads them, in the active language.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
public:
    // "1:05:09": countdowns and the exact duration entry.
    static QString clock(int seconds);
    // "1 h 5 min 9 s" / "1 h 5 min 9 s": for sentences and screen readers.
    static QString spoken(int seconds);
    // Local time of day, 24-hour in French: "14:32:05".
    static QString timeOfDay(const QDateTime &utc);
    // "2026-12-07 14:32:05" (2:32:05 PM in US English): a date no reader can take for another.
    static QString dateTime(const QDateTime &utc);
    // A tooltip shown as it is written: Qt renders one that looks like HTML as HTML, and tooltips
    // quote agent names and purposes.
    static QString plainToolTip(const QString &text);
};
