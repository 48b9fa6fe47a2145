// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/SyslogTarget.h"
#include "cxone/AccessKey.h"
#include "cxone/CxoneEnvironment.h"
#include "launch/AuditReportRequest.h"
#include "launch/StationPolicy.h"
#include "network/NetworkSettings.h"
#include "policy/RecordingPolicy.h"
#include "registry/RegistrySettings.h"
#include "scope/SupervisorScope.h"
#include "simulator/SimulatorOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QString>

// What the command line and the configuration file ask of this run. Parsing is separate from
// main() so the rules (https only, duration bounds, demo defaults) are tested like the rest.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    bool demo = false;
    bool kiosk = false;
    bool selfTest = false;
    QString language; // "fr", "en" or empty for the system locale
    bool languageOnCommandLine = false;
    QString configFile;
    QString ledgerFile;
    QString auditFile;
    // Audit/DataFolder: where the ledger and the trail are kept; empty: the data folder.
    QString auditDataFolder;
    int auditRetentionDays = 180;
    bool verifyAudit = false;
    QString verifyAgainst; // with verifyAudit: a collector's copy of the trail to compare with, or kAgainstRegistry
    static constexpr QLatin1String kAgainstRegistry { "registry" };
    bool verifiesAgainstRegistry() const { return verifyAgainst == kAgainstRegistry; }
    AuditReportRequest report;
    // Audit entries leaving the station (Audit/SyslogServer, Audit/CheckpointEvery).
    SyslogTarget auditSyslog;
    int auditCheckpointEvery = 50;
    QStringList purposes;
    int defaultDurationSeconds = 0; // 0: the supervisor's last choice
    bool hashPin = false;
    bool storeProxyCredentials = false; // the proxy's credentials for every supervisor of the station
    // Kiosk station settings, provisioned by the administrator.
    QString kioskPinHash;
    int idleLockMinutes = 5;
    bool keepKeyInKeychain = false;
    QString exportFolder;
    QString kioskScreen;
    // Automation: failures the demo simulator injects, and no UI animations.
    QList<SimulatorFault> demoFaults;
    bool noAnimations = false;
    bool startupProbe = false;
    int refreshIntervalMs = 5000;
    // Agents/FullReloadMinutes: every state asked for again, to catch what a delta missed.
    int fullReloadMinutes = 15;
    quint16 demoPort = 0;
    quint16 demoJoinPort = 0; // --demo-join: another Vigie's demo simulator on this loopback port
    bool demoAsQualitySupervisor = false; // --demo-as-quality-supervisor
    SimulatorOptions simulator;
    CxoneEnvironment environment;
    // The administrator's scope (Scope/Teams, Scope/LedTeams). The system-wide file's binds every
    // launch, as do its Audit, Recording and Kiosk groups; a --config file sets them only where
    // the system-wide file has none.
    ScopeSettings scope;
    // The site registry shared by the stations of a site ([Registry]); none: this station alone.
    RegistrySettings registry;
    bool registryMigrate = false;
    bool storeRegistryPassword = false; // the station role's password on the registry, into the keychain
    // What the works council agreed recordings may be ([Policy], docs/privacy.md); bound by the
    // system-wide file like [Audit].
    RecordingPolicy recordingPolicy;
    // How CXone is reached ([Network]): the proxy and the CAs Vigie trusts beside the system's.
    NetworkSettings network;

    static void addTo(QCommandLineParser &parser);
    // The key the demo signs in with: the demo supervisor's, or the quality supervisor's.
    AccessKey demoKey() const;
    // The administrator's system-wide file, provisioned or not (/etc/xdg/Vigie/Vigie.conf).
    static QString systemConfigurationFile();
    // Reads the parsed command line (and --config, when given). Returns an error to print, or empty.
    QString readFrom(const QCommandLineParser &parser);
    // Why this configuration cannot make a kiosk that holds (no usable PIN hash, no export
    // folder), in the station's language: call it once the translator is installed. Empty when
    // it can, or when this is no kiosk.
    QString kioskProblem() const;
    // What the administrator should replace although the kiosk holds (a PIN hash of the old,
    // cheap scheme), in the station's language; empty when nothing.
    QStringList kioskWarnings() const;
    // The decisions these options make for the station (paths, locking, keychain, language).
    StationPolicy stationPolicy() const;

private:
    // LaunchConfiguration.cpp: the configuration files. Each returns an error to print, or empty.
    static QList<QCommandLineOption> demoCommandLineOptions();
    QString readDemoOptions(const QCommandLineParser &parser);
    QString readConfiguration(QSettings &settings);
    QString readAdministratorSettings(QSettings &system);
    QString readCxoneSettings(QSettings &settings);
    QString readAuditSettings(QSettings &settings);
    QString readRecordingSettings(QSettings &settings);
    QString readKioskSettings(QSettings &settings);
    QString readRegistrySettings(QSettings &settings) { return registry.readFrom(settings); }
    QString readPolicySettings(QSettings &settings) { return recordingPolicy.readFrom(settings); }
    QString readNetworkSettings(QSettings &settings) { return network.readFrom(settings); }
    // Whether the system-wide file decides where the evidence goes ([Audit] or [Kiosk]).
    static bool administratorKeepsTheEvidence();
    // The data folder of the account running Vigie, from the system's user database: where the
    // administrator keeps the evidence, no environment variable moves it.
    static QString accountDataFolder();
};
