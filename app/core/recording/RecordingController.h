// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/CxoneEnvironment.h"
#include "cxone/RecordingResults.h"
#include "recording/RecordingAuthority.h"
#include "recording/RecordingKinds.h"
#include "recording/RecordingRequests.h"
#include "recording/RecordingTracker.h"
#include "recording/UnconfirmedStarts.h"
#include "scope/SupervisorScope.h"

#include <QObject>

#include <functional>
#include <memory>

class PolicyGate;
class RecordingClient;
class SiteRegistry;
class StartAnswers;
class StartFlow;
class StopFlow;
struct SiteRecording;

// Turns "record these agents for this long" into API calls and tracked recordings, applying the
// contract's rules through one part per job: who may ask for what (RecordingAuthority), starts up
// to the start gate (StartFlow, StartGate), what CXone answers to them (StartAnswers), unconfirmed
// starts asked about again (UnconfirmedStarts), stops and extensions (StopFlow). Requests go
// through a queue with bounded concurrency (RecordingRequests); each batch ends with a summary.
class RecordingController : public QObject
{
    Q_OBJECT
public:
    using BatchSummary = ::BatchSummary;

    static constexpr int kDefaultConcurrency = RecordingJobQueue::kDefaultConcurrency;

    RecordingController(RecordingClient *client, RecordingTracker *tracker, QObject *parent = nullptr);
    ~RecordingController() override;

    void setUserIdField(CxoneEnvironment::UserIdField field) { m_authority.setUserIdField(field); }
    void setSupervisor(const QString &supervisor) { m_authority.setSupervisor(supervisor); }
    // The site's shared registry (docs/registry.md): each start claims its agent there before it
    // leaves, and is not sent while another station holds the agent. None: this station alone.
    void setSiteRegistry(SiteRegistry *registry);
    // The works council's policy (docs/privacy.md): a start or an Extend it refuses is not sent
    // (vigie::ApiOutcome::RefusedByPolicy, the verdict's audit text as detail), whether it refuses
    // it when asked or when a queued start's turn to leave comes. None: no policy.
    void setPolicyGate(const PolicyGate *gate);
    // Who may be recorded: the agents of the scope, by the user-id the API takes. A start for any
    // other user-id is refused here (vigie::ApiOutcome::OutOfScope), whoever asks. Unrestricted until set.
    void setScope(const SupervisorScope &scope, const QVector<Agent> &agents);
    bool isInScope(const QString &userId) const { return m_authority.isInScope(userId); }
    // Whether the supervisor signed in may ask CXone about this unconfirmed start now.
    bool mayAskAbout(const TrackedRecording &intent) const { return m_authority.mayAskAbout(intent); }
    bool isSignedIn() const { return m_authority.isSignedIn(); }
    const SupervisorScope &scope() const { return m_authority.scope(); }
    void setConcurrency(int concurrency) { m_requests.queue()->setConcurrency(concurrency); }
    void setConfirmationBackoff(int firstDelayMs, int longestDelayMs)
    {
        m_unconfirmed.setBackoff(firstDelayMs, longestDelayMs);
    }
    int concurrency() const { return m_requests.queue()->concurrency(); }
    // A Stop that failed without CXone refusing it is sent again after firstDelayMs, then twice as
    // long each time, up to longestDelayMs.
    void setStopRetryBackoff(int firstDelayMs, int longestDelayMs);
    const QString &supervisor() const { return m_authority.supervisor(); }
    QString userIdFor(const Agent &agent) const { return m_authority.userIdFor(agent); }

