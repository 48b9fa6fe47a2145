// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditQuery.h"

bool AuditQuery::matches(const AuditEntry &entry) const
{
    return (!fromUtc.isValid() || entry.atUtc >= fromUtc) && (!toUtc.isValid() || entry.atUtc <= toUtc)
        && (agentContains.isEmpty() || entry.agentName.contains(agentContains, Qt::CaseInsensitive))
        && (!result || entry.result == *result);
}
