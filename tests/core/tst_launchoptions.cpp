// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"
#include "launch/LaunchOptions.h"
#include "recording/RecordingLedger.h"
#include "station/PinHash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

Q_DECLARE_METATYPE(CxoneEnvironment::RecordingApi)
Q_DECLARE_METATYPE(NetworkSettings::Proxy)

// The command line: what it accepts, what it refuses, the demo defaults, and the station
// policy it leads to.
class TestLaunchOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void scopeComesFromTheAdministrator_data();
    void scopeComesFromTheAdministrator();
    void auditRecordingAndKioskComeFromTheAdministrator();
    void policyComesFromTheAdministrator();
    void aPolicyKeepsTheTrailItCountsFrom();
    void theLedgerAndTrailStayWhereTheAdministratorKeepsThem();
    void theEnvironmentCannotMoveTheAdministratorsEvidence_data();
    void theEnvironmentCannotMoveTheAdministratorsEvidence();
    void aRelativeDataFolderIsRefused();
    void fullReloadIntervalIsBoundedMinutes_data();
    void fullReloadIntervalIsBoundedMinutes();
    void urlsMustBeHttpsUnlessLoopback_data();
    void urlsMustBeHttpsUnlessLoopback();
    void languageIsFrenchOrEnglish();
    void demoUsesTheSimulatorRegistration();
    void selfTestNeedsTheDemo();
    void theDemoSignsInAsTheQualitySupervisorWhenAsked();
    void configFileProvidesTheEnvironment();
    void recordingApiSpelling_data();
    void recordingApiSpelling();
    void kioskNeedsAPinAnExportFolderAndSaneDefaults_data();
    void kioskNeedsAPinAnExportFolderAndSaneDefaults();
    void anOldPinHashStartsTheKioskWithAWarningToReplaceIt_data();
    void anOldPinHashStartsTheKioskWithAWarningToReplaceIt();
    void demoFaultsAreParsed();
    void theRegistrysEvidenceNeedsARegistry();
    void numericOptionsAreRangeChecked_data();
    void demoAtADistance();
    void networkSettingsAreReadAndChecked_data();
    void networkSettingsAreReadAndChecked();
    void theNetworkComesFromTheAdministrator();
    void numericOptionsAreRangeChecked();
    void stationPolicyPlacesTheLedgerAndTheAuditTrail_data();
    void stationPolicyPlacesTheLedgerAndTheAuditTrail();
    void onlyAKioskLocksAndMayRefuseTheKeychain_data();
    void onlyAKioskLocksAndMayRefuseTheKeychain();
    void startLanguagePrecedence_data();
    void startLanguagePrecedence();

private:
    static QString parse(const QStringList &arguments, LaunchOptions *options);

    QTemporaryDir m_systemDir;
    static QString withArgon2Parameters(const QString &parameters);
    QString systemFile() const;
};

QString TestLaunchOptions::parse(const QStringList &arguments, LaunchOptions *options)
{
    QCommandLineParser parser;
    LaunchOptions::addTo(parser);
    if (!parser.parse(QStringList { QStringLiteral("vigie") } + arguments)) {
        return parser.errorText();
    }
    const QString error = options->readFrom(parser);
    return error.isEmpty() ? options->kioskProblem() : error;
}

// An Argon2id hash of "135790" with these parameters in place of --hash-pin's.
QString TestLaunchOptions::withArgon2Parameters(const QString &parameters)
{
    QStringList parts = PinHash::hash(QStringLiteral("135790")).split(QLatin1Char('$'));
    parts[3] = parameters;
    return parts.join(QLatin1Char('$'));
}

// The administrator's system-wide file, as /etc/xdg/Vigie/Vigie.conf would be.
QString TestLaunchOptions::systemFile() const { return m_systemDir.filePath(QStringLiteral("Vigie/Vigie.conf")); }

void TestLaunchOptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_systemDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_systemDir.path());
}

void TestLaunchOptions::cleanup() { QFile::remove(systemFile()); }

// Scope/Teams and Scope/LedTeams come from the administrator: the system-wide file's scope
// binds every launch, and a --config file of one's own cannot take it away.
void TestLaunchOptions::scopeComesFromTheAdministrator_data()
{
    QTest::addColumn<QString>("systemScope");
    QTest::addColumn<QString>("ownScope");
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<bool>("ledTeams");
    QTest::newRow("none: every agent") << QString() << QString() << QStringList {} << false;
    QTest::newRow("system-wide names and IDs")
        << QStringLiteral("Teams=Billing Montréal, 15\nLedTeams=true") << QString()
        << QStringList { QStringLiteral("Billing Montréal"), QStringLiteral("15") } << true;
    QTest::newRow("led teams alone") << QStringLiteral("LedTeams=true") << QString() << QStringList {} << true;
    QTest::newRow("a --config file where the system sets none")
        << QString() << QStringLiteral("Teams=Support") << QStringList { QStringLiteral("Support") } << false;
    QTest::newRow("a --config file cannot widen the system's")
        << QStringLiteral("Teams=Support") << QStringLiteral("Teams=") << QStringList { QStringLiteral("Support") }
        << false;
}

