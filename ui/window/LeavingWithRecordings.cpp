// SPDX-License-Identifier: Apache-2.0
#include "window/LeavingWithRecordings.h"

#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "text/Formatting.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

LeavingWithRecordings::LeavingWithRecordings(
    SupervisorSession *session, SessionAnnouncer *announcer, bool kiosk, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_announcer(announcer)
    , m_kiosk(kiosk)
    , m_window(window)
{
    // After the tracker has taken the answer in: the Stop is then no longer unanswered. A start
    // CXone refused, or one never sent, leaves the pending list with nothing more to wait for.
    const auto answered = [this] { QTimer::singleShot(0, this, &LeavingWithRecordings::leaveIfStopsAnswered); };
    connect(m_session->controller(), &RecordingController::stopped, this, answered);
    connect(m_session->controller(), &RecordingController::stopFailed, this, answered);
    connect(m_session->tracker(), &RecordingTracker::pendingChanged, this, answered);
    // Nor is one whose Stop failed once it ends by itself.
    connect(m_session->tracker(), &RecordingTracker::recordingEnded, this, answered);
    // Nor another station's recording that reached its end before CXone answered its Stop.
    connect(m_session->controller(), &RecordingController::stopLeftUnanswered, this, answered);
}

LeavingWithRecordings::ToStop LeavingWithRecordings::recordingsToStop() const
{
    ToStop toStop;
    const QString &supervisor = m_session->controller()->supervisor();
    for (const TrackedRecording &recording : m_session->tracker()->active()) {
        // Those whose Stop this supervisor pressed are the unanswered Stops; another supervisor's
        // Stop waits for them, so the recording is still one to ask about.
        if (!recording.stopRequested || recording.stopRequestedBy != supervisor) {
            toStop.running.append(recording);
        }
    }
    for (const TrackedRecording &intent : m_session->tracker()->pending()) {
        if (!intent.stopRequested) {
            toStop.starting.append(intent);
        }
    }
    return toStop;
}

QVector<TrackedRecording> LeavingWithRecordings::stopsUnanswered() const
{
    const RecordingTracker *tracker = m_session->tracker();
    // Stops pressed by another supervisor, or of another station's recording now outside the scope,
    // are not this session's to send: they wait for their supervisor, not for this window.
    QVector<TrackedRecording> unanswered = m_session->controller()->keptStopsToSend();
    for (const TrackedRecording &intent : tracker->pending()) {
        // Another supervisor's start, which only they may ask CXone about, waits for them, not for
        // this window to close.
        if (intent.stopRequested && m_session->controller()->mayAskAbout(intent)) {
            unanswered.append(intent);
        }
    }
    const auto announced = [tracker](const QString &userId) {
        return std::any_of(tracker->active().cbegin(), tracker->active().cend(),
            [&userId](const TrackedRecording &recording) { return recording.userId == userId; });
    };
    for (const QString &userId : m_stopping) {
        // Named by CXone and being written to the ledger: its Stop leaves once it is written.
        const TrackedRecording *named = tracker->activeForUser(userId);
        if (named && !announced(userId)) {
            unanswered.append(*named);
        }
    }
    return unanswered;
}

bool LeavingWithRecordings::anythingToStop() const { return !recordingsToStop().isEmpty(); }

void LeavingWithRecordings::stopRecordings(const ToStop &toStop)
{
    m_stopping.clear();
    for (const QVector<TrackedRecording> *recordings : { &toStop.running, &toStop.starting }) {
        for (const TrackedRecording &recording : *recordings) {
            m_stopping.append(recording.userId);
        }
    }
    // A start still waiting is dropped, never sent; one on its way keeps its Stop in the ledger,
    // sent as soon as CXone names the recording, after a restart too.
    m_session->controller()->stopRecordingsOf(m_stopping);
}

QString LeavingWithRecordings::counted(const ToStop &toStop)
{
    const int running = int(toStop.running.size());
    const int starting = int(toStop.starting.size());
    if (starting == 0) {
        return tr("%n recording(s) running", nullptr, running);
    }
    if (running == 0) {
        return tr("%n recording(s) starting", nullptr, starting);
    }
    //: "2 recordings running and 1 starting": %1 counts the recordings running, %2 those starting
    return tr("%1 and %2")
        .arg(tr("%n recording(s) running", nullptr, running), tr("%n starting", "recordings starting", starting));
}

QString LeavingWithRecordings::whatRuns(const ToStop &toStop) const
{
    if (toStop.starting.isEmpty()) {
        return tr("%n recording(s) started from Vigie are still running in CXone.", nullptr, toStop.size());
    }
    //: %1 as in "2 recordings running and 1 starting"
    return tr("In CXone, from Vigie: %1.").arg(counted(toStop));
}

QString LeavingWithRecordings::lastEndTime(const ToStop &toStop) const
{
    QDateTime lastEnd;
    for (const QVector<TrackedRecording> *recordings : { &toStop.running, &toStop.starting }) {
        for (const TrackedRecording &recording : *recordings) {
            // A start waiting for a connection has no end yet: its countdown begins when it leaves.
            if (recording.isPending() && recording.confirmation == TrackedRecording::Confirmation::Queued) {
                continue;
            }
            lastEnd = qMax(lastEnd, m_session->tracker()->endsAtUtc(recording));
        }
    }
    return Formatting::timeOfDay(lastEnd);
}

void LeavingWithRecordings::forgetStopsAnswered()
{
    // Stop all, which does not leave, is over for an agent once nothing it stopped is left: a
    // later recording of the agent, named by CXone, is no Stop of its to wait for.
    const RecordingTracker *tracker = m_session->tracker();
    m_stopping.removeIf([tracker](const QString &userId) {
        return !tracker->pendingForUser(userId) && !tracker->activeForUser(userId);
    });
}

void LeavingWithRecordings::leaveIfStopsAnswered()
{
    forgetStopsAnswered();
    // Once CXone answered every Stop, Vigie leaves as asked. A Stop it refused leaves its
    // recording running, and leaving asks about it once more.
    if (m_afterStops == AfterStops::Stay || !stopsUnanswered().isEmpty()) {
        return;
    }
    m_stopping.clear();
    const AfterStops after = std::exchange(m_afterStops, AfterStops::Stay);
    if (after == AfterStops::Quit) {
        Q_EMIT quitNow();
    } else {
        signOut();
    }
}

bool LeavingWithRecordings::mayQuit()
{
    const ToStop toStop = recordingsToStop();
    if (!toStop.isEmpty()) {
        const bool mayStop = !m_kiosk && m_session->tokens()->hasToken();
        switch (askAboutQuitting(toStop, mayStop)) {
        case Choice::Cancel:
            return false;
        case Choice::StopThem:
            m_afterStops = AfterStops::Quit;
            stopRecordings(toStop);
            m_announcer->quittingOnceStopped(toStop.size());
            // Starts that never left are dropped at once: there may be nothing to wait for.
            QTimer::singleShot(0, this, &LeavingWithRecordings::leaveIfStopsAnswered);
            return false;
        case Choice::LetThemRun:
            break;
        }
    }
    return mayQuitWithUnansweredStops();
}

void LeavingWithRecordings::signOut()
{
    const ToStop toStop = recordingsToStop();
    if (!toStop.isEmpty() && m_session->tokens()->hasToken()) {
        switch (askAboutSigningOut(toStop)) {
        case Choice::Cancel:
            return;
        case Choice::StopThem:
            m_afterStops = AfterStops::SignOut;
            stopRecordings(toStop);
            m_announcer->signingOutOnceStopped(toStop.size());
            QTimer::singleShot(0, this, &LeavingWithRecordings::leaveIfStopsAnswered);
            return;
        case Choice::LetThemRun:
            break;
        }
    }
    m_afterStops = AfterStops::Stay;
    Q_EMIT signOutNow();
}

QString LeavingWithRecordings::startsWhenStopped()
{
    return tr("Stopping them all sends none of the starts still waiting, and stops each start on its way as soon "
              "as CXone names its recording.");
}

LeavingWithRecordings::Choice LeavingWithRecordings::askAboutQuitting(const ToStop &toStop, bool mayStop)
{
    QString text;
    if (toStop.starting.isEmpty()) {
        text = tr("%n recording(s) started from Vigie are still running in CXone. If you quit, CXone goes on recording "
                  "until each one's end time (the last at %1), and Vigie lists them again when it starts.",
            nullptr, toStop.size())
                   .arg(lastEndTime(toStop));
    } else {
        text = whatRuns(toStop) + QStringLiteral("\n\n")
            + tr("If you quit and let them run, CXone goes on recording until each one's end time (the last at %1), "
                 "and Vigie lists them again when it starts.")
                  .arg(lastEndTime(toStop));
        if (mayStop) {
            text += QStringLiteral("\n\n")
                + tr("If you stop them, Vigie asks CXone to stop them all and quits as soon as CXone has answered.")
                + QLatin1Char(' ') + startsWhenStopped();
        }
    }
    QMessageBox question(QMessageBox::Question, tr("Recordings are running"), text, QMessageBox::NoButton, m_window);
    question.setObjectName(QStringLiteral("runningRecordingsQuestion"));
    question.setTextFormat(Qt::PlainText);
    QPushButton *stop = nullptr;
    if (mayStop) {
        //: Button of the question asked when quitting while recordings run
        stop = question.addButton(tr("&Stop them and quit"), QMessageBox::DestructiveRole);
        stop->setObjectName(QStringLiteral("stopAndQuitButton"));
        stop->setAccessibleName(tr("Stop the recordings and quit"));
    }
    //: Button of the question asked when quitting while recordings run
    QPushButton *letRun = question.addButton(tr("Quit and &let them run"), QMessageBox::AcceptRole);
    letRun->setObjectName(QStringLiteral("quitLetRunButton"));
    letRun->setAccessibleName(tr("Quit and let the recordings run"));
    QPushButton *cancel = question.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelQuitButton"));
    cancel->setAccessibleName(tr("Do not quit"));
    question.setDefaultButton(cancel); // Enter must neither stop recordings nor leave them running unseen
    question.setEscapeButton(cancel);
    question.exec();
    if (stop && question.clickedButton() == stop) {
        return Choice::StopThem;
    }
    return question.clickedButton() == letRun ? Choice::LetThemRun : Choice::Cancel;
}

LeavingWithRecordings::Choice LeavingWithRecordings::askAboutSigningOut(const ToStop &toStop)
{
    QString stopping = tr("If you stop them, Vigie asks CXone to stop them all and signs you out as soon as CXone has "
                          "answered.");
    if (!toStop.starting.isEmpty()) {
        stopping += QLatin1Char(' ') + startsWhenStopped();
    }
    QMessageBox question(QMessageBox::Question, tr("Recordings are running"),
        whatRuns(toStop) + QStringLiteral("\n\n")
            + tr("If you keep them running, CXone goes on recording until each one's end time (the last at %1); "
                 "Vigie keeps counting them down, and you can stop them once you have signed in again.")
                  .arg(lastEndTime(toStop))
            + QStringLiteral("\n\n") + stopping,
        QMessageBox::NoButton, m_window);
    question.setObjectName(QStringLiteral("signOutQuestion"));
    question.setTextFormat(Qt::PlainText);
    //: Button of the question asked when signing out while recordings run
    QPushButton *stop = question.addButton(tr("&Stop them all and sign out"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopAndSignOutButton"));
    stop->setAccessibleName(tr("Stop the recordings and sign out"));
    //: Button of the question asked when signing out while recordings run
    QPushButton *keep = question.addButton(tr("&Keep them running and sign out"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("signOutKeepRunningButton"));
    keep->setAccessibleName(tr("Keep the recordings running and sign out"));
    QPushButton *cancel = question.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSignOutButton"));
    cancel->setAccessibleName(tr("Do not sign out"));
    question.setDefaultButton(cancel); // Enter must neither stop recordings nor leave them running unseen
    question.setEscapeButton(cancel);
    question.exec();
    if (question.clickedButton() == stop) {
        return Choice::StopThem;
    }
    return question.clickedButton() == keep ? Choice::LetThemRun : Choice::Cancel;
}

bool LeavingWithRecordings::mayQuitWithUnansweredStops()
{
    // A start on its way that is to be stopped counts among them: the ledger keeps its Stop too.
    const QVector<TrackedRecording> unanswered = stopsUnanswered();
    if (unanswered.isEmpty()) {
        return true;
    }
    QStringList names;
    for (const TrackedRecording &recording : unanswered) {
        names.append(recording.agentName);
    }
    QMessageBox question(QMessageBox::Warning, tr("Stops not answered yet"),
        tr("CXone has not answered %n Stop(s) yet: %1.\n\nIf you quit now, Vigie keeps them and sends them when you "
           "sign in again after starting it; until then these recordings go on.",
            nullptr, int(unanswered.size()))
            .arg(names.mid(0, 10).join(QStringLiteral(", "))),
        QMessageBox::NoButton, m_window);
    question.setObjectName(QStringLiteral("unansweredStopsQuestion"));
    question.setTextFormat(Qt::PlainText); // agent names
    QPushButton *wait = question.addButton(tr("&Wait for CXone"), QMessageBox::RejectRole);
    wait->setObjectName(QStringLiteral("waitForStopsButton"));
    wait->setAccessibleName(tr("Wait for CXone"));
    QPushButton *quit = question.addButton(tr("&Quit anyway"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitAnywayButton"));
    quit->setAccessibleName(tr("Quit anyway"));
    question.setDefaultButton(wait);
    question.exec();
    if (question.clickedButton() != quit) {
        return false;
    }
    m_afterStops = AfterStops::Stay;
    return true;
}

void LeavingWithRecordings::stopAll()
{
    const ToStop toStop = recordingsToStop();
    if (toStop.isEmpty()) {
        return;
    }
    const QString text = toStop.starting.isEmpty()
        ? tr("Stop the %n recording(s) running in CXone now?", nullptr, toStop.size())
        //: %1 as in "2 recordings running and 1 starting"
        : tr("Stop everything started from Vigie in CXone now: %1?").arg(counted(toStop)) + QStringLiteral("\n\n")
            + startsWhenStopped();
    QMessageBox question(QMessageBox::Warning, tr("Stop all recordings"), text, QMessageBox::NoButton, m_window);
    question.setObjectName(QStringLiteral("stopAllQuestion"));
    question.setTextFormat(Qt::PlainText);
    //: Button of the question asked before stopping every recording
    QPushButton *stop = question.addButton(tr("&Stop them all"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopAllConfirmButton"));
    stop->setAccessibleName(tr("Stop all recordings"));
    QPushButton *cancel = question.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("stopAllCancelButton"));
    cancel->setAccessibleName(tr("Do not stop them"));
    question.setDefaultButton(cancel);
    question.setEscapeButton(cancel);
    question.exec();
    if (question.clickedButton() == stop) {
        // Counted again: some may have ended while the question was open.
        stopRecordings(recordingsToStop());
    }
}
