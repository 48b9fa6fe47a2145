// SPDX-License-Identifier: Apache-2.0
// CXone at a distance (issue #29, docs/deployment.md): 100,000 agents in pages capped at 100,
// 60 ms of round trip, a 100 Mbit/s link, over plain HTTP and over TLS, each figure as a ratio to
// the ideal for the link; then over HTTP/2, through nginx in front of the simulator (Qt HttpServer
// 6.4 speaks HTTP/1.1 only). The simulator runs in a child process, so its work is not counted.
//   vigie_distance_bench [--quick]          measure and print
//   vigie_distance_bench serve AGENTS RTT_MS PAGE_CAP KBITS [CERT KEY HOST | --front URL]
//                                          a simulator (any free port, printed; "bytes" on
//                                          standard input prints the answer bytes sent so far);
//                                          --front: the URL its discovery names, a front's
#include "cxone/DirectoryLoad.h"
#include "network/NetworkSettings.h"
#include "session/SupervisorSession.h"
#include "simulator/CxoneSimulator.h"

#include "bench/BenchFigures.h"
#include "support/Http2Front.h"
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

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace {
using BenchFigures::cpuSeconds;
using BenchFigures::report;

// Qt opens this many HTTP/1.1 connections to one host, and the agent list has a network access
// manager of its own: the pages that can be on their way at once.
constexpr int kConnectionsPerHost = 6;
// Over HTTP/2 one connection carries every page the agent list asks for at once.
constexpr int kStreamsInFlight = DirectoryLoad::kConcurrentPages;

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
    if (arguments.value(6) == QLatin1String("--front")) {
        simulator.advertise(QUrl(arguments.value(7)));
    } else if (arguments.size() > 8) {
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

double cpuSecondsOf(qint64 processId)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(processId));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

struct ChildSimulator
{
    QProcess process;
    QUrl url;

    // tls: the certificate, key and host name it serves HTTPS for; or "--front" and the front's URL.
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
        url.setScheme(tls.isEmpty() || tls.constFirst() == QLatin1String("--front") ? QStringLiteral("http")
                                                                                    : QStringLiteral("https"));
        url.setHost(host);
        url.setPort(words.value(1).toInt());
        return words.value(0) == "serving";
    }
    // The CPU time the simulator has used so far (it encrypts, too, over TLS).
    double cpuSeconds() const { return cpuSecondsOf(process.processId()); }
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

// From sign-in (which starts the load) to the first page and to the whole list. url: where the
// station reaches the simulator, itself or a front before it.
Load measureLoad(ChildSimulator &simulator, const QUrl &url, const QTemporaryDir &work, const QString &name)
{
    Load load;
    Session session(url, work, name);
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

// inFlight: the pages on their way at once, six connections over HTTP/1.1, the agent list's
// streams on one connection over HTTP/2.
void reportLoad(const Load &load, const Link &link, const QString &transport, int inFlight)
{
    const int pages = int(std::ceil(double(link.agents) / link.pageCap));
    const double ideal
        = pages * link.roundTripMs / 1000.0 / inFlight + load.bytes * 8.0 / (link.kilobitsPerSecond * 1000.0);
    report(QStringLiteral("first rows, %1 agents at %2 ms, %3").arg(link.agents).arg(link.roundTripMs).arg(transport),
        load.firstRowsSeconds * 1000, "ms", 500, QStringLiteral("after sign-in"));
    report(QStringLiteral("whole list / ideal for the link, %1").arg(transport), load.wholeSeconds / ideal, "x", 1.3,
        QStringLiteral("%1 s; ideal %2 s = %3 pages x %4 ms / %5 in flight + %6 MB / %7 Mbit/s; CPU %8 s, "
                       "simulator's %9 s")
            .arg(load.wholeSeconds, 0, 'f', 2)
            .arg(ideal, 0, 'f', 2)
            .arg(pages)
            .arg(link.roundTripMs)
            .arg(inFlight)
            .arg(load.bytes / 1e6, 0, 'f', 1)
            .arg(link.kilobitsPerSecond / 1000)
            .arg(load.cpuSeconds, 0, 'f', 2)
            .arg(load.simulatorCpuSeconds, 0, 'f', 2));
}

void measureBulk(const QUrl &url, const QTemporaryDir &work, const Link &link, int starts, const QString &transport)
{
    Session session(url, work, QStringLiteral("bulk-") + QString::number(qHash(transport)));
    QSignalSpy loaded(session.directory(), &AgentDirectory::agentsLoaded);
    if (!session.signIn() || !loaded.wait(600000)) {
        std::printf("bulk over %s: could not sign in and load the list\n", qPrintable(transport));
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
    report(QStringLiteral("bulk %1 starts at %2 ms / ideal, %3").arg(starts).arg(link.roundTripMs).arg(transport),
        seconds / ideal, "x", 1.25,
        QStringLiteral("%1 s, %2 in flight, ideal %3 s, %4 recording")
            .arg(seconds, 0, 'f', 2)
            .arg(connections)
            .arg(ideal, 0, 'f', 2)
            .arg(session.tracker()->active().size()));
}

// The agent list and the bulk over HTTP/2, through nginx before a simulator of their own; says why
// not when the front cannot start, and which protocol the front saw every request in.
void measureHttp2(const Link &link, const QTemporaryDir &work, const TestCertificates::Issued &issued, int starts,
    const Load &overTls)
{
    Http2Front front;
    ChildSimulator behind;
    const QUrl frontUrl = front.url(QStringLiteral("localhost"));
    if (!behind.start(link, { QStringLiteral("--front"), frontUrl.toString() })) {
        std::printf("%-64s %s\n", "HTTP/2", "skipped: the simulator behind the front did not start");
        return;
    }
    if (!front.start(behind.url.port(), issued.pemPath, issued.keyPath)) {
        std::printf("%-64s skipped: %s\n", "HTTP/2", qPrintable(front.whyNot()));
        return;
    }
    const double frontCpuBefore = cpuSecondsOf(front.processId());
    const Load overHttp2 = measureLoad(behind, frontUrl, work, QStringLiteral("h2"));
    const double frontCpu = cpuSecondsOf(front.processId()) - frontCpuBefore;
    reportLoad(overHttp2, link, QStringLiteral("HTTP/2 (nginx before the simulator)"), kStreamsInFlight);
    std::printf("%-64s %10.2f x   (%.2f s over HTTP/2, %.2f s over HTTP/1.1 and TLS; nginx's CPU %.2f s)\n",
        "whole list, HTTP/2 / HTTP/1.1 over TLS", overHttp2.wholeSeconds / overTls.wholeSeconds, overHttp2.wholeSeconds,
        overTls.wholeSeconds, frontCpu);
    std::printf("%-64s %10.2f x   (CPU %.2f s over HTTP/2, %.2f s over HTTP/1.1 and TLS; printed, no target)\n",
        "this process's CPU for the list, HTTP/2 / HTTP/1.1 over TLS", overHttp2.cpuSeconds / overTls.cpuSeconds,
        overHttp2.cpuSeconds, overTls.cpuSeconds);
    measureBulk(frontUrl, work, link, starts, QStringLiteral("HTTP/2"));
    const QStringList requests = front.accessLog();
    const auto overH2 = std::count_if(requests.cbegin(), requests.cend(),
        [](const QString &line) { return line.startsWith(QLatin1String("HTTP/2.0 ")); });
    std::printf("%-64s %lld of %lld\n", "requests the front saw over HTTP/2", qint64(overH2), qint64(requests.size()));
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
    const Load overHttp = measureLoad(plain, plain.url, work, QStringLiteral("http"));
    reportLoad(overHttp, link, QStringLiteral("HTTP/1.1"), kConnectionsPerHost);

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
    const Load overTls = measureLoad(secure, secure.url, work, QStringLiteral("https"));
    reportLoad(overTls, link, QStringLiteral("HTTPS (HTTP/1.1 over TLS)"), kConnectionsPerHost);
    std::printf("%-64s %10.2f x   (CPU %.2f s over TLS, %.2f s plain; printed, no target)\n",
        "TLS CPU overhead: this process's CPU over TLS / plain HTTP", overTls.cpuSeconds / overHttp.cpuSeconds,
        overTls.cpuSeconds, overHttp.cpuSeconds);
    const int starts = quick ? 200 : 1000;
    measureBulk(plain.url, work, link, starts, QStringLiteral("HTTP/1.1"));
    measureBulk(secure.url, work, link, starts, QStringLiteral("HTTP/1.1 over TLS"));
    measureHttp2(link, work, issued, starts, overTls);
    return 0;
}
