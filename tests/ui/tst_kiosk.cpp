// SPDX-License-Identifier: Apache-2.0
#include "logging/LogRedaction.h"
#include "models/ActiveRecordingsModel.h"
#include "models/AgentTableModel.h"
#include "presenters/SessionAnnouncer.h"
#include "station/PinHash.h"
#include "station/PinThrottle.h"
#include "support/VigieWindow.h"
#include "support/WayOutWalk.h"
#include "views/ActiveRecordingsView.h"

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
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QTimer>

#include <functional>

// What an administrator provisions on a kiosk station, as far as these tests vary it.
struct Station
{
    int idleLockMs = 0;
    QString exportFolder;
    bool keepKeyInKeychain = false;
    SimulatorOptions simulator;
};

// Kiosk stations: nothing closes the window but the administrator PIN, the session locks
// when idle, provisioned settings cannot be changed, and an outage heals by itself.
class TestKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void closeEscapeAndAltF4AreRefused();
    void onlyTheAdministratorPinLeaves();
    void leavingWithRecordingsRunningAsksAndStayingKeepsTheKiosk();
    void provisionedSettingsAreReadOnly();
    void idleLockHidesAgentsWhileRecordingsGoOn();
    void idleLockIsNotPostponedByTokenRefreshes();
    void theEndOfTheSessionLocks_data();
    void theEndOfTheSessionLocks();
    void nothingAboutAgentsShowsWhileLocked();
    void unlockingWithAKeptKeyTakesTheSecretOrASupervisorsOwnPin();
    void secretsLeaveWithTheLock();
    void nothingReachableLeadsOutOfVigie_data();
    void nothingReachableLeadsOutOfVigie();
    void confinementRefusesFileDialogsAndUrls();
    void reconnectsByItselfAfterAnOutage();

private:
    QTemporaryDir m_dir;
    QString m_pinHash;
    VigieWindow m_vigie;
    QString exportFolder() const;
    static Station lockingAfter(int idleLockMs);
    static Station exportingTo(const QString &folder);
    bool openKiosk(const Station &station = Station());
    MainWindow *window() const;
    QString latestLog() const;
    int logCount(const QString &phrase) const;
    void answerPinDialog(const QString &pin, bool *sawError = nullptr, QString *offeredKeyId = nullptr);
    QStringList agentWords() const;
    static QStringList whereShown(const QStringList &words);
};

QString TestKiosk::exportFolder() const { return m_dir.filePath(QStringLiteral("exports")); }

Station TestKiosk::lockingAfter(int idleLockMs)
{
    Station station;
    station.idleLockMs = idleLockMs;
    return station;
}

Station TestKiosk::exportingTo(const QString &folder)
{
    Station station;
    station.exportFolder = folder;
    return station;
}

bool TestKiosk::openKiosk(const Station &station)
{
    MainWindow::Options options;
    options.kiosk = true;
    options.kioskPinHash = m_pinHash;
    options.idleLockMs = station.idleLockMs;
    options.exportFolder = station.exportFolder;
    options.keepKeyInKeychain = station.keepKeyInKeychain;
    options.language = QStringLiteral("en");
    options.purposes = { QStringLiteral("Coaching"), QStringLiteral("Complaint review") };
    options.defaultDurationSeconds = 600;
    return m_vigie.open(m_dir.path(), options, true, everyTeamRecording(station.simulator));
}

MainWindow *TestKiosk::window() const { return m_vigie.window.get(); }

QString TestKiosk::latestLog() const { return window()->activityLog()->latestMessage(); }

int TestKiosk::logCount(const QString &phrase) const
{
    ActivityLogModel *log = window()->activityLog();
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        count += log->index(row).data().toString().contains(phrase) ? 1 : 0;
    }
    return count;
}