void TestLaunchOptions::scopeComesFromTheAdministrator()
{
    QFETCH(QString, systemScope);
    QFETCH(QString, ownScope);
    QFETCH(QStringList, teams);
    QFETCH(bool, ledTeams);
    auto write = [](const QString &path, const QString &scope) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("[CXone]\nClientId=vigie-prod\n[Scope]\n%1\n").arg(scope).toUtf8());
    };
    if (!systemScope.isEmpty()) {
        write(systemFile(), systemScope);
    }
    QStringList arguments;
    QTemporaryDir dir;
    if (!ownScope.isEmpty()) {
        const QString own = dir.filePath(QStringLiteral("own.conf"));
        write(own, ownScope);
        arguments << QStringLiteral("--config") << own;
    }
    LaunchOptions options;
    QCOMPARE(parse(arguments, &options), QString());
    QCOMPARE(options.scope.teams, teams);
    QCOMPARE(options.scope.ledTeams, ledTeams);
}

// The evidence, the purposes and the station's locking are the administrator's too: a --config
// file of one's own neither stops the forwarding, nor shortens the retention, nor adds a purpose,
// nor leaves kiosk mode, where the system-wide file sets them.
void TestLaunchOptions::auditRecordingAndKioskComeFromTheAdministrator()
{
    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        system.setValue(QStringLiteral("Audit/SyslogServer"), QStringLiteral("udp://127.0.0.1:5514"));
        system.setValue(QStringLiteral("Recording/Purposes"), QStringList { QStringLiteral("Coaching") });
        system.setValue(QStringLiteral("Kiosk/Kiosk"), true);
        system.setValue(QStringLiteral("Kiosk/PinHash"), PinHash::hash(QStringLiteral("135790")));
        system.setValue(QStringLiteral("Kiosk/ExportFolder"), m_systemDir.path());
    }
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.conf"));
    {
        QSettings settings(own, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Audit/RetentionDays"), 1);
        settings.setValue(QStringLiteral("Recording/Purposes"), QStringList { QStringLiteral("Anything") });
        settings.setValue(QStringLiteral("Kiosk/Kiosk"), false);
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), own }, &options), QString());
    QCOMPARE(options.configFile, own);
    // The administrator's [Audit] leaves the retention unset: Vigie's default, not one's own day.
    QCOMPARE(options.auditRetentionDays, AuditLog::kDefaultRetentionDays);
    QVERIFY(options.auditSyslog.isEnabled());
    QCOMPARE(options.purposes, QStringList { QStringLiteral("Coaching") });
    QVERIFY(options.kiosk);
    QCOMPARE(options.exportFolder, m_systemDir.path());

    // What the system-wide file leaves unset stays the supervisor's to choose.
    QFile::remove(systemFile());
    LaunchOptions unmanaged;
    QCOMPARE(parse({ QStringLiteral("--config"), own }, &unmanaged), QString());
    QCOMPARE(unmanaged.auditRetentionDays, 1);
    QVERIFY(!unmanaged.kiosk);
    QCOMPARE(unmanaged.purposes, QStringList { QStringLiteral("Anything") });
}

// The works council's policy is the administrator's: a --config file of one's own can neither
// loosen a cap nor drop a rule the system-wide file sets; the group reads as a whole.
void TestLaunchOptions::policyComesFromTheAdministrator()
{
    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        system.setValue(QStringLiteral("Policy/Purposes"), QStringList { QStringLiteral("Training:30") });
        system.setValue(QStringLiteral("Policy/RecordingsPer7Days"), 3);
    }
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.conf"));
    {
        QSettings settings(own, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Policy/Purposes"), QStringList { QStringLiteral("Anything") });
        settings.setValue(QStringLiteral("Policy/RecordingsPer7Days"), 100);
        settings.setValue(QStringLiteral("Policy/MinutesPer30Days"), 5000);
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), own }, &options), QString());
    QCOMPARE(options.recordingPolicy.purposeNames(), QStringList { QStringLiteral("Training") });
    QCOMPARE(options.recordingPolicy.longestSecondsFor(QStringLiteral("Training")), 30 * 60);
    QCOMPARE(options.recordingPolicy.recordingsPer7Days, 3);
    QCOMPARE(options.recordingPolicy.minutesPer30Days, 0);

    // A policy the administrator wrote wrong stops the launch, naming the file.
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("Policy/RecordingsPer7Days"), QStringLiteral("three"));
    }
    LaunchOptions refused;
    const QString error = parse({ QStringLiteral("--config"), own }, &refused);
    QVERIFY2(
        error.contains(QLatin1String("Policy/RecordingsPer7Days")) && error.contains(systemFile()), qPrintable(error));

    // Without the administrator's, one's own file sets it (as for the other groups).
    QFile::remove(systemFile());
    LaunchOptions unmanaged;
    QCOMPARE(parse({ QStringLiteral("--config"), own }, &unmanaged), QString());
    QCOMPARE(unmanaged.recordingPolicy.recordingsPer7Days, 100);
}

