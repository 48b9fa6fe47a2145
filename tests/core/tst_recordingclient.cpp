// SPDX-License-Identifier: Apache-2.0
#include "support/ListeningPost.h"
#include "support/SignedInClient.h"

#include "cxone/RecordingClient.h"
#include "cxone/RecordingDuration.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// The whole contract runs once per spelling of the endpoints (docs/cxone-contract.md#the-recording-endpoints).
CxoneEnvironment::RecordingApi g_recordingApi = CxoneEnvironment::RecordingApi::Documented;

QString servicePath(const QString &action)
{
    return (g_recordingApi == CxoneEnvironment::RecordingApi::V1
                   ? QStringLiteral("/interaction-recording-management-service/v1/interactions/")
                   : QStringLiteral("/interaction-recording-management-service/interactions/"))
        + action;
}

QString userParameter()
{
    return g_recordingApi == CxoneEnvironment::RecordingApi::V1 ? QStringLiteral("userId") : QStringLiteral("user-id");
}
} // namespace

// The recording endpoints, against the simulator, for every rule and status of
// docs/cxone-contract.md#statuses-of-the-recording-endpoints.
class TestRecordingClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startSendsTheDocumentedRequest();
    void successCarriesBothIdentifiers_data();
    void successCarriesBothIdentifiers();
    void durationBoundsAreCheckedBeforeSending_data();
    void durationBoundsAreCheckedBeforeSending();
    void secondStartReturnsTheRunningRecordingUnchanged();
    void documentedFailuresBecomeTypedOutcomes_data();
    void documentedFailuresBecomeTypedOutcomes();
    void lockedIsRetriedUntilItClears();
    void realLockWhileProcessingIsHonoured();
    void retryAfterIsHonoured();
    void aRetryNeverGoesOutUnderAnotherKey();
    void retryAfterBeyondTheCapIsReportedNotAwaited();
    void gatewayTimeoutAfterTheStartHappenedCreatesNoSecondRecording();
    void bodiesWithoutBothIdentifiersAreErrors_data();
    void bodiesWithoutBothIdentifiersAreErrors();
    void quotedContactIdIsAccepted();
    void truncatedBodyIsNotAcceptedAsSuccess();
    void droppedConnectionsEndAsNetworkError();
    void aSilentServerEndsInATimeout();
    void serverGoneIsANetworkError();
    void expiredTokenIsRefreshedOnceAndTheRequestReplayed();
    void unrenewableTokenEndsTheSession();
    void persistent401AfterRefreshEndsAsSessionExpired();
    void keyWithoutPermissionIsForbidden();
    void theQualityKeyRecordsAsAnotherSupervisor();
    void requestsForOneAgentAreNotInterleaved();
    void notSignedInIsRefusedLocally();
    void stopUsesTheContactIdAndEndsTheRecording();
    void stopOfAnEndedRecordingMeansAlreadyEnded();
    void recordingEndsByItselfAtItsDuration();
    void aStartWhoseAnswerMayHaveBeenLostSaysSo_data();
    void aStartWhoseAnswerMayHaveBeenLostSaysSo();
    void aLostAnswerBeforeARefusalStillMayHaveStarted_data();
    void aLostAnswerBeforeARefusalStillMayHaveStarted();
    void contactIdsTravelAsExact64BitIntegers();
    void theDemoNeverHandsOutAContactIdAgainAfterARelaunch();
    void contactIdIsReadExactlyOrNotAtAll_data();
    void contactIdIsReadExactlyOrNotAtAll();
    void userIdsReachCxoneExactly_data();
    void userIdsReachCxoneExactly();
    void redirectsAreNeverFollowedWithCredentials_data();
    void redirectsAreNeverFollowedWithCredentials();
    void aTricklingServerCannotHoldACallForever();

