// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Banner.h"

#include "cxone/ApiOutcome.h"

#include <QLabel>

class SupervisorSession;

// How the connection to CXone is: a banner above the work while the agent list cannot be
// loaded or refreshed (raised as an alert for screen readers), and for the status bar who
// Vigie is connected to and when the agents were last updated.
class ConnectionIndicator : public Banner
{
    Q_OBJECT
public:
    ConnectionIndicator(SupervisorSession *session, bool demo, QWidget *parent = nullptr);

    // For the status bar, right to left: the connection, then the last refresh.
    QLabel *connectionStatus() const { return m_connectionStatus; }
    QLabel *refreshStatus() const { return m_refreshStatus; }

private:
    void retranslate() override;
    void showProblem(vigie::ApiOutcome outcome);
    void updateStatus();

    SupervisorSession *m_session;
    bool m_demo;
    QLabel *m_connectionStatus;
    QLabel *m_refreshStatus;
};
