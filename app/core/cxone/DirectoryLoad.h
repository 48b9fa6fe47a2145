// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/ApiOutcome.h"
#include "cxone/ArrivingPages.h"
#include "cxone/DirectoryAnswers.h"
#include "cxone/RetryPolicy.h"
#include "cxone/TeamDirectory.h"
#include "scope/SupervisorScope.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <utility>

class ApiCall;
class DirectoryReader;
class QNetworkAccessManager;
class TokenProvider;
struct HttpResponse;

// One load of the tenant's directory: the agent pages (docs/cxone-contract.md#listing-agents), a
// few at a time once the first one tells the total, and the teams beside them
// (docs/cxone-contract.md#listing-teams); then the supervisor's scope over both, and the agents in
// it with their team's screen-recording flag. Pages are read on the reader's thread.
class DirectoryLoad : public QObject
{
    Q_OBJECT
public:
    // More than the six connections Qt opens to a host: the pages beyond them wait in Qt's queue,
    // and go out the moment a connection is free rather than after the page before them is read.
    // So the directory needs a network access manager of its own (SupervisorSession). The next
    // page is asked for when one arrives, before it is read.
    static constexpr int kConcurrentPages = 12;
    // Pages asked for or still to be read, at most: enough to keep CXone busy while the reader
    // reads the state list (most of a second at 100,000 agents), and a bound on the pages past
    // the last one that a total announced too high makes Vigie ask for.
    static constexpr int kPagesAhead = 4 * kConcurrentPages;
    // Bounds on what a server can make Vigie fetch and hold, whatever totalRecords says.
    static constexpr int kMaxAgents = 1000000;
    static constexpr int kMaxPages = 2000;

    // The agents in scope, in the server's order, each once.
    struct Listing
    {
        QVector<Agent> agents;
        QHash<qint64, int> rowByAgentId;
    };
    using Showing = ArrivingPages::Showing;
    enum class Phase {
        Idle, // no load, or it failed or was stopped
        Fetching, // pages or teams still to come
        Announcing, // everything came; pages waiting to be announced go first
        Complete, // scope() and takeListing() hold the result
    };

    DirectoryLoad(
        QNetworkAccessManager *network, TokenProvider *tokens, DirectoryReader *reader, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy);
    // Drops a load on its way and starts another.
    void start(const ScopeSettings &settings, Showing showing);
    void stop();

    Phase phase() const { return m_phase; }
    // Once complete.
    const SupervisorScope &scope() const { return m_scope; }
    Listing takeListing() { return std::exchange(m_listing, {}); }

Q_SIGNALS:
    void progress(int loaded, int total);
    // With Showing::AsPagesArrive: the pages in the server's order once they and all before them
    // have arrived (ArrivingPages). Every page is announced before the load is complete.
    void agentsArriving(const QVector<Agent> &agents);
    // A page arrived: the states can be asked for beside the pages still to come.
    void pageAccepted();
    void completed();
    void failed(vigie::ApiOutcome outcome, const QString &detail);

private:
    // Whether every page was read: set once a page is accepted with none asked for or being read.
    enum class Pages { Coming, AllRead };
    // What the teams came to: the scope needs them; without scope settings, only their flags do.
    enum class Teams { Loading, Known, Unknown };

    void requestPage(int skip);
    void requestPages();
    void handlePage(int skip, const HttpResponse &response);
    void handlePageRead(int skip, const std::optional<AgentPage> &page, const QString &error);
    void acceptPage();
    void handleTeamsFailed(vigie::ApiOutcome outcome, const QString &detail);
    void completeWhenEverythingCame();
    void resolveScope();
    void fail(vigie::ApiOutcome outcome, const QString &detail);
    QUrl agentsUrl(int skip) const;

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    DirectoryReader *m_reader;
    RetryPolicy m_policy;
    TeamDirectory m_teams;
    ScopeSettings m_scopeSettings;
    ArrivingPages m_pages;

    Phase m_phase = Phase::Idle;
    Pages m_pagesState = Pages::Coming;
    Teams m_teamsState = Teams::Loading;
    int m_totalRecords = -1; // unknown until the first page
    int m_nextSkip = 0;
    int m_pageStep = 0;
    int m_pagesInFlight = 0; // asked for, not answered
    int m_pagesBeingRead = 0; // answered, with the reader
    int m_agentsReceived = 0;
    QList<QPointer<ApiCall>> m_calls;

    SupervisorScope m_scope;
    Listing m_listing;
};
