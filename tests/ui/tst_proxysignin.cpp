// SPDX-License-Identifier: Apache-2.0
#include "network/NetworkSettings.h"
#include "session/SupervisorSession.h"
#include "signin/SignInDialog.h"
#include "signin/SignInFlow.h"
#include "simulator/CxoneSimulator.h"

#include "support/ConnectProxy.h"
#include "support/TestCertificates.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// CXone over TLS behind a proxy that asks for credentials, and a station's sign-in flow before it.
struct BehindAProxy
{
    explicit BehindAProxy(bool keysKept)
    {
        const QString host = QStringLiteral("cxone.vigie.test");
        const TestCertificates::Issued issued = certificates.issue(QStringLiteral("cxone"), { host });
        cxone.serveTls(TestCertificates::serverConfiguration(issued), host);
        if (!certificates.isValid() || issued.certificate.isNull() || !cxone.start()) {
            m_problem = QStringLiteral("CXone could not be served over TLS");
        }
        proxy.route(host, cxone.port());
        proxy.requireCredentials(QStringLiteral("jdupont"), QStringLiteral("Proxy-pass1"));
        NetworkSettings network;
        network.proxy = NetworkSettings::Proxy::Given;
        network.proxyUrl = QUrl(QStringLiteral("http://") + proxy.address());
        network.caFile = certificates.caPath();
        m_problem += network.apply();

        CxoneEnvironment environment;
        environment.issuer = cxone.baseUrl();
        environment.clientId = cxone.options().clientId;
        environment.clientSecret = cxone.options().clientSecret;
        session = std::make_unique<SupervisorSession>(
            environment, work.filePath(QStringLiteral("ledger.json")), work.filePath(QStringLiteral("audit.jsonl")));
        if (session->proxyForCxone() != proxy.address()) {
            m_problem += QStringLiteral("CXone is not reached through the proxy");
        }
        window.show();
        flow = std::make_unique<SignInFlow>(session.get(), &window);
        flow->setRememberAllowed(keysKept);
        flow->setKeptKeyAtStart(false);
    }

    QString problem() const { return m_problem; }

    TestCertificates certificates;
    CxoneSimulator cxone;
    ConnectProxy proxy;
    QTemporaryDir work;
    std::unique_ptr<SupervisorSession> session;
    QWidget window;
    std::unique_ptr<SignInFlow> flow;

private:
    QString m_problem;
};
} // namespace

// A supervisor behind a proxy that asks for credentials, through the real sign-in flow and its
// dialogs: the proxy is named, its credentials are asked for once, and the sign-in then goes on with
// the access key already typed.
class TestProxySignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSupervisorGivesTheProxysCredentialsOnceAndIsSignedIn_data();
    void theSupervisorGivesTheProxysCredentialsOnceAndIsSignedIn();
    void aLockWhileTheProxyAsksForgetsTheKeyTyped();

private:
    static QWidget *topLevel(const QString &objectName)
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == objectName && widget->isVisible()) {
                return widget;
            }
        }
        return nullptr;
    }
};

void TestProxySignIn::theSupervisorGivesTheProxysCredentialsOnceAndIsSignedIn_data()
{
    QTest::addColumn<bool>("keysKept");
    QTest::newRow("a station that keeps keys in the keychain") << true;
    // Kiosk/KeepKeyInKeychain=false: the proxy's password is not kept either.
    QTest::newRow("a kiosk that keeps no key") << false;
}

