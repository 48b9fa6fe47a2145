// A stand-in for a Vigie that gets killed: it runs the application's own core (SupervisorSession:
// token provider, recording client, controller, tracker and ledger) against a CXone URL.
//   recording_worker start  URL LEDGER   starts a recording for every agent, one batch, forever idle after
//   recording_worker resume URL LEDGER   restores the ledger, settles pending starts, prints, exits
#include "session/SupervisorSession.h"
#include "simulator/SimulatorOptions.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: recording_worker start|resume URL LEDGER\n");
        return 2;
    }
    const bool resume = arguments.at(1) == QLatin1String("resume");
    const SimulatorOptions demo;
    CxoneEnvironment environment;
    environment.issuer = QUrl(arguments.at(2));
    environment.clientId = demo.clientId;
    environment.clientSecret = demo.clientSecret;
    SupervisorSession session(environment, arguments.at(3), arguments.at(3) + QStringLiteral(".audit"));
    QString holder;
    if (!session.ledger()->tryLock(&holder)) {
        std::fprintf(stderr, "ledger locked by %s\n", qPrintable(holder));
        return 1;
    }
    session.tracker()->restore();
    session.controller()->setConcurrency(4);

    QObject::connect(session.tokens(), &TokenProvider::signedIn, &application, [&] {
        if (resume) {
            session.controller()->resumePending();
            if (!session.controller()->isBatchRunning()) {
                application.quit();
            }
        }
    });
    QObject::connect(
        session.directory(), &AgentDirectory::agentsLoaded, &application, [&](const QVector<Agent> &agents) {
            if (!resume) {
                std::printf("starting %d\n", int(agents.size()));
                std::fflush(stdout);
                session.controller()->start(agents, 3600, QStringLiteral("kill test"));
            }
        });
    QObject::connect(session.controller(), &RecordingController::started, &application, [](const TrackedRecording &r) {
        std::printf("started %s %lld\n", qPrintable(r.userId), r.contactId);
        std::fflush(stdout);
    });
    QObject::connect(session.controller(), &RecordingController::batchFinished, &application, [&] {
        if (resume) {
            application.quit();
        }
    });
    session.tokens()->signIn({ demo.demoKeyId, demo.demoKeySecret });
    return application.exec();
}
