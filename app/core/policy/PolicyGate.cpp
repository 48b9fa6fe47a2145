// SPDX-License-Identifier: Apache-2.0
#include "policy/PolicyGate.h"

#include "audit/AuditLog.h"
#include "registry/SiteRegistry.h"

namespace {
// A day beyond the longest window: a recording that started just before it still ends within it.
constexpr qint64 kHistorySeconds = PolicyEvaluator::kMonthSeconds + 24 * 3600;
} // namespace

PolicyGate::PolicyGate(AuditLog *trail, QObject *parent)
    : QObject(parent)
    , m_trail(trail)
{
}

void PolicyGate::setPolicy(const RecordingPolicy &policy, const QTimeZone &zone)
{
    m_evaluator.emplace(policy, zone);
    Q_EMIT countsChanged();
}

void PolicyGate::setSiteRegistry(SiteRegistry *registry)
{
    m_registry = registry;
    connect(registry, &SiteRegistry::startsRead, this, [this](const QVector<SiteStart> &starts) {
        m_elsewhere.addSite(starts, m_registry->station());
        Q_EMIT countsChanged();
    });
}

const RecordingPolicy &PolicyGate::policy() const
{
    static const RecordingPolicy none;
    return m_evaluator ? m_evaluator->policy() : none;
}

void PolicyGate::catchUpWithTrail() const
{
    const QDateTime now = m_nowUtc();
    const qint64 head = m_trail->head().count;
    if (m_trailHead < 0 || head < m_trailHead || !m_trailReadInFullUtc.isValid()
        || qAbs(m_trailReadInFullUtc.secsTo(now)) > 24 * 3600) {
        const QVector<AuditEntry> entries = m_trail->entries(now.addSecs(-kHistorySeconds));
        m_trailHistory = PolicyHistory();
        m_trailHistory.addTrail(entries);
        m_notices = NoticeConfirmations();
        m_notices.addTrail(entries);
        m_trailReadInFullUtc = now;
    } else if (head > m_trailHead) {
        QVector<AuditEntry> added;
        for (qint64 sequence = m_trailHead + 1; sequence <= head; ++sequence) {
            if (const std::optional<AuditEntry> entry = m_trail->entryAt(sequence)) {
                added.append(*entry);
            }
        }
        m_trailHistory.addTrail(added);
        m_notices.addTrail(added);
    }
    m_trailHead = head;
}

QVector<PastStart> PolicyGate::startsOf(const QString &userId) const
{
    catchUpWithTrail();
    return m_trailHistory.startsOf(userId) + m_elsewhere.startsOf(userId);
}

bool PolicyGate::noticeConfirmed(const QString &supervisor) const
{
    if (!m_evaluator || m_evaluator->policy().dailyNotice.isEmpty()) {
        return true;
    }
    catchUpWithTrail();
    return m_notices.confirmedOn(supervisor, m_evaluator->policy().dailyNotice, m_nowUtc(), m_evaluator->zone());
}

PolicyVerdict PolicyGate::check(const QString &userId, const PolicyRequest &request) const
{
    if (!m_evaluator) {
        return {};
    }
    if (!noticeConfirmed(request.supervisor)) {
        // Confirming it, not waiting, allows the start.
        return { vigie::PolicyRule::DailyNotice, 0, 1, {} };
    }
    return m_evaluator->evaluate(startsOf(userId), m_nowUtc(), request);
}

PolicyVerdict PolicyGate::checkExtension(const QString &userId, qint64 contactId, const PolicyRequest &request) const
{
    if (!m_evaluator) {
        return {};
    }
    if (!noticeConfirmed(request.supervisor)) {
        return { vigie::PolicyRule::DailyNotice, 0, 1, {} };
    }
    const QDateTime now = m_nowUtc();
    QVector<PastStart> starts = startsOf(userId);
    // The running recording is stopped first: it counts for the minutes it has run.
    for (PastStart &start : starts) {
        if (start.contactId == contactId) {
            start.seconds = int(std::clamp<qint64>(start.atUtc.secsTo(now), 0, start.seconds));
        }
    }
    PolicyRequest extension = request;
    extension.extension = true;
    return m_evaluator->evaluate(starts, now, extension);
}

PolicyAllowance PolicyGate::allowance(const QString &userId) const
{
    return m_evaluator ? m_evaluator->allowance(startsOf(userId), m_nowUtc()) : PolicyAllowance();
}
