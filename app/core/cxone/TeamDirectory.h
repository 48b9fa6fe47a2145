// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/ApiOutcome.h"
#include "cxone/RetryPolicy.h"
#include "cxone/Team.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class QNetworkAccessManager;
class TokenProvider;
struct HttpResponse;

// The tenant's teams, from GET /teams (docs/cxone-contract.md#listing-teams): who leads each, and whether NICE
// screen recording is on for it. Paged with skip/top like the agents, a page at a time: tenants
// have tens of teams where they have thousands of agents.
class TeamDirectory : public QObject
{
    Q_OBJECT
public:
    TeamDirectory(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    // Starts a fresh load; one already on its way is dropped.
    void load();
    void stop();

    const QVector<Team> &teams() const { return m_teams; }

Q_SIGNALS:
    void loaded(const QVector<Team> &teams);
    void loadFailed(vigie::ApiOutcome outcome, const QString &detail);

private:
    void requestPage(int skip);
    void handlePage(int skip, const HttpResponse &response);
    void fail(vigie::ApiOutcome outcome, const QString &detail);
    QUrl teamsUrl(int skip) const;

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    RetryPolicy m_policy;
    QPointer<ApiCall> m_call;
    QVector<Team> m_received; // pages of the load on its way
    int m_pagesReceived = 0;
    QVector<Team> m_teams;
};
