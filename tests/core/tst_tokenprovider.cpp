// SPDX-License-Identifier: Apache-2.0
#include "support/ListeningPost.h"
#include "support/SignedInClient.h"

#include "logging/LogRedaction.h"

#include <QElapsedTimer>
#include <QMutex>

namespace {
QStringList g_captured;
QMutex g_capturedMutex;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_capturedMutex);
        g_captured.append(message);
    }
    g_previous(type, context, message);
}
} // namespace

// Sign-in exactly as docs/cxone-contract.md#signing-in describes it, and what happens when it goes wrong.
class TestTokenProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInThroughDiscovery();
    void explicitApiBaseSkipsTenantDiscovery();
    void wrongKeyIsInvalidCredentials_data();
    void wrongKeyIsInvalidCredentials();
    void wrongApplicationRegistrationIsRefused();
    void secretsWithFormCharactersSurviveEncoding();
    void unreachableIssuerIsANetworkError();
    void malformedDiscoveryIsReported_data();
    void malformedDiscoveryIsReported();
    void redirectsAreNeverFollowedWithCredentials_data();
    void redirectsAreNeverFollowedWithCredentials();
    void theTokenEndpointMustBeOnTheIssuersHost();
    void signingOutDuringARefreshEndsTheRefresh();
    void aTricklingIssuerCannotHoldTheSignIn();
    void secretsLeaveTheRedactionRegistryWhenTheyLeaveUse();
    void tokenIsRefreshedBeforeItExpires();
    void refusedRefreshEndsTheSession();
    void signOutForgetsTheToken();
    void noSecretReachesTheLog();
};

void TestTokenProvider::signsInThroughDiscovery()
{
    SignedInClient cxone;
    QVERIFY(cxone.tokens->hasToken());
    QCOMPARE(cxone.tokens->tenantId(), cxone.simulator->options().tenantId);
    QCOMPARE(cxone.tokens->apiBase(), cxone.simulator->baseUrl());
    QVERIFY(cxone.tokens->authorizationHeader().startsWith("Bearer "));
    QStringList paths;
    for (const auto &request : cxone.simulator->requestLog()) {
        paths.append(request.path);
    }
    QCOMPARE(paths,
        QStringList({ QStringLiteral("/.well-known/openid-configuration"), QStringLiteral("/auth/token"),
            QStringLiteral("/.well-known/cxone-configuration") }));
    QCOMPARE(cxone.simulator->requestLog().last().query.queryItemValue(QStringLiteral("tenantId")),
        cxone.simulator->options().tenantId);
}

void TestTokenProvider::explicitApiBaseSkipsTenantDiscovery()
{
    SignedInClient cxone({}, false);
    CxoneEnvironment environment = cxone.environment();
    QUrl lab = cxone.simulator->baseUrl();
    lab.setPath(QStringLiteral("/lab"));
    environment.apiBaseOverride = lab;
    cxone.tokens->setEnvironment(environment);
    QVERIFY(cxone.signInWith({ cxone.simulator->options().demoKeyId, cxone.simulator->options().demoKeySecret }));
    QCOMPARE(cxone.tokens->apiBase(), lab);
    QCOMPARE(cxone.simulator->requestLog().size(), 2);
}

void TestTokenProvider::wrongKeyIsInvalidCredentials_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::newRow("wrong secret") << QStringLiteral("demo-supervisor") << QStringLiteral("not-the-secret");
    QTest::newRow("unknown key") << QStringLiteral("nobody") << QStringLiteral("demo-secret-0000");
}

void TestTokenProvider::wrongKeyIsInvalidCredentials()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    SignedInClient cxone({}, false);
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QVERIFY(!cxone.signInWith({ keyId, secret }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::InvalidCredentials);
    QCOMPARE(cxone.tokens->state(), TokenProvider::State::SignedOut);
}

