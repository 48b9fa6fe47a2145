// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// One team of the tenant, as GET /teams lists it (docs/cxone-contract.md#listing-teams): what scoping a supervisor
// to their teams and warning before a recording CXone will not make need to know.
struct Team
{
    qint64 teamId = 0;
    QString teamName;
    bool isActive = true;
    // The team lead, as /teams gives it: a string, the lead's CXone user ID on the tenants seen
    // (an agentId is accepted too). Empty when the team has none.
    QString teamLeadId;
    int agentCount = 0;
    // niceScreenRecordingEnabled; absent from the answer: unknown.
    std::optional<bool> screenRecordingEnabled;
};

Q_DECLARE_METATYPE(Team)
