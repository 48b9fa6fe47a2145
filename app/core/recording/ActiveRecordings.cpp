// SPDX-License-Identifier: Apache-2.0
#include "recording/ActiveRecordings.h"

void ActiveRecordings::assign(QVector<TrackedRecording> announced)
{
    m_announced = std::move(announced);
    reindex();
}

const TrackedRecording &ActiveRecordings::announceNext()
{
    ++m_announcedCount;
    m_announced.append(m_accepted.takeFirst());
    index(int(m_announced.size()) - 1);
    return m_announced.last();
}

std::optional<TrackedRecording> ActiveRecordings::take(qint64 contactId)
{
    const int row = m_rowByContact.value(contactId, -1);
    if (row < 0) {
        return std::nullopt;
    }
    TrackedRecording taken = m_announced.takeAt(row);
    reindex();
    return taken;
}

const TrackedRecording *ActiveRecordings::forUser(const QString &userId) const
{
    const int row = m_rowByUser.value(userId, -1);
    if (row >= 0) {
        return &m_announced.at(row);
    }
    const auto it = std::find_if(
        m_accepted.cbegin(), m_accepted.cend(), [&userId](const TrackedRecording &r) { return r.userId == userId; });
    return it == m_accepted.cend() ? nullptr : &*it;
}

const TrackedRecording *ActiveRecordings::byContact(qint64 contactId) const
{
    const int row = m_rowByContact.value(contactId, -1);
    if (row >= 0) {
        return &m_announced.at(row);
    }
    const auto it = std::find_if(m_accepted.cbegin(), m_accepted.cend(),
        [contactId](const TrackedRecording &r) { return r.contactId == contactId; });
    return it == m_accepted.cend() ? nullptr : &*it;
}

TrackedRecording *ActiveRecordings::byContact(qint64 contactId)
{
    // Changed through the pointer: no other list may share what it points into.
    m_announced.detach();
    m_accepted.detach();
    return const_cast<TrackedRecording *>(std::as_const(*this).byContact(contactId));
}

QVector<TrackedRecording> ActiveRecordings::stopsRequested() const
{
    QVector<TrackedRecording> requested;
    for (const QVector<TrackedRecording> *list : { &m_announced, &m_accepted }) {
        for (const TrackedRecording &recording : *list) {
            if (recording.stopRequested) {
                requested.append(recording);
            }
        }
    }
    return requested;
}

void ActiveRecordings::index(int row)
{
    m_rowByUser.insert(m_announced.at(row).userId, row);
    m_rowByContact.insert(m_announced.at(row).contactId, row);
}

void ActiveRecordings::reindex()
{
    m_rowByUser.clear();
    m_rowByContact.clear();
    for (int row = 0; row < m_announced.size(); ++row) {
        index(row);
    }
}
