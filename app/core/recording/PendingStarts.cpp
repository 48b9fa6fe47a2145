// SPDX-License-Identifier: Apache-2.0
#include "recording/PendingStarts.h"

const TrackedRecording *PendingStarts::forUser(const QString &userId) const
{
    const auto it = std::find_if(
        m_intents.cbegin(), m_intents.cend(), [&userId](const TrackedRecording &r) { return r.userId == userId; });
    return it == m_intents.cend() ? nullptr : &*it;
}

TrackedRecording *PendingStarts::forUser(const QString &userId)
{
    // Changed through the pointer: no other list may share what it points into.
    m_intents.detach();
    return const_cast<TrackedRecording *>(std::as_const(*this).forUser(userId));
}

std::optional<TrackedRecording> PendingStarts::take(const QString &userId)
{
    const TrackedRecording *intent = forUser(userId);
    if (!intent) {
        return std::nullopt;
    }
    const TrackedRecording taken = *intent;
    m_intents.removeIf([&userId](const TrackedRecording &r) { return r.userId == userId; });
    return taken;
}

qsizetype PendingStarts::remove(const QStringList &userIds)
{
    return m_intents.removeIf([&userIds](const TrackedRecording &r) { return userIds.contains(r.userId); });
}

QVector<TrackedRecording> PendingStarts::takeElapsed(qint64 nowMs)
{
    for (TrackedRecording &intent : m_intents) {
        if (intent.confirmation == TrackedRecording::Confirmation::Queued) {
            intent.deadlineMs = nowMs + qint64(intent.durationSeconds) * 1000;
        }
    }
    QVector<TrackedRecording> elapsed;
    m_intents.removeIf([&](const TrackedRecording &intent) {
        const bool over = intent.deadlineMs <= nowMs;
        if (over) {
            elapsed.append(intent);
        }
        return over;
    });
    return elapsed;
}
