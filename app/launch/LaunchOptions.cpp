// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchOptions.h"

#include "launch/ProxyCredentialsCommand.h"
#include "launch/RegistryPasswordCommand.h"
#include "launch/WholeNumber.h"

#include "audit/AuditLog.h"
#include "cxone/RecordingDuration.h"
#include "recording/RecordingLedger.h"
#include "station/PinHash.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace {
const QString kDemo = QStringLiteral("demo");
const QString kKiosk = QStringLiteral("kiosk");
const QString kLanguage = QStringLiteral("language");
const QString kConfig = QStringLiteral("config");
const QString kAuthUrl = QStringLiteral("auth-url");
const QString kApiUrl = QStringLiteral("api-url");
const QString kApiVersion = QStringLiteral("api-version");
const QString kUserIdField = QStringLiteral("user-id-field");
const QString kRecordingApi = QStringLiteral("recording-api");
const QString kRefresh = QStringLiteral("refresh-interval");
const QString kLedger = QStringLiteral("ledger");
const QString kSelfTest = QStringLiteral("self-test");
const QString kAuditLog = QStringLiteral("audit-log");
const QString kVerifyAudit = QStringLiteral("verify-audit");
const QString kAgainst = QStringLiteral("against");
const QString kHashPin = QStringLiteral("hash-pin");
const QString kNoAnimations = QStringLiteral("no-animations");
const QString kStartupProbe = QStringLiteral("startup-probe");
const QString kRegistryMigrate = QStringLiteral("registry-migrate");
} // namespace

void LaunchOptions::addTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Vigie starts and stops screen interaction recordings of NICE CXone agents.\n\n"
                       "CXone environment: by default Vigie signs in at https://cxone.niceincontact.com and\n"
                       "discovers the tenant's API host. --auth-url points at another issuer; --api-url skips\n"
                       "discovery (lab servers). Plain http:// is accepted only for loopback hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { kDemo,
            QStringLiteral("Run against the built-in CXone simulator with a demo tenant; no credentials needed.") },
        { kKiosk,
            QStringLiteral(
                "Locked-down supervisor station: full screen, cannot be closed without the administrator PIN.") },
        { kLanguage, QStringLiteral("User interface language: fr or en (default: the system language)."),
            QStringLiteral("fr|en") },
        { kConfig, QStringLiteral("Read settings from this INI file instead of the user's configuration."),
            QStringLiteral("FILE") },
        { kAuthUrl, QStringLiteral("CXone issuer for sign-in and discovery (default https://cxone.niceincontact.com)."),
            QStringLiteral("URL") },
        { kApiUrl, QStringLiteral("Explicit CXone API base URL, skipping tenant discovery (lab servers)."),
            QStringLiteral("URL") },
        { kApiVersion, QStringLiteral("Admin API version for agents, e.g. 32.0 (default 32.0)."),
            QStringLiteral("N.0") },
        { kUserIdField, QStringLiteral("Agent field sent as the recording API's user-id: userId (default) or agentId."),
            QStringLiteral("FIELD") },
        { kRecordingApi,
            QStringLiteral("Spelling of the recording endpoints: documented (default; .../interactions/...?user-id=) "
                           "or v1 (.../v1/interactions/...?userId=)."),
            QStringLiteral("documented|v1") },
        { kRefresh, QStringLiteral("Seconds between agent state refreshes (default 5)."), QStringLiteral("SECONDS") },
        { kLedger, QStringLiteral("Recording ledger file (default in the user's data folder)."),
            QStringLiteral("FILE") },
        { kSelfTest, QStringLiteral("With --demo: start and stop one recording headless, then exit 0 on success.") },
        { kNoAnimations, QStringLiteral("Disable UI animations (for GUI automation and screenshots).") },
        { kRegistryMigrate,
            QStringLiteral("Create or update the site registry's schema ([Registry] in the configuration, "
                           "connecting as its owner role), print its version, and exit.") },
        { kStartupProbe,
            QStringLiteral("Print the time from launch to the first painted agent list, then quit (benchmarks).") },
        { kAuditLog, QStringLiteral("Audit trail file (default in the user's data folder)."), QStringLiteral("FILE") },
        { kVerifyAudit,
            QStringLiteral("Check the audit trail's hash chain and its end against the recording ledger, say where it "
                           "breaks, and exit (0: intact).") },
        { kAgainst,
            QStringLiteral("With --verify-audit: also compare the trail with a collector's copy of it (a file as "
                           "rsyslog writes it; ./registry for a file of that name), or with the site registry's "
                           "copy (the word registry), and say what differs."),
            QStringLiteral("FILE") },
        { kHashPin,
            QStringLiteral("Ask for a kiosk administrator PIN (6 digits or more; typed twice without echo on a "
                           "terminal, else one line of standard input) and print the hash to put in the "
                           "configuration as Kiosk/PinHash (Argon2id).") },
    });
    parser.addOptions(demoCommandLineOptions());
    parser.addOptions(AuditReportRequest::commandLineOptions());
    parser.addOption(ProxyCredentialsCommand::commandLineOption());
    parser.addOption(RegistryPasswordCommand::commandLineOption());
}

