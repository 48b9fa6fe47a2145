// SPDX-License-Identifier: Apache-2.0
// A stand-in for a Vigie that gets killed: it runs the application's own core (SupervisorSession:
// token provider, recording client, controller, tracker and ledger) against a CXone URL.
//   recording_worker start   URL LEDGER  starts a recording for every agent, one batch, then idles
//   recording_worker cancel  URL LEDGER  starts every agent, cancels what is still queued, quits
//   recording_worker resume  URL LEDGER  restores the ledger, confirms every unconfirmed start, exits
//   recording_worker stopall URL LEDGER  restores the ledger, confirms, stops every recording, exits
//   recording_worker serve   URL LEDGER [--registry-config INI] [--supervisor NAME]
//     takes commands on standard input, one a line (the fault soak, the two-station test):
//       start AGENT SECONDS | stop AGENT | settle | stopall      (AGENT: index in the directory)
//       signout MS (signs in again MS later) | quit (as closing the window does)
//       stopelsewhere AGENT (another station's recording of the agent, as the registry shows it)
//     and answers "ready", "settled" and "stopped-all" on standard output. It also says what the
//     controller did: "started USER CONTACT KIND", "failed USER OUTCOME", "stopped USER CONTACT
//     SUPERVISOR", and "refused stopelsewhere USER" when there is nothing of another station to stop.
//     With --registry-config, a station of a site: the [Registry] group of INI (as in Vigie's own
//     configuration) names the registry, the outbox is LEDGER.outbox, "ready" waits for the
//     registry too, and it says "held USER STATION SUPERVISOR CONTACT SECONDS" when another
//     station's recording first shows, "stopped-elsewhere USER SUPERVISOR STATION" when another
//     station stopped one of its own. --supervisor names whoever signs in (the simulator has one
//     key that may record; two stations need two names to tell whose act is whose).
// Extra: VIGIE_WORKER_DURATION (seconds, default 3600).
#include "session/SupervisorSession.h"
#include "simulator/SimulatorOptions.h"
#include "system/SystemClock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

namespace {
void say(const char *format, const QString &userId, qint64 number)
{
    std::printf(format, qPrintable(userId), number);
    std::fflush(stdout);
}
// The fault soak's Vigie: the application's core taking orders, one a line.
class Server : public QObject
{
public:
    Server(SupervisorSession *session, QCoreApplication *application)
        : m_session(session)
        , m_application(application)
        , m_input(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_input, &QSocketNotifier::activated, this, &Server::readCommands);
        // Coalesced, and never from inside the controller's own signals.
        m_check.setSingleShot(true);
        m_check.setInterval(0);
        connect(&m_check, &QTimer::timeout, this, &Server::checkWaits);
        connect(session->tracker(), &RecordingTracker::pendingChanged, &m_check, qOverload<>(&QTimer::start));
        connect(session->tracker(), &RecordingTracker::recordingEnded, &m_check, qOverload<>(&QTimer::start));
        connect(session->controller(), &RecordingController::busyChanged, &m_check, qOverload<>(&QTimer::start));
        connect(session->directory(), &AgentDirectory::agentsLoaded, this, [this](const QVector<Agent> &agents) {
            if (m_agents.isEmpty()) {
                m_agents = agents;
                sayReady();
            }
        });
        tellWhatTheControllerDoes();
        if (SiteRegistry *registry = session->siteRegistry()) {
            connect(registry, &SiteRegistry::availabilityChanged, this, &Server::sayReady);
            connect(registry, &SiteRegistry::siteChanged, this, &Server::tellOtherStations);
            connect(session->registrySync(), &RegistrySync::stoppedElsewhere, this,
                [](const TrackedRecording &recording, const QString &supervisor, const QString &station) {
                    std::printf("stopped-elsewhere %s %s %s\n", qPrintable(recording.userId), qPrintable(supervisor),
                        qPrintable(station));
                    std::fflush(stdout);
                });
        }
        m_poll.setInterval(200); // confirmations run on their own back-off: look again now and then
        connect(&m_poll, &QTimer::timeout, this, &Server::checkWaits);
        m_poll.start();
    }

private:
    static void say(const char *line)
    {
        std::printf("%s\n", line);
        std::fflush(stdout);
    }

