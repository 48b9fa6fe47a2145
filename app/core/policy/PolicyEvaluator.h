// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policy/PolicyVerdict.h"
#include "policy/RecordingPolicy.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVector>

// A recording of one agent the policy counts: when it started and for how long.
struct PastStart
{
    QDateTime atUtc;
    int seconds = 0;
    // An Extend's new start counts its minutes, not as another recording.
    bool newRecording = true;
    qint64 contactId = 0; // 0: not known (an unconfirmed start, another station's claim)
};

// A start the policy is asked about.
struct PolicyRequest
{
    QString purpose;
    int durationSeconds = 0;
    QString justification;
    // The start half of an Extend: more minutes of a recording already counted, not another one.
    bool extension = false;
    // Who asks: the daily notice is theirs to confirm (PolicyGate).
    QString supervisor;
};

// What the policy still allows an agent now, for the panel before Start ("2 of 3 left this week").
struct PolicyAllowance
{
    std::optional<int> recordingsLeftIn7Days; // nullopt: no such cap
    std::optional<int> recordingsLeftIn30Days;
    std::optional<int> minutesLeftIn30Days;
    // Where now stands against the allowed hours; nullopt: the policy allows any hour.
    struct Hours
    {
        bool allowedNow = false;
        // Allowed now: when the stretch ends. Not allowed: when recording is next allowed;
        // invalid: at no hour within the coming week.
        QDateTime changesUtc;
    };
    std::optional<Hours> hours;

    bool atCap() const { return recordingsLeftIn7Days == 0 || recordingsLeftIn30Days == 0 || minutesLeftIn30Days == 0; }
};

// Decides whether a start keeps to the policy: no Qt widgets, no network, no clock of its own.
//
// Rolling windows are counted in elapsed time between UTC instants: "7 days" is 7 × 24 h before
// now, so midnight resets nothing and a daylight-saving change neither lengthens nor shortens a
// window. A start the wall clock dates after now (the clock was set back) still counts: setting
// a clock back never frees a cap. Allowed hours are the station's wall-clock hours in its time
// zone, as the agreement writes them; a recording must end within the stretch it starts in.
class PolicyEvaluator
{
public:
    explicit PolicyEvaluator(RecordingPolicy policy, QTimeZone zone = QTimeZone::systemTimeZone());

    const RecordingPolicy &policy() const { return m_policy; }
    const QTimeZone &zone() const { return m_zone; }

    PolicyVerdict evaluate(
        const QVector<PastStart> &starts, const QDateTime &nowUtc, const PolicyRequest &request) const;
    PolicyAllowance allowance(const QVector<PastStart> &starts, const QDateTime &nowUtc) const;

    static constexpr qint64 kWeekSeconds = 7 * 24 * 3600;
    static constexpr qint64 kMonthSeconds = 30 * 24 * 3600;

private:
    // The window's rule refuses: where the agent stands, and when it allows again (valid).
    std::optional<PolicyVerdict> countRule(
        vigie::PolicyRule rule, int limit, qint64 windowSeconds, const QVector<PastStart> &inWindow) const;
    std::optional<PolicyVerdict> minutesRule(const QVector<PastStart> &inMonth, int durationSeconds) const;
    bool fitsHours(const QDateTime &fromUtc, int durationSeconds) const;
    // The first moment from fromUtc on when a recording of this length fits the hours; invalid: none within a week.
    QDateTime nextFit(const QDateTime &fromUtc, int durationSeconds) const;
    PolicyAllowance::Hours hoursAt(const QDateTime &nowUtc) const;

    RecordingPolicy m_policy;
    QTimeZone m_zone;
};