// The caps count from this station's trail: where the administrator sets only [Policy], a trail
// of one's own or a retention that purges what the caps count would reset them.
void TestLaunchOptions::aPolicyKeepsTheTrailItCountsFrom()
{
    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        system.setValue(QStringLiteral("Policy/RecordingsPer30Days"), 8);
    }
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.conf"));
    {
        QSettings settings(own, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Audit/RetentionDays"), 1);
    }
    LaunchOptions ownTrail;
    QVERIFY(parse({ QStringLiteral("--audit-log"), dir.filePath(QStringLiteral("fresh.jsonl")) }, &ownTrail)
                .contains(QLatin1String("--ledger and --audit-log are refused")));
    LaunchOptions shortRetention;
    const QString error = parse({ QStringLiteral("--config"), own }, &shortRetention);
    QVERIFY2(error.contains(QLatin1String("Audit/RetentionDays must keep at least 31 days, not 1")), qPrintable(error));
    LaunchOptions defaults;
    QCOMPARE(parse({}, &defaults), QString());
    QCOMPARE(defaults.recordingPolicy.recordingsPer30Days, 8);
}

// Where the ledger and the trail are is the administrator's too: on a managed station a
// supervisor cannot keep their recordings in a ledger and trail of their own, out of sight of
// the next supervisor and of the station's trail. Reading one stays possible.
void TestLaunchOptions::theLedgerAndTrailStayWhereTheAdministratorKeepsThem()
{
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.conf"));
    {
        QSettings settings(own, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
    }
    const QString ledger = dir.filePath(QStringLiteral("private.json"));
    const QString trail = dir.filePath(QStringLiteral("private.jsonl"));
    LaunchOptions unmanaged;
    QCOMPARE(parse({ QStringLiteral("--config"), own, QStringLiteral("--ledger"), ledger }, &unmanaged), QString());
    QCOMPARE(unmanaged.stationPolicy().ledgerPath, ledger);

    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("Audit/SyslogServer"), QStringLiteral("local"));
    }
    LaunchOptions ownLedger;
    QVERIFY(parse({ QStringLiteral("--config"), own, QStringLiteral("--ledger"), ledger }, &ownLedger)
                .contains(QLatin1String("--ledger and --audit-log are refused")));
    LaunchOptions ownTrail;
    QVERIFY(parse({ QStringLiteral("--config"), own, QStringLiteral("--audit-log"), trail }, &ownTrail)
                .contains(QLatin1String("--ledger and --audit-log are refused")));
    LaunchOptions verifying;
    QCOMPARE(parse({ QStringLiteral("--config"), own, QStringLiteral("--verify-audit"), QStringLiteral("--audit-log"),
                       trail },
                 &verifying),
        QString());
    LaunchOptions demo;
    QCOMPARE(parse({ QStringLiteral("--demo"), QStringLiteral("--ledger"), ledger }, &demo), QString());

    // A station whose administrator sets only the kiosk is bound the same way.
    QFile::remove(systemFile());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("Kiosk/IdleLockMinutes"), 5);
    }
    LaunchOptions kioskLedger;
    QVERIFY(parse({ QStringLiteral("--config"), own, QStringLiteral("--ledger"), ledger }, &kioskLedger)
                .contains(QLatin1String("--ledger and --audit-log are refused")));
}

// Nor can the environment move them: HOME and XDG_DATA_HOME are whoever launches Vigie's to set.
void TestLaunchOptions::theEnvironmentCannotMoveTheAdministratorsEvidence_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("folder"); // empty: the account's own data folder
    QTest::newRow("[Audit]") << QStringLiteral("[Audit]\nSyslogServer=local\n") << QString();
    QTest::newRow("[Kiosk]") << QStringLiteral("[Kiosk]\nIdleLockMinutes=5\n") << QString();
    QTest::newRow("[Audit] DataFolder") << QStringLiteral("[Audit]\nDataFolder=/srv/vigie/evidence\n")
                                        << QStringLiteral("/srv/vigie/evidence");
}

