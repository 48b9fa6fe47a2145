// SPDX-License-Identifier: Apache-2.0
#include "credentials/KeptKeyUnlock.h"
#include "kiosk/PinDialog.h"
#include "station/PinHash.h"
#include "station/PinThrottle.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The PIN dialogs of a kiosk station (the administrator's, to leave kiosk mode; a supervisor's
// own, to unlock): wrong PINs lock them for a while, and closing one, opening a new one or
// restarting Vigie (a new dialog reads the same count) does not lift the lockout.
class TestPinDialog : public QObject
{
    Q_OBJECT

private:
    QString m_pinHash;

    static QLabel *error(PinDialog &dialog) { return dialog.findChild<QLabel *>(QStringLiteral("pinError")); }
    static QPushButton *ok(PinDialog &dialog) { return dialog.findChild<QPushButton *>(QStringLiteral("pinOkButton")); }
    static QLineEdit *edit(PinDialog &dialog) { return dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit")); }

    // Types a PIN, confirms it and waits for the answer (the check runs on a worker thread).
    static void answer(PinDialog &dialog, const QString &pin)
    {
        QVERIFY(edit(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog), pin);
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QVERIFY(!ok(dialog)->isEnabled()); // no second guess while the first is checked
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || error(dialog)->isVisible(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_pinHash = PinHash::hash(QStringLiteral("246810"));
    }

    void init() { QFile::remove(PinThrottle::defaultFilePath()); }

    void theRightPinIsAccepted()
    {
        PinDialog dialog(m_pinHash, PinThrottle::defaultFilePath());
        dialog.show();
        answer(dialog, QStringLiteral("246810"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void lockoutOutlivesTheDialog()
    {
        {
            PinDialog dialog(m_pinHash, PinThrottle::defaultFilePath());
            dialog.show();
            for (int attempt = 1; attempt <= PinThrottle::kFreeAttempts; ++attempt) {
                answer(dialog, QStringLiteral("111111"));
                QCOMPARE(dialog.result(), int(QDialog::Rejected));
            }
            QVERIFY2(error(dialog)->text().startsWith(QLatin1String("Wrong PIN.")), qPrintable(error(dialog)->text()));
            QVERIFY2(error(dialog)->text().contains(QLatin1String("Try again in 30 second")),
                qPrintable(error(dialog)->text()));
            QVERIFY(!ok(dialog)->isEnabled());
            QVERIFY(!edit(dialog)->isEnabled());
            QTest::keyClick(edit(dialog), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            dialog.reject();
        }
        PinDialog reopened(m_pinHash, PinThrottle::defaultFilePath());
        reopened.show();
        QVERIFY(error(reopened)->isVisible());
        QVERIFY2(error(reopened)->text().contains(QLatin1String("Try again in")), qPrintable(error(reopened)->text()));
        QVERIFY(!ok(reopened)->isEnabled());
        QVERIFY(!edit(reopened)->isEnabled());
    }

    // Confirming nothing would only count against the supervisor.
    void anEmptyPinIsNoAttempt()
    {
        KeptKeyUnlock unlock(QStringLiteral("127.0.0.1:1"));
        PinDialog dialog(&unlock, QStringLiteral("alice"));
        dialog.show();
        QVERIFY(!ok(dialog)->isEnabled());
        QTest::keyClick(edit(dialog), Qt::Key_Return);
        QCOMPARE(PinThrottle().failures(), 0);
        QTest::keyClicks(edit(dialog), QStringLiteral("1"));
        QVERIFY(ok(dialog)->isEnabled());
        QTest::keyClick(edit(dialog), Qt::Key_Backspace);
        QVERIFY(!ok(dialog)->isEnabled());
    }

    // Unlocking and leaving kiosk mode take separate PINs, but guesses at one count for the other:
    // a guesser gains no attempts by switching dialogs.
    void unlockingAndLeavingShareTheLockout()
    {
        {
            PinDialog leave(m_pinHash, PinThrottle::defaultFilePath());
            leave.show();
            QCOMPARE(leave.windowTitle(), QStringLiteral("Leave kiosk mode"));
            QVERIFY(!leave.findChild<QLineEdit *>(QStringLiteral("unlockKeyIdEdit"))->isVisible());
            for (int attempt = 1; attempt <= PinThrottle::kFreeAttempts; ++attempt) {
                answer(leave, QStringLiteral("111111"));
            }
        }
        KeptKeyUnlock keptKeys(QStringLiteral("127.0.0.1:1"));
        PinDialog unlock(&keptKeys, QStringLiteral("alice"));
        unlock.show();
        QCOMPARE(unlock.windowTitle(), QStringLiteral("Unlock the station"));
        auto *keyId = unlock.findChild<QLineEdit *>(QStringLiteral("unlockKeyIdEdit"));
        QVERIFY(keyId->isVisible());
        QCOMPARE(keyId->text(), QStringLiteral("alice"));
        QVERIFY(!keyId->accessibleName().isEmpty());
        QVERIFY(!edit(unlock)->isEnabled());
        QVERIFY(error(unlock)->text().contains(QLatin1String("Try again in")));
    }

    void theCountdownGoesDown()
    {
        PinThrottle throttle;
        for (int attempt = 1; attempt <= PinThrottle::kFreeAttempts; ++attempt) {
            QVERIFY(throttle.beginAttempt());
        }
        PinDialog dialog(m_pinHash, PinThrottle::defaultFilePath());
        dialog.show();
        const QString before = error(dialog)->text();
        QTRY_VERIFY_WITH_TIMEOUT(error(dialog)->text() != before, 5000);
        QVERIFY(error(dialog)->text().contains(QLatin1String("Try again in")));
    }
};

QTEST_MAIN(TestPinDialog)
#include "tst_pindialog.moc"
