// SPDX-License-Identifier: Apache-2.0
#include "station/PinHash.h"
#include "station/PinThrottle.h"
#include "support/VigieWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
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

    QString environmentId() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    // The unlock PIN hash kept with a key, or nullopt when no key is kept under that ID.
    std::optional<QString> keptUnlockPinHash(const QString &keyId = SimulatorOptions().demoKeyId)
    {
        CredentialStore store;
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy notFound(&store, &CredentialStore::notFound);
        store.load(environmentId(), keyId);
        if (!QTest::qWaitFor([&] { return loaded.count() + notFound.count() == 1; }, 10000) || loaded.isEmpty()) {
            return std::nullopt;
        }
        return loaded.first().at(1).toString();
    }

    bool keychainHasKey(const QString &keyId = SimulatorOptions().demoKeyId)
    {
        return keptUnlockPinHash(keyId).has_value();
    }

    void keep(const AccessKey &key, const QString &unlockPin)
    {
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        store.save(environmentId(), key, unlockPin);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    }

    void forget(const QString &keyId)
    {
        CredentialStore store;
        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(environmentId(), keyId);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    }

    MainWindow::Options kioskThatKeepsKeys() const
    {
        MainWindow::Options options;
        options.kiosk = true;
        options.kioskPinHash = PinHash::hash(QStringLiteral("246810")); // the administrator's
        options.idleLockMs = 3000;
        options.keepKeyInKeychain = true;
        options.exportFolder = m_dir.path();
        return options;
    }

    // Types a key ID and a PIN into the unlock dialog and waits for its answer.
    bool unlockAs(const QString &keyId, const QString &pin)
    {
        QTimer::singleShot(100, this, [this, keyId, pin] {
            auto *dialog = m_vigie.window->findChild<QDialog *>(QStringLiteral("pinDialog"));
            QVERIFY(dialog);
            auto *keyIdEdit = dialog->findChild<QLineEdit *>(QStringLiteral("unlockKeyIdEdit"));
            keyIdEdit->setText(keyId);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit")), pin);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pinOkButton")), Qt::LeftButton);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("pinError"));
            QVERIFY(QTest::qWaitFor([dialog, error] { return !dialog->isVisible() || error->isVisible(); }, 10000));
            dialog->reject();
        });
        QTest::mouseClick(m_vigie.widget<QPushButton>("pinUnlockButton"), Qt::LeftButton);
        return QTest::qWaitFor([this] { return !m_vigie.window->isLocked(); }, 3000);
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
        // A port of our own, the same for both runs: keys are filed per environment (host:port)
        // and key ID.
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

    // At a station that locks, remembering a key takes an unlock PIN of the supervisor's own,
    // typed twice; the keychain keeps its Argon2id hash with the key, never the PIN.
    void aKioskRemembersAKeyOnlyWithItsSupervisorsOwnPin()
    {
        QVERIFY(m_vigie.open(m_dir.path(), kioskThatKeepsKeys(), false, {}, m_port));
        QTest::mouseClick(m_vigie.widget<QPushButton>("unlockButton"), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_vigie.window->signInFlow()->dialog()) && dialog->isVisible(), 10000);
        auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("unlockPinEdit"));
        auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("unlockPinRepeatEdit"));
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(pin->isVisible() && again->isVisible());
        QVERIFY(!pin->accessibleName().isEmpty() && !again->accessibleName().isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"))->setText(SimulatorOptions().demoKeyId);
        dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(SimulatorOptions().demoKeySecret);
        QVERIFY(signIn->isEnabled()); // not remembered: no PIN needed
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        QVERIFY(!signIn->isEnabled());
        pin->setText(QStringLiteral("13579"));
        again->setText(QStringLiteral("13579"));
        QVERIFY(!signIn->isEnabled()); // too short
        pin->setText(QStringLiteral("135790"));
        QVERIFY(!signIn->isEnabled()); // not the same twice
        again->setText(QStringLiteral("135790"));
        QVERIFY(signIn->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.window->isLocked(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(keychainHasKey(), 10000);
        const QString hash = *keptUnlockPinHash();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        QVERIFY(PinHash::verify(QStringLiteral("135790"), hash));
        QVERIFY(!PinHash::verify(QStringLiteral("246810"), hash)); // not the administrator's
        m_vigie.close();
        forget(SimulatorOptions().demoKeyId);
    }

    // A shared kiosk: each supervisor's key is kept apart with their own unlock PIN. Neither a
    // start nor a click unlocks; another supervisor's PIN and the administrator's PIN open no
    // key; a supervisor's own PIN opens only their key, and what is done next is audited under it.
    void eachSupervisorUnlocksOnlyTheirOwnKeyAndIsAuditedUnderIt()
    {
        const SimulatorOptions simulator;
        const QString viewer = simulator.restrictedKeyId;
        const QString supervisor = simulator.demoKeyId;
        keep({ viewer, simulator.restrictedKeySecret }, QStringLiteral("111111"));
        keep({ supervisor, simulator.demoKeySecret }, QStringLiteral("222222"));

        QVERIFY(m_vigie.open(m_dir.path(), kioskThatKeepsKeys(), false, {}, m_port));
        QCOMPARE(m_vigie.session->environmentId(), environmentId());
        QVERIFY(m_vigie.window->isLocked());
        QVERIFY(!signedInBehindOurBack()); // a restart does not unlock

        QTest::mouseClick(m_vigie.widget<QPushButton>("unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_vigie.window->signInFlow()->dialog()->isVisible(), 5000);
        QVERIFY(!signedInBehindOurBack()); // one click asks for the secret, nothing more
        m_vigie.window->signInFlow()->dialog()->reject();

        QVERIFY(unlockAs(viewer, QStringLiteral("111111")));
        QCOMPARE(m_vigie.session->tokens()->keyId(), viewer);
        QTRY_VERIFY_WITH_TIMEOUT(m_vigie.window->isLocked(), 10000); // idle again

        // The viewer locked it: the other supervisor's PIN and the administrator's open nothing.
        QVERIFY(!unlockAs(viewer, QStringLiteral("222222")));
        QVERIFY(!unlockAs(viewer, QStringLiteral("246810")));
        QCOMPARE(m_vigie.session->tokens()->state(), TokenProvider::State::SignedOut);
        QFile::remove(PinThrottle::defaultFilePath()); // the lockout is tst_pindialog's business

        // The other supervisor unlocks with their own PIN, as themselves.
        QVERIFY(unlockAs(supervisor, QStringLiteral("222222")));
        QCOMPARE(m_vigie.session->tokens()->keyId(), supervisor);
        QTRY_VERIFY_WITH_TIMEOUT(m_vigie.agentTable()->model()->rowCount() > 0, 10000);
        const QVector<Agent> agents = m_vigie.session->directory()->agents().mid(0, 1);
        QVERIFY(!agents.isEmpty());
        m_vigie.session->controller()->start(agents, 60, QStringLiteral("Coaching"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_vigie.session->auditLog()->entries().isEmpty(), 10000);
        for (const AuditEntry &entry : m_vigie.session->auditLog()->entries()) {
            QCOMPARE(entry.supervisor, supervisor);
        }
        m_vigie.close();
        forget(viewer);
        forget(supervisor);
    }
};

QTEST_MAIN(TestRememberedKey)
#include "tst_rememberedkey.moc"
