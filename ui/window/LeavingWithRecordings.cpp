// SPDX-License-Identifier: Apache-2.0
#include "window/LeavingWithRecordings.h"

#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "text/Formatting.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

LeavingWithRecordings::LeavingWithRecordings(
    SupervisorSession *session, SessionAnnouncer *announcer, bool kiosk, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_announcer(announcer)
    , m_kiosk(kiosk)
    , m_window(window)
{
    // After the tracker has taken the answer in: the Stop is then no longer unanswered.
    const auto answered = [this] { QTimer::singleShot(0, this, &LeavingWithRecordings::leaveIfStopsAnswered); };
    connect(m_session->controller(), &RecordingController::stopped, this, answered);
    connect(m_session->controller(), &RecordingController::stopFailed, this, answered);
}

QVector<TrackedRecording> LeavingWithRecordings::runningRecordings() const
{
    QVector<TrackedRecording> running;
    for (const TrackedRecording &recording : m_session->tracker()->active()) {
        if (!recording.stopRequested) { // those are the unanswered Stops
            running.append(recording);
        }
    }
    return running;
}

QVector<TrackedRecording> LeavingWithRecordings::recordingsToStop() const
{
    QVector<TrackedRecording> recordings = runningRecordings();
    for (const TrackedRecording &intent : m_session->tracker()->pending()) {
        if (intent.confirmation == TrackedRecording::Confirmation::Unconfirmed) {
            recordings.append(intent); // it may be recording
        }
    }
    return recordings;
}

bool LeavingWithRecordings::anythingToStop() const { return !recordingsToStop().isEmpty(); }

void LeavingWithRecordings::stopRecordings(const QVector<TrackedRecording> &recordings)
{
    QStringList userIds;
    for (const TrackedRecording &recording : recordings) {
        userIds.append(recording.userId);
    }
    m_session->controller()->stopRecordingsOf(userIds);
}

QString LeavingWithRecordings::lastEndTime(const QVector<TrackedRecording> &recordings) const
{
    QDateTime lastEnd;
    for (const TrackedRecording &recording : recordings) {
        lastEnd = qMax(lastEnd, m_session->tracker()->endsAtUtc(recording));
    }
    return Formatting::timeOfDay(lastEnd);
}

void LeavingWithRecordings::leaveIfStopsAnswered()
{
    // Once CXone answered every Stop, Vigie leaves as asked. A Stop it refused leaves its
    // recording running, and leaving asks about it once more.
    if (m_afterStops == AfterStops::Stay || !m_session->tracker()->keptStops().isEmpty()) {
        return;
    }
    const AfterStops after = std::exchange(m_afterStops, AfterStops::Stay);
    if (after == AfterStops::Quit) {
        Q_EMIT quitNow();
    } else {
        signOut();
    }
}

bool LeavingWithRecordings::mayQuit()
{
    const QVector<TrackedRecording> running = runningRecordings();
    if (!running.isEmpty()) {
        const bool mayStop = !m_kiosk && m_session->tokens()->hasToken();
        switch (askAboutQuitting(running, mayStop)) {
        case Choice::Cancel:
            return false;
        case Choice::StopThem:
            m_afterStops = AfterStops::Quit;
            stopRecordings(running);
            m_announcer->quittingOnceStopped(int(running.size()));
            return false;
        case Choice::LetThemRun:
            break;
        }
    }
    return mayQuitWithUnansweredStops();
}

void LeavingWithRecordings::signOut()
{
    const QVector<TrackedRecording> running = recordingsToStop();
    if (!running.isEmpty() && m_session->tokens()->hasToken()) {
        switch (askAboutSigningOut(running)) {
        case Choice::Cancel:
            return;
        case Choice::StopThem:
            m_afterStops = AfterStops::SignOut;
            stopRecordings(running);
            m_announcer->signingOutOnceStopped(int(running.size()));
            return;
        case Choice::LetThemRun:
            break;
        }
    }
    m_afterStops = AfterStops::Stay;
    Q_EMIT signOutNow();
}

LeavingWithRecordings::Choice LeavingWithRecordings::askAboutQuitting(
    const QVector<TrackedRecording> &running, bool mayStop)
{
    QMessageBox question(QMessageBox::Question, tr("Recordings are running"),
        tr("%n recording(s) started from Vigie are still running in CXone. If you quit, CXone goes on recording "
           "until each one's end time (the last at %1), and Vigie lists them again when it starts.",
            nullptr, int(running.size()))
            .arg(lastEndTime(running)),
        QMessageBox::NoButton, m_window);
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

LeavingWithRecordings::Choice LeavingWithRecordings::askAboutSigningOut(const QVector<TrackedRecording> &running)
{
    QMessageBox question(QMessageBox::Question, tr("Recordings are running"),
        tr("%n recording(s) started from Vigie are still running in CXone.", nullptr, int(running.size()))
            + QStringLiteral("\n\n")
            + tr("If you keep them running, CXone goes on recording until each one's end time (the last at %1); "
                 "Vigie keeps counting them down, and you can stop them once you have signed in again.")
                  .arg(lastEndTime(running))
            + QStringLiteral("\n\n")
            + tr("If you stop them, Vigie asks CXone to stop them all and signs you out as soon as CXone has "
                 "answered."),
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
    const QVector<TrackedRecording> unanswered = m_session->tracker()->keptStops();
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
    const QVector<TrackedRecording> recordings = recordingsToStop();
    if (recordings.isEmpty()) {
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Stop all recordings"),
        tr("Stop the %n recording(s) running in CXone now?", nullptr, int(recordings.size())), QMessageBox::NoButton,
        m_window);
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
