// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/ApiOutcome.h"
#include "cxone/DirectoryAnswers.h"
#include "cxone/DirectoryReader.h"
#include "cxone/HttpResponse.h"
#include "cxone/RetryPolicy.h"
#include "cxone/TeamDirectory.h"
#include "scope/SupervisorScope.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class QNetworkAccessManager;
class TokenProvider;

// The agents of the tenant the supervisor may see, paged from the admin API, and their live
// states, refreshed on an interval. Pages are fetched a few at a time once the first one tells
// the total; the teams are fetched beside them, for the supervisor's scope and each team's
// screen-recording flag. Agents outside the scope never leave this class: not in agents(), not in
// agentsLoaded, not in statesChanged. Pages and state lists are read on a thread of their own
// (DirectoryReader); this class, its signals included, lives on the window's.
//
// After the first full answer, each state refresh asks only for what changed since the previous
// answer's lastPollTime (docs/cxone-contract.md#agent-states). The whole state list is asked for again after a
// failed refresh (the reconnection) and every fullRefreshIntervalMs, to catch what a delta missed;
// reload() (F5, sign-in) fetches the whole directory again.
class AgentDirectory : public QObject
{
    Q_OBJECT
public:
    AgentDirectory(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent = nullptr);

    void setRefreshIntervalMs(int intervalMs);
    int refreshIntervalMs() const { return m_refreshTimer.interval(); }
    // 0: only after a reconnection.
    void setFullRefreshIntervalMs(int intervalMs);
    void setRetryPolicy(const RetryPolicy &policy);
    // The administrator's scope settings; they apply from the next load.
    void setScopeSettings(const ScopeSettings &settings);

    // Loads the whole directory, then states; periodic state refreshes follow.
    void reload();
    void refreshStates();
    void stop();

    bool isLoading() const { return m_loading; }
    const QVector<Agent> &agents() const { return m_agents; }
    // The scope of the last load (unresolved before the first one).
    const SupervisorScope &scope() const { return m_scope; }
    QDateTime lastRefreshUtc() const { return m_lastRefreshUtc; }

    // More than the six connections Qt opens to a host: the pages beyond them wait in Qt's
    // queue, and go out the moment a connection is free rather than after the page before them is
    // read (docs/performance.md, round four). So the directory needs a network access manager of
    // its own (SupervisorSession). The next page is asked for when one arrives, before it is read.
    static constexpr int kConcurrentPages = 12;
    // Pages asked for or still to be read, at most: enough to keep CXone busy while the reader
    // reads the state list (most of a second at 100,000 agents), and a bound on the pages past
    // the last one that a total announced too high makes Vigie ask for.
    static constexpr int kPagesAhead = 4 * kConcurrentPages;
    // Bounds on what a server can make Vigie fetch and hold, whatever totalRecords says.
    static constexpr int kMaxAgents = 1000000;
    static constexpr int kMaxPages = 2000;
    // Each announcement sorts and lays out the whole list shown: a page at a time, that is a
    // hundred times over for 100,000 agents.
    static constexpr int kAnnounceIntervalMs = 100;
    // Agents announced at once, at most (a page is never split): pages given back together (as
    // after the state list) are announced a few at a time, each step its own event, so no click
    // waits behind one long sort (docs/performance.md, round five).
    static constexpr int kAnnounceAtMost = 5000;

Q_SIGNALS:
    void loadProgress(int loaded, int total);
    // During the first load of a tenant of several pages, when every agent is in scope: the
    // pages in the server's order once they and all before them have arrived, without states
    // yet, so the list is shown before the last page. The first page comes at once; pages that
    // arrive later wait up to kAnnounceIntervalMs to be announced together, kAnnounceAtMost
    // agents a step, the steps of a backlog one event apart. Every page is announced before
    // agentsLoaded, which then brings the same agents in the same order.
    void agentsArriving(const QVector<Agent> &agents);
    // Before agentsLoaded, at each load: which agents the supervisor may see and record. With a
    // problem (no team matches), agentsLoaded follows with no agent.
    void scopeResolved(const SupervisorScope &scope);
    void agentsLoaded(const QVector<Agent> &agents);
    void statesChanged(const QVector<AgentStateChange> &changes);
    void loadFailed(ApiOutcome outcome, const QString &detail);
    void refreshFailed(ApiOutcome outcome, const QString &detail);
    void refreshSucceeded();

private:
    // An /agents/states answer, read as soon as it arrives: during a load the states come long
    // before the last page, and reading them then keeps their reading out of the load's end.
    struct StatesReply
    {
        int status = 0;
        ApiOutcome outcome = ApiOutcome::Success;
        std::optional<AgentStatesAnswer> answer; // a 200 that is the documented JSON
        QString error; // why a 200 is not
    };

    void requestPage(int skip);
    void handlePage(int skip, const HttpResponse &response);
    void handlePageRead(int skip, const std::optional<AgentPage> &page, const QString &error);
    void acceptPage();
    void requestPages();
    void finishLoadWhenComplete();
    void finishLoad();
    void handleTeamsFailed(ApiOutcome outcome, const QString &detail);
    void failLoad(ApiOutcome outcome, const QString &detail);
    void handleStates(const HttpResponse &response);
    void handleStatesRead(const std::optional<AgentStatesAnswer> &answer, const QString &error);
    void acceptStates(const StatesReply &reply);
    void applyStates(const StatesReply &reply, bool initialLoad);
    void announceArrivedPages();
    void announcePagesInOrder(int atMost);
    bool pagesWaitingToBeAnnounced() const;
    QUrl agentsUrl(int skip) const;

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    RetryPolicy m_policy;
    TeamDirectory m_teams;
    ScopeSettings m_scopeSettings;
    SupervisorScope m_scope;
    QTimer m_refreshTimer;
    QTimer m_reloadTimer; // after a failed load: CXone or the network may come back
    QTimer m_fullRefreshTimer;
    QTimer m_announceTimer;
    DirectoryReader m_reader;

    bool m_loading = false;
    bool m_pagesDone = false;
    bool m_teamsDone = false;
    bool m_statesDone = false;
    // The load asks for every state beside the pages; the answer waits here for the agents.
    StatesReply m_initialStates;
    bool m_teamsKnown = false; // false: /teams failed, flags unknown (only without scope settings)
    int m_totalRecords = -1;
    int m_nextSkip = 0;
    int m_pageStep = 0;
    int m_pagesInFlight = 0; // asked for, not answered
    int m_pagesBeingRead = 0; // answered, with the reader
    int m_agentsReceived = 0;
    bool m_progressive = false;
    int m_nextSkipToAnnounce = 0;
    QMap<int, QVector<Agent>> m_pages; // by skip, so the directory keeps the server's order
    QList<QPointer<ApiCall>> m_calls;
    QPointer<ApiCall> m_stateCall;
    bool m_readingStates = false; // the last state answer is with the reader

    QVector<Agent> m_agents;
    QHash<qint64, int> m_indexByAgentId;
    QDateTime m_lastRefreshUtc;
    QDateTime m_statesRequestedAtUtc;
    bool m_fullRefreshDue = false; // the next refresh asks for every state
    // The next updatedSince: the last answer's lastPollTime. Empty: ask for every state.
    QString m_updatedSince;
};
