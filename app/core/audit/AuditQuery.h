// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Which entries of the audit trail someone asks to see: a period, an agent, a result.
struct AuditQuery
{
    QDateTime fromUtc; // inclusive; invalid: from the first entry
    QDateTime toUtc; // inclusive; invalid: up to the last entry
    QString agentContains; // case-insensitive part of the agent's name; empty: every agent
    std::optional<vigie::AuditResult> result;

    bool matches(const AuditEntry &entry) const;
};