void TestLaunchOptions::theEnvironmentCannotMoveTheAdministratorsEvidence()
{
    QFETCH(QString, system);
    QFETCH(QString, folder);
    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QFile file(systemFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(system.toUtf8());
    }
    const QByteArray home = qgetenv("HOME");
    const QByteArray dataHome = qgetenv("XDG_DATA_HOME");
    qputenv("HOME", "/tmp/alt");
    qputenv("XDG_DATA_HOME", "/tmp/alt/share");
    LaunchOptions options;
    const QString error = parse({ QStringLiteral("--api-url"), QStringLiteral("https://api.example") }, &options);
    const StationPolicy policy = options.stationPolicy();
    qputenv("HOME", home);
    dataHome.isNull() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", dataHome);
    QCOMPARE(error, QString());

    const passwd *account = ::getpwuid(::getuid());
    QVERIFY(account);
    const QString expected = !folder.isEmpty() ? folder
                                               : QFile::decodeName(account->pw_dir)
            + QStringLiteral("/.local/share/%1/%2")
                  .arg(QCoreApplication::organizationName(), QCoreApplication::applicationName());
    QCOMPARE(policy.ledgerPath, expected + QStringLiteral("/recordings.json"));
    QCOMPARE(policy.auditPath, expected + QStringLiteral("/audit.jsonl"));
    QVERIFY(!policy.ledgerPath.contains(QLatin1String("/tmp/alt")));
    QCOMPARE(policy.pinAttemptsPath, expected + QStringLiteral("/pin-attempts.json")); // a lockout stays
    // The administrator's own folder keeps the mode they gave it; Vigie's is narrowed.
    QCOMPARE(policy.privateFolder, folder.isEmpty() ? expected : QString());
}

void TestLaunchOptions::aRelativeDataFolderIsRefused()
{
    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QFile file(systemFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[Audit]\nDataFolder=evidence\n");
    }
    LaunchOptions options;
    QVERIFY(parse({ QStringLiteral("--api-url"), QStringLiteral("https://api.example") }, &options)
                .contains(QLatin1String("Audit/DataFolder must be an absolute path")));
}

// Agents/FullReloadMinutes: how often every state is asked for again, to catch what deltas missed.
void TestLaunchOptions::fullReloadIntervalIsBoundedMinutes_data()
{
    QTest::addColumn<QVariant>("configured");
    QTest::addColumn<int>("minutes");
    QTest::newRow("unset: a quarter of an hour") << QVariant() << 15;
    QTest::newRow("half an hour") << QVariant(30) << 30;
    QTest::newRow("zero: every minute at most") << QVariant(0) << 1;
    QTest::newRow("above a day: once a day") << QVariant(5000) << 24 * 60;
}

void TestLaunchOptions::fullReloadIntervalIsBoundedMinutes()
{
    QFETCH(QVariant, configured);
    QFETCH(int, minutes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agents.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        if (configured.isValid()) {
            settings.setValue(QStringLiteral("Agents/FullReloadMinutes"), configured);
        }
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), path }, &options), QString());
    QCOMPARE(options.fullReloadMinutes, minutes);
}

void TestLaunchOptions::urlsMustBeHttpsUnlessLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://cxone.niceincontact.com") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http remote") << QStringLiteral("http://cxone.niceincontact.com") << false;
    QTest::newRow("http private network") << QStringLiteral("http://10.0.0.5") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestLaunchOptions::urlsMustBeHttpsUnlessLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    LaunchOptions authOptions;
    QCOMPARE(parse({ QStringLiteral("--auth-url"), url }, &authOptions).isEmpty(), accepted);
    LaunchOptions apiOptions;
    QCOMPARE(parse({ QStringLiteral("--api-url"), url }, &apiOptions).isEmpty(), accepted);
}

void TestLaunchOptions::languageIsFrenchOrEnglish()
{
    LaunchOptions french;
    QCOMPARE(parse({ QStringLiteral("--language"), QStringLiteral("fr") }, &french), QString());
    QCOMPARE(french.language, QStringLiteral("fr"));
    LaunchOptions german;
    QVERIFY(!parse({ QStringLiteral("--language"), QStringLiteral("de") }, &german).isEmpty());
}

void TestLaunchOptions::demoUsesTheSimulatorRegistration()
{
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--demo"), QStringLiteral("--demo-agents"), QStringLiteral("500"),
                       QStringLiteral("--demo-seed"), QStringLiteral("7") },
                 &options),
        QString());
    QVERIFY(options.demo);
    QCOMPARE(options.simulator.agentCount, 500);
    QCOMPARE(options.simulator.seed, 7u);
    QCOMPARE(options.environment.clientId, options.simulator.clientId);
}

void TestLaunchOptions::selfTestNeedsTheDemo()
{
    LaunchOptions options;
    QVERIFY(!parse({ QStringLiteral("--self-test") }, &options).isEmpty());
}

void TestLaunchOptions::theDemoSignsInAsTheQualitySupervisorWhenAsked()
{
    LaunchOptions usual;
    QCOMPARE(parse({ QStringLiteral("--demo") }, &usual), QString());
    QCOMPARE(usual.demoKey().keyId, usual.simulator.demoKeyId);
    QCOMPARE(usual.demoKey().secret, usual.simulator.demoKeySecret);
    LaunchOptions quality;
    QCOMPARE(parse({ QStringLiteral("--demo"), QStringLiteral("--demo-as-quality-supervisor") }, &quality), QString());
    QCOMPARE(quality.demoKey().keyId, quality.simulator.qualityKeyId);
    QCOMPARE(quality.demoKey().secret, quality.simulator.qualityKeySecret);
    LaunchOptions withoutTheDemo;
    QCOMPARE(parse({ QStringLiteral("--demo-as-quality-supervisor") }, &withoutTheDemo),
        QStringLiteral("--demo-as-quality-supervisor signs in to the demo: add --demo"));
}