QString LaunchOptions::readFrom(const QCommandLineParser &parser)
{
    configFile = parser.value(kConfig);
    if (!configFile.isEmpty()) {
        if (!QFileInfo::exists(configFile)) {
            return QStringLiteral("configuration file not found: %1").arg(configFile);
        }
        QSettings settings(configFile, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            return QStringLiteral("configuration file is not readable: %1").arg(configFile);
        }
        const QString error = readConfiguration(settings);
        if (!error.isEmpty()) {
            return error;
        }
    } else if (QFileInfo::exists(systemConfigurationFile())) {
        configFile = systemConfigurationFile();
        QSettings settings(configFile, QSettings::IniFormat);
        const QString error = readConfiguration(settings);
        if (!error.isEmpty()) {
            return error;
        }
    }
    if (configFile != systemConfigurationFile() && QFileInfo::exists(systemConfigurationFile())) {
        QSettings system(systemConfigurationFile(), QSettings::IniFormat);
        if (const QString error = readAdministratorSettings(system); !error.isEmpty()) {
            return error;
        }
    }

    demo = parser.isSet(kDemo);
    kiosk = kiosk || parser.isSet(kKiosk);
    selfTest = parser.isSet(kSelfTest);
    registryMigrate = parser.isSet(kRegistryMigrate);
    if (registryMigrate && !registry.isConfigured()) {
        return QStringLiteral("--registry-migrate needs [Registry] Host in the configuration");
    }
    storeRegistryPassword = parser.isSet(RegistryPasswordCommand::kOption);
    if (storeRegistryPassword && !registry.isConfigured()) {
        return QStringLiteral("--store-registry-password needs [Registry] Host in the configuration");
    }
    ledgerFile = parser.value(kLedger);
    auditFile = parser.value(kAuditLog);
    verifyAudit = parser.isSet(kVerifyAudit);
    verifyAgainst = parser.value(kAgainst);
    if (!verifyAgainst.isEmpty() && !verifyAudit) {
        return QStringLiteral("--against compares the audit trail with a collector's copy: add --verify-audit");
    }
    if (verifiesAgainstRegistry() && !registry.isConfigured()) {
        return QStringLiteral("--against registry needs [Registry] Host in the configuration");
    }
    hashPin = parser.isSet(kHashPin);
    storeProxyCredentials = parser.isSet(ProxyCredentialsCommand::kOption);
    noAnimations = parser.isSet(kNoAnimations);
    startupProbe = parser.isSet(kStartupProbe);
    languageOnCommandLine = parser.isSet(kLanguage);
    if (languageOnCommandLine) {
        language = parser.value(kLanguage);
    }
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        return QStringLiteral("--language must be fr or en, not %1").arg(language);
    }
    if (parser.isSet(kAuthUrl)) {
        environment.issuer = QUrl(parser.value(kAuthUrl));
    }
    if (parser.isSet(kApiUrl)) {
        environment.apiBaseOverride = QUrl(parser.value(kApiUrl));
    }
    if (parser.isSet(kApiVersion)) {
        environment.apiVersion = parser.value(kApiVersion);
    }
    if (parser.isSet(kUserIdField)) {
        const QString field = parser.value(kUserIdField);
        if (field != QLatin1String("userId") && field != QLatin1String("agentId")) {
            return QStringLiteral("--user-id-field must be userId or agentId, not %1").arg(field);
        }
        environment.userIdField = field == QLatin1String("agentId") ? CxoneEnvironment::UserIdField::AgentId
                                                                    : CxoneEnvironment::UserIdField::UserId;
    }
    if (parser.isSet(kRecordingApi)) {
        const std::optional<CxoneEnvironment::RecordingApi> api
            = CxoneEnvironment::recordingApiNamed(parser.value(kRecordingApi));
        if (!api) {
            return QStringLiteral("--recording-api must be documented or v1, not %1").arg(parser.value(kRecordingApi));
        }
        environment.recordingApi = *api;
    }
    int seconds = refreshIntervalMs / 1000;
    if (parser.isSet(kRefresh) && !readWholeNumber(parser.value(kRefresh), 1, 3600, &seconds)) {
        return QStringLiteral("--refresh-interval must be 1 to 3600 seconds");
    }
    refreshIntervalMs = seconds * 1000;

    if (const QString error = readDemoOptions(parser); !error.isEmpty()) {
        return error;
    }
    if (defaultDurationSeconds != 0 && !RecordingDuration::isOffered(defaultDurationSeconds)) {
        return QStringLiteral("Recording/DefaultDurationSeconds must be between %1 and %2 seconds, not %3")
            .arg(RecordingDuration::kMinimumSeconds)
            .arg(RecordingDuration::kLongestOffered)
            .arg(defaultDurationSeconds);
    }
    // The report states the policy in force and measures the agents against it.
    report.options.policy = recordingPolicy;
    if (const QString error = report.read(parser, kiosk, exportFolder); !error.isEmpty()) {
        return error;
    }
    if (report.wholeSite && !registry.isConfigured()) {
        return QStringLiteral("--audit-report --registry needs [Registry] Host in the configuration");
    }
    // The caps count an agent's recordings over 30 days from the trail: a shorter retention would
    // purge what they count, and a cap would start again from zero.
    if (recordingPolicy.hasRollingCaps() && auditRetentionDays < RecordingPolicy::kLongestWindowDays) {
        return QStringLiteral("[Policy] counts each agent's recordings over %1 days from the audit trail: "
                              "Audit/RetentionDays must keep at least %1 days, not %2")
            .arg(RecordingPolicy::kLongestWindowDays)
            .arg(auditRetentionDays);
    }
    if (selfTest && (!demo || demoJoinPort != 0)) {
        return QStringLiteral("--self-test runs against a simulator of its own: add --demo, without --demo-join");
    }
    // A ledger and trail of one's own would hide this launch's recordings from the next
    // supervisor and from the administrator's trail. Reading one (--verify-audit, a report) is
    // harmless, and the demo's recordings are not real.
    const bool writesEvidence = !demo && !verifyAudit && !report.requested;
    if (writesEvidence && (!ledgerFile.isEmpty() || !auditFile.isEmpty()) && administratorKeepsTheEvidence()) {
        return QStringLiteral(
            "--ledger and --audit-log are refused: the administrator's file (%1) decides where this "
            "station keeps its evidence ([Audit], [Kiosk] or [Policy]), so every supervisor's recordings "
            "go to the same ledger and audit trail")
            .arg(systemConfigurationFile());
    }
    if (demo) {
        // The simulator's address is only known once it listens; main() fills the issuer in.
        environment.clientId = simulator.clientId;
        environment.clientSecret = simulator.clientSecret;
        environment.apiBaseOverride.clear();
        return {};
    }
    return environment.validationError();
}