private:
    std::unique_ptr<SignedInClient> m_cxone;
    std::unique_ptr<RecordingClient> m_client;
    QString m_userId;
    StartResult startAndWait(const QString &userId, int duration, int timeoutMs = 10000);
    StopResult stopAndWait(const QString &userId, qint64 contactId);
    void addRetryAfterOnce();
};

StartResult TestRecordingClient::startAndWait(const QString &userId, int duration, int timeoutMs)
{
    QSignalSpy finished(m_client.get(), &RecordingClient::startFinished);
    m_client->start(userId, duration);
    if (!finished.wait(timeoutMs)) {
        return {};
    }
    return finished.first().at(2).value<StartResult>();
}

StopResult TestRecordingClient::stopAndWait(const QString &userId, qint64 contactId)
{
    QSignalSpy finished(m_client.get(), &RecordingClient::stopFinished);
    m_client->stop(userId, contactId);
    if (!finished.wait(10000)) {
        return {};
    }
    return finished.first().at(2).value<StopResult>();
}

// One start answered 429 with Retry-After: 1, then CXone recovers.
void TestRecordingClient::addRetryAfterOnce()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 429;
    fault.retryAfter = "1";
    fault.times = 1;
    m_cxone->simulator->addFault(fault);
}

void TestRecordingClient::init()
{
    m_cxone = std::make_unique<SignedInClient>();
    QVERIFY(m_cxone->tokens->hasToken());
    CxoneEnvironment environment = m_cxone->tokens->environment();
    environment.recordingApi = g_recordingApi;
    m_cxone->tokens->setEnvironment(environment);
    m_client = std::make_unique<RecordingClient>(m_cxone->network.get(), m_cxone->tokens.get());
    m_client->setRetryPolicy(fastRetries());
    m_userId = m_cxone->simulator->tenant().agents().at(3).userId;
}

void TestRecordingClient::cleanup()
{
    m_client.reset();
    m_cxone.reset();
}

void TestRecordingClient::startSendsTheDocumentedRequest()
{
    m_cxone->simulator->clearRequestLog();
    const StartResult result = startAndWait(m_userId, 3000);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    const auto &log = m_cxone->simulator->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, QByteArray("POST"));
    QCOMPARE(log.first().path, servicePath(QStringLiteral("start-screen-interaction-recording")));
    QCOMPARE(log.first().query.queryItemValue(userParameter()), m_userId);
    QCOMPARE(log.first().query.queryItemValue(QStringLiteral("recordingDuration")), QStringLiteral("3000"));
}

void TestRecordingClient::successCarriesBothIdentifiers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<vigie::ApiOutcome>("outcome");
    QTest::newRow("200 success") << 200 << vigie::ApiOutcome::Success;
    QTest::newRow("202 accepted") << 202 << vigie::ApiOutcome::Accepted;
}

void TestRecordingClient::successCarriesBothIdentifiers()
{
    QFETCH(int, status);
    QFETCH(vigie::ApiOutcome, outcome);
    m_cxone->simulator->setNewRecordingStatus(status);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
    const auto running = m_cxone->simulator->activeRecording(m_userId);
    QVERIFY(running);
    QCOMPARE(result.contactId, running->contactId);
    QCOMPARE(result.interactionId, running->interactionId);
}

void TestRecordingClient::durationBoundsAreCheckedBeforeSending_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("below minimum") << RecordingDuration::kMinimumSeconds - 1 << false;
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("negative") << -30 << false;
    QTest::newRow("minimum") << RecordingDuration::kMinimumSeconds << true;
    QTest::newRow("API maximum, 13,200 s (3 h 40)") << RecordingDuration::kMaximumSeconds << true;
    QTest::newRow("above maximum") << RecordingDuration::kMaximumSeconds + 1 << false;
}

void TestRecordingClient::durationBoundsAreCheckedBeforeSending()
{
    QFETCH(int, seconds);
    QFETCH(bool, accepted);
    m_cxone->simulator->clearRequestLog();
    const StartResult result = startAndWait(m_userId, seconds);
    QCOMPARE(result.outcome, accepted ? vigie::ApiOutcome::Success : vigie::ApiOutcome::InvalidDuration);
    QCOMPARE(m_cxone->simulator->requestLog().size(), accepted ? 1 : 0);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), accepted ? 1 : 0);
}

