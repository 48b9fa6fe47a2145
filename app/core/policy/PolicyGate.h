// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policy/NoticeConfirmations.h"
#include "policy/PolicyEvaluator.h"
#include "policy/PolicyHistory.h"

#include <QObject>

#include <functional>
#include <optional>

class AuditLog;
class SiteRegistry;

// The policy as the recording controller applies it before any request leaves: each agent's
// count from this station's audit trail and, when the site has a registry, from every other
// station's recordings, so a cap holds across the site. Without a policy it allows everything.
class PolicyGate : public QObject
{
    Q_OBJECT
public:
    explicit PolicyGate(AuditLog *trail, QObject *parent = nullptr);

    void setPolicy(const RecordingPolicy &policy, const QTimeZone &zone = QTimeZone::systemTimeZone());
    // Other stations' starts, from the registry's log (its last 31 days, then each as it comes).
    void setSiteRegistry(SiteRegistry *registry);
    // The wall clock the policy reads (UTC); the system's unless a test moves it.
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }
    bool hasPolicy() const { return m_evaluator.has_value(); }
    const RecordingPolicy &policy() const;

    // Whether the supervisor may start today as far as the daily notice goes: the policy has none,
    // or the trail holds their confirmation of its words dated today (NoticeConfirmations).
    bool noticeConfirmed(const QString &supervisor) const;
    // On the wall clock's UTC now (see PolicyEvaluator for why that clock). Refused first when
    // request.supervisor has not confirmed today's notice.
    PolicyVerdict check(const QString &userId, const PolicyRequest &request) const;
    // An Extend of this running recording: its minutes so far count, and the new start's.
    PolicyVerdict checkExtension(const QString &userId, qint64 contactId, const PolicyRequest &request) const;
    PolicyAllowance allowance(const QString &userId) const;
    QVector<PastStart> startsOf(const QString &userId) const;

Q_SIGNALS:
    // Counts may have changed (a start, a stop, another station's recording).
    void countsChanged();

private:
    // Brings the trail's history up to the trail's end: its new entries only, or, once a day (to
    // forget what left every window), the whole last month again.
    void catchUpWithTrail() const;

    AuditLog *m_trail;
    SiteRegistry *m_registry = nullptr;
    std::function<QDateTime()> m_nowUtc = &QDateTime::currentDateTimeUtc;
    std::optional<PolicyEvaluator> m_evaluator;
    PolicyHistory m_elsewhere; // other stations' starts, from the registry
    mutable PolicyHistory m_trailHistory;
    mutable NoticeConfirmations m_notices;
    mutable qint64 m_trailHead = -1; // the trail's entry count m_trailHistory has read up to
    mutable QDateTime m_trailReadInFullUtc;
};
