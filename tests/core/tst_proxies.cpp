// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/TokenProvider.h"
#include "network/NetworkSettings.h"
#include "network/ProxyAuthenticator.h"
#include "simulator/CxoneSimulator.h"
#include "text/OutcomeText.h"

#include "support/ConnectProxy.h"
#include "support/TestCertificates.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Through a real HTTP CONNECT proxy on loopback (support/ConnectProxy.h), over TLS as CXone is:
// the administrator's [Network] Proxy=, the system's https_proxy and no_proxy, a proxy that asks
// for credentials (407) and one that refuses.
class TestProxies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyCxoneRequestGoesThroughTheGivenProxy();
    void theSystemsNoProxyHostsGoDirect();
    void proxyNoneGoesDirectWhateverTheSystemSays();
    void aProxyAskingForCredentialsGetsThemOnce();
    void refusedCredentialsAreNotOfferedAgain();
    void aRefusingProxyIsNamed_data();
    void aRefusingProxyIsNamed();

private:
    struct Station
    {
        std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
        std::unique_ptr<TokenProvider> tokens = std::make_unique<TokenProvider>(network.get());
    };
    static QList<QVariant> signIn(Station &station, const QUrl &issuer, bool *signedIn);
    // A CXone simulator over TLS under a name no resolver knows, reachable only through m_proxy.
    std::unique_ptr<CxoneSimulator> namedCxone(const QString &hostName, ConnectProxy &proxy);
    void useProxy(NetworkSettings::Proxy mode, const ConnectProxy *proxy = nullptr);
    // One of this machine's own addresses that is not loopback: a host reached directly, which Qt
    // would send through a proxy were it not told otherwise (it never proxies loopback).
    static QHostAddress ownAddress();
    std::unique_ptr<CxoneSimulator> cxoneOn(const QHostAddress &address);

    TestCertificates m_certificates;
};

void TestProxies::initTestCase() { QVERIFY2(m_certificates.isValid(), "openssl could not make the test CA"); }

// Each test starts with no proxy: a simulator listening on another address than loopback would
// otherwise be asked to listen through the previous test's proxy, which cannot be done.
void TestProxies::init() { useProxy(NetworkSettings::Proxy::None); }

void TestProxies::cleanup()
{
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

QList<QVariant> TestProxies::signIn(Station &station, const QUrl &issuer, bool *signedIn)
{
    CxoneEnvironment environment;
    environment.issuer = issuer;
    environment.clientId = SimulatorOptions().clientId;
    environment.clientSecret = SimulatorOptions().clientSecret;
    environment.requestTimeoutMs = 5000;
    station.tokens->setEnvironment(environment);
    QSignalSpy succeeded(station.tokens.get(), &TokenProvider::signedIn);
    QSignalSpy failed(station.tokens.get(), &TokenProvider::signInFailed);
    station.tokens->signIn({ SimulatorOptions().demoKeyId, SimulatorOptions().demoKeySecret });
    (void)QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 15000);
    *signedIn = succeeded.count() == 1;
    return failed.isEmpty() ? QList<QVariant>() : failed.first();
}

std::unique_ptr<CxoneSimulator> TestProxies::namedCxone(const QString &hostName, ConnectProxy &proxy)
{
    const TestCertificates::Issued issued = m_certificates.issue(hostName, { hostName });
    if (issued.certificate.isNull()) {
        return nullptr;
    }
    SimulatorOptions options;
    options.agentCount = 120;
    options.maxPageSize = 50;
    auto simulator = std::make_unique<CxoneSimulator>(options);
    simulator->serveTls(TestCertificates::serverConfiguration(issued), hostName);
    if (!simulator->start()) {
        return nullptr;
    }
    proxy.route(hostName, simulator->port());
    return simulator;
}

void TestProxies::useProxy(NetworkSettings::Proxy mode, const ConnectProxy *proxy)
{
    NetworkSettings settings;
    settings.proxy = mode;
    if (proxy) {
        settings.proxyUrl = QUrl(QStringLiteral("http://") + proxy->address());
    }
    settings.caFile = m_certificates.caPath();
    QCOMPARE(settings.apply(), QString());
}

