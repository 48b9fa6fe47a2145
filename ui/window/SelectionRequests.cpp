// SPDX-License-Identifier: Apache-2.0
#include "window/SelectionRequests.h"

#include "dialogs/DailyNoticeQuestion.h"
#include "panels/AgentsPanel.h"
#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"
#include "text/QuestionText.h"

#include <QMessageBox>
#include <QPushButton>

SelectionRequests::SelectionRequests(SupervisorSession *session, AgentsPanel *agents, RecordingPanel *recording,
    SessionAnnouncer *announcer, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_agents(agents)
    , m_recording(recording)
    , m_announcer(announcer)
    , m_window(window)
    , m_notice(new DailyNoticeQuestion(session, window))
{
}

RecordingPanel::Allowed SelectionRequests::allowedFor(const QVector<Agent> &agents) const
{
    const RecordingController *controller = m_session->controller();
    const RecordingTracker *tracker = m_session->tracker();
    const SiteRegistry *registry = m_session->siteRegistry();
    RecordingPanel::Allowed allowed;
    for (const Agent &agent : agents) {
        const QString userId = controller->userIdFor(agent);
        if (controller->isBusy(userId)) {
            continue;
        }
        const TrackedRecording *recording = tracker->activeForUser(userId);
        const TrackedRecording *unconfirmed = tracker->pendingForUser(userId);
        // Another station's recording is stopped from here too, after the question naming who started it;
        // Start stays offered, and the registry's claim refuses it without a word to CXone.
        const SiteRecording *elsewhere = registry ? registry->heldElsewhere(userId) : nullptr;
        allowed.start = allowed.start || (!recording && !unconfirmed);
        allowed.stop = allowed.stop || recording || unconfirmed || (elsewhere && elsewhere->contactId > 0);
        allowed.extend = allowed.extend || (recording && recording->contactId > 0);
    }
    return allowed;
}

QVector<Agent> SelectionRequests::startableSelection() const
{
    QVector<Agent> startable;
    const RecordingController *controller = m_session->controller();
    for (const Agent &agent : m_agents->selectedAgents()) {
        const QString userId = controller->userIdFor(agent);
        if (!controller->isBusy(userId) && !m_session->tracker()->activeForUser(userId)
            && !m_session->tracker()->pendingForUser(userId)) {
            startable.append(agent);
        }
    }
    return startable;
}

void SelectionRequests::startSelected(int seconds, const QString &purpose, const QString &justification)
{
    m_notice->then([this, seconds, purpose, justification] {
        // Only the agents Start was enabled for: one already recorded keeps its recording.
        const QVector<Agent> agents = startableSelection();
        if (agents.isEmpty()) {
            return;
        }
        m_agents->clearFailures(agents);
        m_announcer->startingRecordings(int(agents.size()), seconds);
        m_session->controller()->start(agents, seconds, purpose, justification);
    });
}

void SelectionRequests::stopSelected()
{
    QStringList userIds;
    QVector<SiteRecording> elsewhere;
    const SiteRegistry *registry = m_session->siteRegistry();
    for (const Agent &agent : m_agents->selectedAgents()) {
        const QString userId = m_session->controller()->userIdFor(agent);
        if (const SiteRecording *held = registry ? registry->heldElsewhere(userId) : nullptr) {
            elsewhere.append(*held);
        } else {
            userIds.append(userId);
        }
    }
    const int stopping = m_session->controller()->stopRecordingsOf(userIds);
    if (!elsewhere.isEmpty()) {
        askToStopElsewhere(elsewhere);
    } else if (stopping == 0) {
        m_announcer->noneOfTheSelectionRecorded();
    }
}

void SelectionRequests::askToStopElsewhere(const QVector<SiteRecording> &recordings)
{
    // Another supervisor started these: stopping them is a decision of its own, audited as this one's.
    auto *question = new QMessageBox(QMessageBox::Warning, QuestionText::stopElsewhereTitle(),
        QuestionText::stopElsewhereQuestion(recordings), QMessageBox::NoButton, m_window);
    question->setObjectName(QStringLiteral("stopElsewhereQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = question->addButton(QuestionText::stopElsewhereButton(), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopElsewhereButton"));
    QPushButton *keep = question->addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("keepElsewhereButton"));
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::buttonClicked, this, [this, stop, recordings](QAbstractButton *button) {
        if (button != stop) {
            return;
        }
        for (const SiteRecording &recording : recordings) {
            if (!m_session->controller()->stopElsewhere(recording)) {
                m_announcer->cannotStopElsewhere(recording);
            }
        }
    });
    question->open();
}

void SelectionRequests::extendSelected(int seconds)
{
    if (m_agents->selectedRecordings().isEmpty()) {
        m_announcer->noneOfTheSelectionRecorded();
        return;
    }
    m_notice->then([this, seconds] {
        for (const TrackedRecording &recording : m_agents->selectedRecordings()) {
            m_announcer->extendingRecording(recording, seconds);
            m_session->controller()->extend(recording.contactId, seconds);
        }
    });
}

void SelectionRequests::stopActive(const QStringList &userIds)
{
    if (userIds.isEmpty()) {
        m_announcer->noActiveRecordingSelected();
        return;
    }
    m_session->controller()->stopRecordingsOf(userIds);
}

void SelectionRequests::extendActive(const QStringList &userIds)
{
    const int seconds = m_recording->durationSeconds();
    m_notice->then([this, seconds, userIds] {
        for (const QString &userId : userIds) {
            if (const TrackedRecording *recording = m_session->tracker()->activeForUser(userId)) {
                m_announcer->extendingRecording(*recording, seconds);
                m_session->controller()->extend(recording->contactId, seconds);
            }
        }
    });
}