void TestLaunchOptions::configFileProvidesTheEnvironment()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/AuthUrl"), QStringLiteral("https://cxone.eu.example"));
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("CXone/UserIdField"), QStringLiteral("agentId"));
        settings.setValue(QStringLiteral("Kiosk/Kiosk"), true);
        settings.setValue(QStringLiteral("Kiosk/PinHash"), PinHash::hash(QStringLiteral("1357")));
        settings.setValue(QStringLiteral("Kiosk/ExportFolder"), dir.path());
        settings.setValue(
            QStringLiteral("Recording/Purposes"), QStringList { QStringLiteral(" Coaching "), QString() });
        settings.setValue(QStringLiteral("Recording/DefaultDurationSeconds"), 12600);
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), path }, &options), QString());
    QCOMPARE(options.environment.issuer, QUrl(QStringLiteral("https://cxone.eu.example")));
    QCOMPARE(options.environment.clientId, QStringLiteral("vigie-prod"));
    QCOMPARE(options.environment.userIdField, CxoneEnvironment::UserIdField::AgentId);
    QVERIFY(options.kiosk);
    QCOMPARE(options.purposes, QStringList { QStringLiteral("Coaching") });
    QCOMPARE(options.defaultDurationSeconds, 12600); // 3 h 30, the longest offered

    LaunchOptions missing;
    QVERIFY(!parse({ QStringLiteral("--config"), dir.filePath(QStringLiteral("absent.conf")) }, &missing).isEmpty());
}

// docs/cxone-contract.md#the-recording-endpoints: tenants may need the documented spelling of the endpoints or
// the /v1/ one; the configuration chooses, and the command line wins over it.
void TestLaunchOptions::recordingApiSpelling_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<CxoneEnvironment::RecordingApi>("api");
    using Api = CxoneEnvironment::RecordingApi;
    QTest::newRow("nothing: documented") << QString() << QString() << true << Api::Documented;
    QTest::newRow("configured v1") << QStringLiteral("v1") << QString() << true << Api::V1;
    QTest::newRow("configured documented") << QStringLiteral("documented") << QString() << true << Api::Documented;
    QTest::newRow("command line v1") << QString() << QStringLiteral("v1") << true << Api::V1;
    QTest::newRow("command line beats configuration")
        << QStringLiteral("v1") << QStringLiteral("documented") << true << Api::Documented;
    QTest::newRow("configured unknown") << QStringLiteral("v2") << QString() << false << Api::Documented;
    QTest::newRow("command line unknown") << QString() << QStringLiteral("V1") << false << Api::Documented;
}

void TestLaunchOptions::recordingApiSpelling()
{
    QFETCH(QString, configured);
    QFETCH(QString, commandLine);
    QFETCH(bool, accepted);
    QFETCH(CxoneEnvironment::RecordingApi, api);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("api.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        if (!configured.isEmpty()) {
            settings.setValue(QStringLiteral("CXone/RecordingApi"), configured);
        }
    }
    QStringList arguments { QStringLiteral("--config"), path };
    if (!commandLine.isEmpty()) {
        arguments << QStringLiteral("--recording-api") << commandLine;
    }
    LaunchOptions options;
    const QString error = parse(arguments, &options);
    QVERIFY2(error.isEmpty() == accepted, qPrintable(error));
    if (accepted) {
        QCOMPARE(options.environment.recordingApi, api);
        QCOMPARE(options.environment.recordingServicePath().contains(QLatin1String("/v1/")),
            api == CxoneEnvironment::RecordingApi::V1);
    }
}

void TestLaunchOptions::kioskNeedsAPinAnExportFolderAndSaneDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("no PIN hash") << QStringLiteral("Kiosk/PinHash") << QVariant(QString());
    QTest::newRow("PIN in clear") << QStringLiteral("Kiosk/PinHash") << QVariant(QStringLiteral("1357"));
    // Below the floor a stolen configuration is cheap to guess; far above it, each attempt
    // would make the station allocate gigabytes.
    QTest::newRow("PIN hash below the Argon2 floor")
        << QStringLiteral("Kiosk/PinHash") << QVariant(withArgon2Parameters(QStringLiteral("m=4096,t=1,p=1")));
    QTest::newRow("PIN hash asking for 4 GiB")
        << QStringLiteral("Kiosk/PinHash") << QVariant(withArgon2Parameters(QStringLiteral("m=4194304,t=3,p=1")));
    // An export would otherwise ask where to write, in a file dialog that browses the station.
    QTest::newRow("no export folder") << QStringLiteral("Kiosk/ExportFolder") << QVariant(QString());
    QTest::newRow("relative export folder")
        << QStringLiteral("Kiosk/ExportFolder") << QVariant(QStringLiteral("exports"));
    // The supervisor can choose 3 h 30 at most: a default above it could not be shown.
    QTest::newRow("default duration above 3 h 30")
        << QStringLiteral("Recording/DefaultDurationSeconds") << QVariant(12601);
    QTest::newRow("default duration too short") << QStringLiteral("Recording/DefaultDurationSeconds") << QVariant(4);
}

