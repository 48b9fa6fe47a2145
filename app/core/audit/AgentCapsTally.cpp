// SPDX-License-Identifier: Apache-2.0
#include "audit/AgentCapsTally.h"

#include "policy/PolicyHistory.h"

QVector<AuditReport::AgentAgainstCaps> AgentCapsTally::compute(const QVector<AuditEntry> &entries,
    const QDateTime &fromUtc, const QDateTime &toUtc, const QHash<QString, QString> &names)
{
    PolicyHistory history;
    history.addTrail(entries);
    QVector<AuditReport::AgentAgainstCaps> agents;
    for (auto agent = history.all().cbegin(); agent != history.all().cend(); ++agent) {
        AuditReport::AgentAgainstCaps caps;
        caps.name = names.value(agent.key(), agent.key());
        for (const PastStart &start : agent.value()) {
            if (start.atUtc < fromUtc || start.atUtc > toUtc) {
                continue;
            }
            caps.recordings += start.newRecording ? 1 : 0;
            int in7 = 0;
            int in30 = 0;
            qint64 seconds30 = 0;
            for (const PastStart &other : agent.value()) {
                const qint64 before = other.atUtc.secsTo(start.atUtc);
                if (before < 0) {
                    continue;
                }
                in7 += other.newRecording && before < PolicyEvaluator::kWeekSeconds ? 1 : 0;
                in30 += other.newRecording && before < PolicyEvaluator::kMonthSeconds ? 1 : 0;
                seconds30 += before < PolicyEvaluator::kMonthSeconds ? other.seconds : 0;
            }
            caps.most7Days = qMax(caps.most7Days, in7);
            caps.most30Days = qMax(caps.most30Days, in30);
            caps.mostMinutes30Days = qMax(caps.mostMinutes30Days, int((seconds30 + 59) / 60));
        }
        if (caps.recordings > 0) {
            agents.append(caps);
        }
    }
    std::sort(agents.begin(), agents.end(),
        [](const AuditReport::AgentAgainstCaps &a, const AuditReport::AgentAgainstCaps &b) {
            return a.most30Days != b.most30Days ? a.most30Days > b.most30Days : a.name < b.name;
        });
    return agents;
}