QString LaunchOptions::kioskProblem() const
{
    if (!kiosk) {
        return {};
    }
    if (!PinHash::isWellFormed(kioskPinHash)) {
        //: %1 says what is wrong with the PIN hash (in English, for the administrator)
        return tr("Kiosk mode needs the administrator PIN hash in Kiosk/PinHash of the configuration; "
                  "this one cannot be used: %1 (create it with: vigie --hash-pin)")
            .arg(PinHash::problem(kioskPinHash));
    }
    // Without it, an export would have to ask where to write: a file dialog, which browses,
    // renames and deletes whatever the station's account can reach.
    if (exportFolder.isEmpty() || !QFileInfo(exportFolder).isAbsolute()) {
        return tr("Kiosk mode needs the folder where CSV exports go, as an absolute path in Kiosk/ExportFolder of "
                  "the configuration: a kiosk station opens no file dialog.");
    }
    return {};
}

QStringList LaunchOptions::kioskWarnings() const
{
    QStringList warnings;
    if (kiosk && PinHash::needsRehash(kioskPinHash)) {
        warnings.append(tr("The administrator PIN hash in Kiosk/PinHash is of the old PBKDF2 kind, which is cheap to "
                           "guess from a copy of the configuration. It still works, but replace it: run vigie "
                           "--hash-pin and put the Argon2id hash it prints in Kiosk/PinHash."));
    }
    return warnings;
}