void TestRecordingClient::secondStartReturnsTheRunningRecordingUnchanged()
{
    const StartResult first = startAndWait(m_userId, 600);
    QCOMPARE(first.outcome, vigie::ApiOutcome::Success);
    const QDateTime endsAt = m_cxone->simulator->activeRecording(m_userId)->endsAtUtc;
    const StartResult second = startAndWait(m_userId, 13200);
    QCOMPARE(second.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(second.contactId, first.contactId);
    QCOMPARE(second.interactionId, first.interactionId);
    QCOMPARE(m_cxone->simulator->recordingsCreatedFor(m_userId), 1);
    QCOMPARE(m_cxone->simulator->activeRecording(m_userId)->endsAtUtc, endsAt);
}

void TestRecordingClient::documentedFailuresBecomeTypedOutcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<vigie::ApiOutcome>("outcome");
    QTest::addColumn<int>("attempts");
    QTest::newRow("400") << 400 << vigie::ApiOutcome::BadRequest << 1;
    QTest::newRow("403") << 403 << vigie::ApiOutcome::Forbidden << 1;
    QTest::newRow("404") << 404 << vigie::ApiOutcome::NotFound << 1;
    QTest::newRow("425 after every retry") << 425 << vigie::ApiOutcome::Locked << 4;
    QTest::newRow("429 after every retry") << 429 << vigie::ApiOutcome::RateLimited << 4;
    QTest::newRow("500") << 500 << vigie::ApiOutcome::ServerError << 1;
    QTest::newRow("503 after every retry") << 503 << vigie::ApiOutcome::ServiceUnavailable << 4;
    QTest::newRow("504 after every retry") << 504 << vigie::ApiOutcome::GatewayTimeout << 4;
    QTest::newRow("undocumented 418") << 418 << vigie::ApiOutcome::UnexpectedStatus << 1;
}

void TestRecordingClient::documentedFailuresBecomeTypedOutcomes()
{
    QFETCH(int, status);
    QFETCH(vigie::ApiOutcome, outcome);
    QFETCH(int, attempts);
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = status;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.attempts, attempts);
    QCOMPARE(result.contactId, 0);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
}

void TestRecordingClient::lockedIsRetriedUntilItClears()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 425;
    fault.times = 2;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

void TestRecordingClient::realLockWhileProcessingIsHonoured()
{
    // The simulator locks the agent while it processes a start, as CXone does (425).
    m_cxone->simulator->setProcessingMs(300);
    RecordingClient other(m_cxone->network.get(), m_cxone->tokens.get());
    other.setRetryPolicy(RetryPolicy::none());
    QSignalSpy otherFinished(&other, &RecordingClient::stopFinished);
    QSignalSpy finished(m_client.get(), &RecordingClient::startFinished);
    m_client->start(m_userId, 60);
    QTest::qWait(100);
    other.stop(m_userId, 1);
    QVERIFY(otherFinished.wait(5000));
    QCOMPARE(otherFinished.first().at(2).value<StopResult>().outcome, vigie::ApiOutcome::Locked);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(2).value<StartResult>().outcome, vigie::ApiOutcome::Success);
}

void TestRecordingClient::retryAfterIsHonoured()
{
    addRetryAfterOnce();
    QElapsedTimer clock;
    clock.start();
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(result.attempts, 2);
    QVERIFY2(clock.elapsed() >= 1000, "the retry came before Retry-After allowed it");
}

