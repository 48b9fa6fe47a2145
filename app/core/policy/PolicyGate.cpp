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
        ++m_elsewhereVersion;
        Q_EMIT countsChanged();
    });
}

const RecordingPolicy &PolicyGate::policy() const
{
    static const RecordingPolicy none;
    return m_evaluator ? m_evaluator->policy() : none;
}

const PolicyHistory &PolicyGate::history() const
{
    const qint64 head = m_trail->head().count;
    if (head != m_historyHead || m_elsewhereVersion != m_historyElsewhereVersion) {
        m_history = PolicyHistory();
        m_history.addTrail(m_trail->entries(QDateTime::currentDateTimeUtc().addSecs(-kHistorySeconds)));
        for (auto agent = m_elsewhere.all().cbegin(); agent != m_elsewhere.all().cend(); ++agent) {
            for (const PastStart &start : agent.value()) {
                m_history.add(agent.key(), start);
            }
        }
        m_historyHead = head;
        m_historyElsewhereVersion = m_elsewhereVersion;
    }
    return m_history;
}

QVector<PastStart> PolicyGate::startsOf(const QString &userId) const { return history().startsOf(userId); }

PolicyVerdict PolicyGate::check(const QString &userId, const PolicyRequest &request) const
{
    if (!m_evaluator) {
        return {};
    }
    return m_evaluator->evaluate(startsOf(userId), QDateTime::currentDateTimeUtc(), request);
}

PolicyVerdict PolicyGate::checkExtension(const QString &userId, qint64 contactId, const PolicyRequest &request) const
{
    if (!m_evaluator) {
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
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
    return m_evaluator ? m_evaluator->allowance(startsOf(userId), QDateTime::currentDateTimeUtc()) : PolicyAllowance();
}
