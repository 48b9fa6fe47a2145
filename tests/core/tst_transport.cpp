// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/RetryPolicy.h"
#include "cxone/TokenProvider.h"
#include "simulator/CxoneSimulator.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

// What every exchange with CXone carries, whatever the host looks like: an Accept header that asks
// for JSON, a back-off with jitter when CXone says "too many" without saying how long to wait, and
// IPv6 literal hosts that work as names and IPv4 addresses do.
class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestAsksForJson();
    void aTooManyRequestsWithoutRetryAfterBacksOffWithJitter();
    void anIpv6LiteralHostWorks();

private:
    // Signs in, lists the agents, starts and stops one recording; returns whether all of it worked.
    static bool wholeFlow(CxoneSimulator &simulator);
};

bool TestTransport::wholeFlow(CxoneSimulator &simulator)
{
    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    CxoneEnvironment environment;
    environment.issuer = simulator.baseUrl();
    environment.clientId = simulator.options().clientId;
    environment.clientSecret = simulator.options().clientSecret;
    tokens.setEnvironment(environment);
    QSignalSpy signedIn(&tokens, &TokenProvider::signedIn);
    tokens.signIn({ simulator.options().demoKeyId, simulator.options().demoKeySecret });
    if (!signedIn.wait(10000)) {
        return false;
    }
    AgentDirectory directory(&network, &tokens);
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    if (!loaded.wait(10000)) {
        return false;
    }
    const QString userId = loaded.first().first().value<QVector<Agent>>().value(0).userId;
    RecordingClient client(&network, &tokens);
    QSignalSpy started(&client, &RecordingClient::startFinished);
    client.start(userId, 30);
    if (!started.wait(10000) || !vigie::isSuccess(started.first().at(2).value<StartResult>().outcome)) {
        return false;
    }
    QSignalSpy stopped(&client, &RecordingClient::stopFinished);
    client.stop(userId, started.first().at(2).value<StartResult>().contactId);
    return stopped.wait(10000) && vigie::isSuccess(stopped.first().at(2).value<StopResult>().outcome);
}

void TestTransport::everyRequestAsksForJson()
{
    SimulatorOptions options;
    options.maxPageSize = 20;
    CxoneSimulator simulator(options);
    QVERIFY(simulator.start());
    QVERIFY(wholeFlow(simulator));
    QVERIFY(simulator.requestLog().size() >= 9); // discoveries, token, pages, teams, states, start, stop
    for (const CxoneSimulator::LoggedRequest &request : simulator.requestLog()) {
        QVERIFY2(request.accept == "application/json", qPrintable(request.path));
    }
}

void TestTransport::aTooManyRequestsWithoutRetryAfterBacksOffWithJitter()
{
    CxoneSimulator simulator;
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    CxoneEnvironment environment;
    environment.issuer = simulator.baseUrl();
    environment.clientId = simulator.options().clientId;
    environment.clientSecret = simulator.options().clientSecret;
    tokens.setEnvironment(environment);
    QSignalSpy signedIn(&tokens, &TokenProvider::signedIn);
    tokens.signIn({ simulator.options().demoKeyId, simulator.options().demoKeySecret });
    QVERIFY(signedIn.wait(10000));

    // Twelve starts at once, each answered 429 once, with no Retry-After.
    const QVector<Agent> agents = simulator.tenant().agents().mid(0, 12);
    for (const Agent &agent : agents) {
        SimulatorFault fault;
        fault.pathContains = QStringLiteral("start-screen");
        fault.userId = agent.userId;
        fault.status = 429;
        fault.times = 1;
        simulator.addFault(fault);
    }
    simulator.clearRequestLog();
    RecordingClient client(&network, &tokens);
    QSignalSpy started(&client, &RecordingClient::startFinished);
    for (const Agent &agent : agents) {
        client.start(agent.userId, 30);
    }
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), agents.size(), 20000);
    for (const QList<QVariant> &start : started) {
        QVERIFY(vigie::isSuccess(start.at(2).value<StartResult>().outcome));
    }

    // Each agent's second attempt waited the back-off (half fixed, half random: 200 to 400 ms before
    // the first retry), and the waits differ, so a bulk start's retries do not come back together.
    QList<qint64> waits;
    for (const Agent &agent : agents) {
        QList<qint64> attempts;
        for (const CxoneSimulator::LoggedRequest &request : simulator.requestLog()) {
            if (request.path.contains(QLatin1String("start-screen"))
                && request.query.queryItemValue(QStringLiteral("user-id"), QUrl::FullyDecoded) == agent.userId) {
                attempts << request.atMs;
            }
        }
        QCOMPARE(attempts.size(), 2);
        waits << attempts.at(1) - attempts.at(0);
    }
    const RetryPolicy policy;
    for (const qint64 wait : waits) {
        QVERIFY2(wait >= policy.baseDelayMs / 2, qPrintable(QString::number(wait)));
    }
    const auto [shortest, longest] = std::minmax_element(waits.cbegin(), waits.cend());
    QVERIFY2(*longest - *shortest >= 50, qPrintable(QStringLiteral("waits %1 to %2 ms").arg(*shortest).arg(*longest)));
}

void TestTransport::anIpv6LiteralHostWorks()
{
    bool hasIpv6Loopback = false;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        hasIpv6Loopback = hasIpv6Loopback || address == QHostAddress(QHostAddress::LocalHostIPv6);
    }
    if (!hasIpv6Loopback) {
        QSKIP("this machine has no ::1 (IPv6 disabled on loopback)");
    }
    CxoneSimulator simulator;
    simulator.listenOn(QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(simulator.start());
    QCOMPARE(simulator.baseUrl().toString(QUrl::RemovePort), QStringLiteral("http://[::1]"));
    QVERIFY(CxoneEnvironment::isAcceptableUrl(simulator.baseUrl()));
    QVERIFY(wholeFlow(simulator));
    QCOMPARE(simulator.recordingsCreated(), 1);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