void TestLaunchOptions::kioskNeedsAPinAnExportFolderAndSaneDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Kiosk/Kiosk"), true);
        settings.setValue(QStringLiteral("Kiosk/PinHash"), PinHash::hash(QStringLiteral("1357")));
        settings.setValue(QStringLiteral("Kiosk/ExportFolder"), dir.path());
        settings.setValue(key, value);
    }
    LaunchOptions options;
    QVERIFY(!parse({ QStringLiteral("--config"), path }, &options).isEmpty());
}

// A PBKDF2 hash of an earlier version still opens the station, so an upgrade locks no one
// out, but the administrator is told, in words, to replace it.
void TestLaunchOptions::anOldPinHashStartsTheKioskWithAWarningToReplaceIt_data()
{
    QTest::addColumn<QString>("pinHash");
    QTest::addColumn<bool>("warned");
    QTest::newRow("Argon2id") << PinHash::hash(QStringLiteral("135790")) << false;
    QTest::newRow("PBKDF2") << QStringLiteral("pbkdf2-sha256$200000$MDEyMzQ1Njc4OWFiY2RlZg==$"
                                              "AeyPCuSYG8UHQjbwPRVcXcBM5ZlsmqfSe0OaGMapJJc=")
                            << true;
}

void TestLaunchOptions::anOldPinHashStartsTheKioskWithAWarningToReplaceIt()
{
    QFETCH(QString, pinHash);
    QFETCH(bool, warned);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Kiosk/Kiosk"), true);
        settings.setValue(QStringLiteral("Kiosk/PinHash"), pinHash);
        settings.setValue(QStringLiteral("Kiosk/ExportFolder"), dir.path());
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), path }, &options), QString());
    const QStringList warnings = options.kioskWarnings();
    QCOMPARE(warnings.size(), warned ? 1 : 0);
    if (warned) {
        QVERIFY(warnings.first().contains(QLatin1String("Kiosk/PinHash")));
        QVERIFY(warnings.first().contains(QLatin1String("vigie --hash-pin")));
    }
}

void TestLaunchOptions::demoFaultsAreParsed()
{
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--demo"), QStringLiteral("--demo-fault"), QStringLiteral("start-screen:403:1"),
                       QStringLiteral("--demo-fault"), QStringLiteral("agents/states:stall") },
                 &options),
        QString());
    QCOMPARE(options.demoFaults.size(), 2);
    QCOMPARE(options.demoFaults.at(0).status, 403);
    QCOMPARE(options.demoFaults.at(0).times, 1);
    QCOMPARE(options.demoFaults.at(1).kind, SimulatorFault::Kind::Stall);
    QCOMPARE(options.demoFaults.at(1).times, -1);
    for (const char *wrong : { "start-screen", "start-screen:999", ":403", "start-screen:403:0", "a:b:c:d" }) {
        LaunchOptions refused;
        QVERIFY2(!parse({ QStringLiteral("--demo"), QStringLiteral("--demo-fault"), QLatin1String(wrong) }, &refused)
                      .isEmpty(),
            wrong);
    }
}

void TestLaunchOptions::theRegistrysEvidenceNeedsARegistry()
{
    const QStringList verify { QStringLiteral("--verify-audit"), QStringLiteral("--against"),
        QStringLiteral("registry") };
    const QStringList report { QStringLiteral("--audit-report"), QStringLiteral("--registry"), QStringLiteral("--from"),
        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--output"), m_systemDir.filePath(QStringLiteral("site.csv")) };
    LaunchOptions alone;
    QCOMPARE(parse(verify, &alone), QStringLiteral("--against registry needs [Registry] Host in the configuration"));
    LaunchOptions aloneReport;
    QCOMPARE(parse(report, &aloneReport),
        QStringLiteral("--audit-report --registry needs [Registry] Host in the configuration"));

    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("Registry/Host"), QStringLiteral("/run/postgresql"));
        system.setValue(QStringLiteral("Registry/Station"), QStringLiteral("QA-2"));
    }
    LaunchOptions site;
    QCOMPARE(parse(verify, &site), QString());
    QVERIFY(site.verifiesAgainstRegistry());
    LaunchOptions siteReport;
    QCOMPARE(parse(report, &siteReport), QString());
    QVERIFY(siteReport.report.wholeSite);
    // A collector's file that happens to be called registry is named as a path.
    LaunchOptions collector;
    QCOMPARE(parse({ QStringLiteral("--verify-audit"), QStringLiteral("--against"), QStringLiteral("./registry") },
                 &collector),
        QString());
    QVERIFY(!collector.verifiesAgainstRegistry());
}

