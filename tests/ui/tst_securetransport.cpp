// SPDX-License-Identifier: Apache-2.0
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/TokenProvider.h"
#include "network/NetworkSettings.h"
#include "shell/LanguageSwitcher.h"
#include "simulator/CxoneSimulator.h"
#include "text/OutcomeText.h"

#include "support/TestCertificates.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

// TLS end to end: the simulator serves HTTPS with a certificate from a private CA made at test
// time, which Vigie trusts through [Network] CaFile= alone. The whole flow works over it, and each
// certificate or protocol Vigie must refuse ends the sign-in with its own sentence, naming the host
// and the issuer, never with an offer to go on, in English and in French.
class TestSecureTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInListStartAndStopOverHttps();
    void refusedCertificatesEndTheSignInWithTheirOwnSentence_data();
    void refusedCertificatesEndTheSignInWithTheirOwnSentence();
    void aServerBelowTls12IsRefused();
    void aCaFileThatHoldsNoCertificateIsRefused();

private:
    struct Station
    {
        std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
        std::unique_ptr<TokenProvider> tokens = std::make_unique<TokenProvider>(network.get());
    };
    // A station pointed at issuer, signing in with the demo key; the first signal's arguments.
    static QList<QVariant> signIn(Station &station, const QUrl &issuer, bool *signedIn);
    // The same sentence in French, from the built translations: what the English one names, in other words.
    static void checkFrench(const ConnectionFailure &connection, const QString &english, const QStringList &named);
    std::unique_ptr<CxoneSimulator> httpsSimulator(const TestCertificates::Issued &issued);

    TestCertificates m_certificates;
    // A CA nobody installed: what a TLS-inspecting proxy shows before the administrator trusts it.
    TestCertificates m_rogue { QStringLiteral("Vigie Test Inspection Proxy CA") };
};

void TestSecureTransport::initTestCase()
{
    QVERIFY2(m_certificates.isValid() && m_rogue.isValid(), "openssl could not make the test CAs");
    NetworkSettings settings;
    settings.caFile = m_certificates.caPath();
    QCOMPARE(settings.apply(), QString());
}

QList<QVariant> TestSecureTransport::signIn(Station &station, const QUrl &issuer, bool *signedIn)
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

void TestSecureTransport::checkFrench(
    const ConnectionFailure &connection, const QString &english, const QStringList &named)
{
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("fr"));
    const QString french = OutcomeText::connectionFailure(connection);
    languages.apply(QStringLiteral("en"));
    QVERIFY2(french != english, qPrintable(french));
    for (const QString &name : named) {
        QVERIFY2(french.contains(name), qPrintable(french + QStringLiteral(" / ") + name));
    }
    QVERIFY2(!french.contains(QStringLiteral("ignor"), Qt::CaseInsensitive), qPrintable(french));
    QCOMPARE(OutcomeText::connectionFailure(connection), english); // and back in English
}

std::unique_ptr<CxoneSimulator> TestSecureTransport::httpsSimulator(const TestCertificates::Issued &issued)
{
    SimulatorOptions options;
    options.agentCount = 250;
    options.maxPageSize = 100;
    auto simulator = std::make_unique<CxoneSimulator>(options);
    simulator->serveTls(TestCertificates::serverConfiguration(issued), QStringLiteral("localhost"));
    return simulator->start() ? std::move(simulator) : nullptr;
}

void TestSecureTransport::signInListStartAndStopOverHttps()
{
    const TestCertificates::Issued issued
        = m_certificates.issue(QStringLiteral("cxone"), { QStringLiteral("localhost"), QStringLiteral("127.0.0.1") });
    QVERIFY(!issued.certificate.isNull());
    const std::unique_ptr<CxoneSimulator> simulator = httpsSimulator(issued);
    QVERIFY(simulator);
    QCOMPARE(simulator->baseUrl().scheme(), QStringLiteral("https"));

    Station station;
    bool signedIn = false;
    signIn(station, simulator->baseUrl(), &signedIn);
    QVERIFY(signedIn);
    QCOMPARE(station.tokens->apiBase().scheme(), QStringLiteral("https"));

    AgentDirectory directory(station.network.get(), station.tokens.get());
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    QVERIFY(loaded.wait(15000));
    const QVector<Agent> agents = loaded.first().first().value<QVector<Agent>>();
    QCOMPARE(agents.size(), 250); // three pages of 100, each over TLS

    RecordingClient client(station.network.get(), station.tokens.get());
    const QString userId = agents.first().userId;
    QSignalSpy started(&client, &RecordingClient::startFinished);
    client.start(userId, 60);
    QVERIFY(started.wait(10000));
    const StartResult start = started.first().at(2).value<StartResult>();
    QVERIFY(vigie::isSuccess(start.outcome));
    QVERIFY(simulator->activeRecording(userId));
    QCOMPARE(simulator->activeRecording(userId)->contactId, start.contactId);

    QSignalSpy stopped(&client, &RecordingClient::stopFinished);
    client.stop(userId, start.contactId);
    QVERIFY(stopped.wait(10000));
    QVERIFY(vigie::isSuccess(stopped.first().at(2).value<StopResult>().outcome));
    QVERIFY(!simulator->activeRecording(userId));
}

