// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/ApiOutcome.h"
#include "cxone/DirectoryAnswers.h"
#include "cxone/RetryPolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ApiCall;
class DirectoryReader;
class QNetworkAccessManager;
class TokenProvider;
struct HttpResponse;

// What GET /agents/states came to, read: every state, the changes, or nothing.
struct AgentStatesReply
{
    // What was asked: every state, or only the changes since the previous answer.
    enum class Question { Everything, Changes };
    Question question = Question::Everything;
    int status = 0;
    vigie::ApiOutcome outcome = vigie::ApiOutcome::Success;
    std::optional<AgentStatesAnswer> answer; // a 200 that is the documented JSON
    QString error; // why a 200 is not

    // An answer, or a 304 to a question about changes: nothing changed since.
    bool succeeded() const { return answer || (status == 304 && question == Question::Changes); }
    QString failure() const;
};

// Asks CXone for the agents' states, on an interval once polling is kept up. After a whole
// answer, each question asks only for what changed since the previous answer's lastPollTime
// (docs/cxone-contract.md#agent-states). Everything is asked for again after a failed answer (the
// reconnection), and every fullRefreshIntervalMs, to catch what a delta missed. One question at a
// time: none is asked while the previous one is on its way or being read.
class AgentStatePoller : public QObject
{
    Q_OBJECT
public:
    AgentStatePoller(
        QNetworkAccessManager *network, TokenProvider *tokens, DirectoryReader *reader, QObject *parent = nullptr);

    void setIntervalMs(int intervalMs) { m_pollTimer.setInterval(qMax(500, intervalMs)); }
    int intervalMs() const { return m_pollTimer.interval(); }
    // 0: only after a failed answer.
    void setFullRefreshIntervalMs(int intervalMs);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    // The next question asks for every state (a new load).
    void askEverythingNext() { m_next = AgentStatesReply::Question::Everything; }
    // Asks now, unless a question is on its way or being read, or nobody is signed in.
    void askNow();
    // Asks on the interval from now on, while signed in; a running interval goes on as it was.
    void keepPolling();
    // Asks for everything every fullRefreshIntervalMs from now.
    void restartFullRefreshes();
    // Stops the interval and drops the question on its way; the next question stays what it was.
    void stop();

Q_SIGNALS:
    void answered(const AgentStatesReply &reply);

private:
    // Where the question stands: none out, on its way to CXone, or its answer with the reader.
    enum class Exchange { Idle, Asking, Reading };

    void handleResponse(const HttpResponse &response);
    void handleRead(const std::optional<AgentStatesAnswer> &answer, const QString &error);
    void deliver(AgentStatesReply reply);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    DirectoryReader *m_reader;
    RetryPolicy m_policy;
    QTimer m_pollTimer;
    QTimer m_fullRefreshTimer;
    Exchange m_exchange = Exchange::Idle;
    QPointer<ApiCall> m_call;
    // Asked when the next question leaves. The full refresh sets it rather than asking at once: a
    // question on its way would write its lastPollTime back over it.
    AgentStatesReply::Question m_next = AgentStatesReply::Question::Everything;
    AgentStatesReply::Question m_asked = AgentStatesReply::Question::Everything;
    // The last answer's lastPollTime: where the next question about changes starts.
    QString m_updatedSince;
    QDateTime m_askedAtUtc;
};