void TestLaunchOptions::numericOptionsAreRangeChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("refresh zero") << QStringList { QStringLiteral("--refresh-interval"), QStringLiteral("0") };
    QTest::newRow("refresh text") << QStringList { QStringLiteral("--refresh-interval"), QStringLiteral("fast") };
    QTest::newRow("port too big") << QStringList { QStringLiteral("--demo-port"), QStringLiteral("70000") };
    QTest::newRow("user id field") << QStringList { QStringLiteral("--user-id-field"), QStringLiteral("email") };
    QTest::newRow("page cap zero") << QStringList { QStringLiteral("--demo-page-cap"), QStringLiteral("0") };
    QTest::newRow("page cap over top") << QStringList { QStringLiteral("--demo-page-cap"), QStringLiteral("1001") };
    QTest::newRow("bandwidth zero") << QStringList { QStringLiteral("--demo-bandwidth"), QStringLiteral("0") };
}

void TestLaunchOptions::demoAtADistance()
{
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--demo"), QStringLiteral("--demo-page-cap"), QStringLiteral("100"),
                       QStringLiteral("--demo-latency"), QStringLiteral("60"), QStringLiteral("--demo-bandwidth"),
                       QStringLiteral("100000") },
                 &options),
        QString());
    QCOMPARE(options.simulator.maxPageSize, 100);
    QCOMPARE(options.simulator.latencyMs, 60);
    QCOMPARE(options.simulator.bandwidthKbps, 100000);
}

void TestLaunchOptions::networkSettingsAreReadAndChecked_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<NetworkSettings::Proxy>("mode");
    QTest::newRow("system by default") << QString() << QString() << true << NetworkSettings::Proxy::System;
    QTest::newRow("none") << QStringLiteral("none") << QString() << true << NetworkSettings::Proxy::None;
    QTest::newRow("given") << QStringLiteral("http://proxy.example.com:3128") << QStringLiteral("/etc/vigie/ca.pem")
                           << true << NetworkSettings::Proxy::Given;
    QTest::newRow("no port") << QStringLiteral("http://proxy.example.com") << QString() << false
                             << NetworkSettings::Proxy::System;
    QTest::newRow("credentials in the file")
        << QStringLiteral("http://jdupont:secret@proxy:3128") << QString() << false << NetworkSettings::Proxy::System;
    QTest::newRow("socks") << QStringLiteral("socks5://proxy:1080") << QString() << false
                           << NetworkSettings::Proxy::System;
    QTest::newRow("relative CA file") << QString() << QStringLiteral("ca.pem") << false
                                      << NetworkSettings::Proxy::System;
}

void TestLaunchOptions::networkSettingsAreReadAndChecked()
{
    QFETCH(QString, proxy);
    QFETCH(QString, caFile);
    QFETCH(bool, accepted);
    QFETCH(NetworkSettings::Proxy, mode);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("network.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("General/Language"), QStringLiteral("en")); // never an empty file
        if (!proxy.isEmpty()) {
            settings.setValue(QStringLiteral("Network/Proxy"), proxy);
        }
        if (!caFile.isEmpty()) {
            settings.setValue(QStringLiteral("Network/CaFile"), caFile);
        }
    }
    LaunchOptions options;
    const QString error = parse({ QStringLiteral("--config"), file }, &options);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(options.network.proxy, mode);
        QCOMPARE(options.network.caFile, caFile);
    }
}

// The proxy and the CAs decide who can read the station's CXone traffic: the administrator's.
void TestLaunchOptions::theNetworkComesFromTheAdministrator()
{
    QDir().mkpath(QFileInfo(systemFile()).path());
    {
        QSettings system(systemFile(), QSettings::IniFormat);
        system.setValue(QStringLiteral("Network/Proxy"), QStringLiteral("http://proxy.example.com:3128"));
    }
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.conf"));
    {
        QSettings settings(own, QSettings::IniFormat);
        settings.setValue(QStringLiteral("Network/Proxy"), QStringLiteral("http://127.0.0.1:8080"));
        settings.setValue(QStringLiteral("Network/CaFile"), QStringLiteral("/home/someone/inspect-me.pem"));
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), own }, &options), QString());
    QCOMPARE(options.network.proxyUrl.host(), QStringLiteral("proxy.example.com"));
    QCOMPARE(options.network.caFile, QString());
}

void TestLaunchOptions::numericOptionsAreRangeChecked()
{
    QFETCH(QStringList, arguments);
    LaunchOptions options;
    QVERIFY(!parse(arguments, &options).isEmpty());
}