// Answers the modal PIN dialog once it is up, then lets exec() return.
void TestKiosk::answerPinDialog(const QString &pin, bool *sawError, QString *offeredKeyId)
{
    QTimer::singleShot(100, this, [this, pin, sawError, offeredKeyId] {
        auto *dialog = window()->findChild<QDialog *>(QStringLiteral("pinDialog"));
        QVERIFY(dialog);
        if (offeredKeyId) {
            *offeredKeyId = dialog->findChild<QLineEdit *>(QStringLiteral("unlockKeyIdEdit"))->text();
        }
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

// The names and teams of the agents on the screen, for looking for them where they must not be.
QStringList TestKiosk::agentWords() const
{
    QStringList words;
    QAbstractItemModel *model = m_vigie.agentTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : { int(AgentTableModel::NameColumn), int(AgentTableModel::TeamColumn) }) {
            const QString word = model->index(row, column).data().toString();
            if (!word.isEmpty() && !words.contains(word)) {
                words.append(word);
            }
        }
    }
    return words;
}

// Every text any widget of the application offers, to the eye or to accessibility tools,
// hidden ones included, and every row of every view's model, where a word appears.
QStringList TestKiosk::whereShown(const QStringList &words)
{
    QStringList found;
    auto look = [&](QWidget *widget, const QString &text) {
        for (const QString &word : words) {
            if (text.contains(word)) {
                found.append(QStringLiteral("%1 (%2): %3")
                                 .arg(widget->objectName(), QLatin1String(widget->metaObject()->className()), text));
                return;
            }
        }
    };
    for (QWidget *widget : QApplication::allWidgets()) {
        for (const QString &text : { widget->toolTip(), widget->statusTip(), widget->whatsThis(),
                 widget->accessibleName(), widget->accessibleDescription(), widget->windowTitle() }) {
            look(widget, text);
        }
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            look(widget, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            look(widget, button->text());
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            look(widget, edit->text());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int item = 0; item < combo->count(); ++item) {
                look(widget, combo->itemText(item));
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    look(widget, model->index(row, column).data().toString());
                    look(widget, model->index(row, column).data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    return found;
}

void TestKiosk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QStandardPaths::setTestModeEnabled(true); // the PIN attempt count of the user is left alone
    QFile::remove(PinThrottle::defaultFilePath());
    m_pinHash = PinHash::hash(QStringLiteral("2468"));
    QVERIFY(QDir().mkpath(exportFolder()));
}

void TestKiosk::cleanup()
{
    m_vigie.close();
    QFile::remove(PinThrottle::defaultFilePath());
    QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
    QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
}

void TestKiosk::closeEscapeAndAltF4AreRefused()
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
    // The station is the administrator's to set up, and it opens no browser.
    QVERIFY(!window()->findChild<QAction *>(QStringLiteral("actionSettings"))->isVisible());
    QVERIFY(!window()->findChild<QAction *>(QStringLiteral("actionDocumentation"))->isVisible());
}

void TestKiosk::onlyTheAdministratorPinLeaves()
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

// Leaving with recordings running asks, as quitting does, but offers no Stop: the administrator
// is not the supervisor whose name every Stop would carry. Staying keeps the station a kiosk.
void TestKiosk::leavingWithRecordingsRunningAsksAndStayingKeepsTheKiosk()
{
    QVERIFY(openKiosk());
    QVERIFY(!window()->findChild<QSystemTrayIcon *>()); // nothing of a kiosk lives in a tray
    m_vigie.agentTable()->selectRow(0);
    QTest::mouseClick(m_vigie.widget<QPushButton>("startRecordingButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_vigie.session->tracker()->active().size(), 1, 5000);

    QStringList offered;
    std::function<void()> answerQuestion = [&] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QLatin1String("runningRecordingsQuestion")) {
            QTimer::singleShot(50, this, answerQuestion);
            return;
        }
        for (auto *button : question->findChildren<QPushButton *>()) {
            offered.append(button->objectName());
        }
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("cancelQuitButton")), Qt::LeftButton);
    };
    answerPinDialog(QStringLiteral("2468"));
    QTimer::singleShot(50, this, answerQuestion);
    window()->findChild<QAction *>(QStringLiteral("actionLeaveKiosk"))->trigger();
    QVERIFY(window()->isVisible());
    QVERIFY(offered.contains(QStringLiteral("quitLetRunButton")));
    QVERIFY(!offered.contains(QStringLiteral("stopAndQuitButton")));
    QCOMPARE(m_vigie.simulator->activeRecordingCount(), 1);
    // Cancelled: the PIN given a moment ago does not leave the window closable.
    QVERIFY(!window()->close());
    QVERIFY(window()->isVisible());
}

void TestKiosk::provisionedSettingsAreReadOnly()
{
    QVERIFY(openKiosk());
    QVERIFY(!window()->findChild<QMenu *>(QStringLiteral("languageMenu"))->isEnabled());
    auto *purpose = m_vigie.widget<QComboBox>("purposeCombo");
    QVERIFY(!purpose->isEditable());
    QCOMPARE(purpose->count(), 2);
    QCOMPARE(purpose->itemText(1), QStringLiteral("Complaint review"));
    QCOMPARE(m_vigie.widget<QTimeEdit>("durationEdit")->time(), QTime(0, 10, 0));
}

void TestKiosk::idleLockHidesAgentsWhileRecordingsGoOn()
{
    QVERIFY(openKiosk(lockingAfter(1500)));
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
    const QString contact = active->model()->index(0, ActiveRecordingsModel::ContactIdColumn).data().toString();
    QVERIFY(contact.toLongLong() > 0);
    QVERIFY(!m_vigie.widget<ActiveRecordingsView>("activeRecordingsView")->rowButtonRect(0).isEmpty());
}

