// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policy/PolicyEvaluator.h"

#include <QHash>
#include <QString>
#include <QVector>

struct AuditEntry;
struct SiteStart;

// Each agent's recordings the policy counts, by user id, gathered from what the station knows:
// its own audit trail (every start it sent, whatever the ledger still holds) and the site
// registry's recordings from other stations.
class PolicyHistory
{
public:
    // From the trail's entries, oldest first; called again with the entries that followed. A start counts once CXone
    // started it, or may have (its answer was lost: the agent may be recording); its length is what was asked, or, once
    // stopped, how long it ran. An Extend counts its minutes, not as another recording.
    void addTrail(const QVector<AuditEntry> &entries);
    // Other stations' starts and stops, as the registry's log holds them; this station's own are
    // in its trail.
    void addSite(const QVector<SiteStart> &starts, const QString &thisStation);

    // One more start of the agent's, unless one at the same moment is already there.
    void add(const QString &userId, const PastStart &start);

    QVector<PastStart> startsOf(const QString &userId) const { return m_starts.value(userId); }
    const QHash<QString, QVector<PastStart>> &all() const { return m_starts; }

private:
    struct Counted
    {
        QString userId;
        qsizetype index = 0;
    };
    QHash<QString, QVector<PastStart>> m_starts;
    QHash<qint64, Counted> m_trailByContact; // the trail's starts, for the stops that follow them
};
