// SPDX-License-Identifier: Apache-2.0
// The site registry's password in the station's keychain: given once with `vigie
// --store-registry-password`, read by the station before its registry's link connects. Against a
// PostgreSQL 15 server of the test's own that asks one station's role for a password
// (support/PostgresServer.h) and a real Secret Service (with-keyring.sh).
#include "credentials/RegistryPasswordStore.h"
#include "registry/SiteRegistry.h"
#include "support/PostgresServer.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// The test's password has a space, a quote and a non-ASCII letter: libpq's connection string must
// quote it, and the command must read it as one line of UTF-8.
const QString kPassword = QStringLiteral("Reg pass'7\u00e9");

// Every message this process logs (the station's log), beside stderr.
QStringList loggedLines;
QtMessageHandler previousHandler = nullptr;
void keepLogged(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedLines.append(message);
    previousHandler(type, context, message);
}
} // namespace

class TestRegistryPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutItsPasswordTheStationIsRefused();
    void withoutAKeychainTheCommandSaysSoAndStoresNothing();
    void theStoredPasswordLetsTheStationConnect();
    void aStationWithoutARegistryHasNoPasswordToStore();
    void onATerminalThePasswordIsTypedWithoutEcho();

private:
    std::unique_ptr<SiteRegistry> startStation(const QString &station);
    // Runs `vigie --config FILE --store-registry-password` with input on standard input (FILE: the
    // configuration with [Registry], unless given).
    int storePassword(
        const QByteArray &input, QByteArray *output, bool withKeychain = true, const QString &configuration = {});
    // Runs vigie with these arguments (and these variables added to the environment); its standard
    // output and error in output.
    static int runVigie(const QStringList &arguments, const QByteArray &input, QByteArray *output, bool withKeychain,
        const QMap<QString, QString> &variables = {});
    // `vigie --verify-audit --against registry` for QA1, which reaches the registry as the station does.
    int verifyAgainstRegistry(QByteArray *output, const QMap<QString, QString> &variables = {});
    static bool outcomeWithin(const SiteRegistry &registry, int milliseconds);
    // What the keychain holds for QA1's role (empty: nothing).
    QString keptForQa1() const;

    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_configuration;
};

void TestRegistryPassword::initTestCase()
{
    previousHandler = qInstallMessageHandler(keepLogged);
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started (is the postgresql package installed?)");
    QVERIFY(m_server->provision({ QStringLiteral("QA1"), QStringLiteral("QA2") }));
    QVERIFY(m_server->requirePassword(PostgresServer::roleFor(QStringLiteral("QA1")), kPassword));

    // The administrator's [Registry], as the station reads it.
    const RegistrySettings qa1 = m_server->settingsFor(QStringLiteral("QA1"));
    m_configuration = m_dir.filePath(QStringLiteral("Vigie.conf"));
    QFile file(m_configuration);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[Registry]\nHost=%1\nPort=%2\nUser=%3\nStation=QA1\n")
                   .arg(qa1.host, qa1.port, qa1.user)
                   .toUtf8());
}

void TestRegistryPassword::cleanupTestCase()
{
    m_server.reset();
    qInstallMessageHandler(previousHandler);
}

std::unique_ptr<SiteRegistry> TestRegistryPassword::startStation(const QString &station)
{
    auto registry = std::make_unique<SiteRegistry>(
        m_server->settingsFor(station), m_dir.filePath(station + QStringLiteral(".outbox")));
    registry->start();
    return registry;
}

bool TestRegistryPassword::outcomeWithin(const SiteRegistry &registry, int milliseconds)
{
    return QTest::qWaitFor([&] { return registry.isUp() || registry.isDown(); }, milliseconds);
}

int TestRegistryPassword::storePassword(
    const QByteArray &input, QByteArray *output, bool withKeychain, const QString &configuration)
{
    return runVigie({ QStringLiteral("--config"), configuration.isEmpty() ? m_configuration : configuration,
                        QStringLiteral("--store-registry-password") },
        input, output, withKeychain);
}