// The station changes hands while a start waits to be retried: the retry would be a start of
// the next supervisor's. It does not go out.
void TestRecordingClient::aRetryNeverGoesOutUnderAnotherKey()
{
    addRetryAfterOnce();
    m_cxone->simulator->clearRequestLog();
    QSignalSpy finished(m_client.get(), &RecordingClient::startFinished);
    m_client->start(m_userId, 60);
    QTRY_COMPARE_WITH_TIMEOUT(m_cxone->simulator->faultsInjected(), 1, 5000);
    const SimulatorOptions &options = m_cxone->simulator->options();
    QVERIFY(m_cxone->signInWith({ options.restrictedKeyId, options.restrictedKeySecret }));
    QVERIFY(finished.wait(5000));
    const StartResult result = finished.first().at(2).value<StartResult>();
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.outcome != vigie::ApiOutcome::Success);
    QTest::qWait(1200); // past the Retry-After
    int starts = 0;
    for (const auto &request : m_cxone->simulator->requestLog()) {
        starts += request.path.contains(QLatin1String("start-screen")) ? 1 : 0;
    }
    QCOMPARE(starts, 1);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
}

void TestRecordingClient::retryAfterBeyondTheCapIsReportedNotAwaited()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 429;
    fault.retryAfter = "3600";
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::RateLimited);
    QCOMPARE(result.attempts, 1);
}

void TestRecordingClient::gatewayTimeoutAfterTheStartHappenedCreatesNoSecondRecording()
{
    // The start reached CXone but the gateway answered 504: the retry must find the running one.
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 504;
    fault.times = 1;
    fault.actFirst = true;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QCOMPARE(result.contactId, m_cxone->simulator->activeRecording(m_userId)->contactId);
}

void TestRecordingClient::bodiesWithoutBothIdentifiersAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>gateway</html>");
    QTest::newRow("truncated JSON") << QByteArray("{\"contactId\": 7000, \"interac");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no contactId") << QByteArray("{\"interactionId\":\"abc\"}");
    QTest::newRow("no interactionId") << QByteArray("{\"contactId\":700000123}");
    QTest::newRow("zero contactId") << QByteArray("{\"contactId\":0,\"interactionId\":\"abc\"}");
    QTest::newRow("fractional contactId") << QByteArray("{\"contactId\":12.5,\"interactionId\":\"abc\"}");
    QTest::newRow("null interactionId") << QByteArray("{\"contactId\":5,\"interactionId\":null}");
}

void TestRecordingClient::bodiesWithoutBothIdentifiersAreErrors()
{
    QFETCH(QByteArray, body);
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 200;
    fault.body = body;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::MalformedResponse);
    QCOMPARE(result.attempts, 4); // asked again, in case the IDs were only lost on the way
    QCOMPARE(result.contactId, 0);
    QVERIFY(result.interactionId.isEmpty());
}

void TestRecordingClient::quotedContactIdIsAccepted()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 202;
    fault.body = "{\"contactId\":\"9007199254740993\",\"interactionId\":\"i-1\"}";
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Accepted);
    QCOMPARE(result.contactId, Q_INT64_C(9007199254740993));
}

void TestRecordingClient::truncatedBodyIsNotAcceptedAsSuccess()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.kind = SimulatorFault::Kind::Truncated;
    fault.actFirst = true;
    fault.times = 1;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    // The cut connection is retried; the retry finds the recording that did start.
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

void TestRecordingClient::droppedConnectionsEndAsNetworkError()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.kind = SimulatorFault::Kind::Drop;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::NetworkError);
    QCOMPARE(result.attempts, 4);
}

void TestRecordingClient::aSilentServerEndsInATimeout()
{
    CxoneEnvironment environment = m_cxone->tokens->environment();
    environment.requestTimeoutMs = 300;
    m_cxone->tokens->setEnvironment(environment);
    m_client->setRetryPolicy(fastRetries(2));
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.kind = SimulatorFault::Kind::Stall;
    m_cxone->simulator->addFault(fault);
    QElapsedTimer clock;
    clock.start();
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Timeout);
    QCOMPARE(result.attempts, 2);
    QVERIFY(clock.elapsed() < 5000);
}

