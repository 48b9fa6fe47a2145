// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <optional>

class QSettings;

// What the works council agreed a screen recording may be ([Policy] in the administrator's file,
// docs/privacy.md): for which purposes and how long each, how often per agent over rolling
// windows, at which hours, and what the supervisor confirms once a day. A limit left at 0 does
// not apply; a policy with nothing set allows everything Vigie allowed before it.
struct RecordingPolicy
{
    struct Purpose
    {
        QString name;
        int longestSeconds = 0; // 0: only CXone's own limit
        bool requiresJustification = false;
    };
    // A stretch of a day when recording is allowed, on the station's wall clock: [from, to).
    struct Hours
    {
        QTime from;
        QTime to;
    };

    QList<Purpose> purposes; // empty: the built-in list (or [Recording] Purposes), no longest duration
    int recordingsPer7Days = 0;
    int recordingsPer30Days = 0;
    int minutesPer30Days = 0;
    // Indexed by Qt::DayOfWeek - 1 (Monday first). All empty: any hour; once one day has hours,
    // a day without any allows none.
    std::array<QList<Hours>, 7> hours;
    QString dailyNotice; // empty: no notice to confirm

    // Reads the [Policy] group as a whole; empty when it is valid, else why not (in English, for
    // the administrator's terminal).
    QString readFrom(QSettings &settings);

    // The longest rolling window a cap counts over, in days.
    static constexpr int kLongestWindowDays = 31;
    bool hasRollingCaps() const { return recordingsPer7Days > 0 || recordingsPer30Days > 0 || minutesPer30Days > 0; }
    bool limitsHours() const;
    const Purpose *purposeNamed(const QString &name) const;
    QStringList purposeNames() const;
    // The longest a recording for this purpose may last; nullopt: only CXone's own limit.
    std::optional<int> longestSecondsFor(const QString &purpose) const;
    bool requiresJustification(const QString &purpose) const;
    // The [Policy] group as the administrator would write it, for the report's "policy in force".
    QStringList describe() const;
};
