#include "audit/AuditForwarder.h"
#include "launch/AuditCommands.h"
#include "launch/LaunchOptions.h"
#include "logging/LogRedaction.h"
#include "session/SupervisorSession.h"
#include "shell/LanguageSwitcher.h"
#include "shell/StartupProbe.h"
#include "signin/SignInFlow.h"
#include "simulator/CxoneSimulator.h"
#include "simulator/DemoSelfTest.h"
#include "station/PinHash.h"
#include "station/SingleInstance.h"
#include "version/VigieVersion.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
QString ledgerPathFor(const LaunchOptions &options)
{
    if (!options.ledgerFile.isEmpty()) {
        return options.ledgerFile;
    }
    // Demo recordings are not real: keep them apart from the ledger of real ones.
    return options.demo
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-recordings.json")
        : RecordingLedger::defaultFilePath();
}

void reportRestoredLedger(MainWindow &window, const RecordingLedger::LoadResult &restored, int running)
{
    if (restored.status == RecordingLedger::LoadStatus::Damaged) {
        window.announce(ActivityLogModel::Severity::Error,
            MainWindow::tr("The list of active recordings was damaged (%1). It was kept aside as %2; "
                           "recordings listed in it may still be running and will end by themselves.")
                .arg(restored.error, restored.setAsidePath));
    }
    if (running > 0) {
        window.announce(ActivityLogModel::Severity::Information,
            MainWindow::tr("%n recording(s) still running were restored.", nullptr, running));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceProcessStart;
    sinceProcessStart.start();
    // These show no window and must work where there is no display (a terminal, a package check).
    for (int index = 1; index < argc; ++index) {
        const QByteArray argument(argv[index]);
        const bool headless = argument == "--self-test" || argument == "--help" || argument == "-h"
            || argument == "--help-all" || argument == "--version" || argument == "-v" || argument == "--verify-audit"
            || argument == "--audit-report" || argument == "--hash-pin";
        if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
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

    const QString auditPath = !options.auditFile.isEmpty() ? options.auditFile
        : options.demo
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-audit.jsonl")
        : AuditLog::defaultFilePath();
    if (options.hashPin) {
        const QString pin = QTextStream(stdin).readLine();
        if (pin.size() < 4) {
            std::fprintf(stderr, "vigie: type a PIN of at least 4 characters on standard input\n");
            return 2;
        }
        std::printf("%s\n", qPrintable(PinHash::hash(pin)));
        return 0;
    }

    LanguageSwitcher languages;
    // On a kiosk the administrator's language wins; elsewhere the supervisor's last choice does.
    const QString savedLanguage = QSettings().value(QStringLiteral("General/Language")).toString();
    const bool provisionedLanguage = options.kiosk && !options.language.isEmpty();
    languages.apply(provisionedLanguage || savedLanguage.isEmpty() ? options.language : savedLanguage);
    if (!options.language.isEmpty() && parser.isSet(QStringLiteral("language"))) {
        languages.apply(options.language);
    }
    if (const std::optional<int> status = AuditCommands::run(options, auditPath, ledgerPathFor(options))) {
        return *status;
    }

    std::unique_ptr<CxoneSimulator> simulator;
    CxoneEnvironment environment = options.environment;
    if (options.demo) {
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
        for (auto effect : { Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip,
                 Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox }) {
            QApplication::setEffectEnabled(effect, false);
        }
    }

    const QString ledgerPath = ledgerPathFor(options);
    SingleInstance instance(ledgerPath);
    if (instance.activateRunningInstance()) {
        std::printf("vigie: Vigie is already running; its window was brought to the front\n");
        return 0;
    }
    SupervisorSession session(environment, ledgerPath, auditPath);
    session.directory()->setRefreshIntervalMs(options.refreshIntervalMs);
    QString holder;
    if (!session.ledger()->tryLock(&holder)) {
        const QString message = MainWindow::tr("Vigie is already running (%1). Use the open window: two Vigie "
                                               "windows would lose track of each other's recordings.")
                                    .arg(holder);
        std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
        if (!options.selfTest) {
            QMessageBox::warning(nullptr, MainWindow::tr("Vigie"), message);
        }
        return 1;
    }
    if (!session.auditLog()->tryLock(&holder)) {
        const QString message = MainWindow::tr("Another Vigie (%1) is writing to the audit trail %2. Use its window: "
                                               "two writers would break the trail's chain.")
                                    .arg(holder, auditPath);
        std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
        if (!options.selfTest) {
            QMessageBox::warning(nullptr, MainWindow::tr("Vigie"), message);
        }
        return 1;
    }
    instance.listen();
    const RecordingLedger::LoadResult restored = session.tracker()->restore();
    session.auditRecorder()->applyRetention(options.auditRetentionDays);
    AuditForwarder forwarder(session.auditLog(), options.auditSyslog, options.auditCheckpointEvery);
    QObject::connect(session.auditRecorder(), &AuditRecorder::appended, &forwarder, &AuditForwarder::send);
    QObject::connect(&forwarder, &AuditForwarder::problem, &forwarder,
        [](const QString &problem) { qWarning("audit collector: %s", qPrintable(problem)); });
    forwarder.start();

    const AccessKey demoKey { options.simulator.demoKeyId, options.simulator.demoKeySecret };
    if (options.selfTest) {
        return DemoSelfTest::run(&session, simulator.get(), demoKey);
    }

    MainWindow::Options windowOptions;
    windowOptions.demo = options.demo;
    windowOptions.kiosk = options.kiosk;
    windowOptions.purposes = options.purposes;
    windowOptions.exportFolder = options.exportFolder;
    windowOptions.kioskPinHash = options.kioskPinHash;
    windowOptions.idleLockMs = options.kiosk ? options.idleLockMinutes * 60 * 1000 : 0;
    windowOptions.keepKeyInKeychain = !options.kiosk || options.keepKeyInKeychain;
    windowOptions.language = options.language;
    windowOptions.defaultDurationSeconds = options.defaultDurationSeconds;
    MainWindow window(&session, &languages, windowOptions);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    if (options.startupProbe) {
        new StartupProbe(
            window.findChild<QAbstractItemView *>(QStringLiteral("agentTable")), sinceProcessStart, &window);
    }
    if (options.kiosk) {
        window.showKiosk(options.kioskScreen);
    } else {
        window.show();
    }
    // Keyboard shortcuts need an active window; without a window manager (kiosk sessions,
    // virtual displays) nobody else would activate it.
    window.activateWindow();
    reportRestoredLedger(window, restored, int(session.tracker()->active().size()));
    window.signInFlow()->begin(options.demo ? std::optional<AccessKey>(demoKey) : std::nullopt);
    // Starts a crash left unanswered are settled once signed in (CXone returns the running ones).
    QObject::connect(session.tokens(), &TokenProvider::signedIn, session.controller(),
        &RecordingController::resumePending, Qt::SingleShotConnection);
    return application.exec();
}
