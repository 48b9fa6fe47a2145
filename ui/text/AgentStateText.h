// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

// CXone agent state names (agentStateName) in the supervisor's language. Unknown states
// are shown as CXone sends them rather than hidden.
class AgentStateText
{
    Q_DECLARE_TR_FUNCTIONS(AgentStateText)
public:
    static QString name(const QString &cxoneState);
};