void TestProxySignIn::theSupervisorGivesTheProxysCredentialsOnceAndIsSignedIn()
{
    QFETCH(bool, keysKept);
    BehindAProxy station(keysKept);
    QVERIFY2(station.problem().isEmpty(), qPrintable(station.problem()));
    CxoneSimulator &cxone = station.cxone;
    SupervisorSession &session = *station.session;
    SignInFlow &flow = *station.flow;
    const ConnectProxy &proxy = station.proxy;
    QSignalSpy signedIn(session.tokens(), &TokenProvider::signedIn);
    QSignalSpy signInsFailed(session.tokens(), &TokenProvider::signInFailed);
    QSignalSpy messages(&flow, &SignInFlow::message);
    flow.begin(std::nullopt);

    // The supervisor types their access key once.
    QTRY_VERIFY_WITH_TIMEOUT(flow.dialog() && flow.dialog()->isVisible(), 15000);
    const QPointer<SignInDialog> signInDialog = flow.dialog();
    QTest::keyClicks(signInDialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit")), cxone.options().demoKeyId);
    QTest::keyClicks(signInDialog->findChild<QLineEdit *>(QStringLiteral("secretEdit")), cxone.options().demoKeySecret);
    QTest::mouseClick(signInDialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);

    QWidget *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel(QStringLiteral("proxyCredentialsDialog"))), 15000);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("proxyCredentialsIntro"))->text().contains(proxy.address()));
    auto *give = dialog->findChild<QPushButton *>(QStringLiteral("proxyCredentialsButton"));
    QVERIFY(!give->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyUserEdit")), QStringLiteral("jdupont"));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit")), QStringLiteral("Proxy-pass1"));
    QVERIFY(give->isEnabled());
    QTest::mouseClick(give, Qt::LeftButton);
    QTRY_VERIFY(!topLevel(QStringLiteral("proxyCredentialsDialog")));
    const auto keychainMentioned = [&messages] {
        return std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &message) {
            return message.at(1).toString().contains(QStringLiteral("keychain"));
        });
    };
    if (keysKept) {
        // No keychain on this bus: the supervisor is told their proxy credentials were not kept.
        QTRY_VERIFY(keychainMentioned());
    } else {
        QTest::qWait(500); // as long as the keychain's answer takes in the row above
        QVERIFY(!keychainMentioned()); // never offered to the keychain
    }

    // The sign-in goes on by itself with the key typed before the proxy asked: nothing to type again.
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    QCOMPARE(signInsFailed.count(), 1); // the proxy's 407, and nothing after it
    QTRY_VERIFY(!signInDialog || !signInDialog->isVisible()); // accepted, the secret never typed again
    QVERIFY(!cxone.requestLog().isEmpty());
    QVERIFY(!topLevel(QStringLiteral("proxyCredentialsDialog"))); // asked once

    // The next supervisor at a kiosk goes through the proxy as themselves, never as the last one:
    // signed out, the typed credentials are gone; a station that keeps keys keeps them for its user.
    flow.signOut();
    QTRY_VERIFY_WITH_TIMEOUT(flow.dialog() && flow.dialog()->isVisible(), 15000);
    const QPointer<SignInDialog> again = flow.dialog();
    again->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"))->clear();
    QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("keyIdEdit")), cxone.options().demoKeyId);
    QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("secretEdit")), cxone.options().demoKeySecret);
    QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    if (keysKept) {
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 2, 15000);
        QVERIFY(!topLevel(QStringLiteral("proxyCredentialsDialog")));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(topLevel(QStringLiteral("proxyCredentialsDialog")), 15000);
        QCOMPARE(signedIn.count(), 1);
    }
}

// The station locks while the proxy asks for its credentials: the sign-in on its way is forgotten
// with the key typed for it, and credentials given afterwards sign nobody in.
void TestProxySignIn::aLockWhileTheProxyAsksForgetsTheKeyTyped()
{
    BehindAProxy station(false);
    QVERIFY2(station.problem().isEmpty(), qPrintable(station.problem()));
    SignInFlow &flow = *station.flow;
    QSignalSpy signedIn(station.session->tokens(), &TokenProvider::signedIn);
    flow.begin(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(flow.dialog() && flow.dialog()->isVisible(), 15000);
    QTest::keyClicks(
        flow.dialog()->findChild<QLineEdit *>(QStringLiteral("keyIdEdit")), station.cxone.options().demoKeyId);
    QTest::keyClicks(
        flow.dialog()->findChild<QLineEdit *>(QStringLiteral("secretEdit")), station.cxone.options().demoKeySecret);
    QTest::mouseClick(flow.dialog()->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QWidget *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = topLevel(QStringLiteral("proxyCredentialsDialog"))), 15000);

    flow.abandon();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyUserEdit")), QStringLiteral("jdupont"));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit")), QStringLiteral("Proxy-pass1"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("proxyCredentialsButton")), Qt::LeftButton);

    // Asked to sign in again, with nothing of the key left to send.
    QTRY_VERIFY_WITH_TIMEOUT((flow.dialog() && flow.dialog()->isVisible()) || !signedIn.isEmpty(), 15000);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(flow.dialog()->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text().isEmpty());
    QTest::qWait(500);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(station.cxone.requestLog().isEmpty()); // the proxy let nothing through before, nor anything since
}

QTEST_MAIN(TestProxySignIn)
#include "tst_proxysignin.moc"
