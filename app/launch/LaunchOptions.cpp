#include "launch/LaunchOptions.h"

#include "audit/AuditLog.h"
#include "cxone/RecordingDuration.h"
#include "recording/RecordingLedger.h"
#include "station/PinHash.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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
const QString kDemoAgents = QStringLiteral("demo-agents");
const QString kDemoPort = QStringLiteral("demo-port");
const QString kDemoSeed = QStringLiteral("demo-seed");
const QString kDemoLatency = QStringLiteral("demo-latency");
const QString kSelfTest = QStringLiteral("self-test");
const QString kAuditLog = QStringLiteral("audit-log");
const QString kVerifyAudit = QStringLiteral("verify-audit");
const QString kAgainst = QStringLiteral("against");
const QString kAuditReport = QStringLiteral("audit-report");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kPseudonymise = QStringLiteral("pseudonymise");
const QString kRecordedMoreThan = QStringLiteral("recorded-more-than");
const QString kHashPin = QStringLiteral("hash-pin");
const QString kDemoFault = QStringLiteral("demo-fault");
const QString kNoAnimations = QStringLiteral("no-animations");
const QString kStartupProbe = QStringLiteral("startup-probe");

// "documented" (the recording page's spelling) or "v1" (the OpenAPI clients'), cxone-platform.md.
std::optional<CxoneEnvironment::RecordingApi> recordingApiFrom(const QString &name)
{
    if (name == QLatin1String("documented")) {
        return CxoneEnvironment::RecordingApi::Documented;
    }
    if (name == QLatin1String("v1")) {
        return CxoneEnvironment::RecordingApi::V1;
    }
    return std::nullopt;
}

ScopeSettings scopeFrom(QSettings &settings)
{
    ScopeSettings scope;
    // "Teams=Billing, 15" is a list in an INI file; one name alone is a string.
    scope.teams = settings.value(QStringLiteral("Scope/Teams")).toStringList();
    for (QString &team : scope.teams) {
        team = team.trimmed();
    }
    scope.teams.removeAll(QString());
    scope.ledTeams = settings.value(QStringLiteral("Scope/LedTeams"), false).toBool();
    return scope;
}

// The administrator's system-wide file, provisioned or not: /etc/xdg/Vigie/Vigie.conf, as the
// documentation and the package's example say. QSettings names it so for its native format on
// Unix; its IniFormat would look for Vigie.ini instead. The file is read as INI all the same.
QString systemConfigurationFile()
{
    return QSettings(QSettings::NativeFormat, QSettings::SystemScope, QStringLiteral("Vigie"), QStringLiteral("Vigie"))
        .fileName();
}

bool readPositive(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        return false;
    }
    *value = parsed;
    return true;
}
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
        { kDemoAgents, QStringLiteral("Number of agents in the demo tenant (default 60)."), QStringLiteral("N") },
        { kDemoPort, QStringLiteral("Loopback port of the demo simulator (default: any free port)."),
            QStringLiteral("PORT") },
        { kDemoSeed, QStringLiteral("Seed of the demo tenant, for repeatable automation runs."), QStringLiteral("N") },
        { kDemoLatency, QStringLiteral("Milliseconds the demo simulator waits before each answer."),
            QStringLiteral("MS") },
        { kSelfTest, QStringLiteral("With --demo: start and stop one recording headless, then exit 0 on success.") },
        { kDemoFault,
            QStringLiteral("With --demo: make the simulator fail requests whose path contains PATH with STATUS "
                           "(or drop, stall, trickle, truncate, malformed), TIMES times or always; STATUS-after, "
                           "drop-after and stall-after carry the request out first, then lose the answer. "
                           "Repeatable."),
            QStringLiteral("PATH:STATUS[:TIMES]") },
        { kNoAnimations, QStringLiteral("Disable UI animations (for GUI automation and screenshots).") },
        { kStartupProbe,
            QStringLiteral("Print the time from launch to the first painted agent list, then quit (benchmarks).") },
        { kAuditLog, QStringLiteral("Audit trail file (default in the user's data folder)."), QStringLiteral("FILE") },
        { kVerifyAudit,
            QStringLiteral("Check the audit trail's hash chain and its end against the recording ledger, say where it "
                           "breaks, and exit (0: intact).") },
        { kAgainst,
            QStringLiteral("With --verify-audit: also compare the trail with a collector's copy of it (a file as "
                           "rsyslog writes it) and say what differs."),
            QStringLiteral("FILE") },
        { kAuditReport,
            QStringLiteral("Write the audit report of a period (--from, --to) to --output as PDF or CSV, and exit. "
                           "In kiosk mode the file goes to the export folder.") },
        { kFrom, QStringLiteral("With --audit-report: first day of the period."), QStringLiteral("YYYY-MM-DD") },
        { kTo, QStringLiteral("With --audit-report: last day of the period."), QStringLiteral("YYYY-MM-DD") },
        { kFormat, QStringLiteral("With --audit-report: pdf (with a chart) or csv (for Excel)."),
            QStringLiteral("pdf|csv") },
        { kOutput, QStringLiteral("With --audit-report: the file to write."), QStringLiteral("FILE") },
        { kPseudonymise,
            QStringLiteral("With --audit-report: show agents and supervisors as A01, S01... instead of names.") },
        { kRecordedMoreThan,
            QStringLiteral("With --audit-report: list the agents recorded more than N times (default 5, or "
                           "Audit/ReportAgentsRecordedMoreThan)."),
            QStringLiteral("N") },
        { kHashPin,
            QStringLiteral("Ask for a kiosk administrator PIN (6 digits or more; typed twice without echo on a "
                           "terminal, else one line of standard input) and print the hash to put in the "
                           "configuration as Kiosk/PinHash.") },
    });
}