void TestTokenProvider::wrongApplicationRegistrationIsRefused()
{
    SignedInClient cxone({}, false);
    CxoneEnvironment environment = cxone.environment();
    environment.clientSecret = QStringLiteral("stale+client/secret");
    cxone.tokens->setEnvironment(environment);
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QVERIFY(!cxone.signInWith({ cxone.simulator->options().demoKeyId, cxone.simulator->options().demoKeySecret }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::InvalidCredentials);
}

void TestTokenProvider::secretsWithFormCharactersSurviveEncoding()
{
    SimulatorOptions options;
    options.demoKeySecret = QStringLiteral("a+b c&d=e%f/é");
    options.clientSecret = QStringLiteral("client+secret&=");
    SignedInClient cxone(options);
    QVERIFY(cxone.tokens->hasToken());
}

void TestTokenProvider::unreachableIssuerIsANetworkError()
{
    SignedInClient cxone({}, false);
    CxoneEnvironment environment = cxone.environment();
    environment.issuer.setPort(1); // nothing listens on port 1
    cxone.tokens->setEnvironment(environment);
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QVERIFY(!cxone.signInWith({ QStringLiteral("k"), QStringLiteral("s") }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::NetworkError);
}

void TestTokenProvider::malformedDiscoveryIsReported_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("openid not JSON") << QStringLiteral("openid-configuration") << QByteArray("{");
    QTest::newRow("openid without token endpoint") << QStringLiteral("openid-configuration") << QByteArray("{}");
    QTest::newRow("token without access_token") << QStringLiteral("/auth/token") << QByteArray("{\"expires_in\":3600}");
    QTest::newRow("tenant without api_endpoint")
        << QStringLiteral("cxone-configuration") << QByteArray("{\"area\":\"na1\"}");
    QTest::newRow("api_endpoint over plain http to a remote host") << QStringLiteral(
        "cxone-configuration") << QByteArray("{\"api_endpoint\":\"http://api-na1.niceincontact.com\"}");
}

void TestTokenProvider::malformedDiscoveryIsReported()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    SignedInClient cxone({}, false);
    SimulatorFault fault;
    fault.pathContains = path;
    fault.status = 200;
    fault.body = body;
    cxone.simulator->addFault(fault);
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QVERIFY(!cxone.signInWith({ cxone.simulator->options().demoKeyId, cxone.simulator->options().demoKeySecret }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
}

void TestTokenProvider::redirectsAreNeverFollowedWithCredentials_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    for (const char *path : { "openid-configuration", "/auth/token", "cxone-configuration" }) {
        for (int status : { 302, 307, 308 }) {
            QTest::addRow("%s %d", path, status) << QString::fromLatin1(path) << status;
        }
    }
}

void TestTokenProvider::redirectsAreNeverFollowedWithCredentials()
{
    // A 307/308 would re-send the Basic client credentials and the password grant; a 302
    // would turn the POST into a GET. Neither may reach the other host.
    QFETCH(QString, path);
    QFETCH(int, status);
    ListeningPost elsewhere;
    SignedInClient cxone({}, false);
    SimulatorFault fault;
    fault.pathContains = path;
    fault.status = status;
    fault.location = elsewhere.url(QStringLiteral("/auth/token")).toEncoded();
    cxone.simulator->addFault(fault);
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QVERIFY(!cxone.signInWith({ cxone.simulator->options().demoKeyId, cxone.simulator->options().demoKeySecret }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::Redirected);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("127.0.0.1")),
        qPrintable(failed.first().at(1).toString()));
    QTest::qWait(200);
    QCOMPARE(elsewhere.connections(), 0);
    QVERIFY(elsewhere.received().isEmpty());
}

// The client credentials and the password grant go only to the configured issuer's host: a
// discovery document naming another host (here "127.0.0.1" for an issuer set up as
// "localhost") ends the sign-in before anything is sent there.
void TestTokenProvider::theTokenEndpointMustBeOnTheIssuersHost()
{
    SignedInClient cxone({}, false);
    CxoneEnvironment environment = cxone.environment();
    environment.issuer.setHost(QStringLiteral("localhost"));
    cxone.tokens->setEnvironment(environment);
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QVERIFY(!cxone.signInWith({ cxone.simulator->options().demoKeyId, cxone.simulator->options().demoKeySecret }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("another host")),
        qPrintable(failed.first().at(1).toString()));
    for (const auto &request : cxone.simulator->requestLog()) {
        QVERIFY2(!request.path.contains(QLatin1String("/auth/token")), qPrintable(request.path));
    }
    QVERIFY(!cxone.simulator->requestLog().isEmpty()); // discovery itself was asked
}

// Calls that wait for a refresh must hear its end even when a sign-out cuts it short;
// otherwise their agent stays busy and an unconfirmed start is never asked about again.
void TestTokenProvider::signingOutDuringARefreshEndsTheRefresh()
{
    SignedInClient cxone;
    cxone.simulator->setLatencyMs(500);
    QSignalSpy finished(cxone.tokens.get(), &TokenProvider::refreshFinished);
    cxone.tokens->refresh();
    QCOMPARE(cxone.tokens->state(), TokenProvider::State::Refreshing);
    cxone.tokens->signOut();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QTest::qWait(800); // the aborted answer adds nothing
    QCOMPARE(finished.count(), 1);
}