void TestProxies::everyCxoneRequestGoesThroughTheGivenProxy()
{
    ConnectProxy proxy;
    const std::unique_ptr<CxoneSimulator> cxone = namedCxone(QStringLiteral("cxone.vigie.test"), proxy);
    QVERIFY(cxone);
    useProxy(NetworkSettings::Proxy::Given, &proxy);

    Station station;
    bool signedIn = false;
    signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(signedIn);
    AgentDirectory directory(station.network.get(), station.tokens.get());
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    QVERIFY(loaded.wait(15000));
    const QVector<Agent> agents = loaded.first().first().value<QVector<Agent>>();
    QCOMPARE(agents.size(), 120);
    RecordingClient client(station.network.get(), station.tokens.get());
    QSignalSpy started(&client, &RecordingClient::startFinished);
    client.start(agents.first().userId, 30);
    QVERIFY(started.wait(10000));
    QVERIFY(vigie::isSuccess(started.first().at(2).value<StartResult>().outcome));

    // cxone.vigie.test resolves nowhere: each of these requests crossed the proxy's tunnels.
    QVERIFY(cxone->requestLog().size() >= 7); // two discoveries, the token, three pages, states, start
    QVERIFY(!proxy.log().isEmpty());
    const QString cxoneTarget = QStringLiteral("cxone.vigie.test:%1").arg(cxone->port());
    for (const QString &target : proxy.log()) {
        QCOMPARE(target, cxoneTarget);
    }
}

QHostAddress TestProxies::ownAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            return address;
        }
    }
    return {};
}

std::unique_ptr<CxoneSimulator> TestProxies::cxoneOn(const QHostAddress &address)
{
    const TestCertificates::Issued issued = m_certificates.issue(address.toString(), { address.toString() });
    if (issued.certificate.isNull()) {
        return nullptr;
    }
    auto cxone = std::make_unique<CxoneSimulator>();
    cxone->listenOn(address);
    cxone->serveTls(TestCertificates::serverConfiguration(issued), address.toString());
    return cxone->start() ? std::move(cxone) : nullptr;
}

void TestProxies::theSystemsNoProxyHostsGoDirect()
{
    const QHostAddress direct = ownAddress();
    if (direct.isNull()) {
        QSKIP("this machine has no IPv4 address but loopback, so no host can go direct");
    }
    const std::unique_ptr<CxoneSimulator> cxone = cxoneOn(direct);
    QVERIFY(cxone);

    ConnectProxy proxy;
    useProxy(NetworkSettings::Proxy::System);
    qputenv("https_proxy", QByteArray("http://") + proxy.address().toLatin1());
    {
        Station station;
        bool signedIn = false;
        signIn(station, cxone->baseUrl(), &signedIn);
        QVERIFY(signedIn);
        QVERIFY2(!proxy.log().isEmpty(), "https_proxy was not followed: the test would prove nothing");
    }
    const int proxied = int(proxy.log().size());
    qputenv("no_proxy", direct.toString().toLatin1());
    Station station;
    bool signedIn = false;
    signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(signedIn);
    QCOMPARE(proxy.log().size(), proxied);
}

void TestProxies::proxyNoneGoesDirectWhateverTheSystemSays()
{
    const QHostAddress direct = ownAddress();
    if (direct.isNull()) {
        QSKIP("this machine has no IPv4 address but loopback, so no host can go direct");
    }
    const std::unique_ptr<CxoneSimulator> cxone = cxoneOn(direct);
    QVERIFY(cxone);
    ConnectProxy proxy;
    qputenv("https_proxy", QByteArray("http://") + proxy.address().toLatin1());
    useProxy(NetworkSettings::Proxy::None);
    Station station;
    bool signedIn = false;
    signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(signedIn);
    QVERIFY(proxy.log().isEmpty());
}

