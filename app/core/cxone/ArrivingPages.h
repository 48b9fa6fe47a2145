// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"

#include <QMap>
#include <QObject>
#include <QTimer>

// The agent pages of a load, kept by skip so the list keeps the server's order whatever order they
// arrive in; when the list is shown as they arrive, announced in that order. The first page comes
// at once; pages that arrive later wait up to kAnnounceIntervalMs to be announced together,
// kAnnounceAtMost agents a step, the steps of a backlog one event apart.
class ArrivingPages : public QObject
{
    Q_OBJECT
public:
    // Each announcement sorts and lays out the whole list shown: a page at a time, that is a
    // hundred times over for 100,000 agents.
    static constexpr int kAnnounceIntervalMs = 100;
    // Agents announced at once, at most (a page is never split): pages given back together (as
    // after the state list) are announced a few at a time, each step its own event, so no click
    // waits behind one long sort.
    static constexpr int kAnnounceAtMost = 5000;

    // Whether pages are shown before the whole list: only a first paint of an unrestricted list
    // is; a list already shown stays as it is until the new one.
    enum class Showing { AtTheEnd, AsPagesArrive };

    ArrivingPages();

    void restart(Showing showing);
    void add(int skip, QVector<Agent> agents) { m_pages.insert(skip, std::move(agents)); }
    // Announces the pages that arrived in order, now or soon; pageStep and totalRecords as the
    // load knows them now.
    void announceArrived(int pageStep, int totalRecords);
    bool hasWaiting() const;
    // Announces what waits, a step per event, then says announcedAll.
    void announceTheRest() { m_timer.start(0); }
    void stop() { m_timer.stop(); }
    // Every page, in the server's order; none are kept.
    QVector<Agent> takeAll();

Q_SIGNALS:
    void agentsArriving(const QVector<Agent> &agents);
    // An announcement left nothing waiting.
    void announcedAll();

private:
    void announceInOrder();

    QTimer m_timer;
    Showing m_showing = Showing::AtTheEnd;
    QMap<int, QVector<Agent>> m_pages; // by skip
    int m_pageStep = 0;
    int m_totalRecords = -1;
    int m_nextSkipToAnnounce = 0;
};