QString LaunchOptions::readConfiguration(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("CXone"));
    environment.issuer = QUrl(settings.value(QStringLiteral("AuthUrl"), environment.issuer.toString()).toString());
    environment.apiBaseOverride = QUrl(settings.value(QStringLiteral("ApiUrl")).toString());
    environment.apiVersion = settings.value(QStringLiteral("ApiVersion"), environment.apiVersion).toString();
    environment.clientId = settings.value(QStringLiteral("ClientId")).toString();
    environment.clientSecret = settings.value(QStringLiteral("ClientSecret")).toString();
    if (settings.value(QStringLiteral("UserIdField")).toString() == QLatin1String("agentId")) {
        environment.userIdField = CxoneEnvironment::UserIdField::AgentId;
    }
    const QString recordingApi = settings.value(QStringLiteral("RecordingApi")).toString().trimmed();
    settings.endGroup();
    if (!recordingApi.isEmpty()) {
        if (!recordingApiFrom(recordingApi)) {
            return QStringLiteral("CXone/RecordingApi must be documented or v1, not %1").arg(recordingApi);
        }
        environment.recordingApi = *recordingApiFrom(recordingApi);
    }
    kiosk = settings.value(QStringLiteral("Kiosk/Kiosk"), false).toBool();
    // An INI value with a comma reads as a list: join it back so the error shows what was written.
    const QVariant retentionValue = settings.value(QStringLiteral("Audit/RetentionDays"));
    const QString retention
        = (retentionValue.typeId() == QMetaType::QStringList ? retentionValue.toStringList().join(QStringLiteral(", "))
                                                             : retentionValue.toString())
              .trimmed();
    if (!retention.isEmpty() && !readPositive(retention, 1, 3650, &auditRetentionDays)) {
        return QStringLiteral("Audit/RetentionDays must be a whole number of days from 1 to 3650, not \"%1\"")
            .arg(retention);
    }
    QString syslogError;
    const std::optional<SyslogTarget> syslog
        = SyslogTarget::parse(settings.value(QStringLiteral("Audit/SyslogServer")).toString(), &syslogError);
    if (!syslog) {
        return syslogError;
    }
    auditSyslog = *syslog;
    const QString recordedMoreThan
        = settings.value(QStringLiteral("Audit/ReportAgentsRecordedMoreThan")).toString().trimmed();
    if (!recordedMoreThan.isEmpty() && !readPositive(recordedMoreThan, 0, 100000, &reportOptions.recordedMoreThan)) {
        return QStringLiteral("Audit/ReportAgentsRecordedMoreThan must be a whole number from 0 to 100000, not \"%1\"")
            .arg(recordedMoreThan);
    }
    const QString checkpointEvery = settings.value(QStringLiteral("Audit/CheckpointEvery")).toString().trimmed();
    if (!checkpointEvery.isEmpty() && !readPositive(checkpointEvery, 1, 100000, &auditCheckpointEvery)) {
        return QStringLiteral("Audit/CheckpointEvery must be a whole number of entries from 1 to 100000, not \"%1\"")
            .arg(checkpointEvery);
    }
    purposes = settings.value(QStringLiteral("Recording/Purposes")).toStringList();
    for (QString &purpose : purposes) {
        purpose = purpose.trimmed();
    }
    purposes.removeAll(QString());
    defaultDurationSeconds = settings.value(QStringLiteral("Recording/DefaultDurationSeconds"), 0).toInt();
    kioskPinHash = settings.value(QStringLiteral("Kiosk/PinHash")).toString();
    idleLockMinutes
        = qBound(1, settings.value(QStringLiteral("Kiosk/IdleLockMinutes"), idleLockMinutes).toInt(), 24 * 60);
    keepKeyInKeychain = settings.value(QStringLiteral("Kiosk/KeepKeyInKeychain"), false).toBool();
    exportFolder = settings.value(QStringLiteral("Kiosk/ExportFolder")).toString();
    kioskScreen = settings.value(QStringLiteral("Kiosk/Screen")).toString();
    language = settings.value(QStringLiteral("General/Language")).toString();
    fullReloadMinutes
        = qBound(1, settings.value(QStringLiteral("Agents/FullReloadMinutes"), fullReloadMinutes).toInt(), 24 * 60);
    scope = scopeFrom(settings);
    return {};
}

