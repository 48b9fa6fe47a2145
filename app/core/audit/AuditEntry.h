// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditAction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One line of the audit trail: who did what to whose screen, when, why, and what came of it.
struct AuditEntry
{
    QDateTime atUtc;
    vigie::AuditAction action = vigie::AuditAction::Start;
    vigie::AuditResult result = vigie::AuditResult::Started;
    QString supervisor; // the signed-in access key
    QString agentName;
    QString userId;
    QString team; // the agent's team; empty when the caller did not know it
    int durationSeconds = 0;
    QString purpose;
    QString scope; // the supervisor scope in force, in words
    qint64 contactId = 0;
    QString detail;

    QJsonObject toJson() const;
    // Empty for an object that is not an entry this version knows (no time, an unknown action or result).
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);
};