int TestRegistryPassword::verifyAgainstRegistry(QByteArray *output, const QMap<QString, QString> &variables)
{
    return runVigie(
        { QStringLiteral("--config"), m_configuration, QStringLiteral("--verify-audit"), QStringLiteral("--against"),
            QStringLiteral("registry"), QStringLiteral("--audit-log"), m_dir.filePath(QStringLiteral("qa1.jsonl")),
            QStringLiteral("--ledger"), m_dir.filePath(QStringLiteral("qa1.ledger")) },
        {}, output, true, variables);
}

int TestRegistryPassword::runVigie(const QStringList &arguments, const QByteArray &input, QByteArray *output,
    bool withKeychain, const QMap<QString, QString> &variables)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto variable = variables.cbegin(); variable != variables.cend(); ++variable) {
        environment.insert(variable.key(), variable.value());
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!withKeychain) {
        // No session bus, so no Secret Service: QtKeychain fails, as on a station without a keychain.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VIGIE_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        return -1;
    }
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

void TestRegistryPassword::withoutItsPasswordTheStationIsRefused()
{
    // Nothing in the keychain, no ~/.pgpass: the server refuses QA1's role.
    std::unique_ptr<SiteRegistry> qa1 = startStation(QStringLiteral("QA1"));
    QVERIFY(outcomeWithin(*qa1, 15000));
    QVERIFY(qa1->isDown());
    QVERIFY2(qa1->problem().contains(QLatin1String("no password supplied")), qPrintable(qa1->problem()));
    QByteArray output;
    QCOMPARE(verifyAgainstRegistry(&output), 1);
    QVERIFY2(output.contains("cannot be read") && output.contains("no password supplied"), output.constData());

    // A role the server trusts is not held back by the keychain's empty answer.
    std::unique_ptr<SiteRegistry> qa2 = startStation(QStringLiteral("QA2"));
    QVERIFY(outcomeWithin(*qa2, 15000));
    QVERIFY2(qa2->isUp(), qPrintable(qa2->problem()));
    // Said once each, though QA1 keeps trying.
    QTest::qWait(RegistryLink::kPollMs + 500);
    for (const QString &role : { QStringLiteral("station_qa1@"), QStringLiteral("station_qa2@") }) {
        const auto said = std::count_if(loggedLines.cbegin(), loggedLines.cend(), [&](const QString &line) {
            return line.contains(QLatin1String("no password from the keychain")) && line.contains(role);
        });
        QCOMPARE(said, 1);
    }
}

void TestRegistryPassword::withoutAKeychainTheCommandSaysSoAndStoresNothing()
{
    QByteArray output;
    QCOMPARE(storePassword(kPassword.toUtf8() + '\n', &output, false), 1);
    QVERIFY2(output.contains("keychain did not keep"), output.constData());
    QVERIFY2(!output.contains(kPassword.toUtf8()), output.constData());

    QCOMPARE(keptForQa1(), QString());
}

