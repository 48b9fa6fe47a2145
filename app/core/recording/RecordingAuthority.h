// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/CxoneEnvironment.h"
#include "recording/TrackedRecording.h"
#include "scope/SupervisorScope.h"

#include <QSet>

class RecordingClient;

// Who may ask CXone for what: the supervisor signed in, and the agents of their scope by the
// user-id the API takes. A start for any other user-id is refused, whoever asks; a request asked
// by one supervisor never goes under another's key.
class RecordingAuthority
{
public:
    explicit RecordingAuthority(const RecordingClient *client);

    void setUserIdField(CxoneEnvironment::UserIdField field) { m_userIdField = field; }
    QString userIdFor(const Agent &agent) const;
    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    const QString &supervisor() const { return m_supervisor; }
    bool isSignedIn() const;
    // Unrestricted until set.
    void setScope(const SupervisorScope &scope, const QVector<Agent> &agents);
    const SupervisorScope &scope() const { return m_scope; }
    bool isInScope(const QString &userId) const;

    // Whether the supervisor signed in may ask CXone about this unconfirmed start now.
    bool mayAskAbout(const TrackedRecording &intent) const;
    // Whether a start `asker` asked for may still leave now.
    bool maySendFor(const QString &asker, const QString &userId) const
    {
        return asker == m_supervisor && isSignedIn() && isInScope(userId);
    }

    // The one way a start's intent is made, as the ledger and the audit trail hold it before it
    // leaves: for an agent of the list, or again for a recording being extended.
    TrackedRecording intent(const QString &userId, qint64 agentId, const QString &agentName, const QString &teamName,
        int durationSeconds, const QString &purpose, const QString &justification, const QString &supervisor) const;

private:
    const RecordingClient *m_client;
    CxoneEnvironment::UserIdField m_userIdField = CxoneEnvironment::UserIdField::UserId;
    QString m_supervisor;
    SupervisorScope m_scope;
    QSet<QString> m_userIdsInScope;
};
