// SPDX-License-Identifier: Apache-2.0
#include "panels/ConnectionIndicator.h"

#include "session/SupervisorSession.h"
#include "text/Formatting.h"
#include "text/OutcomeText.h"

#include <QEvent>

ConnectionIndicator::ConnectionIndicator(SupervisorSession *session, bool demo, QWidget *parent)
    : Banner(QColor(0xfc, 0xe8, 0xb2), parent)
    , m_session(session)
    , m_demo(demo)
    , m_connectionStatus(new QLabel(this))
    , m_refreshStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    // The host's name comes from the network: never markup.
    m_connectionStatus->setTextFormat(Qt::PlainText);
    m_refreshStatus->setTextFormat(Qt::PlainText);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_refreshStatus->setObjectName(QStringLiteral("lastRefreshStatus"));

    AgentDirectory *directory = session->directory();
    connect(session->tokens(), &TokenProvider::stateChanged, this, &ConnectionIndicator::updateStatus);
    connect(directory, &AgentDirectory::loadProgress, this, [this](int loaded, int total) {
        m_refreshStatus->setText(
            tr("Loading agents: %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(directory, &AgentDirectory::agentsLoaded, this, &ConnectionIndicator::updateStatus);
    connect(directory, &AgentDirectory::statesChanged, this, &ConnectionIndicator::updateStatus);
    connect(directory, &AgentDirectory::loadFailed, this, [this](vigie::ApiOutcome outcome) {
        showProblem(outcome);
        updateStatus();
    });
    connect(directory, &AgentDirectory::refreshFailed, this, &ConnectionIndicator::showProblem);
    connect(directory, &AgentDirectory::refreshSucceeded, this, [this] {
        setVisible(false);
        updateStatus();
    });
    retranslate();
}

void ConnectionIndicator::showProblem(vigie::ApiOutcome outcome)
{
    const QString message = tr("Connection problem: %1 Vigie keeps trying; active recordings keep counting down.")
                                .arg(OutcomeText::common(outcome));
    m_connectionStatus->setText(tr("Connection problem: %1").arg(OutcomeText::shortReason(outcome)));
    showMessage(message);
}

void ConnectionIndicator::updateStatus()
{
    switch (m_session->tokens()->state()) {
    case TokenProvider::State::SignedOut:
        m_connectionStatus->setText(tr("Not signed in"));
        break;
    case TokenProvider::State::SigningIn:
        m_connectionStatus->setText(tr("Signing in…"));
        break;
    case TokenProvider::State::SignedIn:
    case TokenProvider::State::Refreshing:
        m_connectionStatus->setText(m_demo ? tr("Connected to the CXone simulator (demo)")
                                           : tr("Connected to %1").arg(m_session->tokens()->apiBase().host()));
        break;
    }
    m_connectionStatus->setAccessibleName(m_connectionStatus->text());
    // Signed out, the last update says nothing about the agents now.
    const QDateTime refreshed
        = m_session->tokens()->hasToken() ? m_session->directory()->lastRefreshUtc() : QDateTime();
    m_refreshStatus->setText(
        refreshed.isValid() ? tr("Agents updated at %1").arg(Formatting::timeOfDay(refreshed)) : QString());
    m_refreshStatus->setAccessibleName(m_refreshStatus->text());
}

void ConnectionIndicator::retranslate()
{
    //: Accessible description of the banner shown while CXone cannot be reached
    setAccessibleDescription(tr("Connection problem"));
    updateStatus();
}