void TestTokenProvider::aTricklingIssuerCannotHoldTheSignIn()
{
    SignedInClient cxone({}, false);
    CxoneEnvironment environment = cxone.environment();
    environment.requestTimeoutMs = 700;
    cxone.tokens->setEnvironment(environment);
    cxone.simulator->addFault(*SimulatorFault::fromText(QStringLiteral("openid-configuration:trickle")));
    QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!cxone.signInWith({ QStringLiteral("k"), QStringLiteral("s") }));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::Timeout);
    QVERIFY(clock.elapsed() < 4000);
}

void TestTokenProvider::secretsLeaveTheRedactionRegistryWhenTheyLeaveUse()
{
    // The registry holds a secret only while Vigie does: a masked value is a value still in memory.
    SimulatorOptions options;
    options.tokenLifetimeSeconds = 2;
    SignedInClient cxone(options);
    auto isRegistered = [](const QString &value) { return LogRedaction::redact(value) != value; };
    QVERIFY2(!isRegistered(options.demoKeySecret), "the key secret outlived the password grant");
    const QString firstToken = QString::fromLatin1(cxone.tokens->authorizationHeader().mid(7));
    QVERIFY(isRegistered(firstToken));
    QSignalSpy refreshed(cxone.tokens.get(), &TokenProvider::refreshFinished);
    QVERIFY(refreshed.wait(4000));
    const QString secondToken = QString::fromLatin1(cxone.tokens->authorizationHeader().mid(7));
    QVERIFY(secondToken != firstToken);
    QVERIFY2(!isRegistered(firstToken), "a replaced token stayed in memory");
    QVERIFY(isRegistered(secondToken));
    cxone.tokens->signOut();
    QVERIFY2(!isRegistered(secondToken), "sign-out left the token in memory");
}

void TestTokenProvider::tokenIsRefreshedBeforeItExpires()
{
    SimulatorOptions options;
    options.tokenLifetimeSeconds = 2;
    SignedInClient cxone(options);
    const QByteArray first = cxone.tokens->authorizationHeader();
    QSignalSpy refreshed(cxone.tokens.get(), &TokenProvider::refreshFinished);
    QVERIFY(refreshed.wait(4000));
    QCOMPARE(refreshed.first().at(0).toBool(), true);
    QVERIFY(cxone.tokens->authorizationHeader() != first);
    QCOMPARE(cxone.tokens->state(), TokenProvider::State::SignedIn);
}

void TestTokenProvider::refusedRefreshEndsTheSession()
{
    SignedInClient cxone;
    QSignalSpy expired(cxone.tokens.get(), &TokenProvider::sessionExpired);
    cxone.simulator->revokeRefreshTokens();
    cxone.tokens->refresh();
    QVERIFY(expired.wait(3000));
    QVERIFY(!cxone.tokens->hasToken());
}

void TestTokenProvider::signOutForgetsTheToken()
{
    SignedInClient cxone;
    cxone.tokens->signOut();
    QVERIFY(!cxone.tokens->hasToken());
    QCOMPARE(cxone.tokens->authorizationHeader(), QByteArray("Bearer "));
}

void TestTokenProvider::noSecretReachesTheLog()
{
    // The capture is the final sink, behind the redaction, as stderr is in the application.
    g_previous = qInstallMessageHandler(capture);
    LogRedaction::installMessageHandler();
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.*=true"));
    SimulatorOptions options;
    options.tokenLifetimeSeconds = 2;
    SignedInClient cxone(options);
    QSignalSpy refreshed(cxone.tokens.get(), &TokenProvider::refreshFinished);
    QVERIFY(refreshed.wait(4000));
    const QByteArray header = cxone.tokens->authorizationHeader();
    const QString token = QString::fromLatin1(header.mid(7));
    // Deliberately log the worst: the header, the token, the key secret, a form body.
    qWarning() << "header" << header << "token" << token;
    qInfo().noquote() << QStringLiteral("form: grant_type=password&username=demo-supervisor&password=")
            + options.demoKeySecret;
    qInfo().noquote() << "{\"access_token\":\"never-registered-token-value\",\"expires_in\":3600}";
    QLoggingCategory::setFilterRules({});

    QMutexLocker lock(&g_capturedMutex);
    const QString all = g_captured.join(QLatin1Char('\n'));
    QVERIFY2(!g_captured.isEmpty(), "nothing was logged: the test would pass vacuously");
    QVERIFY(all.contains(QLatin1String("signing in")));
    QVERIFY(!all.contains(token));
    QVERIFY(!all.contains(options.demoKeySecret));
    QVERIFY(!all.contains(options.clientSecret));
    QVERIFY(!all.contains(QLatin1String("never-registered-token-value")));
    QVERIFY(all.contains(QStringLiteral("«redacted»")));
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
