#include "station/PinHash.h"
#include "station/PinThrottle.h"
#include "support/VigieWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

// With a real keychain (run inside tests/with-keyring.sh): "remember me" stores the key, the
// next start signs in without a dialog, and signing out forgets it. A kiosk that keeps the key
// still asks for something typed before it shows agents.
class TestRememberedKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    VigieWindow m_vigie;
    quint16 m_port = 0;

    bool keychainHasKey()
    {
        CredentialStore store;
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy notFound(&store, &CredentialStore::notFound);
        store.load(m_vigie.session->environmentId());
        if (!QTest::qWaitFor([&] { return loaded.count() + notFound.count() == 1; }, 10000)) {
            return false;
        }
        return loaded.count() == 1;
    }

    bool logHas(const QString &phrase) const
    {
        ActivityLogModel *log = m_vigie.window->activityLog();
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row).data().toString().contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    // The keychain answers in order: once this read is answered, any read Vigie began earlier
    // was answered too, and a sign-in it led to has begun.
    bool signedInBehindOurBack()
    {
        return !keychainHasKey() || m_vigie.session->tokens()->state() != TokenProvider::State::SignedOut;
    }

    // Answers the station PIN dialog once it is up.
    void answerPinDialog(const QString &pin)
    {
        QTimer::singleShot(100, this, [this, pin] {
            auto *dialog = m_vigie.window->findChild<QDialog *>(QStringLiteral("pinDialog"));
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit")), pin);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pinOkButton")), Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the PIN attempt count of the user is left alone
        QFile::remove(PinThrottle::defaultFilePath());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        // A port of our own, the same for both runs: keys are filed per environment (host:port).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_port = probe.serverPort();
    }

    void rememberedKeySignsInWithoutADialogAndSignOutForgetsIt()
    {
        MainWindow::Options options;
        QVERIFY(m_vigie.open(m_dir.path(), options, false, {}, m_port));
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_vigie.window->signInFlow()->dialog()) && dialog->isVisible(), 10000);
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"))->setText(SimulatorOptions().demoKeyId);
        dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(SimulatorOptions().demoKeySecret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        // Not necessarily the latest message: the agent list may be announced after it.
        QTRY_VERIFY_WITH_TIMEOUT(logHas(QStringLiteral("remembered")), 10000);
        QVERIFY(keychainHasKey());
        m_vigie.close();

        // The next start: straight in, no dialog.
        QVERIFY(m_vigie.open(m_dir.path(), options, false, {}, m_port));
        QTRY_COMPARE_WITH_TIMEOUT(m_vigie.agentTable()->model()->rowCount(), 60, 10000);
        QVERIFY(!m_vigie.window->signInFlow()->dialog() || !m_vigie.window->signInFlow()->dialog()->isVisible());

        m_vigie.window->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
        QVERIFY(!m_vigie.session->tokens()->hasToken());
        QVERIFY(QTest::qWaitFor([this] { return !keychainHasKey(); }, 10000));
        m_vigie.close();
    }

    // At a kiosk that keeps the key, neither a start nor a click unlocks: the station PIN does,
    // and Vigie then signs in with the kept key.
    void aKioskWithAKeptKeyUnlocksWithThePin()
    {
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        const QString environmentId = QStringLiteral("127.0.0.1:%1").arg(m_port);
        store.save(environmentId, { SimulatorOptions().demoKeyId, SimulatorOptions().demoKeySecret });
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        MainWindow::Options options;
        options.kiosk = true;
        options.kioskPinHash = PinHash::hash(QStringLiteral("246810"));
        options.idleLockMs = 3000;
        options.keepKeyInKeychain = true;
        options.exportFolder = m_dir.path();
        QVERIFY(m_vigie.open(m_dir.path(), options, false, {}, m_port));
        QCOMPARE(m_vigie.session->environmentId(), environmentId);
        QVERIFY(m_vigie.window->isLocked());
        QVERIFY(!signedInBehindOurBack()); // a restart does not unlock

        auto *unlock = m_vigie.widget<QPushButton>("unlockButton");
        auto *pin = m_vigie.widget<QPushButton>("pinUnlockButton");
        for (int round = 0; round < 2; ++round) {
            QTest::mouseClick(unlock, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(m_vigie.window->signInFlow()->dialog()->isVisible(), 5000);
            QVERIFY(!signedInBehindOurBack()); // one click asks for the secret, nothing more
            QVERIFY(m_vigie.window->isLocked());
            m_vigie.window->signInFlow()->dialog()->reject();

            answerPinDialog(QStringLiteral("246810"));
            QTest::mouseClick(pin, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.window->isLocked(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(m_vigie.agentTable()->model()->rowCount(), 60, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(m_vigie.window->isLocked(), 10000); // idle again
        }
        m_vigie.close();
        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(environmentId);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    }
};

QTEST_MAIN(TestRememberedKey)
#include "tst_rememberedkey.moc"
