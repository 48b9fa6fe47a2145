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

// A supervisor behind a proxy that asks for credentials, through the real sign-in flow and its
// dialogs: the proxy is named, its credentials are asked for once, and the sign-in then goes on with
// the access key already typed.
class TestProxySignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSupervisorGivesTheProxysCredentialsOnceAndIsSignedIn_data();
    void theSupervisorGivesTheProxysCredentialsOnceAndIsSignedIn();

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
    TestCertificates certificates;
    QVERIFY(certificates.isValid());
    const QString host = QStringLiteral("cxone.vigie.test");
    const TestCertificates::Issued issued = certificates.issue(QStringLiteral("cxone"), { host });
    QVERIFY(!issued.certificate.isNull());
    CxoneSimulator cxone;
    cxone.serveTls(TestCertificates::serverConfiguration(issued), host);
    QVERIFY(cxone.start());
    ConnectProxy proxy;
    proxy.route(host, cxone.port());
    proxy.requireCredentials(QStringLiteral("jdupont"), QStringLiteral("Proxy-pass1"));
    NetworkSettings network;
    network.proxy = NetworkSettings::Proxy::Given;
    network.proxyUrl = QUrl(QStringLiteral("http://") + proxy.address());
    network.caFile = certificates.caPath();
    QCOMPARE(network.apply(), QString());

    QTemporaryDir work;
    CxoneEnvironment environment;
    environment.issuer = cxone.baseUrl();
    environment.clientId = cxone.options().clientId;
    environment.clientSecret = cxone.options().clientSecret;
    SupervisorSession session(
        environment, work.filePath(QStringLiteral("ledger.json")), work.filePath(QStringLiteral("audit.jsonl")));
    QCOMPARE(session.proxyForCxone(), proxy.address());
    QWidget window;
    window.show();
    SignInFlow flow(&session, &window);
    flow.setRememberAllowed(keysKept);
    flow.setKeptKeyAtStart(false);
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

QTEST_MAIN(TestProxySignIn)
#include "tst_proxysignin.moc"
