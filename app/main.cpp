// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditForwarder.h"
#include "launch/AuditCommands.h"
#include "launch/HeadlessCommands.h"
#include "launch/KeptRegistryPassword.h"
#include "launch/LaunchOptions.h"
#include "launch/PinCommand.h"
#include "launch/ProxyCredentialsCommand.h"
#include "launch/RegistryPasswordCommand.h"
#include "logging/LogRedaction.h"
#include "network/ProxyAuthenticator.h"
#include "presenters/SessionAnnouncer.h"
#include "registry/RegistrySchema.h"
#include "session/SupervisorSession.h"
#include "shell/Appearance.h"
#include "shell/LanguageSwitcher.h"
#include "shell/StartupProbe.h"
#include "shell/UiSettings.h"
#include "signin/SignInFlow.h"
#include "simulator/CxoneSimulator.h"
#include "simulator/DemoSelfTest.h"
#include "station/ProcessHardening.h"
#include "station/SingleInstance.h"
#include "system/PrivateFile.h"
#include "text/EvidenceText.h"
#include "version/VigieVersion.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>

#include <cstdio>
#include <memory>

// Wiring only: what this run is asked to be comes from LaunchOptions and its StationPolicy,
// the words from EvidenceText, the screen from MainWindow.
int main(int argc, char *argv[])
{
    ProcessHardening::applyCoreDumpPolicy(); // before any secret is in memory
    ProcessHardening::ignoreConfigurationRedirects(); // before any setting is read
    QElapsedTimer sinceProcessStart;
    sinceProcessStart.start();
    if (HeadlessCommands::needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationName(QStringLiteral("Vigie"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vigie_cxone.Vigie"));
    LogRedaction::installMessageHandler();

    QCommandLineParser parser;
    LaunchOptions::addTo(parser);
    parser.process(application);
    LaunchOptions options;
    const QString error = options.readFrom(parser);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(error));
        return 2;
    }
    const StationPolicy policy = options.stationPolicy();
    if (options.hashPin) {
        return PinCommand::run();
    }

    if (options.registryMigrate) {
        QString migrationError;
        const std::optional<int> version
            = RegistrySchema::migrate(options.registry, &migrationError, KeptRegistryPassword::read(options.registry));
        if (!version) {
            std::fprintf(stderr, "vigie: the site registry could not be migrated: %s\n", qPrintable(migrationError));
            return 1;
        }
        std::printf("vigie: the site registry's schema is at version %d\n", *version);
        return 0;
    }
    // Provisioning, like --registry-migrate: the [Registry] that binds the station names the entry.
    if (options.storeRegistryPassword) {
        return RegistryPasswordCommand::run(options.registry);
    }

    LanguageSwitcher languages;
    languages.apply(policy.startLanguage(UiSettings::language()));
    // --verify-audit and --audit-report (in the language just chosen) answer and exit.
    if (const std::optional<int> status = AuditCommands::run(options, policy.auditPath, policy.ledgerPath)) {
        return *status;
    }
    // Before the first connection: every network access manager follows the proxy and the CAs.
    if (const QString networkError = options.network.apply(); !networkError.isEmpty()) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(networkError));
        return 2;
    }
    // Provisioning, like --hash-pin: before the kiosk must hold. The proxy is the one the station's
    // sign-ins will meet, by [Network] Proxy= or the system's settings.
    if (options.storeProxyCredentials) {
        return ProxyCredentialsCommand::run(ProxyAuthenticator::proxyFor(options.environment.issuer));
    }
    // After --hash-pin, which provisions it, and in the station's language.
    const QString kioskProblem = options.kioskProblem();
    if (!kioskProblem.isEmpty()) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(kioskProblem));
        return 2;
    }
    for (const QString &warning : options.kioskWarnings()) {
        qCWarning(lcStation, "%s", qPrintable(warning));
    }

    std::unique_ptr<CxoneSimulator> simulator;
    CxoneEnvironment environment = options.environment;
    if (options.demo && options.demoJoinPort != 0) {
        // A second station of a demo site: one CXone for both, as on a real site.
        environment.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(options.demoJoinPort));
    } else if (options.demo) {
        simulator = std::make_unique<CxoneSimulator>(options.simulator);
        if (!simulator->start(options.demoPort)) {
            std::fprintf(stderr, "vigie: the demo simulator cannot listen on port %d\n", options.demoPort);
            return 2;
        }
        environment.issuer = simulator->baseUrl();
        for (const SimulatorFault &fault : options.demoFaults) {
            simulator->addFault(fault);
        }
    }
    if (options.noAnimations) {
        Appearance::disableAnimations();
    }

    // The files in it are 0600 whatever the folder's mode; a folder others can list still tells
    // them who was recorded and when, by the files' times.
    if (!policy.privateFolder.isEmpty() && !PrivateFile::makePrivateFolder(policy.privateFolder)) {
        std::fprintf(stderr, "vigie: the data folder %s cannot be made private to this account\n",
            qPrintable(policy.privateFolder));
    }
    SupervisorSession session(environment, policy.ledgerPath, policy.auditPath);
    session.directory()->setRefreshIntervalMs(options.refreshIntervalMs);
    session.directory()->setFullRefreshIntervalMs(options.fullReloadMinutes * 60 * 1000);
    session.setScopeSettings(options.scope);
    SingleInstance instance(policy.ledgerPath);
    auto refuseToStart = [&options](const QString &message) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
        if (!options.selfTest) {
            QMessageBox::warning(nullptr, QStringLiteral("Vigie"), message);
        }
        return 1;
    };
    QString holder;
    // The ledger lock decides: only a live Vigie holding it is "already running", whatever
    // answers on a socket.
    if (!session.ledger()->tryLock(&holder)) {
        if (instance.activateRunningInstance()) {
            std::printf("vigie: Vigie is already running; its window was brought to the front\n");
            return 0;
        }
        return refuseToStart(EvidenceText::ledgerHeldElsewhere(holder));
    }
    // One writer per audit trail, even for Vigies on different ledgers.
    if (!session.auditLog()->tryLock(&holder)) {
        // No holder: nobody else has it, the trail's folder cannot be written at all.
        return refuseToStart(holder.isEmpty() ? EvidenceText::auditTrailUnwritable(policy.auditPath)
                                              : EvidenceText::auditTrailHeldElsewhere(holder, policy.auditPath));
    }
    const QString listenError = instance.listen();
    if (!listenError.isEmpty()) {
        std::fprintf(
            stderr, "vigie: launching Vigie again will not bring this window forward: %s\n", qPrintable(listenError));
    }
    const RecordingLedger::LoadResult restored = session.tracker()->restore();
    if (options.registry.isConfigured()) {
        session.useSiteRegistry(options.registry, policy.registryOutboxPath);
    }
    const AuditLog::PurgeResult purge = session.auditRecorder()->applyRetention(options.auditRetentionDays);
    // After the purge: a policy whose entry it removed is recorded again, for the reports to come.
    session.usePolicy(options.recordingPolicy);
    // Every audit entry also leaves the station, as it is written (Audit/SyslogServer).
    AuditForwarder forwarder(session.auditLog(), options.auditSyslog, options.auditCheckpointEvery);
    QObject::connect(session.auditRecorder(), &AuditRecorder::appended, &forwarder, &AuditForwarder::send);
    QObject::connect(&forwarder, &AuditForwarder::problem, &forwarder,
        [](const QString &problem) { qWarning("audit collector: %s", qPrintable(problem)); });
    forwarder.start();

    const AccessKey demoKey = options.demoKey();
    if (options.selfTest) {
        return DemoSelfTest::run(&session, simulator.get(), demoKey);
    }

    MainWindow::Options windowOptions;
    windowOptions.demo = options.demo;
    windowOptions.kiosk = policy.kiosk;
    // The works council's purposes, when the policy lists them, replace every other list.
    windowOptions.purposes
        = options.recordingPolicy.purposes.isEmpty() ? options.purposes : options.recordingPolicy.purposeNames();
    windowOptions.exportFolder = options.exportFolder;
    windowOptions.kioskPinHash = options.kioskPinHash;
    windowOptions.pinAttemptsFile = policy.pinAttemptsPath;
    windowOptions.idleLockMs = policy.idleLockMs;
    windowOptions.keepKeyInKeychain = policy.keepKeyInKeychain;
    windowOptions.language = policy.language;
    windowOptions.defaultDurationSeconds = options.defaultDurationSeconds;
    MainWindow window(&session, &languages, windowOptions);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    if (options.startupProbe) {
        new StartupProbe(window.agentTable(), sinceProcessStart, &window);
    }
    if (policy.kiosk) {
        window.showKiosk(options.kioskScreen);
    } else {
        window.show();
    }
    // Keyboard shortcuts need an active window; without a window manager (kiosk sessions,
    // virtual displays) nobody else would activate it.
    window.activateWindow();
    window.announcer()->reportRestoredLedger(restored, int(session.tracker()->active().size()));
    window.announcer()->reportAuditPurge(purge);
    window.signInFlow()->begin(options.demo ? std::optional<AccessKey>(demoKey) : std::nullopt);
    // Quitting drops the starts still queued; those already sent stay in the ledger to be confirmed.
    QObject::connect(
        &application, &QCoreApplication::aboutToQuit, session.controller(), &RecordingController::abandonUnsent);
    return application.exec();
}
