// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/TokenProvider.h"
#include "simulator/CxoneSimulator.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

// What every exchange with CXone carries, whatever the host looks like: an Accept header that asks
// for JSON, and IPv6 literal hosts that work as names and IPv4 addresses do.
class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestAsksForJson();
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
    if (!started.wait(10000) || !isSuccess(started.first().at(2).value<StartResult>().outcome)) {
        return false;
    }
    QSignalSpy stopped(&client, &RecordingClient::stopFinished);
    client.stop(userId, started.first().at(2).value<StartResult>().contactId);
    return stopped.wait(10000) && isSuccess(stopped.first().at(2).value<StopResult>().outcome);
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