void TestProxies::aProxyAskingForCredentialsGetsThemOnce()
{
    ConnectProxy proxy;
    proxy.requireCredentials(QStringLiteral("jdupont"), QStringLiteral("s3cret:with+signs"));
    const std::unique_ptr<CxoneSimulator> cxone = namedCxone(QStringLiteral("auth.vigie.test"), proxy);
    QVERIFY(cxone);
    useProxy(NetworkSettings::Proxy::Given, &proxy);

    Station station;
    ProxyAuthenticator authenticator;
    authenticator.watch(station.network.get());
    bool signedIn = true;
    const QList<QVariant> failure = signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(!signedIn);
    QCOMPARE(proxy.authenticationChallenges(), 1);
    QCOMPARE(failure.at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::ProxyRefused);
    const ConnectionFailure connection = failure.at(2).value<ConnectionFailure>();
    QCOMPARE(connection.kind, ConnectionFailure::Kind::ProxyAuthenticationRefused);
    QCOMPARE(connection.proxy, proxy.address());
    QVERIFY(OutcomeText::connectionFailure(connection).contains(proxy.address()));
    QVERIFY(cxone->requestLog().isEmpty());

    // What the supervisor typed in the dialog, once: every later connection uses it.
    authenticator.setCredentials(proxy.address(), QStringLiteral("jdupont"), QStringLiteral("s3cret:with+signs"));
    signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(signedIn);
    AgentDirectory directory(station.network.get(), station.tokens.get());
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    QVERIFY(loaded.wait(15000));
    // Qt keeps what was given for every later connection: each new one is challenged once at most.
    QVERIFY(cxone->requestLog().size() >= 6);
}

void TestProxies::refusedCredentialsAreNotOfferedAgain()
{
    ConnectProxy proxy;
    proxy.requireCredentials(QStringLiteral("jdupont"), QStringLiteral("right"));
    const std::unique_ptr<CxoneSimulator> cxone = namedCxone(QStringLiteral("wrong.vigie.test"), proxy);
    QVERIFY(cxone);
    useProxy(NetworkSettings::Proxy::Given, &proxy);
    Station station;
    ProxyAuthenticator authenticator;
    authenticator.watch(station.network.get());
    authenticator.setCredentials(proxy.address(), QStringLiteral("jdupont"), QStringLiteral("wrong"));
    bool signedIn = true;
    const QList<QVariant> failure = signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(!signedIn);
    QCOMPARE(failure.at(2).value<ConnectionFailure>().kind, ConnectionFailure::Kind::ProxyAuthenticationRefused);
    // Refused once, then the exchange ends: the same password is not sent round and round.
    QVERIFY2(proxy.authenticationChallenges() <= 3, qPrintable(QString::number(proxy.authenticationChallenges())));
    QVERIFY(cxone->requestLog().isEmpty());

    // The supervisor types the right one: the same station signs in.
    authenticator.setCredentials(proxy.address(), QStringLiteral("jdupont"), QStringLiteral("right"));
    signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(signedIn);
}

void TestProxies::aRefusingProxyIsNamed_data()
{
    QTest::addColumn<bool>("proxyListens");
    QTest::newRow("refuses the destination") << true;
    QTest::newRow("not listening") << false;
}

void TestProxies::aRefusingProxyIsNamed()
{
    QFETCH(bool, proxyListens);
    ConnectProxy proxy;
    const std::unique_ptr<CxoneSimulator> cxone = namedCxone(QStringLiteral("blocked.vigie.test"), proxy);
    QVERIFY(cxone);
    proxy.refuse(QStringLiteral("blocked.vigie.test"));
    useProxy(NetworkSettings::Proxy::Given, &proxy);
    const QString proxyName = proxy.address();
    if (!proxyListens) {
        proxy.close();
    }
    Station station;
    bool signedIn = true;
    const QList<QVariant> failure = signIn(station, cxone->baseUrl(), &signedIn);
    QVERIFY(!signedIn);
    QCOMPARE(failure.at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::ProxyRefused);
    const ConnectionFailure connection = failure.at(2).value<ConnectionFailure>();
    QCOMPARE(connection.kind, ConnectionFailure::Kind::ProxyRefused);
    const QString sentence = OutcomeText::connectionFailure(connection);
    QVERIFY2(sentence.contains(proxyName), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("blocked.vigie.test")), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(TestProxies)
#include "tst_proxies.moc"
