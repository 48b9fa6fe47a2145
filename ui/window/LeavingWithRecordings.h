// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recording/TrackedRecording.h"

#include <QObject>

class QWidget;
class SessionAnnouncer;
class SupervisorSession;

// What becomes of the recordings running in CXone when the supervisor leaves them: quitting and
// signing out ask while recordings run (stop them all, or let them run to their end time) and say
// what will happen; Stop all recordings asks before stopping anything. "Stop them" leaves once
// CXone has answered every Stop, so nothing is left half done behind a closed window.
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
    Choice askAboutQuitting(const QVector<TrackedRecording> &running, bool mayStop);
    Choice askAboutSigningOut(const QVector<TrackedRecording> &running);
    bool mayQuitWithUnansweredStops();
    void leaveIfStopsAnswered();
    // Active recordings no Stop was asked for yet.
    QVector<TrackedRecording> runningRecordings() const;
    // Those, and the starts CXone never confirmed, which may be recording.
    QVector<TrackedRecording> recordingsToStop() const;
    void stopRecordings(const QVector<TrackedRecording> &recordings);
    QString lastEndTime(const QVector<TrackedRecording> &recordings) const;

    SupervisorSession *m_session;
    SessionAnnouncer *m_announcer;
    bool m_kiosk;
    QWidget *m_window;
    AfterStops m_afterStops = AfterStops::Stay;
};