    QString userId(int agent) const { return m_session->controller()->userIdFor(m_agents.value(agent)); }

    // Once, when the agents are known and the site registry (if any) is up.
    void sayReady()
    {
        const SiteRegistry *registry = m_session->siteRegistry();
        if (!m_ready && !m_agents.isEmpty() && (!registry || registry->isUp())) {
            m_ready = true;
            say("ready");
        }
    }

    void tellWhatTheControllerDoes()
    {
        RecordingController *controller = m_session->controller();
        connect(controller, &RecordingController::started, this,
            [](const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState, const QString &) {
                const char *kinds[] = { "new", "already-running", "confirmed", "recorded-elsewhere" };
                std::printf(
                    "started %s %lld %s\n", qPrintable(recording.userId), recording.contactId, kinds[int(kind)]);
                std::fflush(stdout);
            });
        connect(controller, &RecordingController::startFailed, this,
            [](const QString &userId, const QString &, const StartResult &result, const QString &) {
                std::printf("failed %s %s\n", qPrintable(userId), qPrintable(vigie::apiOutcomeName(result.outcome)));
                std::fflush(stdout);
            });
        connect(controller, &RecordingController::stopped, this,
            [](const TrackedRecording &recording, vigie::StopKind, const QString &supervisor) {
                std::printf(
                    "stopped %s %lld %s\n", qPrintable(recording.userId), recording.contactId, qPrintable(supervisor));
                std::fflush(stdout);
            });
    }

    // Another station's recordings, each said once, when it first shows here.
    void tellOtherStations()
    {
        const SiteRegistry *registry = m_session->siteRegistry();
        for (const SiteRecording &site : registry->live()) {
            if (site.state != SiteRecording::State::Recording || !registry->heldElsewhere(site.agentUserId)
                || m_toldContacts.contains(site.contactId)) {
                continue;
            }
            m_toldContacts.insert(site.contactId);
            std::printf("held %s %s %s %lld %d\n", qPrintable(site.agentUserId), qPrintable(site.station),
                qPrintable(site.supervisor), site.contactId, site.secondsRemaining(SystemClock::sinceBootMs()));
            std::fflush(stdout);
        }
    }

    void readCommands()
    {
        char chunk[4096];
        const auto count = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (count <= 0) {
            m_input.setEnabled(false);
            m_application->quit();
            return;
        }
        m_buffer.append(chunk, count);
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = m_buffer.left(end).trimmed().split(' ');
            m_buffer.remove(0, end + 1);
            run(words);
        }
    }

    void run(const QList<QByteArray> &words)
    {
        RecordingController *controller = m_session->controller();
        const QByteArray command = words.value(0);
        if (command == "start" && words.size() == 3) {
            controller->start({ m_agents.value(words.at(1).toInt()) }, words.at(2).toInt(), QStringLiteral("soak"));
        } else if (command == "stop" && words.size() == 2) {
            controller->stopRecordingsOf({ userId(words.at(1).toInt()) });
        } else if (command == "stopelsewhere" && words.size() == 2) {
            const SiteRegistry *registry = m_session->siteRegistry();
            const SiteRecording *held = registry ? registry->heldElsewhere(userId(words.at(1).toInt())) : nullptr;
            if (!held || !controller->stopElsewhere(*held)) {
                std::printf("refused stopelsewhere %s\n", qPrintable(userId(words.at(1).toInt())));
                std::fflush(stdout);
            }
        } else if (command == "signout" && words.size() == 2) {
            // The session drops the starts that never left and keeps the Stops for the next sign-in.
            m_session->tokens()->signOut();
            QTimer::singleShot(words.at(1).toInt(), this, [this] {
                const SimulatorOptions demo;
                m_session->tokens()->signIn({ demo.demoKeyId, demo.demoKeySecret });
            });
        } else if (command == "quit") {
            controller->abandonUnsent(); // as the application does when it quits
            m_application->quit();
            return;
        } else if (command == "settle") {
            m_settling = true;
        } else if (command == "stopall") {
            m_stoppingAll = true;
        }
        m_check.start();
    }

    void checkWaits()
    {
        RecordingTracker *tracker = m_session->tracker();
        RecordingController *controller = m_session->controller();
        const bool quiet
            = tracker->pending().isEmpty() && controller->busyCount() == 0 && tracker->keptStops().isEmpty();
        if (m_stoppingAll) {
            QStringList userIds;
            for (const TrackedRecording &recording : tracker->active()) {
                userIds.append(recording.userId);
            }
            for (const TrackedRecording &intent : tracker->pending()) {
                userIds.append(intent.userId);
            }
            if (userIds.isEmpty() && controller->busyCount() == 0) {
                m_stoppingAll = false;
                answerLater("stopped-all");
            } else {
                controller->stopRecordingsOf(userIds);
            }
            return;
        }
        if (m_settling && quiet) {
            m_settling = false;
            answerLater("settled");
        }
    }

    // After the ledger's group commit, so that what the driver reads on disk is what was said.
    void answerLater(const char *line)
    {
        QTimer::singleShot(200, this, [line] { say(line); });
    }

    SupervisorSession *m_session;
    QCoreApplication *m_application;
    QSocketNotifier m_input;
    QTimer m_poll;
    QTimer m_check;
    QByteArray m_buffer;
    QVector<Agent> m_agents;
    QSet<qint64> m_toldContacts;
    bool m_ready = false;
    bool m_settling = false;
    bool m_stoppingAll = false;
};

