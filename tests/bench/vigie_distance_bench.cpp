// SPDX-License-Identifier: Apache-2.0
// CXone at a distance (issue #29, docs/deployment.md): 100,000 agents in pages capped at 100,
// 60 ms of round trip, a 100 Mbit/s link, over plain HTTP and over TLS, each figure as a ratio to
// the ideal for the link. The simulator runs in a child process, so its work is not counted.
//   vigie_distance_bench [--quick]          measure and print
//   vigie_distance_bench serve AGENTS RTT_MS PAGE_CAP KBITS [CERT KEY HOST]
//                                          a simulator (any free port, printed; "bytes" on
//                                          standard input prints the answer bytes sent so far)
#include "network/NetworkSettings.h"
#include "session/SupervisorSession.h"
#include "simulator/CxoneSimulator.h"

#include "bench/BenchFigures.h"
#include "support/TestCertificates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace {
using BenchFigures::cpuSeconds;
using BenchFigures::report;

// Qt opens this many HTTP/1.1 connections to one host, and the agent list has a network access
// manager of its own: the pages that can be on their way at once.
constexpr int kConnectionsPerHost = 6;

struct Link
{
    int agents = 100000;
    int roundTripMs = 60;
    int pageCap = 100;
    int kilobitsPerSecond = 100000;
};