void TestRecordingClient::serverGoneIsANetworkError()
{
    m_client->setRetryPolicy(fastRetries(2));
    m_cxone->simulator.reset();
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::NetworkError);
}

void TestRecordingClient::expiredTokenIsRefreshedOnceAndTheRequestReplayed()
{
    m_cxone->simulator->expireAccessTokens();
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
    QVERIFY(m_cxone->tokens->hasToken());
}

void TestRecordingClient::unrenewableTokenEndsTheSession()
{
    QSignalSpy expired(m_cxone->tokens.get(), &TokenProvider::sessionExpired);
    m_cxone->simulator->expireAccessTokens();
    m_cxone->simulator->revokeRefreshTokens();
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::SessionExpired);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!m_cxone->tokens->hasToken());
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 0);
}

void TestRecordingClient::persistent401AfterRefreshEndsAsSessionExpired()
{
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = 401;
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::SessionExpired);
    const auto &log = m_cxone->simulator->requestLog();
    const auto starts = std::count_if(log.begin(), log.end(), [](const CxoneSimulator::LoggedRequest &request) {
        return request.path.contains(QLatin1String("start-screen"));
    });
    QCOMPARE(starts, 2);
}

void TestRecordingClient::keyWithoutPermissionIsForbidden()
{
    QVERIFY(m_cxone->signInWith(
        { m_cxone->simulator->options().restrictedKeyId, m_cxone->simulator->options().restrictedKeySecret }));
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Forbidden);
    QCOMPARE(result.httpStatus, 403);
}

// Two stations of a demo site signed in by two supervisors: the quality key signs in as another
// user of the tenant, one who leads a team the demo supervisor does not, and may record.
void TestRecordingClient::theQualityKeyRecordsAsAnotherSupervisor()
{
    const SimulatorOptions &options = m_cxone->simulator->options();
    const DemoTenant &tenant = m_cxone->simulator->tenant();
    QVERIFY(m_cxone->signInWith({ options.qualityKeyId, options.qualityKeySecret }));
    QCOMPARE(m_cxone->tokens->userId(), tenant.qualitySupervisorUserId());
    QVERIFY(tenant.qualitySupervisorUserId() != tenant.supervisorUserId());
    QStringList ledByQuality;
    for (const Team &team : tenant.teams()) {
        if (team.teamLeadId == tenant.qualitySupervisorUserId()) {
            ledByQuality.append(team.teamName);
        }
    }
    // The demo supervisor leads Support technique Lyon and Billing Montréal.
    QCOMPARE(ledByQuality, QStringList { QStringLiteral("Service client Paris") });
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

void TestRecordingClient::requestsForOneAgentAreNotInterleaved()
{
    m_cxone->simulator->setLatencyMs(200);
    QSignalSpy finished(m_client.get(), &RecordingClient::startFinished);
    m_client->start(m_userId, 60);
    QVERIFY(m_client->isBusy(m_userId));
    m_client->start(m_userId, 60);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QCOMPARE(finished.at(0).at(2).value<StartResult>().outcome, vigie::ApiOutcome::RequestPending);
    QCOMPARE(finished.at(1).at(2).value<StartResult>().outcome, vigie::ApiOutcome::Success);
}

void TestRecordingClient::notSignedInIsRefusedLocally()
{
    m_cxone->tokens->signOut();
    m_cxone->simulator->clearRequestLog();
    QCOMPARE(startAndWait(m_userId, 60).outcome, vigie::ApiOutcome::NotSignedIn);
    QCOMPARE(m_cxone->simulator->requestLog().size(), 0);
}

void TestRecordingClient::stopUsesTheContactIdAndEndsTheRecording()
{
    const StartResult started = startAndWait(m_userId, 600);
    QCOMPARE(started.outcome, vigie::ApiOutcome::Success);
    m_cxone->simulator->clearRequestLog();
    const StopResult stopped = stopAndWait(m_userId, started.contactId);
    QCOMPARE(stopped.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(stopped.httpStatus, 200);
    const auto &request = m_cxone->simulator->requestLog().first();
    QCOMPARE(request.path, servicePath(QStringLiteral("stop-screen-interaction-recording")));
    QCOMPARE(request.query.queryItemValue(userParameter()), m_userId);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("contactId")), QString::number(started.contactId));
    QVERIFY(!m_cxone->simulator->activeRecording(m_userId));
}