void TestLaunchOptions::stationPolicyPlacesTheLedgerAndTheAuditTrail_data()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("ledger");
    QTest::addColumn<QString>("audit");
    QTest::newRow("real station") << QStringList {} << RecordingLedger::defaultFilePath()
                                  << AuditLog::defaultFilePath();
    QTest::newRow("demo, kept apart") << QStringList { QStringLiteral("--demo") }
                                      << data + QStringLiteral("/demo-recordings.json")
                                      << data + QStringLiteral("/demo-audit.jsonl");
    QTest::newRow("given files win") << QStringList { QStringLiteral("--demo"), QStringLiteral("--ledger"),
        QStringLiteral("/tmp/l.json"), QStringLiteral("--audit-log"), QStringLiteral("/tmp/a.jsonl") }
                                     << QStringLiteral("/tmp/l.json") << QStringLiteral("/tmp/a.jsonl");
}

void TestLaunchOptions::stationPolicyPlacesTheLedgerAndTheAuditTrail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, ledger);
    QFETCH(QString, audit);
    LaunchOptions options;
    QCOMPARE(
        parse(arguments + QStringList { QStringLiteral("--api-url"), QStringLiteral("https://api.example") }, &options),
        QString());
    const StationPolicy policy = options.stationPolicy();
    QCOMPARE(policy.ledgerPath, ledger);
    QCOMPARE(policy.auditPath, audit);
}

void TestLaunchOptions::onlyAKioskLocksAndMayRefuseTheKeychain_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<bool>("keepKey");
    QTest::addColumn<int>("idleLockMs");
    QTest::addColumn<bool>("keychainAllowed");
    QTest::newRow("personal station keeps keys, never locks") << false << false << 0 << true;
    QTest::newRow("kiosk, keys forbidden") << true << false << 7 * 60 * 1000 << false;
    QTest::newRow("kiosk, keys allowed") << true << true << 7 * 60 * 1000 << true;
}

void TestLaunchOptions::onlyAKioskLocksAndMayRefuseTheKeychain()
{
    QFETCH(bool, kiosk);
    QFETCH(bool, keepKey);
    QFETCH(int, idleLockMs);
    QFETCH(bool, keychainAllowed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Kiosk/Kiosk"), kiosk);
        settings.setValue(QStringLiteral("Kiosk/PinHash"), PinHash::hash(QStringLiteral("1357")));
        settings.setValue(QStringLiteral("Kiosk/ExportFolder"), dir.path());
        settings.setValue(QStringLiteral("Kiosk/IdleLockMinutes"), 7);
        settings.setValue(QStringLiteral("Kiosk/KeepKeyInKeychain"), keepKey);
    }
    LaunchOptions options;
    QCOMPARE(parse({ QStringLiteral("--config"), path }, &options), QString());
    const StationPolicy policy = options.stationPolicy();
    QCOMPARE(policy.kiosk, kiosk);
    QCOMPARE(policy.idleLockMs, idleLockMs);
    QCOMPARE(policy.keepKeyInKeychain, keychainAllowed);
}

void TestLaunchOptions::startLanguagePrecedence_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("lastChosen");
    QTest::addColumn<QString>("expected");
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    QTest::newRow("nothing: the system's") << false << QString() << QString() << QString() << QString();
    QTest::newRow("configured default") << false << fr << QString() << QString() << fr;
    QTest::newRow("last choice beats the default") << false << fr << QString() << en << en;
    QTest::newRow("command line beats the last choice") << false << QString() << fr << en << fr;
    QTest::newRow("kiosk: provisioned beats the last choice") << true << fr << QString() << en << fr;
    QTest::newRow("kiosk without one: the last choice") << true << QString() << QString() << en << en;
    QTest::newRow("kiosk: command line beats provisioned") << true << fr << en << fr << en;
}

void TestLaunchOptions::startLanguagePrecedence()
{
    QFETCH(bool, kiosk);
    QFETCH(QString, configured);
    QFETCH(QString, commandLine);
    QFETCH(QString, lastChosen);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("language.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("CXone/ClientId"), QStringLiteral("vigie-prod"));
        settings.setValue(QStringLiteral("Kiosk/Kiosk"), kiosk);
        settings.setValue(QStringLiteral("Kiosk/PinHash"), PinHash::hash(QStringLiteral("1357")));
        settings.setValue(QStringLiteral("Kiosk/ExportFolder"), dir.path());
        if (!configured.isEmpty()) {
            settings.setValue(QStringLiteral("General/Language"), configured);
        }
    }
    QStringList arguments { QStringLiteral("--config"), path };
    if (!commandLine.isEmpty()) {
        arguments << QStringLiteral("--language") << commandLine;
    }
    LaunchOptions options;
    QCOMPARE(parse(arguments, &options), QString());
    QCOMPARE(options.stationPolicy().startLanguage(lastChosen), expected);
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
