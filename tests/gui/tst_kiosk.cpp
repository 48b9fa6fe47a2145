#include "station/PinHash.h"
#include "station/PinThrottle.h"
#include "support/VigieWindow.h"
#include "support/WayOutWalk.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
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

    QString exportFolder() const { return m_dir.filePath(QStringLiteral("exports")); }

    bool openKiosk(int idleLockMs = 0, const QString &exportFolder = {})
    {
        MainWindow::Options options;
        options.kiosk = true;
        options.kioskPinHash = m_pinHash;
        options.idleLockMs = idleLockMs;
        options.exportFolder = exportFolder;
        options.keepKeyInKeychain = false;
        options.language = QStringLiteral("en");
        options.purposes = { QStringLiteral("Coaching"), QStringLiteral("Complaint review") };
        options.defaultDurationSeconds = 600;
        return m_vigie.open(m_dir.path(), options, true);
    }

    MainWindow *window() const { return m_vigie.window.get(); }
    QString latestLog() const { return window()->activityLog()->latestMessage(); }
    int logCount(const QString &phrase) const
    {
        ActivityLogModel *log = window()->activityLog();
        int count = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            count += log->index(row).data().toString().contains(phrase) ? 1 : 0;
        }
        return count;
    }

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
        QVERIFY(QDir().mkpath(exportFolder()));
    }

    void cleanup()
    {
        m_vigie.close();
        QFile::remove(PinThrottle::defaultFilePath());
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

    // Everything a supervisor can reach at a kiosk, walked: no file dialog, print dialog, URL or
    // link takes them out of Vigie. Without an export folder (which the launch refuses), the
    // confinement alone keeps the file dialog the export asks for off the screen.
    void nothingReachableLeadsOutOfVigie_data()
    {
        QTest::addColumn<bool>("withExportFolder");
        QTest::newRow("provisioned station") << true;
        QTest::newRow("no export folder: the confinement alone") << false;
    }

    void nothingReachableLeadsOutOfVigie()
    {
        QFETCH(bool, withExportFolder);
        QDir(exportFolder()).removeRecursively();
        QVERIFY(QDir().mkpath(exportFolder()));
        QVERIFY(openKiosk(0, withExportFolder ? exportFolder() : QString()));
        m_vigie.agentTable()->selectRow(0);

        WayOutWalk walk;
        walk.clickButtonsOf(window()->centralWidget());
        walk.triggerMenus(window()->menuBar(), { QStringLiteral("actionSignOut") });
        walk.clickButtonsOf(window()->centralWidget()); // what signing out leaves on the screen
        QVERIFY2(walk.waysOut.isEmpty(), qPrintable(walk.waysOut.join(QStringLiteral("; "))));

        // The walk did reach the dialogs, and the export went where the administrator said.
        QVERIFY2(walk.steps > 20, qPrintable(QString::number(walk.steps)));
        for (const char *dialog : { "pinDialog", "signInDialog", "QMessageBox" }) {
            QVERIFY2(walk.dialogsWalked.contains(QLatin1String(dialog)),
                qPrintable(walk.dialogsWalked.join(QStringLiteral(", "))));
        }
        if (withExportFolder) {
            QVERIFY(walk.dialogAttempts.isEmpty());
            QCOMPARE(QDir(exportFolder()).entryList({ QStringLiteral("*.csv") }).size(), 1);
        } else {
            QVERIFY2(walk.dialogAttempts.contains(QLatin1String("QFileDialog")),
                qPrintable(walk.dialogAttempts.join(QStringLiteral(", "))));
            QVERIFY(logCount(QStringLiteral("opens no file dialog")) > 0);
        }
    }

    // A file dialog asked for in code, and URLs for the desktop: none reaches the supervisor.
    void confinementRefusesFileDialogsAndUrls()
    {
        QVERIFY(openKiosk(0, exportFolder()));
        QTimer::singleShot(3000, this, [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QFileDialog *>(widget)) {
                    dialog->reject(); // only if the confinement failed: the test must not hang
                }
            }
        });
        QElapsedTimer answered;
        answered.start();
        QCOMPARE(QFileDialog::getSaveFileName(window(), QStringLiteral("Save"), QDir::homePath()), QString());
        QVERIFY(answered.elapsed() < 3000);
        QVERIFY(latestLog().contains(QLatin1String("opens no file dialog")));

        for (const char *url : { "https://example.org/", "file:///etc/passwd", "mailto:someone@example.org" }) {
            const int refusals = logCount(QStringLiteral("opens no file dialog"));
            QVERIFY(QDesktopServices::openUrl(QUrl(QLatin1String(url)))); // handled: by the confinement
            QVERIFY2(logCount(QStringLiteral("opens no file dialog")) == refusals + 1, url);
        }
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
