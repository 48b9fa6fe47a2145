// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "policy/PolicyRecord.h"
#include "policy/PolicyVerdict.h"
#include "policy/RecordingPolicy.h"

#include <QDate>
#include <QIODevice>
#include <QLocale>
#include <QMap>
#include <QVector>

#include <functional>

// The monthly figures a compliance officer or a works council asks for, computed from the audit
// trail: recordings per team and per supervisor, recorded time, purposes, how recordings ended,
// outcomes never confirmed, refusals, agents recorded often, and whether the trail verified.
// A recording counts in the period it started in; its end is looked for in the whole trail.
// Words come from the caller (the UI's language); the figures and the CSV layout live here.
class AuditReport
{
public:
    struct Options
    {
        QDate from; // inclusive, in local time
        QDate to; // inclusive
        int recordedMoreThan = 5; // agents recorded more than this many times are listed
        bool pseudonymise = false; // agents and supervisors become A01, S01... in order of appearance
        QDateTime nowUtc; // for recordings still running; invalid: the current time
        // The works council's policy set now ([Policy]): stated only for a trail that records no
        // policy during the period (one written before Vigie recorded them).
        RecordingPolicy policy;
    };
    static constexpr int kDefaultRecordedMoreThan = 5;
    enum class Format { Pdf, Csv };

    struct Tally
    {
        QString name; // empty: unknown team, no purpose given
        int recordings = 0;
        qint64 seconds = 0;
        qint64 longestSeconds = 0;
    };
    // An agent recorded in the period, against each cap of the policy: the most recordings (and
    // minutes) the agent had in any rolling window that ended at one of their starts in the period,
    // counted as the policy counts them (PolicyHistory), starts before the period included.
    struct AgentAgainstCaps
    {
        QString name;
        int recordings = 0; // started in the period
        int most7Days = 0;
        int most30Days = 0;
        int mostMinutes30Days = 0;
    };
    // A start the policy refused: nothing was sent.
    struct PolicyRefusal
    {
        QDateTime atUtc;
        QString agent;
        QString supervisor;
        PolicyVerdict verdict;
    };
    struct Refusals
    {
        vigie::AuditResult result = vigie::AuditResult::Refused;
        QString reason; // CXone's outcome, as the trail names it ("forbidden"...)
        int count = 0;
    };
    struct Figures
    {
        Options options;
        int recordings = 0;
        int extensions = 0; // of the recordings, those that extended an earlier one
        qint64 recordedSeconds = 0;
        QVector<Tally> byTeam; // most recorded first
        QVector<Tally> bySupervisor;
        QVector<Tally> byPurpose;
        int stoppedEarly = 0;
        int endedByTime = 0;
        int extended = 0; // stopped to be started again for longer
        int forgotten = 0;
        int endNotRecorded = 0; // still running, or the trail holds no end
        int answersLost = 0; // starts whose answer was lost (result unknown)
        int confirmedLater = 0;
        int endedUnconfirmed = 0;
        QVector<Refusals> refusals; // most frequent first
        QVector<Tally> frequentAgents; // recorded more than options.recordedMoreThan times
        // The policies in force during the period, oldest first, as the trail recorded them (or, for
        // a trail that records none, the one set now, unrecorded); empty: no policy at any time.
        QVector<PolicyInForce> policiesInForce;
        RecordingPolicy caps; // the caps of the last policy in force in the period, the agents are measured against
        QVector<AgentAgainstCaps> againstCaps; // with caps: every agent recorded in the period
        QVector<PolicyRefusal> policyRefusals; // with or without a policy now: every refusal in the period
        QStringList teams; // every team in byTeam, in the chart's order
        QVector<QDate> weeks; // Mondays of the weeks the period touches
        QMap<QDate, QMap<QString, qint64>> weeklySeconds; // week -> team -> seconds recorded
        bool trailVerified = false;
        bool trailEndChecked = false; // the recording ledger kept a head to check the end against
        QString trailStatus; // the verification's reason, in English, when it did not verify
        qint64 trailEntries = 0;
        // A site's report: the stations whose trails the site registry holds; empty: this station's own trail.
        QStringList stations;
        QVector<Tally> byStation; // a site's report: the recordings each station started, in the stations' order
    };

    static Figures compute(
        const QVector<AuditEntry> &entries, const Options &options, const AuditLog::Verification &verification);
    // The figures of a trail, verified against the head the station kept (the recording ledger's).
    static Figures compute(AuditLog &log, const AuditHead &expectedHead, const Options &options);

    // The words of the CSV, in the caller's language.
    enum class Label {
        ColumnFigure,
        ColumnItem,
        ColumnWeek,
        ColumnValue,
        Period,
        From,
        To,
        AuditTrail,
        Verified,
        Yes,
        No,
        Reason,
        Recordings,
        Total,
        Extensions,
        RecordedHours,
        RecordingsPerTeam,
        HoursPerTeam,
        RecordingsPerSupervisor,
        Purposes,
        Endings,
        StoppedEarly,
        EndedByTime,
        Extended,
        Forgotten,
        EndNotRecorded,
        Unconfirmed,
        AnswersLost,
        ConfirmedLater,
        EndedUnconfirmed,
        Refusals,
        FrequentAgents,
        Threshold,
        HoursPerTeamAndWeek,
        UnknownTeam,
        NoPurpose,
        Pseudonymised,
        Station,
        PolicyInForce,
        MostIn7Days,
        MostIn30Days,
        MostMinutesIn30Days,
        RefusedByPolicy,
        HoursPerPurpose,
        LongestHoursPerPurpose,
        NoPolicy,
        PolicySetNow,
        RecordingsPerStation,
    };
    struct Words
    {
        std::function<QString(Label)> label;
        std::function<QString(vigie::AuditResult)> result;
        // A policy refusal in words; unset: its audit text.
        std::function<QString(const PolicyVerdict &)> policyRefusal;
    };
    // UTF-8 with a byte-order mark and the locale's separator and decimal mark, like AuditCsv:
    // one row per figure (figure, item, week, value), so Excel filters and pivots it.
    static bool writeCsv(QIODevice *device, const Figures &figures, const Words &words, QLocale locale);

    static double hours(qint64 seconds) { return double(seconds) / 3600.0; }
    // "2026-W45": the ISO week of a Monday.
    static QString weekName(const QDate &monday);
};
