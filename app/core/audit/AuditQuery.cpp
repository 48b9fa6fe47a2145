// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditQuery.h"

bool AuditQuery::matches(const AuditEntry &entry) const
{
    return (!fromUtc.isValid() || entry.atUtc >= fromUtc) && (!toUtc.isValid() || entry.atUtc <= toUtc)
        && (agentContains.isEmpty() || entry.agentName.contains(agentContains, Qt::CaseInsensitive))
        && (!result || entry.result == *result);
}
