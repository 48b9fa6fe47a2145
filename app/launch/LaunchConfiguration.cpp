// SPDX-License-Identifier: Apache-2.0
// The configuration files' part of LaunchOptions: the user's or --config file, and the
// administrator's system-wide file, whose groups bind every launch.
#include "launch/LaunchOptions.h"

#include "launch/WholeNumber.h"

#include <QDir>
#include <QSettings>

namespace {
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
} // namespace

QString LaunchOptions::readConfiguration(QSettings &settings)
{
    language = settings.value(QStringLiteral("General/Language")).toString();
    fullReloadMinutes
        = qBound(1, settings.value(QStringLiteral("Agents/FullReloadMinutes"), fullReloadMinutes).toInt(), 24 * 60);
    for (const auto read :
        { &LaunchOptions::readCxoneSettings, &LaunchOptions::readAuditSettings, &LaunchOptions::readRecordingSettings,
            &LaunchOptions::readKioskSettings, &LaunchOptions::readRegistrySettings, &LaunchOptions::readPolicySettings,
            &LaunchOptions::readNetworkSettings }) {
        if (const QString error = (this->*read)(settings); !error.isEmpty()) {
            return error;
        }
    }
    scope = scopeFrom(settings);
    return {};
}

// A station's administrator decides where the audit evidence goes, what a recording may be for,
// whom a supervisor may record and how often, which site registry it shares and whether the station is a kiosk: what
// the system-wide file sets in those groups binds every launch, whatever a --config file of one's own says.
QString LaunchOptions::readAdministratorSettings(QSettings &system)
{
    const QStringList groups = system.childGroups();
    const std::pair<QString, QString (LaunchOptions::*)(QSettings &)> bound[] = {
        { QStringLiteral("Audit"), &LaunchOptions::readAuditSettings },
        { QStringLiteral("Recording"), &LaunchOptions::readRecordingSettings },
        { QStringLiteral("Kiosk"), &LaunchOptions::readKioskSettings },
        // Which registry a station shares decides what every other station sees of its recordings.
        { QStringLiteral("Registry"), &LaunchOptions::readRegistrySettings },
        // What the works council agreed binds every supervisor, whatever their own file says.
        { QStringLiteral("Policy"), &LaunchOptions::readPolicySettings },
        // A proxy or a CA of one's own would let someone else read the station's CXone traffic.
        { QStringLiteral("Network"), &LaunchOptions::readNetworkSettings },
    };
    // Each group reads as a whole (see the readers): what the administrator leaves unset takes
    // Vigie's default, not what a --config file of one's own said (a one-day retention, say).
    for (const auto &[group, read] : bound) {
        if (!groups.contains(group)) {
            continue;
        }
        if (const QString error = (this->*read)(system); !error.isEmpty()) {
            return QStringLiteral("%1 (in %2)").arg(error, system.fileName());
        }
    }
    if (const ScopeSettings provisioned = scopeFrom(system); provisioned.restricts()) {
        scope = provisioned;
    }
    return {};
}

QString LaunchOptions::readCxoneSettings(QSettings &settings)
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
        if (!CxoneEnvironment::recordingApiNamed(recordingApi)) {
            return QStringLiteral("CXone/RecordingApi must be documented or v1, not %1").arg(recordingApi);
        }
        environment.recordingApi = *CxoneEnvironment::recordingApiNamed(recordingApi);
    }
    return {};
}

QString LaunchOptions::readAuditSettings(QSettings &settings)
{
    // A group reads as a whole: a key it leaves unset takes Vigie's default, whatever was read before.
    const LaunchOptions defaults;
    auditRetentionDays = defaults.auditRetentionDays;
    auditCheckpointEvery = defaults.auditCheckpointEvery;
    auditDataFolder = settings.value(QStringLiteral("Audit/DataFolder")).toString().trimmed();
    if (!auditDataFolder.isEmpty() && !QDir::isAbsolutePath(auditDataFolder)) {
        return QStringLiteral("Audit/DataFolder must be an absolute path, not \"%1\"").arg(auditDataFolder);
    }
    report.options.recordedMoreThan = defaults.report.options.recordedMoreThan;
    // An INI value with a comma reads as a list: join it back so the error shows what was written.
    const QVariant retentionValue = settings.value(QStringLiteral("Audit/RetentionDays"));
    const QString retention
        = (retentionValue.typeId() == QMetaType::QStringList ? retentionValue.toStringList().join(QStringLiteral(", "))
                                                             : retentionValue.toString())
              .trimmed();
    if (!retention.isEmpty() && !readWholeNumber(retention, 1, 3650, &auditRetentionDays)) {
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
    if (!recordedMoreThan.isEmpty()
        && !readWholeNumber(recordedMoreThan, 0, 100000, &report.options.recordedMoreThan)) {
        return QStringLiteral("Audit/ReportAgentsRecordedMoreThan must be a whole number from 0 to 100000, not \"%1\"")
            .arg(recordedMoreThan);
    }
    const QString checkpointEvery = settings.value(QStringLiteral("Audit/CheckpointEvery")).toString().trimmed();
    if (!checkpointEvery.isEmpty() && !readWholeNumber(checkpointEvery, 1, 100000, &auditCheckpointEvery)) {
        return QStringLiteral("Audit/CheckpointEvery must be a whole number of entries from 1 to 100000, not \"%1\"")
            .arg(checkpointEvery);
    }
    return {};
}

QString LaunchOptions::readRecordingSettings(QSettings &settings)
{
    purposes = settings.value(QStringLiteral("Recording/Purposes")).toStringList();
    for (QString &purpose : purposes) {
        purpose = purpose.trimmed();
    }
    purposes.removeAll(QString());
    defaultDurationSeconds = settings.value(QStringLiteral("Recording/DefaultDurationSeconds"), 0).toInt();
    return {};
}

QString LaunchOptions::readKioskSettings(QSettings &settings)
{
    kiosk = settings.value(QStringLiteral("Kiosk/Kiosk"), false).toBool();
    kioskPinHash = settings.value(QStringLiteral("Kiosk/PinHash")).toString();
    idleLockMinutes = qBound(
        1, settings.value(QStringLiteral("Kiosk/IdleLockMinutes"), LaunchOptions().idleLockMinutes).toInt(), 24 * 60);
    keepKeyInKeychain = settings.value(QStringLiteral("Kiosk/KeepKeyInKeychain"), false).toBool();
    exportFolder = settings.value(QStringLiteral("Kiosk/ExportFolder")).toString();
    kioskScreen = settings.value(QStringLiteral("Kiosk/Screen")).toString();
    return {};
}
