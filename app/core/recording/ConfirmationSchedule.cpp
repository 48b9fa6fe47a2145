// SPDX-License-Identifier: Apache-2.0
#include "recording/ConfirmationSchedule.h"

#include <QRandomGenerator>

namespace {
constexpr qint64 kNotScheduled = std::numeric_limits<qint64>::max();
}

ConfirmationSchedule::ConfirmationSchedule(MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConfirmationSchedule::fire);
}

void ConfirmationSchedule::setBackoff(int firstDelayMs, int longestDelayMs)
{
    m_firstDelayMs = qMax(1, firstDelayMs);
    m_longestDelayMs = qMax(m_firstDelayMs, longestDelayMs);
}

void ConfirmationSchedule::scheduleAfterFailure(const QString &userId)
{
    Entry &entry = m_entries[userId];
    const qint64 ceiling = qMin<qint64>(m_longestDelayMs, qint64(m_firstDelayMs) << qMin(entry.failures, 16));
    ++entry.failures;
    // Three quarters fixed, a quarter random: agents that failed together are asked apart.
    entry.dueAtMs = m_clock() + ceiling * 3 / 4 + QRandomGenerator::global()->bounded(ceiling / 4 + 1);
    arm();
}

void ConfirmationSchedule::scheduleNow(const QString &userId)
{
    m_entries[userId].dueAtMs = m_clock();
    arm();
}

void ConfirmationSchedule::remove(const QString &userId)
{
    m_entries.remove(userId);
    arm();
}

void ConfirmationSchedule::arm()
{
    if (m_entries.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 next = kNotScheduled;
    for (const Entry &entry : std::as_const(m_entries)) {
        next = qMin(next, entry.dueAtMs);
    }
    if (next == kNotScheduled) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, next - m_clock(), qint64(m_longestDelayMs))));
}

void ConfirmationSchedule::fire()
{
    const qint64 now = m_clock();
    QStringList dueNow;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->dueAtMs <= now) {
            dueNow.append(it.key());
        }
    }
    // An asked agent stays, unscheduled, until the caller reschedules or removes it: its failure
    // count must survive for the next back-off step.
    for (const QString &userId : std::as_const(dueNow)) {
        m_entries[userId].dueAtMs = kNotScheduled;
    }
    arm();
    for (const QString &userId : std::as_const(dueNow)) {
        Q_EMIT due(userId);
    }
}
