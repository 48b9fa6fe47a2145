// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingController.h"

#include "cxone/RecordingClient.h"
#include "recording/StartAnswers.h"
#include "recording/StartFlow.h"
#include "recording/StopFlow.h"

#include <utility>

RecordingController::RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_authority(client)
    , m_unconfirmed(tracker, m_requests.queue())
    , m_starts(std::make_unique<StartFlow>(client, tracker, &m_requests, &m_authority))
    , m_answers(std::make_unique<StartAnswers>(client, tracker, &m_requests, &m_authority, &m_unconfirmed))
    , m_stops(std::make_unique<StopFlow>(client, tracker, &m_requests, &m_authority, &m_unconfirmed, m_starts.get()))
{
    m_requests.setSender([this](const RecordingJob &job) { send(job); });
    connect(&m_requests, &RecordingRequests::busyChanged, this, &RecordingController::busyChanged);
    connect(&m_requests, &RecordingRequests::batchProgress, this, &RecordingController::batchProgress);
    connect(&m_requests, &RecordingRequests::batchFinished, this, &RecordingController::batchFinished);
    connect(&m_unconfirmed, &UnconfirmedStarts::queued, &m_requests, &RecordingRequests::pump);
    m_unconfirmed.setPermission([this](const TrackedRecording &intent) { return m_authority.mayAskAbout(intent); });
    connect(m_starts.get(), &StartFlow::started, this, &RecordingController::started);
    connect(m_starts.get(), &StartFlow::startFailed, this, &RecordingController::startFailed);
    connect(m_starts.get(), &StartFlow::startsNotSent, this, &RecordingController::startsNotSent);
    connect(m_answers.get(), &StartAnswers::started, this, &RecordingController::started);
    connect(m_answers.get(), &StartAnswers::startFailed, this, &RecordingController::startFailed);
    connect(m_answers.get(), &StartAnswers::startUnconfirmed, this, &RecordingController::startUnconfirmed);
    connect(m_answers.get(), &StartAnswers::stopWanted, this,
        [this](qint64 contactId, const QString &supervisor) { m_stops->enqueueStop(contactId, 0, false, supervisor); });
    connect(m_stops.get(), &StopFlow::stopped, this, &RecordingController::stopped);
    connect(m_stops.get(), &StopFlow::stopFailed, this, &RecordingController::stopFailed);
    connect(m_stops.get(), &StopFlow::startsNotSent, this, &RecordingController::startsNotSent);
    connect(m_stops.get(), &StopFlow::stopWaitsForItsSupervisor, this, &RecordingController::stopWaitsForItsSupervisor);
    connect(m_stops.get(), &StopFlow::stopLeftUnanswered, this, &RecordingController::stopLeftUnanswered);
}

RecordingController::~RecordingController() = default;

void RecordingController::setSiteRegistry(SiteRegistry *registry)
{
    m_starts->gate().setSiteRegistry(registry);
    m_answers->setSiteRegistry(registry);
}

void RecordingController::setScope(const SupervisorScope &scope, const QVector<Agent> &agents)
{
    m_authority.setScope(scope, agents);
    // Resolved with the tenant's agents: stops of unconfirmed starts that waited for it may go.
    if (!agents.isEmpty()) {
        m_unconfirmed.askNowAboutStops();
        // So may the kept Stops of other stations' recordings, which wait for the scope to be known
        // after a sign-in; later reloads of the agents leave them to their own retries.
        if (std::exchange(m_keptStopsWaitForScope, false)) {
            m_stops->resendKeptStops();
        }
    }
}

void RecordingController::setStopRetryBackoff(int firstDelayMs, int longestDelayMs)
{
    m_stops->setRetryBackoff(firstDelayMs, longestDelayMs);
}

void RecordingController::setStartWitness(StartWitness witness) { m_starts->setWitness(std::move(witness)); }

void RecordingController::setPolicyGate(const PolicyGate *gate) { m_starts->setPolicyGate(gate); }

void RecordingController::start(
    const QVector<Agent> &agents, int durationSeconds, const QString &purpose, const QString &justification)
{
    m_starts->start(agents, durationSeconds, purpose, justification);
}

void RecordingController::stop(const QVector<qint64> &contactIds) { m_stops->stop(contactIds); }

int RecordingController::stopRecordingsOf(const QStringList &userIds) { return m_stops->stopRecordingsOf(userIds); }

bool RecordingController::stopElsewhere(const SiteRecording &recording) { return m_stops->stopElsewhere(recording); }

void RecordingController::extend(qint64 contactId, int durationSeconds) { m_stops->extend(contactId, durationSeconds); }

void RecordingController::stopUnconfirmed(const QString &userId) { m_stops->stopUnconfirmed(userId); }

void RecordingController::resumePending()
{
    m_unconfirmed.askAllNow();
    m_stops->resendKeptStops();
    m_keptStopsWaitForScope = true;
}

QVector<TrackedRecording> RecordingController::keptStopsToSend() const { return m_stops->keptStopsToSend(); }

void RecordingController::send(const RecordingJob &job)
{
    switch (job.kind) {
    case RecordingJob::Kind::Stop:
        m_client->stop(job.userId, job.contactId);
        return;
    case RecordingJob::Kind::Start:
        m_starts->send(job);
        return;
    case RecordingJob::Kind::Confirm: {
        // Queued under one supervisor, it may come up under the next one's key.
        const TrackedRecording *intent = m_tracker->pendingForUser(job.userId);
        if (!intent || !m_authority.mayAskAbout(*intent)) {
            m_requests.finish(job.userId); // asked about again when its supervisor signs in
            return;
        }
        m_client->start(job.userId, job.durationSeconds);
        return;
    }
    }
}

void RecordingController::cancelQueued()
{
    m_starts->withdrawClaiming(false, {});
    const QVector<RecordingJob> dropped = m_starts->dropQueued([](const RecordingJob &job) { return job.inBatch; },
        QStringLiteral("cancelled by the supervisor before it was sent"));
    // The supervisor no longer means to stop them.
    for (const RecordingJob &job : dropped) {
        if (job.kind == RecordingJob::Kind::Stop && job.extendToSeconds == 0) {
            m_tracker->withdrawStopRequest(job.contactId);
        }
    }
}

void RecordingController::abandonUnsent()
{
    // A Stop stays wanted: the ledger keeps it, and it goes when its supervisor signs in again.
    const QString reason = QStringLiteral("not sent: the session ended (sign-out, lock, expiry or quit)");
    m_starts->withdrawClaiming(true, reason);
    m_starts->dropQueued([](const RecordingJob &job) { return job.kind != RecordingJob::Kind::Confirm; }, reason);
    if (const QVector<TrackedRecording> kept = m_tracker->keptStops(); !kept.isEmpty()) {
        Q_EMIT stopsKept(kept);
    }
}