void TestRecordingClient::stopOfAnEndedRecordingMeansAlreadyEnded()
{
    const StartResult started = startAndWait(m_userId, 600);
    QCOMPARE(stopAndWait(m_userId, started.contactId).outcome, vigie::ApiOutcome::Success);
    const StopResult again = stopAndWait(m_userId, started.contactId);
    QCOMPARE(again.outcome, vigie::ApiOutcome::AlreadyEnded);
    QCOMPARE(again.httpStatus, 404);
}

void TestRecordingClient::recordingEndsByItselfAtItsDuration()
{
    const StartResult started = startAndWait(m_userId, RecordingDuration::kMinimumSeconds);
    QCOMPARE(started.outcome, vigie::ApiOutcome::Success);
    QVERIFY(m_cxone->simulator->activeRecording(m_userId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_cxone->simulator->activeRecording(m_userId), 7000);
    QCOMPARE(stopAndWait(m_userId, started.contactId).outcome, vigie::ApiOutcome::AlreadyEnded);
}

void TestRecordingClient::aStartWhoseAnswerMayHaveBeenLostSaysSo_data()
{
    // Whether CXone may have started the recording although Vigie got no usable answer.
    QTest::addColumn<QString>("fault");
    QTest::addColumn<vigie::ApiOutcome>("outcome");
    QTest::addColumn<bool>("mayHaveStarted");
    QTest::addColumn<int>("created");
    QTest::newRow("504 after CXone started it")
        << "start-screen:504-after" << vigie::ApiOutcome::GatewayTimeout << true << 1;
    QTest::newRow("504 before") << "start-screen:504" << vigie::ApiOutcome::GatewayTimeout << true << 0;
    QTest::newRow("connection dropped after")
        << "start-screen:drop-after" << vigie::ApiOutcome::NetworkError << true << 1;
    QTest::newRow("500") << "start-screen:500" << vigie::ApiOutcome::ServerError << true << 0;
    QTest::newRow("garbled 200") << "start-screen:malformed" << vigie::ApiOutcome::MalformedResponse << true << 1;
    QTest::newRow("undocumented 409") << "start-screen:409" << vigie::ApiOutcome::UnexpectedStatus << true << 0;
    QTest::newRow("425 that persists") << "start-screen:425" << vigie::ApiOutcome::Locked << false << 0;
    QTest::newRow("400 refuses") << "start-screen:400" << vigie::ApiOutcome::BadRequest << false << 0;
    QTest::newRow("403 refuses") << "start-screen:403" << vigie::ApiOutcome::Forbidden << false << 0;
    QTest::newRow("404 refuses") << "start-screen:404" << vigie::ApiOutcome::NotFound << false << 0;
    QTest::newRow("429 throughout") << "start-screen:429" << vigie::ApiOutcome::RateLimited << false << 0;
    QTest::newRow("redirect") << "start-screen:307" << vigie::ApiOutcome::Redirected << false << 0;
}

void TestRecordingClient::aStartWhoseAnswerMayHaveBeenLostSaysSo()
{
    QFETCH(QString, fault);
    QFETCH(vigie::ApiOutcome, outcome);
    QFETCH(bool, mayHaveStarted);
    QFETCH(int, created);
    m_cxone->simulator->addFault(*SimulatorFault::fromText(fault));
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.mayHaveStarted, mayHaveStarted);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), created);
}

