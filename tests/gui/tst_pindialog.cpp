#include "kiosk/PinDialog.h"
#include "station/PinHash.h"
#include "station/PinThrottle.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The PIN dialog of a kiosk station: wrong PINs lock it for a while, and closing it, opening a
// new one or restarting Vigie (a new dialog reads the same count) does not lift the lockout.
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
        m_pinHash = PinHash::hash(QStringLiteral("246810"), PinHash::kMinimumIterations);
    }

    void init() { QFile::remove(PinThrottle::defaultFilePath()); }

    void theRightPinIsAccepted()
    {
        PinDialog dialog(m_pinHash);
        dialog.show();
        answer(dialog, QStringLiteral("246810"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void lockoutOutlivesTheDialog()
    {
        {
            PinDialog dialog(m_pinHash);
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
        PinDialog reopened(m_pinHash);
        reopened.show();
        QVERIFY(error(reopened)->isVisible());
        QVERIFY2(error(reopened)->text().contains(QLatin1String("Try again in")), qPrintable(error(reopened)->text()));
        QVERIFY(!ok(reopened)->isEnabled());
        QVERIFY(!edit(reopened)->isEnabled());
    }

    void theCountdownGoesDown()
    {
        PinThrottle throttle;
        for (int attempt = 1; attempt <= PinThrottle::kFreeAttempts; ++attempt) {
            QVERIFY(throttle.beginAttempt());
        }
        PinDialog dialog(m_pinHash);
        dialog.show();
        const QString before = error(dialog)->text();
        QTRY_VERIFY_WITH_TIMEOUT(error(dialog)->text() != before, 5000);
        QVERIFY(error(dialog)->text().contains(QLatin1String("Try again in")));
    }
};

QTEST_MAIN(TestPinDialog)
#include "tst_pindialog.moc"