    // justification: the supervisor's reason, where the policy asks for one; kept in the trail.
    void start(const QVector<Agent> &agents, int durationSeconds, const QString &purpose = {},
        const QString &justification = {});
    void stop(const QVector<qint64> &contactIds);
    // Stops whatever Vigie knows these agents to be recording: the running recording, or an
    // unconfirmed start (confirmed first). Returns how many agents had something to stop.
    int stopRecordingsOf(const QStringList &userIds);
    // Another station's recording, as the site registry shows it: stopped under this supervisor's
    // key if the agent is in their scope (false when it is not, and nothing is sent). Its Stop is
    // kept in the ledger until CXone answers, like this station's own (RecordingTracker::keptStops).
    bool stopElsewhere(const SiteRecording &recording);
    // CXone cannot change a running recording's duration: extending is a stop, then a start.
    void extend(qint64 contactId, int durationSeconds);
    // An unconfirmed start: ask CXone now, and stop the recording as soon as it names it.
    void stopUnconfirmed(const QString &userId);
    // An unconfirmed start: stop asking. CXone may still be recording until its end time.
    void forget(const QString &userId) { m_unconfirmed.forget(userId); }
    // After a restart, after signing in: asks CXone at once about every unconfirmed start, and
    // sends the Stops this supervisor pressed that a sign-out or a quit kept from leaving.
    void resumePending();
    // The Stops CXone has not answered that this session sends (StopFlow::keptStopsToSend): what
    // leaving waits for.
    QVector<TrackedRecording> keptStopsToSend() const;
    // What must be written before any start leaves (the audit trail's entry for it): when it
    // returns false, nothing of the batch is sent and each start fails with vigie::ApiOutcome::NotAudited.
    using StartWitness = std::function<bool(const QVector<TrackedRecording> &intents, QString *error)>;
    void setStartWitness(StartWitness witness);
    // Drops what is still queued, intents included, before reporting it cancelled; requests already
    // sent finish normally.
    void cancelQueued();
    // Quit or sign-out: the starts that never left are dropped in one ledger write; those that did
    // leave stay in the ledger, to be confirmed later. Stops stay in the ledger (stopsKept).
    void abandonUnsent();

    // A request for this agent is queued or on its way ("pending" is a start without a contactId).
    bool isBusy(const QString &userId) const { return m_requests.isBusy(userId); }
    int busyCount() const { return m_requests.queue()->busyCount(); }

Q_SIGNALS:
    // In the signals below, supervisor is who asked (pressed Start or Stop), whoever is signed in
    // when the answer comes.
    void busyChanged(const QString &userId, bool busy);
    void started(
        const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState saved, const QString &supervisor);
    // Certainly not started: a refusal, or a failure before CXone could act.
    void startFailed(
        const QString &userId, const QString &agentName, const StartResult &result, const QString &supervisor);
    // The answer was lost after CXone may have started it: the agent may be recording.
    void startUnconfirmed(const TrackedRecording &intent, const StartResult &result);
    void stopped(const TrackedRecording &recording, vigie::StopKind kind, const QString &supervisor);
    void stopFailed(const TrackedRecording &recording, const StopResult &result, const QString &supervisor);
    // A sign-out or a quit left Stops CXone has not answered: the ledger keeps them, and each is
    // sent when the supervisor who pressed it signs in again. Until then, they go on recording.
    void stopsKept(const QVector<TrackedRecording> &recordings);
    // Starts the audit trail holds as requested that never left, and why: cancelled, dropped by a
    // sign-out or a quit, stopped while queued, an extension whose supervisor left.
    void startsNotSent(const QVector<TrackedRecording> &intents, const QString &reason);
    // A Stop on an unconfirmed start that the supervisor signed in may not ask CXone about
    // (another supervisor's, for an agent outside their scope): it is kept, and sent when the
    // supervisor who started it signs in again; until then the start may record to its end.
    void stopWaitsForItsSupervisor(const TrackedRecording &intent);
    // Another station's recording this station asked CXone to stop reached its end before CXone
    // answered the Stop (recording.stopRequestedBy pressed it): whether it stopped early is unknown.
    void stopLeftUnanswered(const TrackedRecording &recording);
    void batchProgress(int done, int total);
    void batchFinished(const RecordingController::BatchSummary &summary);

private:
    // A queued request's turn to leave.
    void send(const RecordingJob &job);

    RecordingClient *m_client;
    RecordingTracker *m_tracker;
    RecordingAuthority m_authority;
    RecordingRequests m_requests;
    UnconfirmedStarts m_unconfirmed; // after m_requests, whose queue it uses
    std::unique_ptr<StartFlow> m_starts;
    std::unique_ptr<StartAnswers> m_answers;
    std::unique_ptr<StopFlow> m_stops; // after m_starts, which it uses
    bool m_keptStopsWaitForScope = false; // signed in; the scope's agents not known yet
};