void TestRecordingClient::aLostAnswerBeforeARefusalStillMayHaveStarted_data()
{
    QTest::addColumn<QString>("then");
    QTest::addColumn<vigie::ApiOutcome>("outcome");
    QTest::newRow("then an expired session") << QStringLiteral("start-screen:401") << vigie::ApiOutcome::SessionExpired;
    QTest::newRow("then locked (425)") << QStringLiteral("start-screen:425") << vigie::ApiOutcome::Locked;
    QTest::newRow("then rate limited") << QStringLiteral("start-screen:429") << vigie::ApiOutcome::RateLimited;
}

void TestRecordingClient::aLostAnswerBeforeARefusalStillMayHaveStarted()
{
    // The first attempt reached CXone and its answer was lost; the retries were turned away.
    // Nothing says the first did not start the recording.
    QFETCH(QString, then);
    QFETCH(vigie::ApiOutcome, outcome);
    m_cxone->simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:504-after:1")));
    m_cxone->simulator->addFault(*SimulatorFault::fromText(then));
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, outcome);
    QVERIFY(result.mayHaveStarted);
    QCOMPARE(m_cxone->simulator->recordingsCreated(), 1);
}

void TestRecordingClient::contactIdsTravelAsExact64BitIntegers()
{
    SimulatorOptions options;
    options.firstContactId = Q_INT64_C(9007199254740993); // 2^53 + 1: a double would make it ...992
    m_cxone = std::make_unique<SignedInClient>(options);
    m_client = std::make_unique<RecordingClient>(m_cxone->network.get(), m_cxone->tokens.get());
    const StartResult started = startAndWait(m_userId, 600);
    QCOMPARE(started.outcome, vigie::ApiOutcome::Success);
    QCOMPARE(started.contactId, Q_INT64_C(9007199254740993));
    QCOMPARE(stopAndWait(m_userId, started.contactId).outcome, vigie::ApiOutcome::Success);
    QCOMPARE(m_cxone->simulator->requestLog().last().query.queryItemValue(QStringLiteral("contactId")),
        QStringLiteral("9007199254740993"));
    QVERIFY(!m_cxone->simulator->activeRecording(m_userId));
}

// The demo's ledger and audit trail outlive a launch: a new launch's simulator never hands out
// an id the previous one gave.
void TestRecordingClient::theDemoNeverHandsOutAContactIdAgainAfterARelaunch()
{
    QList<qint64> ids;
    for (int launch = 0; launch < 2; ++launch) {
        m_cxone = std::make_unique<SignedInClient>(SimulatorOptions());
        m_client = std::make_unique<RecordingClient>(m_cxone->network.get(), m_cxone->tokens.get());
        const StartResult started = startAndWait(m_userId, 600);
        QCOMPARE(started.outcome, vigie::ApiOutcome::Success);
        ids.append(started.contactId);
        QCOMPARE(stopAndWait(m_userId, started.contactId).outcome, vigie::ApiOutcome::Success);
        QTest::qWait(2); // the launches are a millisecond apart at least, as any two are
    }
    QVERIFY2(ids.at(1) > ids.at(0), qPrintable(QStringLiteral("%1 then %2").arg(ids.at(0)).arg(ids.at(1))));
}

void TestRecordingClient::contactIdIsReadExactlyOrNotAtAll_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected"); // 0: not a contact ID
    QTest::newRow("integer") << QByteArray("700000001") << Q_INT64_C(700000001);
    QTest::newRow("above 2^53") << QByteArray("9007199254740993") << Q_INT64_C(9007199254740993);
    QTest::newRow("largest 64-bit") << QByteArray("9223372036854775807") << Q_INT64_C(9223372036854775807);
    QTest::newRow("digits as text") << QByteArray("\"9007199254740993\"") << Q_INT64_C(9007199254740993);
    QTest::newRow("integral double") << QByteArray("1e3") << Q_INT64_C(1000);
    QTest::newRow("fraction") << QByteArray("12.5") << Q_INT64_C(0);
    QTest::newRow("negative") << QByteArray("-5") << Q_INT64_C(0);
    QTest::newRow("zero") << QByteArray("0") << Q_INT64_C(0);
    QTest::newRow("beyond 64 bits") << QByteArray("18446744073709551616") << Q_INT64_C(0);
    QTest::newRow("signed text") << QByteArray("\"+5\"") << Q_INT64_C(0);
    QTest::newRow("text beyond 64 bits") << QByteArray("\"18446744073709551616\"") << Q_INT64_C(0);
    QTest::newRow("null") << QByteArray("null") << Q_INT64_C(0);
}

