// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/TokenProvider.h"
#include "network/NetworkSettings.h"
#include "simulator/CxoneSimulator.h"

#include "support/Http2Front.h"
#include "support/TestCertificates.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// HTTP/2 where the server offers it: behind a real HTTP/2 server (nginx before the simulator),
// every exchange of a station goes over HTTP/2, and the agent list's pages share one connection
// without waiting for each other.
class TestHttp2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyExchangeGoesOverHttp2WhenOffered();
    void theListsPagesShareOneConnectionAtOnce();

private:
    TestCertificates m_certificates;
    TestCertificates::Issued m_issued;
};

void TestHttp2::initTestCase()
{
    QVERIFY2(m_certificates.isValid(), "openssl could not make the test CA");
    m_issued = m_certificates.issue(QStringLiteral("front"), { QStringLiteral("localhost") });
    QVERIFY(!m_issued.certificate.isNull());
    NetworkSettings settings;
    settings.caFile = m_certificates.caPath();
    QCOMPARE(settings.apply(), QString());
}

void TestHttp2::everyExchangeGoesOverHttp2WhenOffered()
{
    SimulatorOptions options;
    options.agentCount = 250;
    options.maxPageSize = 100;
    CxoneSimulator simulator(options);
    Http2Front front;
    simulator.advertise(front.url(QStringLiteral("localhost")));
    QVERIFY(simulator.start());
    QVERIFY2(front.start(simulator.port(), m_issued.pemPath, m_issued.keyPath), qPrintable(front.whyNot()));

    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    CxoneEnvironment environment;
    environment.issuer = front.url(QStringLiteral("localhost"));
    environment.clientId = options.clientId;
    environment.clientSecret = options.clientSecret;
    tokens.setEnvironment(environment);
    QSignalSpy signedIn(&tokens, &TokenProvider::signedIn);
    tokens.signIn({ options.demoKeyId, options.demoKeySecret });
    QVERIFY(signedIn.wait(15000));
    AgentDirectory directory(&network, &tokens);
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(directory.agents().size(), 250);
    RecordingClient client(&network, &tokens);
    QSignalSpy started(&client, &RecordingClient::startFinished);
    const QString userId = directory.agents().constFirst().userId;
    client.start(userId, 30);
    QVERIFY(started.wait(15000));
    const StartResult start = started.first().at(2).value<StartResult>();
    QVERIFY(vigie::isSuccess(start.outcome));
    QSignalSpy stopped(&client, &RecordingClient::stopFinished);
    client.stop(userId, start.contactId);
    QVERIFY(stopped.wait(15000));
    QVERIFY(vigie::isSuccess(stopped.first().at(2).value<StopResult>().outcome));

    // Everything the simulator answered came through the front, and the front heard it in HTTP/2.
    const QStringList requests = front.accessLog();
    QCOMPARE(requests.size(), simulator.requestLog().size());
    QVERIFY(requests.size() >= 9); // discoveries, token, pages, teams, states, start, stop
    for (const QString &request : requests) {
        QVERIFY2(request.startsWith(QLatin1String("HTTP/2.0 ")), qPrintable(request));
    }
}

void TestHttp2::theListsPagesShareOneConnectionAtOnce()
{
    SimulatorOptions options;
    options.agentCount = 2400; // 24 pages: two rounds of the pages the list asks for at once
    options.maxPageSize = 100;
    options.latencyMs = 1000;
    CxoneSimulator simulator(options);
    Http2Front front;
    simulator.advertise(front.url(QStringLiteral("localhost")));
    QVERIFY(simulator.start());
    QVERIFY2(front.start(simulator.port(), m_issued.pemPath, m_issued.keyPath), qPrintable(front.whyNot()));

    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    CxoneEnvironment environment;
    environment.issuer = front.url(QStringLiteral("localhost"));
    environment.clientId = options.clientId;
    environment.clientSecret = options.clientSecret;
    tokens.setEnvironment(environment);
    QSignalSpy signedIn(&tokens, &TokenProvider::signedIn);
    tokens.signIn({ options.demoKeyId, options.demoKeySecret });
    QVERIFY(signedIn.wait(15000));
    AgentDirectory directory(&network, &tokens);
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    QElapsedTimer clock;
    clock.start();
    directory.reload();
    QVERIFY(loaded.wait(60000));
    QCOMPARE(directory.agents().size(), 2400);
    // The first page, then the 23 others: twelve at once take three round trips (teams and states
    // beside them), six HTTP/1.1 connections five, one page at a time 24. Under four is HTTP/2's
    // multiplexing, through a front that queues no stream behind another.
    QVERIFY2(clock.elapsed() < 4 * options.latencyMs, qPrintable(QString::number(clock.elapsed())));

    QSet<QString> pageConnections;
    for (const QString &request : front.accessLog()) {
        const QStringList fields = request.split(u' ');
        if (fields.value(3).endsWith(QLatin1String("/agents"))) {
            pageConnections.insert(fields.value(1));
        }
    }
    QCOMPARE(pageConnections.size(), 1);
}

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