StationPolicy LaunchOptions::stationPolicy() const
{
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Where the administrator keeps the evidence, HOME and XDG_DATA_HOME would otherwise move it to
    // a fresh ledger and trail of the supervisor's choosing, out of sight of the station's.
    QString evidenceFolder = dataFolder;
    if (!auditDataFolder.isEmpty()) {
        evidenceFolder = auditDataFolder;
    } else if (!demo && administratorKeepsTheEvidence()) {
        evidenceFolder = accountDataFolder();
    }
    StationPolicy policy;
    // Demo recordings are not real: keep them and their audit trail apart from the real ones.
    policy.ledgerPath = !ledgerFile.isEmpty() ? ledgerFile
        : demo                                ? dataFolder + QStringLiteral("/demo-recordings.json")
                                              : RecordingLedger::defaultFilePath(evidenceFolder);
    policy.auditPath = !auditFile.isEmpty() ? auditFile
        : demo                              ? dataFolder + QStringLiteral("/demo-audit.jsonl")
                                            : AuditLog::defaultFilePath(evidenceFolder);
    // The kiosk's count of wrong PINs: deleting or moving it would lift a lockout.
    policy.pinAttemptsPath = (demo ? dataFolder : evidenceFolder) + QStringLiteral("/pin-attempts.json");
    // Beside the ledger it belongs with: a --ledger of its own gets an outbox of its own.
    policy.registryOutboxPath
        = QFileInfo(policy.ledgerPath)
              .absoluteDir()
              .filePath(QFileInfo(policy.ledgerPath).completeBaseName() + QStringLiteral("-registry-outbox.jsonl"));
    // The administrator's Audit/DataFolder keeps the mode they gave it (a collector's group, say).
    if (ledgerFile.isEmpty() && auditFile.isEmpty() && (demo || auditDataFolder.isEmpty())) {
        policy.privateFolder = demo ? dataFolder : evidenceFolder;
    }
    policy.kiosk = kiosk;
    // Only a kiosk locks itself and may be told not to keep keys; a personal station keeps them.
    policy.idleLockMs = kiosk ? idleLockMinutes * 60 * 1000 : 0;
    policy.keepKeyInKeychain = !kiosk || keepKeyInKeychain;
    policy.language = language;
    policy.languageOnCommandLine = languageOnCommandLine;
    policy.languageProvisioned = kiosk && !language.isEmpty();
    return policy;
}

bool LaunchOptions::administratorKeepsTheEvidence()
{
    if (!QFileInfo::exists(systemConfigurationFile())) {
        return false;
    }
    const QStringList groups = QSettings(systemConfigurationFile(), QSettings::IniFormat).childGroups();
    // [Policy] too: its caps count from this station's trail, so a trail of one's own would reset them.
    return groups.contains(QStringLiteral("Audit")) || groups.contains(QStringLiteral("Kiosk"))
        || groups.contains(QStringLiteral("Policy"));
}

QString LaunchOptions::accountDataFolder()
{
    // The same place as the XDG default (~/.local/share/<organization>/<application>), from the
    // account's home in the user database rather than HOME, which whoever launches Vigie sets.
    const passwd *account = ::getpwuid(::getuid());
    const QString home = account && account->pw_dir ? QFile::decodeName(account->pw_dir) : QDir::homePath();
    return QDir(home).filePath(QStringLiteral(".local/share/%1/%2")
                                   .arg(QCoreApplication::organizationName(), QCoreApplication::applicationName()));
}

// The administrator's system-wide file, provisioned or not: /etc/xdg/Vigie/Vigie.conf, as the
// documentation and the package's example say. QSettings names it so for its native format on
// Unix; its IniFormat would look for Vigie.ini instead. The file is read as INI all the same.
QString LaunchOptions::systemConfigurationFile()
{
    return QSettings(QSettings::NativeFormat, QSettings::SystemScope, QStringLiteral("Vigie"), QStringLiteral("Vigie"))
        .fileName();
}
