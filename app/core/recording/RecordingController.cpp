#include "RecordingController.h"

#include "cxone/RecordingClient.h"

RecordingController::RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
{
    connect(m_client, &RecordingClient::startFinished, this, &RecordingController::handleStartFinished);
    connect(m_client, &RecordingClient::stopFinished, this, &RecordingController::handleStopFinished);
}

QString RecordingController::userIdFor(const Agent &agent) const
{
    return m_userIdField == CxoneEnvironment::UserIdField::AgentId ? QString::number(agent.agentId) : agent.userId;
}

void RecordingController::start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose)
{
    for (const Agent &agent : agents) {
        const QString userId = userIdFor(agent);
        if (const TrackedRecording *running = m_tracker->activeForUser(userId)) {
            // cxone-api.md: a second start changes nothing, so it is not even sent.
            Q_EMIT started(*running, true, true);
            continue;
        }
        if (m_pending.contains(userId)) {
            continue;
        }
        m_pendingStarts.insert(userId, { agent, purpose, m_tracker->nowUtc() });
        setPending(userId, true);
        m_client->start(userId, durationSeconds);
    }
}

void RecordingController::stop(const QVector<qint64> &contactIds)
{
    for (qint64 contactId : contactIds) {
        const TrackedRecording *recording = m_tracker->activeByContact(contactId);
        if (!recording || m_pending.contains(recording->userId)) {
            continue;
        }
        setPending(recording->userId, true);
        m_client->stop(recording->userId, contactId);
    }
}

void RecordingController::handleStartFinished(const QString &userId, int durationSeconds, const StartResult &result)
{
    const PendingStart request = m_pendingStarts.take(userId);
    setPending(userId, false);
    if (!isSuccess(result.outcome)) {
        Q_EMIT startFailed(request.agent, result);
        return;
    }
    if (const TrackedRecording *known = m_tracker->activeByContact(result.contactId)) {
        Q_EMIT started(*known, true, true);
        return;
    }
    TrackedRecording recording;
    recording.userId = userId;
    recording.agentId = request.agent.agentId;
    recording.agentName = request.agent.displayName();
    recording.contactId = result.contactId;
    recording.interactionId = result.interactionId;
    // The request time, not the answer time: the countdown must never outlast the real recording.
    recording.startedAtUtc = request.requestedAtUtc;
    recording.durationSeconds = durationSeconds;
    recording.startedBy = m_supervisor;
    recording.purpose = request.purpose;
    const bool saved = m_tracker->track(recording);
    Q_EMIT started(recording, false, saved);
}

void RecordingController::handleStopFinished(const QString &userId, qint64 contactId, const StopResult &result)
{
    setPending(userId, false);
    const TrackedRecording *tracked = m_tracker->activeByContact(contactId);
    if (!tracked) {
        return; // it elapsed while the stop was on its way
    }
    const TrackedRecording recording = *tracked;
    if (isSuccess(result.outcome) || result.outcome == ApiOutcome::AlreadyEnded) {
        const bool hadEnded = result.outcome == ApiOutcome::AlreadyEnded;
        m_tracker->finish(contactId, hadEnded ? TrackedRecording::EndReason::AlreadyEndedOnServer
                                              : TrackedRecording::EndReason::Stopped);
        Q_EMIT stopped(recording, hadEnded);
        return;
    }
    Q_EMIT stopFailed(recording, result);
}

void RecordingController::setPending(const QString &userId, bool pending)
{
    if (pending ? !m_pending.contains(userId) : m_pending.remove(userId)) {
        if (pending) {
            m_pending.insert(userId);
        }
        Q_EMIT pendingChanged(userId, pending);
    }
}
