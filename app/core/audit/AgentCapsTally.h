// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditReport.h"

#include <QHash>

// The report's agents against the policy's caps: each agent recorded in the period, with the most
// recordings (and minutes) they had in any rolling window ending at one of their starts in the
// period, as the policy counts them (PolicyHistory), starts before the period included.
class AgentCapsTally
{
public:
    // names: the report's name for each user-id (pseudonymised or not).
    static QVector<AuditReport::AgentAgainstCaps> compute(const QVector<AuditEntry> &entries, const QDateTime &fromUtc,
        const QDateTime &toUtc, const QHash<QString, QString> &names);
};
