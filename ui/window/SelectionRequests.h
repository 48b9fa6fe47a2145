// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "panels/RecordingPanel.h"

#include "cxone/Agent.h"

#include <QObject>

class AgentsPanel;
class DailyNoticeQuestion;
class SessionAnnouncer;
class SupervisorSession;
struct SiteRecording;

// What the supervisor asks of the selected agents or of active recordings, sent to the controller
// for only the agents it applies to: Start for those neither recorded nor waiting for CXone, Stop
// and Extend for those recorded. Another station's recording is stopped only after a question
// naming who started it. A start or an Extend is asked for only once today's daily notice is
// confirmed (DailyNoticeQuestion).
class SelectionRequests : public QObject
{
    Q_OBJECT
public:
    SelectionRequests(SupervisorSession *session, AgentsPanel *agents, RecordingPanel *recording,
        SessionAnnouncer *announcer, QWidget *window);

    // Which of Start, Stop and Extend apply to some of these agents now. A request on its way for
    // one agent leaves the others free: only what waits for CXone is held back, agent by agent.
    RecordingPanel::Allowed allowedFor(const QVector<Agent> &agents) const;
    // The selected agents neither recorded nor waiting for CXone: those Start applies to.
    QVector<Agent> startableSelection() const;

    void startSelected(int seconds, const QString &purpose, const QString &justification);
    void stopSelected();
    void extendSelected(int seconds);
    void stopActive(const QStringList &userIds);
    // Gives these agents' recordings the duration chosen under Screen recording, from now.
    void extendActive(const QStringList &userIds);

private:
    // Recordings of other stations among the selection: asks, naming who started them, then stops.
    void askToStopElsewhere(const QVector<SiteRecording> &recordings);

    SupervisorSession *m_session;
    AgentsPanel *m_agents;
    RecordingPanel *m_recording;
    SessionAnnouncer *m_announcer;
    QWidget *m_window;
    DailyNoticeQuestion *m_notice; // before any start or Extend
};
