// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/RecordingResults.h"
#include "recording/RecordingJobQueue.h"

#include <QSet>
#include <QStringList>

#include <functional>

class RecordingTracker;
class SiteRegistry;
struct RegistryClaimAnswer;
struct TrackedRecording;

// The one place a start passes before it leaves for CXone, its intent already in the audit trail
// and the ledger. A station of a site (docs/registry.md) claims the agent in the site registry
// first: the start leaves once the claim is granted, or when the registry cannot answer and the
// site does not require it for starts; it is refused while another station holds the agent. A
// station alone lets every start through at once.
class StartGate
{
public:
    enum class Verdict {
        Open, // nothing to claim: it leaves at once
        Granted, // it may leave, unless its supervisor withdrew it meanwhile
        Withdrawn, // stopped, cancelled, signed out or quit while the claim was on its way
        Refused, // it never leaves; the refusal says why
    };
    using Decision = std::function<void(Verdict verdict, const StartResult &refusal)>;

    explicit StartGate(const RecordingTracker *tracker);

    // None: this station alone.
    void setSiteRegistry(SiteRegistry *registry) { m_registry = registry; }
    SiteRegistry *siteRegistry() const { return m_registry; }

    // Decides whether the start may leave: at once, or when the registry answers its claim.
    void pass(const RecordingJob &job, const TrackedRecording &intent, Decision decide);
    bool isClaiming(const QString &userId) const { return m_claiming.contains(userId); }
    // The start whose claim is on its way is not sent when the answer comes.
    void withdraw(const QString &userId) { m_withdrawn.insert(userId); }
    // Withdraws every start whose claim is on its way, and names them.
    QStringList withdrawAll();

private:
    Verdict verdictOn(const RegistryClaimAnswer &answer, StartResult *refusal) const;

    const RecordingTracker *m_tracker;
    SiteRegistry *m_registry = nullptr;
    // Starts whose claim the registry has not answered yet (in flight as far as the queue knows,
    // not sent to CXone), and those among them withdrawn meanwhile.
    QSet<QString> m_claiming;
    QSet<QString> m_withdrawn;
};
