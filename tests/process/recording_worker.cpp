// A stand-in for a Vigie that gets killed: it runs the application's own core (SupervisorSession:
// token provider, recording client, controller, tracker and ledger) against a CXone URL.
//   recording_worker start   URL LEDGER  starts a recording for every agent, one batch, then idles
//   recording_worker cancel  URL LEDGER  starts every agent, cancels what is still queued, quits
//   recording_worker resume  URL LEDGER  restores the ledger, confirms every unconfirmed start, exits
//   recording_worker stopall URL LEDGER  restores the ledger, confirms, stops every recording, exits
// Extra: VIGIE_WORKER_DURATION (seconds, default 3600).
#include "session/SupervisorSession.h"
#include "simulator/SimulatorOptions.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {
void say(const char *format, const QString &userId, qint64 number)
{
    std::printf(format, qPrintable(userId), number);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    const QStringList modes { QStringLiteral("start"), QStringLiteral("cancel"), QStringLiteral("resume"),
        QStringLiteral("stopall") };
    if (arguments.size() != 4 || !modes.contains(arguments.at(1))) {
        std::fprintf(stderr, "usage: recording_worker start|cancel|resume|stopall URL LEDGER\n");
        return 2;
    }
    const QString mode = arguments.at(1);
    const bool starts = mode == QLatin1String("start") || mode == QLatin1String("cancel");
    const int duration = qEnvironmentVariableIsSet("VIGIE_WORKER_DURATION")
        ? qEnvironmentVariableIntValue("VIGIE_WORKER_DURATION")
        : 3600;
    const SimulatorOptions demo;
    CxoneEnvironment environment;
    environment.issuer = QUrl(arguments.at(2));
    environment.clientId = demo.clientId;
    environment.clientSecret = demo.clientSecret;
    environment.requestTimeoutMs = 2000;
    SupervisorSession session(environment, arguments.at(3), arguments.at(3) + QStringLiteral(".audit"));
    QString holder;
    if (!session.ledger()->tryLock(&holder)) {
        std::fprintf(stderr, "ledger locked by %s\n", qPrintable(holder));
        return 1;
    }
    session.tracker()->restore();
    RecordingController *controller = session.controller();
    RecordingTracker *tracker = session.tracker();
    controller->setConcurrency(4);
    controller->setConfirmationBackoff(50, 400);

    // resume and stopall end once nothing is left to confirm (and, for stopall, to stop).
    auto finishIfSettled = [&] {
        if (starts || !tracker->pending().isEmpty() || controller->pendingCount() > 0) {
            return;
        }
        if (mode == QLatin1String("stopall") && !tracker->active().isEmpty()) {
            QVector<qint64> contactIds;
            for (const TrackedRecording &recording : tracker->active()) {
                contactIds.append(recording.contactId);
            }
            controller->stop(contactIds);
            return;
        }
        application.quit();
    };
    QObject::connect(session.tokens(), &TokenProvider::signedIn, &application, [&] {
        if (!starts) {
            QTimer::singleShot(0, &application, finishIfSettled);
        }
    });
    QObject::connect(tracker, &RecordingTracker::pendingChanged, &application, finishIfSettled);
    QObject::connect(controller, &RecordingController::pendingChanged, &application, finishIfSettled);
    QObject::connect(
        session.directory(), &AgentDirectory::agentsLoaded, &application, [&](const QVector<Agent> &agents) {
            if (!starts) {
                return;
            }
            std::printf("starting %d\n", int(agents.size()));
            std::fflush(stdout);
            controller->start(agents, duration, QStringLiteral("kill test"));
            if (mode == QLatin1String("cancel")) {
                QTimer::singleShot(200, &application, [&] {
                    controller->cancelQueued();
                    controller->abandonUnsent(); // as quitting does
                    application.quit();
                });
            }
        });
    QObject::connect(controller, &RecordingController::started, &application,
        [](const TrackedRecording &r) { say("started %s %lld\n", r.userId, r.contactId); });
    QObject::connect(controller, &RecordingController::stopped, &application,
        [](const TrackedRecording &r) { say("stopped %s %lld\n", r.userId, r.contactId); });
    session.tokens()->signIn({ demo.demoKeyId, demo.demoKeySecret });
    return application.exec();
}
