// SPDX-License-Identifier: Apache-2.0
#include "credentials/ProxyCredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A kiosk's administrator gives the proxy's credentials once with `vigie --store-proxy-credentials`,
// in the station's account: they land in that account's keychain as the station's entry, which every
// supervisor's sign-in through the proxy then reads, and nowhere else (no file, no output).
// Runs in a private keyring session (with-keyring.sh).
class TestProxyCredentialsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAdministratorsCredentialsServeEverySupervisor();
    void aStationWithoutAProxyHasNothingToStore();

private:
    // The configuration an administrator provisions; returns its path.
    QString configuration(const QString &proxy);
    static int run(const QString &configuration, const QByteArray &input, QByteArray *output);

    QTemporaryDir m_dir;
};

QString TestProxyCredentialsCommand::configuration(const QString &proxy)
{
    const QString path = m_dir.filePath(QStringLiteral("Vigie-%1.conf").arg(qHash(proxy)));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("[Network]\nProxy=" + proxy.toUtf8() + "\n");
    }
    return path;
}

int TestProxyCredentialsCommand::run(const QString &configuration, const QByteArray &input, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VIGIE_BINARY),
        { QStringLiteral("--config"), configuration, QStringLiteral("--store-proxy-credentials") });
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        return -1;
    }
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

void TestProxyCredentialsCommand::theAdministratorsCredentialsServeEverySupervisor()
{
    const QString configured = configuration(QStringLiteral("http://proxy.vigie.test:3128"));
    QByteArray output;
    QCOMPARE(run(configured, "kiosk-7\nStation-pass1\n", &output), 0);
    QVERIFY2(output.contains("proxy.vigie.test:3128"), output.constData());
    QVERIFY2(!output.contains("Station-pass1") && !output.contains("kiosk-7"), output.constData());

    // What a supervisor's sign-in reads: they kept none of their own, so the station's.
    ProxyCredentialStore store;
    QSignalSpy loaded(&store, &ProxyCredentialStore::loaded);
    QSignalSpy notFound(&store, &ProxyCredentialStore::notFound);
    QSignalSpy failed(&store, &ProxyCredentialStore::failed);
    store.load(QStringLiteral("proxy.vigie.test:3128"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + notFound.count() + failed.count(), 1, 10000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("kiosk-7"));
    QCOMPARE(loaded.first().at(2).toString(), QStringLiteral("Station-pass1"));

    // Never in a file: not the configuration, nothing under the account's home (the keyring's own
    // file is encrypted).
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList read;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
            QVERIFY2(!file.readAll().contains("Station-pass1"), qPrintable(file.fileName()));
            read << file.fileName();
        }
    }
    QVERIFY(!read.isEmpty());
    QFile file(configured);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Station-pass1"));

    // A supervisor's own entry, where one was kept, comes first: the station's is the fallback.
    QSignalSpy saved(&store, &ProxyCredentialStore::saved);
    store.save(QStringLiteral("proxy.vigie.test:3128"), QStringLiteral("jdupont"), QStringLiteral("Own-pass1"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    loaded.clear();
    store.load(QStringLiteral("proxy.vigie.test:3128"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("jdupont"));
}

void TestProxyCredentialsCommand::aStationWithoutAProxyHasNothingToStore()
{
    QByteArray output;
    QCOMPARE(run(configuration(QStringLiteral("none")), "kiosk-7\nStation-pass2\n", &output), 2);
    QVERIFY2(output.contains("without a proxy"), output.constData());
    QVERIFY(!output.contains("Station-pass2"));
}

QTEST_GUILESS_MAIN(TestProxyCredentialsCommand)
#include "tst_proxycredentialscommand.moc"