void TestRegistryPassword::theStoredPasswordLetsTheStationConnect()
{
    // What the keychain holds is what the station gives: a wrong one is refused by the server...
    QByteArray output;
    QCOMPARE(storePassword("not the role's password\n", &output), 0);
    {
        std::unique_ptr<SiteRegistry> qa1 = startStation(QStringLiteral("QA1"));
        QVERIFY(outcomeWithin(*qa1, 15000));
        QVERIFY(qa1->isDown());
        QVERIFY2(qa1->problem().contains(QLatin1String("password authentication failed")), qPrintable(qa1->problem()));
    }

    // ...and the right one, stored again over it, lets the station in.
    QCOMPARE(storePassword(kPassword.toUtf8() + '\n', &output), 0);
    const QString entry = QStringLiteral("registry:station_qa1@%1:5432/vigie").arg(m_server->socketFolder());
    QCOMPARE(RegistryPasswordStore::entryFor(m_server->settingsFor(QStringLiteral("QA1"))), entry);
    QVERIFY2(output.contains(entry.toUtf8()), output.constData());
    QVERIFY2(!output.contains(kPassword.toUtf8()), output.constData());

    // Read back as the station reads it: the station's entry for that role and database.
    QCOMPARE(keptForQa1(), kPassword);

    std::unique_ptr<SiteRegistry> qa1 = startStation(QStringLiteral("QA1"));
    QVERIFY(outcomeWithin(*qa1, 15000));
    QVERIFY2(qa1->isUp(), qPrintable(qa1->problem()));
    // The commands that read the registry's audit copy reach it the same way.
    QCOMPARE(verifyAgainstRegistry(&output), 0);
    QVERIFY2(!output.contains("cannot be read") && !output.contains(kPassword.toUtf8()), output.constData());
    // Whoever launches Vigie cannot send that connection, and the password, elsewhere through
    // libpq's variables: the administrator's file names the server.
    QCOMPARE(verifyAgainstRegistry(&output,
                 { { QStringLiteral("PGHOSTADDR"), QStringLiteral("192.0.2.1") },
                     { QStringLiteral("PGSERVICEFILE"), m_dir.filePath(QStringLiteral("no-such-service-file")) } }),
        0);

    // Never in a log line of the station, in the configuration, or in any file of the account (the
    // keyring's own file is encrypted).
    QVERIFY(!loggedLines.isEmpty());
    for (const QString &line : std::as_const(loggedLines)) {
        QVERIFY2(!line.contains(kPassword), qPrintable(line));
    }
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
            QVERIFY2(!file.readAll().contains(kPassword.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QFile configuration(m_configuration);
    QVERIFY(configuration.open(QIODevice::ReadOnly));
    QVERIFY(!configuration.readAll().contains(kPassword.toUtf8()));
}

void TestRegistryPassword::aStationWithoutARegistryHasNoPasswordToStore()
{
    const QString alone = m_dir.filePath(QStringLiteral("Alone.conf"));
    QFile file(alone);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Recording]\nPurposes=Training\n");
    file.close();
    QByteArray output;
    QCOMPARE(storePassword(kPassword.toUtf8() + '\n', &output, true, alone), 2);
    QVERIFY2(output.contains("needs [Registry] Host"), output.constData());
}

QString TestRegistryPassword::keptForQa1() const
{
    RegistryPasswordStore store;
    QSignalSpy loaded(&store, &RegistryPasswordStore::loaded);
    QSignalSpy notFound(&store, &RegistryPasswordStore::notFound);
    QSignalSpy failed(&store, &RegistryPasswordStore::failed);
    store.load(m_server->settingsFor(QStringLiteral("QA1")));
    if (!QTest::qWaitFor([&] { return loaded.count() + notFound.count() + failed.count() > 0; }, 10000)) {
        return {};
    }
    return loaded.isEmpty() ? QString() : loaded.first().at(0).toString();
}

// The administrator's usual way: typed at the prompt, which names the entry, and never shown.
void TestRegistryPassword::onATerminalThePasswordIsTypedWithoutEcho()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QSKIP("python3 is needed to drive a pseudo-terminal");
    }
    QByteArray output;
    QCOMPARE(storePassword("an older password\n", &output), 0);
    QCOMPARE(keptForQa1(), QStringLiteral("an older password"));

    QProcess process;
    process.start(python,
        { QStringLiteral(TYPE_ON_TERMINAL), QStringLiteral("/vigie: "), kPassword, QStringLiteral("--"),
            QStringLiteral(VIGIE_BINARY), QStringLiteral("--config"), m_configuration,
            QStringLiteral("--store-registry-password") });
    QVERIFY(process.waitForFinished(30000));
    const QByteArray terminal = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, QByteArray(terminal + process.readAllStandardError()).constData());
    QVERIFY2(terminal.contains("Password of registry:station_qa1@"), terminal.constData());
    QVERIFY2(!terminal.contains(kPassword.toUtf8()), terminal.constData()); // echo was off
    QCOMPARE(keptForQa1(), kPassword);
}

QTEST_GUILESS_MAIN(TestRegistryPassword)
#include "tst_registrypassword.moc"