int serve(const QStringList &arguments)
{
    SimulatorOptions options;
    options.agentCount = arguments.value(2).toInt();
    options.latencyMs = arguments.value(3).toInt();
    options.maxPageSize = arguments.value(4).toInt();
    options.bandwidthKbps = arguments.value(5).toInt();
    options.stateChangeIntervalMs = 0;
    CxoneSimulator simulator(options);
    if (arguments.size() > 8) {
        TestCertificates::Issued issued;
        issued.certificate = QSslCertificate::fromPath(arguments.value(6)).value(0);
        QFile key(arguments.value(7));
        if (!key.open(QIODevice::ReadOnly)) {
            return 1;
        }
        issued.key = QSslKey(key.readAll(), QSsl::Ec);
        simulator.serveTls(TestCertificates::serverConfiguration(issued), arguments.value(8));
    }
    if (!simulator.start()) {
        return 1;
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&simulator] {
        char line[64];
        if (::read(STDIN_FILENO, line, sizeof line) > 0) {
            std::printf("bytes %lld\n", simulator.bytesAnswered());
            std::fflush(stdout);
        }
    });
    std::printf("serving %d\n", simulator.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

struct ChildSimulator
{
    QProcess process;
    QUrl url;

    bool start(const Link &link, const QStringList &tls = {}, const QString &host = QStringLiteral("127.0.0.1"))
    {
        process.start(QCoreApplication::applicationFilePath(),
            QStringList { QStringLiteral("serve"), QString::number(link.agents), QString::number(link.roundTripMs),
                QString::number(link.pageCap), QString::number(link.kilobitsPerSecond) }
                + tls);
        if (!process.waitForReadyRead(60000)) {
            return false;
        }
        const QList<QByteArray> words = process.readLine().trimmed().split(' ');
        url.setScheme(tls.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
        url.setHost(host);
        url.setPort(words.value(1).toInt());
        return words.value(0) == "serving";
    }
    // The CPU time the simulator has used so far (it encrypts, too, over TLS).
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(process.processId()));
        if (!stat.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    qint64 bytesAnswered()
    {
        process.write("bytes\n");
        process.waitForReadyRead(10000);
        return process.readLine().trimmed().split(' ').value(1).toLongLong();
    }
    ~ChildSimulator()
    {
        process.kill();
        process.waitForFinished();
    }
};

CxoneEnvironment environmentFor(const QUrl &url)
{
    const SimulatorOptions demo;
    CxoneEnvironment environment;
    environment.issuer = url;
    environment.clientId = demo.clientId;
    environment.clientSecret = demo.clientSecret;
    environment.requestTimeoutMs = 60000;
    return environment;
}

struct Session : SupervisorSession
{
    Session(const QUrl &url, const QTemporaryDir &work, const QString &name)
        : SupervisorSession(environmentFor(url), work.filePath(name + QStringLiteral("-ledger.json")),
            work.filePath(name + QStringLiteral("-audit.jsonl")))
    {
        directory()->setRefreshIntervalMs(3600 * 1000);
    }
    bool signIn()
    {
        const SimulatorOptions demo;
        QSignalSpy signedIn(tokens(), &TokenProvider::signedIn);
        tokens()->signIn({ demo.demoKeyId, demo.demoKeySecret });
        return signedIn.wait(30000);
    }
};

struct Load
{
    double firstRowsSeconds = 0;
    double wholeSeconds = 0;
    double cpuSeconds = 0;
    double simulatorCpuSeconds = 0;
    qint64 bytes = 0;
};

// From sign-in (which starts the load) to the first page and to the whole list.
Load measureLoad(ChildSimulator &simulator, const QTemporaryDir &work, const QString &name)
{
    Load load;
    Session session(simulator.url, work, name);
    QElapsedTimer clock;
    QObject::connect(session.directory(), &AgentDirectory::agentsArriving, session.directory(), [&] {
        if (load.firstRowsSeconds == 0) {
            load.firstRowsSeconds = clock.nsecsElapsed() / 1e9;
        }
    });
    QSignalSpy loaded(session.directory(), &AgentDirectory::agentsLoaded);
    const qint64 bytesBefore = simulator.bytesAnswered();
    const double cpuBefore = cpuSeconds();
    const double simulatorBefore = simulator.cpuSeconds();
    clock.start();
    if (!session.signIn()) {
        return load;
    }
    const double signInSeconds = clock.nsecsElapsed() / 1e9;
    if (!loaded.wait(600000)) {
        return load;
    }
    load.wholeSeconds = clock.nsecsElapsed() / 1e9 - signInSeconds;
    load.firstRowsSeconds -= signInSeconds;
    load.cpuSeconds = cpuSeconds() - cpuBefore;
    load.simulatorCpuSeconds = simulator.cpuSeconds() - simulatorBefore;
    load.bytes = simulator.bytesAnswered() - bytesBefore;
    return load;
}

void reportLoad(const Load &load, const Link &link, const QString &transport)
{
    const int pages = int(std::ceil(double(link.agents) / link.pageCap));
    const double ideal = pages * link.roundTripMs / 1000.0 / kConnectionsPerHost
        + load.bytes * 8.0 / (link.kilobitsPerSecond * 1000.0);
    report(QStringLiteral("first rows, %1 agents at %2 ms, %3").arg(link.agents).arg(link.roundTripMs).arg(transport),
        load.firstRowsSeconds * 1000, "ms", 500, QStringLiteral("after sign-in"));
    report(QStringLiteral("whole list / ideal for the link, %1").arg(transport), load.wholeSeconds / ideal, "x", 1.3,
        QStringLiteral("%1 s; ideal %2 s = %3 pages x %4 ms / %5 connections + %6 MB / %7 Mbit/s; CPU %8 s, "
                       "simulator's %9 s")
            .arg(load.wholeSeconds, 0, 'f', 2)
            .arg(ideal, 0, 'f', 2)
            .arg(pages)
            .arg(link.roundTripMs)
            .arg(kConnectionsPerHost)
            .arg(load.bytes / 1e6, 0, 'f', 1)
            .arg(link.kilobitsPerSecond / 1000)
            .arg(load.cpuSeconds, 0, 'f', 2)
            .arg(load.simulatorCpuSeconds, 0, 'f', 2));
}

void measureBulk(const QUrl &url, const QTemporaryDir &work, const Link &link, int starts)
{
    Session session(url, work, QStringLiteral("bulk"));
    QSignalSpy loaded(session.directory(), &AgentDirectory::agentsLoaded);
    if (!session.signIn() || !loaded.wait(600000)) {
        return;
    }
    session.directory()->stop();
    QSignalSpy finished(session.controller(), &RecordingController::batchFinished);
    QElapsedTimer clock;
    clock.start();
    session.controller()->start(session.directory()->agents().mid(0, starts), 3600, QStringLiteral("benchmark"));
    finished.wait(600000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    const int connections = session.controller()->concurrency();
    const double ideal = std::ceil(double(starts) / connections) * link.roundTripMs / 1000.0;
    report(QStringLiteral("bulk %1 starts at %2 ms / ideal for the connections used").arg(starts).arg(link.roundTripMs),
        seconds / ideal, "x", 1.25,
        QStringLiteral("%1 s, %2 connections, ideal %3 s, %4 recording")
            .arg(seconds, 0, 'f', 2)
            .arg(connections)
            .arg(ideal, 0, 'f', 2)
            .arg(session.tracker()->active().size()));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.value(1) == QLatin1String("serve")) {
        return serve(arguments);
    }
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.info=false\nvigie.*.warning=false"));
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    Link link;
    link.agents = quick ? 20000 : 100000;
    QTemporaryDir work;
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    const QByteArray machineLoad = loadAverage.open(QIODevice::ReadOnly) ? loadAverage.readAll().trimmed() : "?";
    // A busy machine stretches every figure: its load is printed with them.
    std::printf("vigie_distance_bench %s mode: %d agents, pages of %d, %d ms round trip, %d Mbit/s; %d cores, load "
                "%s\n",
        quick ? "quick" : "full", link.agents, link.pageCap, link.roundTripMs, link.kilobitsPerSecond / 1000,
        QThread::idealThreadCount(), machineLoad.constData());

    ChildSimulator plain;
    if (!plain.start(link)) {
        std::printf("could not start the simulator\n");
        return 2;
    }
    const Load overHttp = measureLoad(plain, work, QStringLiteral("http"));
    reportLoad(overHttp, link, QStringLiteral("HTTP/1.1"));

    TestCertificates certificates;
    const TestCertificates::Issued issued
        = certificates.issue(QStringLiteral("bench"), { QStringLiteral("localhost") });
    NetworkSettings trustTestCa;
    trustTestCa.caFile = certificates.caPath();
    ChildSimulator secure;
    if (issued.certificate.isNull() || !trustTestCa.apply().isEmpty()
        || !secure.start(
            link, { issued.pemPath, issued.keyPath, QStringLiteral("localhost") }, QStringLiteral("localhost"))) {
        std::printf("could not start the simulator over TLS\n");
        return 2;
    }
    const Load overTls = measureLoad(secure, work, QStringLiteral("https"));
    reportLoad(overTls, link, QStringLiteral("HTTPS (HTTP/1.1 over TLS)"));
    std::printf("%-64s %10.2f x   (CPU %.2f s over TLS, %.2f s plain; printed, no target)\n",
        "TLS CPU overhead: this process's CPU over TLS / plain HTTP", overTls.cpuSeconds / overHttp.cpuSeconds,
        overTls.cpuSeconds, overHttp.cpuSeconds);
    std::printf("%-64s %s\n", "HTTP/2", "not measured: the simulator (Qt HttpServer 6.4) offers HTTP/1.1 only");

    measureBulk(plain.url, work, link, quick ? 200 : 1000);
    return 0;
}