void TestSecureTransport::refusedCertificatesEndTheSignInWithTheirOwnSentence_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("hostNames");
    QTest::addColumn<bool>("fromRogueCa");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<ConnectionFailure::Kind>("kind");
    QTest::addColumn<QString>("sentencePart");

    const QStringList local { QStringLiteral("localhost"), QStringLiteral("127.0.0.1") };
    QTest::newRow("untrusted issuer") << QStringLiteral("untrusted") << local << true << false
                                      << ConnectionFailure::Kind::UntrustedCertificate
                                      << QStringLiteral("install the company's CA certificate in the system's");
    QTest::newRow("another host's certificate")
        << QStringLiteral("elsewhere") << QStringList { QStringLiteral("api-eu1.vigie.test") } << false << false
        << ConnectionFailure::Kind::HostNameMismatch << QStringLiteral("belongs to another server");
    QTest::newRow("expired") << QStringLiteral("expired") << local << false << true
                             << ConnectionFailure::Kind::ExpiredCertificate << QStringLiteral("has expired");
}

void TestSecureTransport::refusedCertificatesEndTheSignInWithTheirOwnSentence()
{
    QFETCH(QString, name);
    QFETCH(QStringList, hostNames);
    QFETCH(bool, fromRogueCa);
    QFETCH(bool, expired);
    QFETCH(ConnectionFailure::Kind, kind);
    QFETCH(QString, sentencePart);

    TestCertificates &ca = fromRogueCa ? m_rogue : m_certificates;
    const TestCertificates::Issued issued = ca.issue(name, hostNames, expired);
    QVERIFY(!issued.certificate.isNull());
    const std::unique_ptr<CxoneSimulator> simulator = httpsSimulator(issued);
    QVERIFY(simulator);

    Station station;
    bool signedIn = true;
    const QList<QVariant> failure = signIn(station, simulator->baseUrl(), &signedIn);
    QVERIFY(!signedIn);
    QCOMPARE(failure.at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::InsecureConnection);
    const ConnectionFailure connection = failure.at(2).value<ConnectionFailure>();
    QCOMPARE(connection.kind, kind);
    QCOMPARE(connection.host, QStringLiteral("localhost"));
    QCOMPARE(connection.issuer, ca.caName());
    // Refused on the first attempt of the first request: the access key never left.
    QVERIFY(simulator->requestLog().isEmpty());

    const QString sentence = OutcomeText::connectionFailure(connection);
    QVERIFY2(sentence.contains(QStringLiteral("localhost")), qPrintable(sentence));
    QVERIFY2(sentence.contains(ca.caName()), qPrintable(sentence));
    QVERIFY2(sentence.contains(sentencePart), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("ignore"), Qt::CaseInsensitive), qPrintable(sentence));
    checkFrench(connection, sentence, { QStringLiteral("localhost"), ca.caName() });
}

void TestSecureTransport::aServerBelowTls12IsRefused()
{
    // A real TLS 1.1 server: openssl's, at the security level that still allows it.
    const TestCertificates::Issued issued
        = m_certificates.issue(QStringLiteral("legacy"), { QStringLiteral("localhost"), QStringLiteral("127.0.0.1") });
    QVERIFY(!issued.certificate.isNull());
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("openssl"),
        { QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"),
            QStringLiteral("-cert"), issued.pemPath, QStringLiteral("-key"), issued.keyPath, QStringLiteral("-www") });
    QVERIFY(server.waitForStarted(10000));
    QByteArray said;
    const auto listening = [&] {
        said += server.readAll();
        return said.contains("ACCEPT") || server.state() != QProcess::Running;
    };
    QVERIFY2(QTest::qWaitFor(listening, 10000), said.constData());
    QVERIFY2(server.state() == QProcess::Running, said.constData());

    Station station;
    bool signedIn = true;
    QUrl issuer;
    issuer.setScheme(QStringLiteral("https"));
    issuer.setHost(QStringLiteral("localhost"));
    issuer.setPort(port);
    const QList<QVariant> failure = signIn(station, issuer, &signedIn);
    server.kill();
    server.waitForFinished();
    QVERIFY(!signedIn);
    QCOMPARE(failure.at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::InsecureConnection);
    const ConnectionFailure connection = failure.at(2).value<ConnectionFailure>();
    QCOMPARE(connection.kind, ConnectionFailure::Kind::TlsVersionRefused);
    const QString sentence = OutcomeText::connectionFailure(connection);
    QVERIFY2(sentence.contains(QStringLiteral("localhost")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("TLS 1.2")), qPrintable(sentence));
    checkFrench(connection, sentence, { QStringLiteral("localhost"), QStringLiteral("TLS 1.2") });
}

void TestSecureTransport::aCaFileThatHoldsNoCertificateIsRefused()
{
    NetworkSettings settings;
    settings.caFile = m_certificates.path(QStringLiteral("ca.key")); // a key, not a certificate
    QVERIFY(settings.apply().contains(QStringLiteral("no PEM certificate")));
}

QTEST_GUILESS_MAIN(TestSecureTransport)
#include "tst_securetransport.moc"
