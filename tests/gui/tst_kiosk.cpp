#include "station/PinHash.h"
#include "station/PinThrottle.h"
#include "support/VigieWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QTimer>

// Kiosk stations: nothing closes the window but the administrator PIN, the session locks
// when idle, provisioned settings cannot be changed, and an outage heals by itself.
class TestKiosk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pinHash;
    VigieWindow m_vigie;

    bool openKiosk(int idleLockMs = 0)
    {
        MainWindow::Options options;
        options.kiosk = true;
        options.kioskPinHash = m_pinHash;
        options.idleLockMs = idleLockMs;
        options.keepKeyInKeychain = false;
        options.language = QStringLiteral("en");
        options.purposes = { QStringLiteral("Coaching"), QStringLiteral("Complaint review") };
        options.defaultDurationSeconds = 600;
        return m_vigie.open(m_dir.path(), options, true, everyTeamRecording());
    }

    MainWindow *window() const { return m_vigie.window.get(); }
    QString latestLog() const { return window()->activityLog()->latestMessage(); }

    // Answers the modal PIN dialog once it is up, then lets exec() return.
    void answerPinDialog(const QString &pin, bool *sawError = nullptr)
    {
        QTimer::singleShot(100, this, [this, pin, sawError] {
            auto *dialog = window()->findChild<QDialog *>(QStringLiteral("pinDialog"));
            QVERIFY(dialog);
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
            QTest::keyClicks(edit, pin);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pinOkButton")), Qt::LeftButton);
            if (sawError) {
                auto *error = dialog->findChild<QLabel *>(QStringLiteral("pinError"));
                *sawError = QTest::qWaitFor([error] { return error->isVisible(); }, 10000);
                dialog->reject();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QStandardPaths::setTestModeEnabled(true); // the PIN attempt count of the user is left alone
        QFile::remove(PinThrottle::defaultFilePath());
        m_pinHash = PinHash::hash(QStringLiteral("2468"));
    }

    void cleanup()
    {
        m_vigie.close();
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
        QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
    }

    void pinHashesAreSaltedAndVerified()
    {
        QVERIFY(PinHash::isWellFormed(m_pinHash));
        QVERIFY(!m_pinHash.contains(QLatin1String("2468")));
        QVERIFY(PinHash::hash(QStringLiteral("2468")) != m_pinHash); // salted
        QVERIFY(PinHash::verify(QStringLiteral("2468"), m_pinHash));
        QVERIFY(!PinHash::verify(QStringLiteral("2469"), m_pinHash));
        QVERIFY(!PinHash::verify(QStringLiteral("2468"), QStringLiteral("2468")));
        QVERIFY(!PinHash::isWellFormed(QStringLiteral("pbkdf2-sha256$10$abc$def")));
    }

    void closeEscapeAndAltF4AreRefused()
    {
        QVERIFY(openKiosk());
        QVERIFY(!window()->close());
        QVERIFY(window()->isVisible());
        QVERIFY(latestLog().contains(QLatin1String("kiosk mode")));
        QTest::keyClick(window(), Qt::Key_Escape);
        QTest::keyClick(window(), Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(window(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(window()->isVisible());
        QVERIFY(!window()->findChild<QAction *>(QStringLiteral("actionQuit"))->isVisible());
        QVERIFY(window()->findChild<QAction *>(QStringLiteral("actionLeaveKiosk"))->isVisible());
    }

    void onlyTheAdministratorPinLeaves()
    {
        QVERIFY(openKiosk());
        auto *leave = window()->findChild<QAction *>(QStringLiteral("actionLeaveKiosk"));
        bool sawError = false;
        answerPinDialog(QStringLiteral("0000"), &sawError);
        leave->trigger();
        QVERIFY(sawError);
        QVERIFY(window()->isVisible());

        answerPinDialog(QStringLiteral("2468"));
        leave->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), 3000);
    }

    void provisionedSettingsAreReadOnly()
    {
        QVERIFY(openKiosk());
        QVERIFY(!window()->findChild<QMenu *>(QStringLiteral("languageMenu"))->isEnabled());
        auto *purpose = m_vigie.widget<QComboBox>("purposeCombo");
        QVERIFY(!purpose->isEditable());
        QCOMPARE(purpose->count(), 2);
        QCOMPARE(purpose->itemText(1), QStringLiteral("Complaint review"));
        QCOMPARE(m_vigie.widget<QTimeEdit>("durationEdit")->time(), QTime(0, 10, 0));
    }

    void idleLockHidesAgentsWhileRecordingsGoOn()
    {
        QVERIFY(openKiosk(1500));
        QTableView *agents = m_vigie.agentTable();
        agents->selectRow(0);
        QTest::mouseClick(m_vigie.widget<QPushButton>("startRecordingButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_vigie.session->tracker()->active().size(), 1, 5000);

        auto *pages = m_vigie.widget<QStackedWidget>("pages");
        QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("lockPage"));
        QCOMPARE(agents->model()->rowCount(), 0);
        QVERIFY(!m_vigie.widget<QTableView>("activeRecordingsView")->model()); // nothing to read behind the lock
        QVERIFY(!m_vigie.widget<QTableView>("historyView")->model());
        QVERIFY(!m_vigie.session->tokens()->hasToken());
        QCOMPARE(m_vigie.session->tracker()->active().size(), 1);
        QCOMPARE(m_vigie.simulator->activeRecordingCount(), 1);

        // No keychain on this station: unlocking asks for the key again.
        QTest::mouseClick(m_vigie.widget<QPushButton>("unlockButton"), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window()->signInFlow()->dialog()) && dialog->isVisible(), 10000);
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isEnabled());
        auto *keyId = dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"));
        keyId->setText(SimulatorOptions().demoKeyId);
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        QTest::keyClicks(secret, SimulatorOptions().demoKeySecret);
        QTest::keyClick(secret, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isLocked(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(agents->model()->rowCount(), 60, 10000);
        QCOMPARE(m_vigie.session->tracker()->active().size(), 1);
        auto *active = m_vigie.widget<QTableView>("activeRecordingsView");
        QCOMPARE(active->model()->rowCount(), 1);
        const QString contact = active->model()->index(0, 1).data().toString();
        QVERIFY(window()->findChild<QPushButton *>(QStringLiteral("stopRecordingButton_") + contact));
    }

    void reconnectsByItselfAfterAnOutage()
    {
        QVERIFY(openKiosk());
        m_vigie.session->directory()->setRefreshIntervalMs(500);
        auto *banner = m_vigie.widget<QLabel>("connectionBanner");
        QVERIFY(!banner->isVisible());
        m_vigie.simulator->stopListening();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(banner->text().contains(QLatin1String("cannot be reached")));
        QVERIFY(!window()->signInFlow()->dialog() || !window()->signInFlow()->dialog()->isVisible());
        QVERIFY(m_vigie.simulator->resumeListening());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QVERIFY(latestLog().contains(QLatin1String("restored")));
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
