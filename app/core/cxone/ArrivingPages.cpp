// SPDX-License-Identifier: Apache-2.0
#include "cxone/ArrivingPages.h"

ArrivingPages::ArrivingPages()
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ArrivingPages::announceInOrder);
}

void ArrivingPages::restart(Showing showing)
{
    m_timer.stop();
    m_showing = showing;
    m_pages.clear();
    m_pageStep = 0;
    m_totalRecords = -1;
    m_nextSkipToAnnounce = 0;
}

void ArrivingPages::announceArrived(int pageStep, int totalRecords)
{
    m_pageStep = pageStep;
    m_totalRecords = totalRecords;
    // A tenant that fits in one page is listed whole, states and all, a moment later.
    if (m_showing != Showing::AsPagesArrive || m_pageStep >= m_totalRecords) {
        return;
    }
    if (m_nextSkipToAnnounce == 0) {
        announceInOrder();
    } else if (!m_timer.isActive()) {
        m_timer.start(kAnnounceIntervalMs);
    }
}

bool ArrivingPages::hasWaiting() const
{
    return m_showing == Showing::AsPagesArrive && m_pageStep < m_totalRecords && m_pages.contains(m_nextSkipToAnnounce);
}

void ArrivingPages::announceInOrder()
{
    QVector<Agent> arrived;
    for (auto page = m_pages.constFind(m_nextSkipToAnnounce); page != m_pages.constEnd();
         page = m_pages.constFind(m_nextSkipToAnnounce)) {
        if (!arrived.isEmpty() && arrived.size() + page->size() > kAnnounceAtMost) {
            break;
        }
        m_nextSkipToAnnounce += m_pageStep;
        arrived += *page;
    }
    if (!arrived.isEmpty()) {
        Q_EMIT agentsArriving(arrived);
    }
    if (hasWaiting()) {
        m_timer.start(0); // the rest once the events waiting meanwhile, a click among them, are handled
    } else {
        Q_EMIT announcedAll();
    }
}

QVector<Agent> ArrivingPages::takeAll()
{
    m_timer.stop();
    QVector<Agent> all;
    all.reserve(qMax(0, m_totalRecords));
    for (QVector<Agent> &page : m_pages) {
        all.append(std::move(page));
    }
    m_pages.clear();
    return all;
}
