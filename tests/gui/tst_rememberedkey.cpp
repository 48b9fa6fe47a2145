#include "support/VigieWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>

// With a real keychain (run inside tests/with-keyring.sh): "remember me" stores the key, the
// next start signs in without a dialog, and signing out forgets it.
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

    bool logSays(const QString &fragment) const
    {
        const ActivityLogModel *log = m_vigie.window->activityLog();
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row, 0).data().toString().contains(fragment)) {
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
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
        QTRY_VERIFY_WITH_TIMEOUT(logSays(QStringLiteral("remembered")), 10000);
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
};

QTEST_MAIN(TestRememberedKey)
#include "tst_rememberedkey.moc"