// Only input postpones the idle lock: a token refreshed every 1.6 s used to restart the
// count each time, and the station never locked (an hourly refresh did the same to long locks).
void TestKiosk::idleLockIsNotPostponedByTokenRefreshes()
{
    Station station;
    station.idleLockMs = 3000;
    station.simulator.tokenLifetimeSeconds = 2;
    QVERIFY(openKiosk(station));
    QSignalSpy refreshed(m_vigie.session->tokens(), &TokenProvider::refreshFinished);
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 10000);
    QVERIFY2(!refreshed.isEmpty(), "no refresh happened before the lock: the test proves nothing");
    QVERIFY(refreshed.first().at(0).toBool());
    QVERIFY(latestLog().contains(QLatin1String("without activity")));
    QCOMPARE(m_vigie.widget<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("lockPage"));
}

// A session that ends locks the station at once, whatever the idle lock: a refused refresh,
// or an outage of the token endpoint that outlasts the token. Before, the idle watcher just
// stopped, with agents and recordings left on the screen.
void TestKiosk::theEndOfTheSessionLocks_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("refresh refused") << QStringLiteral("auth/token:401");
    QTest::newRow("token endpoint down until the token expires") << QStringLiteral("auth/token:503");
}

void TestKiosk::theEndOfTheSessionLocks()
{
    QFETCH(QString, fault);
    Station station;
    station.idleLockMs = 10 * 60 * 1000;
    station.simulator.tokenLifetimeSeconds = 2;
    QVERIFY(openKiosk(station));
    m_vigie.simulator->addFault(*SimulatorFault::fromText(fault));
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 20000);
    QVERIFY(!m_vigie.session->tokens()->hasToken());
    QCOMPARE(m_vigie.agentTable()->model()->rowCount(), 0);
    QVERIFY(!m_vigie.widget<QTableView>("activeRecordingsView")->model());
    QVERIFY(m_vigie.widget<QLabel>("lockText")->text().contains(QLatin1String("CXone session ended")));
    QVERIFY(logCount(QStringLiteral("locked because the CXone session ended")) == 1);
}

// Behind the lock a recording ends on time, and nothing about it or any agent shows anywhere:
// status bar, tooltips, accessible names, window title, notifications. The activity log
// keeps the sentence out of sight, and the supervisor who unlocks is told to read it.
void TestKiosk::nothingAboutAgentsShowsWhileLocked()
{
    Station station;
    station.idleLockMs = 1500;
    station.exportFolder = exportFolder();
    QVERIFY(openKiosk(station));
    const QStringList words = agentWords();
    QVERIFY(words.size() > 60); // names and teams
    QVERIFY(!whereShown(words).isEmpty()); // the search finds them while unlocked
    const Agent agent = m_vigie.session->directory()->agents().first();
    QSignalSpy notifications(window()->announcer(), &SessionAnnouncer::notification);
    m_vigie.session->controller()->start({ agent }, 5, QStringLiteral("Coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(m_vigie.session->tracker()->active().size(), 1, 5000);
    m_vigie.widget<QLineEdit>("agentSearch")->setText(agent.displayName());

    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_vigie.session->tracker()->active().isEmpty(), 15000); // ended on time, locked
    QTRY_COMPARE_WITH_TIMEOUT(m_vigie.simulator->activeRecordingCount(), 0, 5000);
    QVERIFY(logCount(QStringLiteral("has ended")) == 1); // held back for the activity log
    const QStringList shown = whereShown(words);
    QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(notifications.isEmpty());
    QVERIFY(m_vigie.widget<QLabel>("announcementLabel")->text().contains(QLatin1String("locked")));

    // The menus' shortcuts are silent: no audit trail, no reload, no start behind the lock.
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) }) {
        QTest::keySequence(window(), keys);
    }
    QTest::qWait(100);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        QVERIFY2(!qobject_cast<QDialog *>(widget) || !widget->isVisible(), qPrintable(widget->objectName()));
    }

    QTest::mouseClick(m_vigie.widget<QPushButton>("unlockButton"), Qt::LeftButton);
    SignInDialog *dialog = window()->signInFlow()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("keyIdEdit"))->setText(SimulatorOptions().demoKeyId);
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QTest::keyClicks(secret, SimulatorOptions().demoKeySecret);
    QTest::keyClick(secret, Qt::Key_Return);
    QVERIFY(secret->text().isEmpty()); // the secret does not stay in the field, nor in its undo history
    QVERIFY(!secret->isUndoAvailable());
    QTRY_VERIFY_WITH_TIMEOUT(!window()->isLocked(), 5000);
    QVERIFY(logCount(QStringLiteral("arrived while the station was locked")) == 1);
}

