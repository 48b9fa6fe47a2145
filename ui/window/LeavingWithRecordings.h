// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QObject>
#include <QStringList>

class QWidget;
class SessionAnnouncer;
class SupervisorSession;

// What becomes of the recordings running in CXone when the supervisor leaves them: quitting and
// signing out ask while recordings run or start (stop them all, or let them run to their end time)
// and say what will happen; Stop all recordings asks before stopping anything. Stopping them all
// covers the starts CXone has not named yet: one not sent is never sent, one on its way is stopped
// as soon as CXone names its recording. "Stop them" leaves once CXone has answered every Stop, so
// nothing is left half done behind a closed window; what a quit leaves unanswered stays in the
// ledger, and the next launch finishes it.
class LeavingWithRecordings : public QObject
{
    Q_OBJECT
public:
    // kiosk: who quits a kiosk station is the administrator, not the supervisor whose name every
    // Stop would carry in the audit trail; there quitting can only let the recordings run.
    LeavingWithRecordings(SupervisorSession *session, SessionAnnouncer *announcer, bool kiosk, QWidget *window);

    // Closing the window: whether it may close now. It asks first while recordings run and while
    // Stops are unanswered (those are kept for the next sign-in).
    bool mayQuit();
    // Session > Sign out: asks while recordings run, then signs out now or once CXone answered.
    void signOut();
    // Recording > Stop all recordings, and the tray's: asks first.
    void stopAll();
    // Whether Stop all has anything to stop: recordings running, or starts that may be recording.
    bool anythingToStop() const;

Q_SIGNALS:
    void quitNow();
    void signOutNow();

private:
    enum class AfterStops { Stay, Quit, SignOut };
    enum class Choice { Cancel, StopThem, LetThemRun };
    // What "stop them all" would stop, as the supervisor is asked about it.
    struct ToStop
    {
        QVector<TrackedRecording> running; // active recordings no Stop was asked for yet
        // Starts CXone has not named yet, no Stop asked for: waiting to be sent, on their way, or
        // unconfirmed (they may be recording).
        QVector<TrackedRecording> starting;
        bool isEmpty() const { return running.isEmpty() && starting.isEmpty(); }
        int size() const { return int(running.size() + starting.size()); }
    };
    Choice askAboutQuitting(const ToStop &toStop, bool mayStop);
    Choice askAboutSigningOut(const ToStop &toStop);
    bool mayQuitWithUnansweredStops();
    void forgetStopsAnswered();
    void leaveIfStopsAnswered();
    ToStop recordingsToStop() const;
    // Stops asked for that CXone has not answered: of running recordings, and of starts it has not
    // named yet (or named, while the ledger is being written before their Stop leaves).
    QVector<TrackedRecording> stopsUnanswered() const;
    void stopRecordings(const ToStop &toStop);
    // "2 recordings running and 1 starting".
    static QString counted(const ToStop &toStop);
    // The sentence that opens each question, in words and figures.
    QString whatRuns(const ToStop &toStop) const;
    QString lastEndTime(const ToStop &toStop) const;
    // What stopping them all does to the starts CXone has not named yet.
    static QString startsWhenStopped();

    SupervisorSession *m_session;
    SessionAnnouncer *m_announcer;
    bool m_kiosk;
    QWidget *m_window;
    AfterStops m_afterStops = AfterStops::Stay;
    QStringList m_stopping; // the agents "stop them all" asked to stop, until nothing of theirs is left
};