QString LaunchOptions::readAuditReport(const QCommandLineParser &parser)
{
    auditReport = parser.isSet(kAuditReport);
    if (!auditReport) {
        for (const QString &option : { kFrom, kTo, kFormat, kOutput, kPseudonymise, kRecordedMoreThan }) {
            if (parser.isSet(option)) {
                return QStringLiteral("--%1 goes with --audit-report").arg(option);
            }
        }
        return {};
    }
    reportOptions.from = QDate::fromString(parser.value(kFrom), Qt::ISODate);
    reportOptions.to = QDate::fromString(parser.value(kTo), Qt::ISODate);
    if (!reportOptions.from.isValid() || !reportOptions.to.isValid()) {
        return QStringLiteral("--audit-report needs --from and --to as dates, e.g. --from 2026-11-01 --to 2026-11-30");
    }
    if (reportOptions.from > reportOptions.to) {
        return QStringLiteral("--from %1 is after --to %2")
            .arg(reportOptions.from.toString(Qt::ISODate), reportOptions.to.toString(Qt::ISODate));
    }
    const QString format = parser.value(kFormat);
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")) {
        return QStringLiteral("--audit-report needs --format pdf or --format csv");
    }
    reportFormat = format == QLatin1String("pdf") ? AuditReport::Format::Pdf : AuditReport::Format::Csv;
    if (parser.isSet(kRecordedMoreThan)
        && !readPositive(parser.value(kRecordedMoreThan), 0, 100000, &reportOptions.recordedMoreThan)) {
        return QStringLiteral("--recorded-more-than must be a whole number from 0 to 100000");
    }
    reportOptions.pseudonymise = parser.isSet(kPseudonymise);
    reportOutput = parser.value(kOutput);
    if (reportOutput.isEmpty()) {
        return QStringLiteral("--audit-report needs --output FILE");
    }
    if (kiosk) {
        // A kiosk station writes only where the administrator collects exports.
        if (exportFolder.isEmpty()) {
            return QStringLiteral("on a kiosk station the report goes to the export folder, and Kiosk/ExportFolder is "
                                  "not set in the configuration");
        }
        const QFileInfo output(reportOutput);
        if (reportOutput.contains(QLatin1Char('/')) || reportOutput.contains(QLatin1Char('\\'))) {
            if (QFileInfo(output.absolutePath()).canonicalFilePath() != QFileInfo(exportFolder).canonicalFilePath()) {
                return QStringLiteral("on a kiosk station the report goes to the export folder %1 only: give a file "
                                      "name, not %2")
                    .arg(exportFolder, reportOutput);
            }
        }
        reportOutput = QDir(exportFolder).filePath(output.fileName());
    }
    return {};
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
        // The administrator's scope binds every launch: a --config file of one's own takes no team away.
        QSettings system(systemConfigurationFile(), QSettings::IniFormat);
        const ScopeSettings provisioned = scopeFrom(system);
        if (provisioned.restricts()) {
            scope = provisioned;
        }
    }

    demo = parser.isSet(kDemo);
    kiosk = kiosk || parser.isSet(kKiosk);
    selfTest = parser.isSet(kSelfTest);
    ledgerFile = parser.value(kLedger);
    auditFile = parser.value(kAuditLog);
    verifyAudit = parser.isSet(kVerifyAudit);
    verifyAgainst = parser.value(kAgainst);
    if (!verifyAgainst.isEmpty() && !verifyAudit) {
        return QStringLiteral("--against compares the audit trail with a collector's copy: add --verify-audit");
    }
    hashPin = parser.isSet(kHashPin);
    noAnimations = parser.isSet(kNoAnimations);
    startupProbe = parser.isSet(kStartupProbe);
    for (const QString &text : parser.values(kDemoFault)) {
        const std::optional<SimulatorFault> fault = SimulatorFault::fromText(text);
        if (!fault) {
            return QStringLiteral("--demo-fault takes PATH:STATUS[:TIMES], e.g. start-screen:425:4, not %1").arg(text);
        }
        demoFaults.append(*fault);
    }
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
        const std::optional<CxoneEnvironment::RecordingApi> api = recordingApiFrom(parser.value(kRecordingApi));
        if (!api) {
            return QStringLiteral("--recording-api must be documented or v1, not %1").arg(parser.value(kRecordingApi));
        }
        environment.recordingApi = *api;
    }
    int seconds = refreshIntervalMs / 1000;
    if (parser.isSet(kRefresh) && !readPositive(parser.value(kRefresh), 1, 3600, &seconds)) {
        return QStringLiteral("--refresh-interval must be 1 to 3600 seconds");
    }
    refreshIntervalMs = seconds * 1000;

    int number = 0;
    if (parser.isSet(kDemoAgents)) {
        if (!readPositive(parser.value(kDemoAgents), 0, 200000, &number)) {
            return QStringLiteral("--demo-agents must be 0 to 200000");
        }
        simulator.agentCount = number;
    }
    if (parser.isSet(kDemoPort)) {
        if (!readPositive(parser.value(kDemoPort), 1, 65535, &number)) {
            return QStringLiteral("--demo-port must be 1 to 65535");
        }
        demoPort = quint16(number);
    }
    if (parser.isSet(kDemoSeed)) {
        if (!readPositive(parser.value(kDemoSeed), 0, std::numeric_limits<int>::max(), &number)) {
            return QStringLiteral("--demo-seed must be a non-negative number");
        }
        simulator.seed = quint32(number);
    }
    if (parser.isSet(kDemoLatency)) {
        if (!readPositive(parser.value(kDemoLatency), 0, 60000, &number)) {
            return QStringLiteral("--demo-latency must be 0 to 60000 ms");
        }
        simulator.latencyMs = number;
    }
    if (defaultDurationSeconds != 0 && !RecordingDuration::isOffered(defaultDurationSeconds)) {
        return QStringLiteral("Recording/DefaultDurationSeconds must be between %1 and %2 seconds, not %3")
            .arg(RecordingDuration::kMinimumSeconds)
            .arg(RecordingDuration::kLongestOffered)
            .arg(defaultDurationSeconds);
    }
    if (const QString error = readAuditReport(parser); !error.isEmpty()) {
        return error;
    }
    if (selfTest && !demo) {
        return QStringLiteral("--self-test runs against the simulator: add --demo");
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

StationPolicy LaunchOptions::stationPolicy() const
{
    // Demo recordings are not real: keep them and their audit trail apart from the real ones.
    const QString demoFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    StationPolicy policy;
    policy.ledgerPath = !ledgerFile.isEmpty() ? ledgerFile
        : demo                                ? demoFolder + QStringLiteral("/demo-recordings.json")
                                              : RecordingLedger::defaultFilePath();
    policy.auditPath = !auditFile.isEmpty() ? auditFile
        : demo                              ? demoFolder + QStringLiteral("/demo-audit.jsonl")
                                            : AuditLog::defaultFilePath();
    policy.kiosk = kiosk;
    // Only a kiosk locks itself and may be told not to keep keys; a personal station keeps them.
    policy.idleLockMs = kiosk ? idleLockMinutes * 60 * 1000 : 0;
    policy.keepKeyInKeychain = !kiosk || keepKeyInKeychain;
    policy.language = language;
    policy.languageOnCommandLine = languageOnCommandLine;
    policy.languageProvisioned = kiosk && !language.isEmpty();
    return policy;
}
