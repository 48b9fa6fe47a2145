// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;
class SupervisorSession;

// The recording policy's daily notice, asked before a supervisor's first start or Extend of a day
// from any control (button, menu, shortcut, banner, row), and written to the audit trail when
// confirmed. Whether today's is confirmed is the core's to say: PolicyGate reads it from the
// trail, and refuses a start without it whatever asked for the start.
class DailyNoticeQuestion : public QObject
{
    Q_OBJECT
public:
    DailyNoticeQuestion(SupervisorSession *session, QWidget *window);

    // Runs proceed now when today's notice is confirmed (or the policy has none); otherwise once
    // the supervisor confirms it, and never when they decline. While the question is up, another
    // request raises it instead of asking twice, and is dropped: the one that asked goes on.
    void then(std::function<void()> proceed);

private:
    SupervisorSession *m_session;
    QWidget *m_window;
    // The question on screen, so that a second press before it is answered does not put up a second.
    QPointer<QMessageBox> m_question;
};