void TestRecordingClient::contactIdIsReadExactlyOrNotAtAll()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    const QJsonDocument document = QJsonDocument::fromJson("{\"c\":" + json + "}");
    QVERIFY(document.isObject());
    QCOMPARE(RecordingClient::contactIdFrom(document.object().value(QLatin1String("c"))).value_or(0), expected);
}

void TestRecordingClient::userIdsReachCxoneExactly_data()
{
    QTest::addColumn<QString>("userId");
    QTest::newRow("plus") << QStringLiteral("a+b");
    QTest::newRow("ampersand and equals") << QStringLiteral("a&recordingDuration=13200");
    QTest::newRow("percent") << QStringLiteral("100%25");
    QTest::newRow("hash") << QStringLiteral("a#b");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("non-ASCII") << QStringLiteral("agent-é");
}

void TestRecordingClient::userIdsReachCxoneExactly()
{
    QFETCH(QString, userId);
    m_cxone->simulator->clearRequestLog();
    startAndWait(userId, 60); // no such agent: 404, but the request shows what arrived
    const auto &log = m_cxone->simulator->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().query.queryItemValue(userParameter(), QUrl::FullyDecoded), userId);
    QCOMPARE(log.first().query.queryItemValue(QStringLiteral("recordingDuration")), QStringLiteral("60"));
}

void TestRecordingClient::redirectsAreNeverFollowedWithCredentials_data()
{
    QTest::addColumn<int>("status");
    for (int status : { 301, 302, 303, 307, 308 }) {
        QTest::addRow("%d", status) << status;
    }
}

void TestRecordingClient::redirectsAreNeverFollowedWithCredentials()
{
    QFETCH(int, status);
    ListeningPost elsewhere;
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("start-screen");
    fault.status = status;
    fault.location = elsewhere.url(QStringLiteral("/steal")).toEncoded();
    m_cxone->simulator->addFault(fault);
    const StartResult result = startAndWait(m_userId, 60);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Redirected);
    QVERIFY2(result.detail.contains(QLatin1String("127.0.0.1")), qPrintable(result.detail));
    QTest::qWait(200);
    QCOMPARE(elsewhere.connections(), 0);
    QVERIFY(!elsewhere.received().contains("Authorization"));
}

void TestRecordingClient::aTricklingServerCannotHoldACallForever()
{
    CxoneEnvironment environment = m_cxone->tokens->environment();
    environment.requestTimeoutMs = 700; // a byte every 500 ms keeps the transfer timeout quiet
    m_cxone->tokens->setEnvironment(environment);
    m_client->setRetryPolicy(RetryPolicy::none());
    m_cxone->simulator->addFault(*SimulatorFault::fromText(QStringLiteral("start-screen:trickle")));
    QElapsedTimer clock;
    clock.start();
    const StartResult result = startAndWait(m_userId, 60, 20000);
    QCOMPARE(result.outcome, vigie::ApiOutcome::Timeout);
    QVERIFY(result.mayHaveStarted);
    QVERIFY2(clock.elapsed() < 5000, "the overall deadline did not end the call");
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    TestRecordingClient test;
    int failures = 0;
    for (auto api : { CxoneEnvironment::RecordingApi::Documented, CxoneEnvironment::RecordingApi::V1 }) {
        g_recordingApi = api;
        qInfo("recording API spelling: %s", api == CxoneEnvironment::RecordingApi::V1 ? "v1" : "documented");
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures;
}
#include "tst_recordingclient.moc"