int serve(QCoreApplication &application, const QUrl &url, const QString &ledger, const QString &registryConfig,
    const QString &supervisor)
{
    const SimulatorOptions demo;
    CxoneEnvironment environment;
    environment.issuer = url;
    environment.clientId = demo.clientId;
    environment.clientSecret = demo.clientSecret;
    environment.requestTimeoutMs = 1000;
    SupervisorSession session(environment, ledger, ledger + QStringLiteral(".audit"));
    QString holder;
    if (!session.ledger()->tryLock(&holder)) {
        std::fprintf(stderr, "ledger locked by %s\n", qPrintable(holder));
        return 1;
    }
    session.tracker()->restore();
    if (!registryConfig.isEmpty()) {
        QSettings configuration(registryConfig, QSettings::IniFormat);
        RegistrySettings registry;
        const QString error = registry.readFrom(configuration);
        if (!error.isEmpty() || !registry.isConfigured()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(registryConfig),
                error.isEmpty() ? "no [Registry] Host" : qPrintable(error));
            return 2;
        }
        session.useSiteRegistry(registry, ledger + QStringLiteral(".outbox"));
    }
    if (!supervisor.isEmpty()) {
        // After the session's own handler, which names the key's owner.
        QObject::connect(session.tokens(), &TokenProvider::signedIn, &application, [&session, supervisor] {
            session.controller()->setSupervisor(supervisor);
            session.auditRecorder()->setSupervisor(supervisor);
        });
    }
    session.controller()->setConcurrency(6);
    session.controller()->setConfirmationBackoff(100, 1000);
    session.client()->setRetryPolicy(RetryPolicy { 3, 100, 1000, 5000 });
    Server server(&session, &application);
    session.tokens()->signIn({ demo.demoKeyId, demo.demoKeySecret });
    return application.exec();
}

// Removes "--name VALUE" from the arguments and returns VALUE (empty when absent).
QString takeOption(QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size()) {
        return {};
    }
    const QString value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return value;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QStringList arguments = application.arguments();
    const QString registryConfig = takeOption(arguments, QStringLiteral("--registry-config"));
    const QString supervisor = takeOption(arguments, QStringLiteral("--supervisor"));
    const QStringList modes { QStringLiteral("start"), QStringLiteral("cancel"), QStringLiteral("resume"),
        QStringLiteral("stopall"), QStringLiteral("serve") };
    if (arguments.size() != 4 || !modes.contains(arguments.at(1))) {
        std::fprintf(stderr,
            "usage: recording_worker start|cancel|resume|stopall|serve URL LEDGER "
            "[--registry-config INI] [--supervisor NAME]\n");
        return 2;
    }
    const QString mode = arguments.at(1);
    const bool starts = mode == QLatin1String("start") || mode == QLatin1String("cancel");
    if (mode == QLatin1String("serve")) {
        return serve(application, QUrl(arguments.at(2)), arguments.at(3), registryConfig, supervisor);
    }
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
        if (starts || !tracker->pending().isEmpty() || controller->busyCount() > 0) {
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
    QObject::connect(controller, &RecordingController::busyChanged, &application, finishIfSettled);
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
