// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policy/RecordingPolicy.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <optional>

struct AuditEntry;

// A policy that was in force for a stretch of time, as the audit trail recorded it.
struct PolicyInForce
{
    QDateTime sinceUtc; // when the trail recorded it; invalid: not recorded, the policy set when asked
    QDateTime untilUtc; // when the trail recorded the next one; invalid: still in force
    QStringList lines; // the [Policy] group's lines (RecordingPolicy::describe()); empty: no policy

    bool recorded() const { return sinceUtc.isValid(); }
    // The caps these lines set (the report measures agents against them); the rest is left out.
    RecordingPolicy caps() const;
};

// The policy in force as the audit trail records it: a `policy`/`in-force` entry whose detail is
// the [Policy] group's lines as a JSON array, written at launch whenever the station's policy
// differs from the last one the trail recorded. The monthly report reads from these entries the
// policies in force during its period, not the one set when it is made.
class PolicyRecord
{
public:
    // The entry's detail for this policy: ["Purposes=Training:30","RecordingsPer7Days=3"].
    static QString detailFor(const RecordingPolicy &policy);
    // The detail of the last policy entry, oldest first; nullopt when the trail records none.
    static std::optional<QString> lastRecorded(const QVector<AuditEntry> &entries);
    // The policies in force at some moment from fromUtc to toUtc, oldest first, from the trail's
    // entries (oldest first). Empty when the trail records no policy before toUtc.
    static QVector<PolicyInForce> inForce(
        const QVector<AuditEntry> &entries, const QDateTime &fromUtc, const QDateTime &toUtc);
};
