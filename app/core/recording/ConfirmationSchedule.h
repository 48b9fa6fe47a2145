// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

// When to ask CXone again about each unconfirmed start: soon at first, then less and less often
// (never hammering a CXone that is already struggling), each agent on its own schedule.
class ConfirmationSchedule : public QObject
{
    Q_OBJECT
public:
    using MonotonicClock = std::function<qint64()>;

    explicit ConfirmationSchedule(MonotonicClock clock, QObject *parent = nullptr);

    void setBackoff(int firstDelayMs, int longestDelayMs);
    // Schedules the next question for this agent, one step further apart than the last.
    void scheduleAfterFailure(const QString &userId);
    // Asks at once (a restart, a new sign-in, the supervisor pressing Stop).
    void scheduleNow(const QString &userId);
    void remove(const QString &userId);
    bool contains(const QString &userId) const { return m_entries.contains(userId); }

Q_SIGNALS:
    void due(const QString &userId);

private:
    struct Entry
    {
        qint64 dueAtMs = 0;
        int failures = 0;
    };
    void arm();
    void fire();

    MonotonicClock m_clock;
    QHash<QString, Entry> m_entries;
    QTimer m_timer;
    int m_firstDelayMs = 2000;
    int m_longestDelayMs = 60000;
};
