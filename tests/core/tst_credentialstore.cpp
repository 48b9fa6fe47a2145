// SPDX-License-Identifier: Apache-2.0
#include "credentials/CredentialStore.h"
#include "credentials/ProxyCredentialStore.h"
#include "station/PinHash.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// The access key in the OS keychain, and the honest failure when there is none.
// VIGIE_EXPECT_KEYCHAIN=1 runs against a real Secret Service; 0 with no session bus at all.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    bool m_expectKeychain = false;
    QString m_environmentId;

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray expectation = qgetenv("VIGIE_EXPECT_KEYCHAIN");
        QVERIFY2(!expectation.isEmpty(), "set VIGIE_EXPECT_KEYCHAIN to 0 or 1: the test must know what to expect");
        m_expectKeychain = expectation == "1";
        m_environmentId = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
    }

    void savedKeyIsReadBackAndRemoved()
    {
        if (!m_expectKeychain) {
            QSKIP("runs in the keyring session (tst_credentialstore_keyring)");
        }
        CredentialStore store(QStringLiteral("Vigie-tests"));
        QSignalSpy saved(&store, &CredentialStore::saved);
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy notFound(&store, &CredentialStore::notFound);
        QSignalSpy removed(&store, &CredentialStore::removed);
        QSignalSpy failed(&store, &CredentialStore::failed);

        store.save(m_environmentId, { QStringLiteral("key-42"), QStringLiteral("s3cr3t+/=é") });
        QTRY_COMPARE_WITH_TIMEOUT(saved.count() + failed.count(), 1, 10000);
        QCOMPARE(saved.count(), 1);

        store.load(m_environmentId, QStringLiteral("key-42"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, 10000);
        const auto key = loaded.first().at(0).value<AccessKey>();
        QCOMPARE(key.keyId, QStringLiteral("key-42"));
        QCOMPARE(key.secret, QStringLiteral("s3cr3t+/=é"));
        QCOMPARE(loaded.first().at(1).toString(), QString()); // saved without an unlock PIN

        store.remove(m_environmentId, QStringLiteral("key-42"));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        store.load(m_environmentId, QStringLiteral("key-42"));
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
    }

    // A proxy's credentials, given once by the supervisor, come back at the next launch.
    void proxyCredentialsAreKeptPerProxy()
    {
        ProxyCredentialStore store(QStringLiteral("Vigie-tests"));
        QSignalSpy saved(&store, &ProxyCredentialStore::saved);
        QSignalSpy loaded(&store, &ProxyCredentialStore::loaded);
        QSignalSpy notFound(&store, &ProxyCredentialStore::notFound);
        QSignalSpy failed(&store, &ProxyCredentialStore::failed);
        const QString proxy = m_environmentId + QStringLiteral(".proxy:3128");
        store.save(proxy, QStringLiteral("jdupont"), QStringLiteral("p@ss:w+rd"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count() + failed.count(), 1, 10000);
        if (!m_expectKeychain) {
            // No keychain, no plain-text fallback: the supervisor is told, nothing is written.
            QCOMPARE(failed.first().at(0).value<CredentialStore::Failure>(), CredentialStore::Failure::Unavailable);
            return;
        }
        QCOMPARE(saved.count(), 1);
        store.load(proxy);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, 10000);
        QCOMPARE(loaded.first().at(0).toString(), proxy);
        QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("jdupont"));
        QCOMPARE(loaded.first().at(2).toString(), QStringLiteral("p@ss:w+rd"));
        store.load(QStringLiteral("another.proxy:8080"));
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 10000);
    }

    // A shared station keeps one entry per supervisor: reading one never gives another's key,
    // and each carries the hash of its own unlock PIN, never the PIN.
    void eachSupervisorsKeyIsKeptApartWithTheirOwnUnlockPin()
    {
        if (!m_expectKeychain) {
            QSKIP("runs in the keyring session (tst_credentialstore_keyring)");
        }
        CredentialStore store(QStringLiteral("Vigie-tests"));
        QSignalSpy saved(&store, &CredentialStore::saved);
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy notFound(&store, &CredentialStore::notFound);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.save(
            m_environmentId, { QStringLiteral("alice"), QStringLiteral("alice-secret") }, QStringLiteral("111111"));
        store.save(
            m_environmentId, { QStringLiteral("bruno"), QStringLiteral("bruno-secret") }, QStringLiteral("222222"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count() + failed.count(), 2, 20000);
        QCOMPARE(failed.count(), 0);

        for (const auto &[keyId, secret, pin, otherPin] : { std::tuple { "alice", "alice-secret", "111111", "222222" },
                 { "bruno", "bruno-secret", "222222", "111111" } }) {
            loaded.clear();
            store.load(m_environmentId, QString::fromLatin1(keyId));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
            QCOMPARE(loaded.first().at(0).value<AccessKey>().keyId, QString::fromLatin1(keyId));
            QCOMPARE(loaded.first().at(0).value<AccessKey>().secret, QString::fromLatin1(secret));
            const QString unlockPinHash = loaded.first().at(1).toString();
            QVERIFY(unlockPinHash.startsWith(QLatin1String("$argon2id$")));
            QVERIFY(!unlockPinHash.contains(QLatin1String(pin)));
            QVERIFY(PinHash::verify(QString::fromLatin1(pin), unlockPinHash));
            QVERIFY(!PinHash::verify(QString::fromLatin1(otherPin), unlockPinHash));
        }
        store.load(m_environmentId, QStringLiteral("carla"));
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 10000);
        store.remove(m_environmentId, QStringLiteral("alice"));
        store.remove(m_environmentId, QStringLiteral("bruno"));
    }

    // A store gone before the keychain answers (a sign-out, a lock, a quit): the answer, when it
    // comes, must find nothing freed.
    void aStoreGoneBeforeTheKeychainAnswersIsSafe()
    {
        for (int round = 0; round < 20; ++round) {
            auto *store = new CredentialStore(QStringLiteral("Vigie-tests"));
            store->load(m_environmentId, QStringLiteral("nobody"));
            auto *proxies = new ProxyCredentialStore(QStringLiteral("Vigie-tests"), QStringLiteral("Vigie-tests"));
            proxies->load(QStringLiteral("proxy.example:3128"));
            QCoreApplication::processEvents(); // the jobs start: their questions are on their way
            delete store;
            delete proxies;
        }
        // Every answer comes back within this while, to jobs that outlived their stores.
        CredentialStore witness(QStringLiteral("Vigie-tests"));
        QSignalSpy answered(&witness, &CredentialStore::notFound);
        QSignalSpy failed(&witness, &CredentialStore::failed);
        witness.load(m_environmentId, QStringLiteral("nobody"));
        QTRY_COMPARE_WITH_TIMEOUT(answered.count() + failed.count(), 1, 10000);
        QTest::qWait(500);
    }

    void missingKeychainIsReportedAndNothingIsWritten()
    {
        if (m_expectKeychain) {
            QSKIP("runs without a session bus (tst_credentialstore)");
        }
        CredentialStore store(QStringLiteral("Vigie-tests"));
        QSignalSpy saved(&store, &CredentialStore::saved);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.save(m_environmentId, { QStringLiteral("key-42"), QStringLiteral("secret") });
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(failed.first().at(0).value<CredentialStore::Failure>(), CredentialStore::Failure::Unavailable);

        store.load(m_environmentId, QStringLiteral("key-42"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        QCOMPARE(failed.at(1).at(0).value<CredentialStore::Failure>(), CredentialStore::Failure::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
