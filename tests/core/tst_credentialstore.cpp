#include "credentials/CredentialStore.h"

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

        store.load(m_environmentId);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, 10000);
        const auto key = loaded.first().at(0).value<AccessKey>();
        QCOMPARE(key.keyId, QStringLiteral("key-42"));
        QCOMPARE(key.secret, QStringLiteral("s3cr3t+/=é"));

        store.remove(m_environmentId);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        store.load(m_environmentId);
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
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

        store.load(m_environmentId);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        QCOMPARE(failed.at(1).at(0).value<CredentialStore::Failure>(), CredentialStore::Failure::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