// Where the key stays in the keychain, one click does not unlock: the secret is typed in the
// dialog, or the station PIN in its own. Here no keychain answers, so the PIN leads to the dialog.
void TestKiosk::unlockingWithAKeptKeyTakesTheSecretOrASupervisorsOwnPin()
{
    Station station;
    station.idleLockMs = 1500;
    station.keepKeyInKeychain = true;
    QVERIFY(openKiosk(station));
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    auto *pinButton = m_vigie.widget<QPushButton>("pinUnlockButton");
    QVERIFY(pinButton->isVisible());

    QTest::mouseClick(m_vigie.widget<QPushButton>("unlockButton"), Qt::LeftButton);
    SignInDialog *dialog = window()->signInFlow()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(m_vigie.session->tokens()->state(), TokenProvider::State::SignedOut); // nothing signed in by itself
    // Remembering a key here takes an unlock PIN of the supervisor's own.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("unlockPinEdit"))->isVisibleTo(dialog));
    dialog->reject();

    // The unlock dialog asks for a key ID, offering the supervisor who was signed in, and
    // their PIN. The administrator's PIN is no unlock PIN: it opens nothing (here, with no
    // keychain, nothing can be opened at all, and the dialog says why).
    QString offeredKeyId;
    bool sawError = false;
    answerPinDialog(QStringLiteral("2468"), &sawError, &offeredKeyId);
    QTest::mouseClick(pinButton, Qt::LeftButton);
    QVERIFY(sawError);
    QCOMPARE(offeredKeyId, SimulatorOptions().demoKeyId);
    QVERIFY(window()->isLocked());
    QCOMPARE(m_vigie.session->tokens()->state(), TokenProvider::State::SignedOut);
}

// The lock forgets the token and the key's secret, and takes them out of the log-redaction
// registry only once nothing else holds them.
void TestKiosk::secretsLeaveWithTheLock()
{
    QVERIFY(openKiosk(lockingAfter(1500)));
    const QString token = QString::fromLatin1(m_vigie.session->tokens()->authorizationHeader().mid(7));
    QVERIFY(token.size() > 10);
    QCOMPARE(LogRedaction::redact(token), QStringLiteral("«redacted»"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    QVERIFY(m_vigie.session->tokens()->authorizationHeader() == "Bearer ");
    QCOMPARE(LogRedaction::redact(token), token); // out of the registry
    QCOMPARE(LogRedaction::redact(SimulatorOptions().demoKeySecret), SimulatorOptions().demoKeySecret);
}

// Everything a supervisor can reach at a kiosk, walked: no file dialog, print dialog, URL or
// link takes them out of Vigie. Without an export folder (which the launch refuses), the
// confinement alone keeps the file dialog the export asks for off the screen.
void TestKiosk::nothingReachableLeadsOutOfVigie_data()
{
    QTest::addColumn<bool>("withExportFolder");
    QTest::newRow("provisioned station") << true;
    QTest::newRow("no export folder: the confinement alone") << false;
}

void TestKiosk::nothingReachableLeadsOutOfVigie()
{
    QFETCH(bool, withExportFolder);
    QDir(exportFolder()).removeRecursively();
    QVERIFY(QDir().mkpath(exportFolder()));
    Station station = exportingTo(withExportFolder ? exportFolder() : QString());
    station.idleLockMs = 10 * 60 * 1000; // signing out locks: the lock screen is walked too
    station.keepKeyInKeychain = true; // with its PIN button
    QVERIFY(openKiosk(station));
    m_vigie.agentTable()->selectRow(0);

    WayOutWalk walk;
    walk.clickButtonsOf(window()->centralWidget());
    walk.triggerMenus(window()->menuBar(), { QStringLiteral("actionSignOut") });
    // With a recording running, signing out asks first; "stop them all" signs out once CXone answered.
    QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
    walk.clickButtonsOf(window()->centralWidget());
    QVERIFY2(walk.waysOut.isEmpty(), qPrintable(walk.waysOut.join(QStringLiteral("; "))));

    // The walk did reach the dialogs and the lock screen, and the export went where the
    // administrator said.
    QVERIFY2(walk.stepsTaken.size() > 20, qPrintable(walk.stepsTaken.join(QStringLiteral(", "))));
    for (const char *dialog : { "pinDialog", "signInDialog", "QMessageBox" }) {
        QVERIFY2(walk.dialogsWalked.contains(QLatin1String(dialog)),
            qPrintable(walk.dialogsWalked.join(QStringLiteral(", "))));
    }
    for (const char *button : { "unlockButton", "pinUnlockButton", "lockLeaveKioskButton" }) {
        QVERIFY2(
            walk.stepsTaken.contains(QLatin1String(button)), qPrintable(walk.stepsTaken.join(QStringLiteral(", "))));
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
void TestKiosk::confinementRefusesFileDialogsAndUrls()
{
    QVERIFY(openKiosk(exportingTo(exportFolder())));
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

void TestKiosk::reconnectsByItselfAfterAnOutage()
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

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
