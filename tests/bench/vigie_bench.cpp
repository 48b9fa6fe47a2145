// SPDX-License-Identifier: Apache-2.0
// Vigie's performance figures, each on its own line, each against its target (issue #9,
// docs/performance.md). The full run exits non-zero when a figure misses its target; the quick
// run (CI) prints the same figures but fails only when a measurement cannot be made, because
// timings on a shared CI machine say more about the machine than about Vigie.
//   vigie_bench [--quick] VIGIE_BINARY     measure (quick: fewer samples, shorter idle window)
//   vigie_bench serve PORT AGENTS LATENCY [CHANGE_PERCENT CHANGE_INTERVAL_MS]
//                                          run a simulator (0: any free port, printed)
//   vigie_bench memory URL                 load the tenant, track 1,000 recordings, print the RSS
//   vigie_bench load [--quick] [ROUNDS]    only the load figure, each round split into its parts
#include "models/ActiveRecordingsModel.h"
#include "models/AgentFilterProxy.h"
#include "models/AgentTableModel.h"
#include "session/SupervisorSession.h"
#include "simulator/CxoneSimulator.h"

#include "bench/BenchFigures.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {
using BenchFigures::cpuSeconds;
using BenchFigures::percentile;
using BenchFigures::report;

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

CxoneEnvironment environmentFor(const QUrl &url);

// A session against a simulator, its ledger and audit trail in 'work', named after what it measures.
struct BenchSession : SupervisorSession
{
    BenchSession(const QUrl &simulator, const QTemporaryDir &work, const QString &name)
        : SupervisorSession(environmentFor(simulator), work.filePath(name + QStringLiteral("-ledger.json")),
            work.filePath(name + QStringLiteral("-audit.jsonl")))
    {
    }
};
bool signIn(SupervisorSession &session);
bool signInAndLoad(SupervisorSession &session);

// Memory is measured in a process of its own that holds exactly the figure's state, so nothing
// the other measurements left behind (freed but not returned pages) counts against it.
int measureMemory(const QStringList &arguments)
{
    QTemporaryDir work;
    BenchSession session(QUrl(arguments.value(2)), work, QStringLiteral("memory"));
    if (!signInAndLoad(session)) {
        return 2;
    }
    AgentTableModel model(session.tracker(), session.controller());
    AgentFilterProxy proxy(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    model.setAgents(session.directory()->agents());
    view.resize(900, 600);
    view.show();
    QSignalSpy finished(session.controller(), &RecordingController::batchFinished);
    session.controller()->start(session.directory()->agents().mid(0, 1000), 3600, QStringLiteral("benchmark"));
    if (!finished.wait(120000)) {
        return 2;
    }
    ActiveRecordingsModel activeModel(session.tracker(), session.controller());
    QTableView activeView;
    activeView.setModel(&activeModel);
    activeView.show();
    QTest::qWait(1500); // a few ticks, so every view has painted
    std::printf(
        "rss %.2f %d %d\n", residentMegabytes(), int(model.rowCount()), int(session.tracker()->active().size()));
    return 0;
}

int serve(const QStringList &arguments)
{
    SimulatorOptions options;
    options.agentCount = arguments.value(3).toInt();
    options.latencyMs = arguments.value(4).toInt();
    options.stateChangeIntervalMs = 2000;
    if (arguments.size() > 6) {
        options.stateChangePercent = arguments.value(5).toDouble();
        options.stateChangeIntervalMs = arguments.value(6).toInt();
    }
    CxoneSimulator simulator(options);
    if (!simulator.start(quint16(arguments.value(2).toInt()))) {
        return 1;
    }
    std::printf("serving %d\n", simulator.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// A simulator in its own process, so its work does not count against Vigie's.
struct ChildSimulator
{
    QProcess process;
    QUrl url;

    bool start(int agents, int latencyMs, double changePercent = 0, int changeIntervalMs = 0)
    {
        // Port 0: the child takes any free port and says which, so nothing can already hold it.
        QStringList arguments { QStringLiteral("serve"), QStringLiteral("0"), QString::number(agents),
            QString::number(latencyMs) };
        if (changeIntervalMs > 0) {
            arguments << QString::number(changePercent) << QString::number(changeIntervalMs);
        }
        process.start(QCoreApplication::applicationFilePath(), arguments);
        if (!process.waitForReadyRead(30000)) {
            return false;
        }
        const QList<QByteArray> words = process.readLine().trimmed().split(' ');
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(words.value(1))));
        return words.value(0) == "serving" && words.value(1).toInt() > 0;
    }
    // The CPU time the simulator has used so far: what each side of the load figure cost it.
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(process.processId()));
        if (!stat.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QByteArray text = stat.readAll();
        // Fields after the command name, which may hold spaces: state is the third, utime the 14th.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
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

// Signed in, with the tenant's agents in the directory: the state most figures start from.
bool signInAndLoad(SupervisorSession &session)
{
    QSignalSpy loaded(session.directory(), &AgentDirectory::agentsLoaded);
    return signIn(session) && loaded.wait(120000);
}

bool signIn(SupervisorSession &session)
{
    const SimulatorOptions demo;
    QSignalSpy signedIn(session.tokens(), &TokenProvider::signedIn);
    session.tokens()->signIn({ demo.demoKeyId, demo.demoKeySecret });
    return signedIn.wait(10000);
}

void coldStart(const QString &vigie, int runs, const QString &work)
{
    QVector<double> internal;
    QVector<double> external;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QElapsedTimer wall;
        wall.start();
        process.start(vigie,
            { QStringLiteral("--demo"), QStringLiteral("--startup-probe"), QStringLiteral("--ledger"),
                work + QStringLiteral("/cold-%1.json").arg(run), QStringLiteral("--audit-log"),
                work + QStringLiteral("/cold-%1.audit").arg(run) });
        process.waitForFinished(30000);
        const QByteArray output = process.readAllStandardOutput();
        const int at = output.indexOf("after ");
        if (at >= 0) {
            internal.append(output.mid(at + 6).split(' ').first().toDouble());
            external.append(double(wall.elapsed()));
        }
    }
    if (internal.isEmpty()) {
        report(QStringLiteral("cold start of vigie --demo to first painted agent list"), 1e9, "ms", 120,
            QStringLiteral("no probe output"));
        return;
    }
    report(QStringLiteral("cold start of vigie --demo to first painted agent list"), percentile(internal, 0.5), "ms",
        120,
        QStringLiteral("median of %1; launch to exit incl. teardown %2 ms").arg(runs).arg(percentile(external, 0.5)));
}

QString thousands(int number) { return QLocale(QLocale::English).toString(number); }

// The agent table in a shown view sorted by name; followDirectory() wires it as the agents
// panel does, the load figure instead fills it itself when the load is over.
struct AgentTable
{
    AgentTableModel model;
    AgentFilterProxy proxy;
    QTableView view;

    explicit AgentTable(SupervisorSession &session)
        : model(session.tracker(), session.controller())
        , proxy(&model)
    {
        view.setModel(&proxy);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setSortingEnabled(true);
        view.resize(900, 600);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
    }

    void followDirectory(AgentDirectory *directory)
    {
        QObject::connect(directory, &AgentDirectory::agentsArriving, &model, &AgentTableModel::appendAgents);
        QObject::connect(directory, &AgentDirectory::agentsLoaded, &model, &AgentTableModel::setAgents);
        QObject::connect(directory, &AgentDirectory::statesChanged, &model, &AgentTableModel::applyStateChanges);
    }
};

// Search-as-you-type over a loaded table: a last name typed letter by letter and deleted
// again, each keystroke filtering every row and repainting the view.
void measureSearch(const AgentTableModel &model, AgentFilterProxy &proxy, QTableView &view, int agents, int rounds)
{
    QVector<double> keystrokes;
    const auto keystroke = [&](const QString &typed) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(typed);
        view.viewport()->repaint();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("VIGIE_BENCH_VERBOSE") && keystrokes.last() > 10) {
            std::printf("  slow keystroke to '%s': %.1f ms\n", qPrintable(typed), keystrokes.last());
        }
    };
    const QString word = model.agentAt(agents / 2).lastName.toLower();
    for (int round = 0; round < rounds; ++round) {
        for (int length = 1; length <= word.size(); ++length) {
            keystroke(word.left(length)); // typing the name
        }
        for (int length = int(word.size()) - 1; length >= 0; --length) {
            keystroke(word.left(length)); // and deleting it again
        }
    }
    report(QStringLiteral("search keystroke over %1 agents, median").arg(thousands(agents)),
        percentile(keystrokes, 0.5), "ms", 8, QStringLiteral("%1 keystrokes").arg(keystrokes.size()));
    report(QStringLiteral("search keystroke over %1 agents, p99").arg(thousands(agents)), percentile(keystrokes, 0.99),
        "ms", 16);
}

// curl downloads the same pages, 4 at a time (the simulator answers one request at a time, so
// curl's time is the simulator's CPU time whatever the number), and python's json.load parses them;
// the two parts are timed apart.
struct Baseline
{
    double downloadSeconds = 0;
    double parseSeconds = 0;
    double simulatorCpuSeconds = 0; // while curl downloaded
    double seconds() const { return downloadSeconds + parseSeconds; }
};

Baseline baseline(
    const ChildSimulator &simulator, const QUrl &api, const QByteArray &bearer, int agents, const QString &work)
{
    QStringList curl { QStringLiteral("-s"), QStringLiteral("--no-progress-meter"), QStringLiteral("--parallel"),
        QStringLiteral("--parallel-max"), QStringLiteral("4"), QStringLiteral("-H"),
        QString::fromLatin1("Authorization: " + bearer) };
    QStringList files;
    for (int skip = 0; skip < agents; skip += 1000) {
        QUrl page = api;
        page.setPath(QStringLiteral("/incontactapi/services/v32.0/agents"));
        page.setQuery(QStringLiteral("isActive=true&orderBy=agentId&skip=%1&top=1000").arg(skip));
        files << work + QStringLiteral("/page-%1.json").arg(skip);
        curl << page.toString() << QStringLiteral("-o") << files.last();
    }
    QUrl states = api;
    states.setPath(QStringLiteral("/incontactapi/services/v32.0/agents/states"));
    files << work + QStringLiteral("/states.json");
    curl << states.toString() << QStringLiteral("-o") << files.last();
    Baseline parts;
    QElapsedTimer timer;
    timer.start();
    const double simulatorBefore = simulator.cpuSeconds();
    QProcess::execute(QStringLiteral("curl"), curl);
    parts.downloadSeconds = timer.nsecsElapsed() / 1e9;
    parts.simulatorCpuSeconds = simulator.cpuSeconds() - simulatorBefore;
    timer.restart();
    const QStringList parse { QStringLiteral("-c"),
        QStringLiteral("import json,sys\nfor f in sys.argv[1:]: json.load(open(f))") };
    QProcess::execute(QStringLiteral("python3"), parse + files);
    parts.parseSeconds = timer.nsecsElapsed() / 1e9;
    return parts;
}

// One round of the load figure: the baseline, then a sign-in's load of the same tenant into a
// table that follows the directory as the agents panel does (pages listed as they arrive), and
// a repaint of the view; each side split into its parts.
struct LoadRound
{
    Baseline baseline;
    double directorySeconds = 0; // reload() to agentsLoaded: requests, answers, parsing, model
    double modelSeconds = 0; // of which AgentTableModel::appendAgents and setAgents
    double modelTailSeconds = 0; // of which setAgents, once every page is in
    double paintSeconds = 0;
    double reloadSeconds = 0; // F5 afterwards: the list stays shown, updated in place at the end
    double longestPauseMs = 0; // of this thread, the window's, while the pages and states were read
    double cpuSeconds = 0; // of this process, every thread, from reload() to agentsLoaded
    double simulatorCpuSeconds = 0; // meanwhile
    double vigieSeconds() const { return directorySeconds + paintSeconds; }
    double ratio() const { return vigieSeconds() / baseline.seconds(); }
};

LoadRound loadRound(const ChildSimulator &simulator, int agents, const QTemporaryDir &work, int round)
{
    LoadRound measured;
    BenchSession session(simulator.url, work, QStringLiteral("load-%1").arg(round));
    session.directory()->setRefreshIntervalMs(3600 * 1000);
    if (!signIn(session)) {
        return measured;
    }
    session.directory()->stop(); // sign-in started a load; the measured one starts below
    measured.baseline = baseline(
        simulator, session.tokens()->apiBase(), session.tokens()->authorizationHeader(), agents, work.path());
    AgentTable table(session);
    QElapsedTimer modelTimer;
    QObject::connect(
        session.directory(), &AgentDirectory::agentsArriving, &table.model, [&](const QVector<Agent> &page) {
            modelTimer.start();
            table.model.appendAgents(page);
            measured.modelSeconds += modelTimer.nsecsElapsed() / 1e9;
        });
    QObject::connect(session.directory(), &AgentDirectory::agentsLoaded, &table.model, [&](const QVector<Agent> &all) {
        modelTimer.start();
        table.model.setAgents(all);
        measured.modelTailSeconds = modelTimer.nsecsElapsed() / 1e9;
        measured.modelSeconds += measured.modelTailSeconds;
    });
    QSignalSpy loaded(session.directory(), &AgentDirectory::agentsLoaded);
    // A click waits as long as this thread's longest pause: a light tick shows each one.
    QTimer tick;
    tick.setInterval(10);
    QElapsedTimer sinceTick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        measured.longestPauseMs = qMax(measured.longestPauseMs, sinceTick.nsecsElapsed() / 1e6 - tick.interval());
        sinceTick.start();
    });
    sinceTick.start();
    tick.start();
    QElapsedTimer load;
    load.start();
    const double cpuBefore = cpuSeconds();
    const double simulatorBefore = simulator.cpuSeconds();
    session.directory()->reload();
    loaded.wait(120000);
    measured.directorySeconds = load.nsecsElapsed() / 1e9;
    measured.cpuSeconds = cpuSeconds() - cpuBefore;
    measured.simulatorCpuSeconds = simulator.cpuSeconds() - simulatorBefore;
    tick.stop();
    load.restart();
    table.view.viewport()->repaint();
    measured.paintSeconds = load.nsecsElapsed() / 1e9;
    load.restart();
    session.directory()->reload();
    loaded.wait(120000);
    table.view.viewport()->repaint();
    measured.reloadSeconds = load.nsecsElapsed() / 1e9;
    session.directory()->stop();
    return measured;
}

// How long a click can wait while the list loads: each round's longest pause of the window's
// thread, the median of them the figure.
void reportLongestPause(int agents, const QVector<double> &pauses)
{
    report(QStringLiteral("longest pause of the window during the load of %1").arg(thousands(agents)),
        percentile(pauses, 0.5), "ms", 100,
        QStringLiteral("median of %1 rounds, worst %2 ms")
            .arg(pauses.size())
            .arg(*std::max_element(pauses.cbegin(), pauses.cend()), 0, 'f', 0));
}

// `vigie_bench load`: the load figure alone, each round's parts printed, to see where the time goes.
int measureLoad(const QStringList &arguments)
{
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    bool counted = false;
    const int rounds = arguments.last().toInt(&counted);
    const int agents = quick ? 20000 : 100000;
    QTemporaryDir work;
    ChildSimulator tenant;
    if (!tenant.start(agents, 0)) {
        return 2;
    }
    QVector<double> ratios;
    QVector<double> pauses;
    for (int round = 0; round < (counted && rounds > 0 ? rounds : 5); ++round) {
        const LoadRound measured = loadRound(tenant, agents, work, round);
        if (measured.baseline.seconds() == 0) {
            return 2;
        }
        ratios.append(measured.ratio());
        pauses.append(measured.longestPauseMs);
        std::printf("round %d: %.2f x  Vigie %.3f s (to agentsLoaded %.3f, of which model %.3f and %.3f after the "
                    "last page; paint %.3f; longest pause %.0f ms; CPU %.3f, simulator's %.3f)  baseline %.3f s "
                    "(curl %.3f, simulator's CPU %.3f; json.load %.3f)  F5 %.3f s\n",
            round + 1, measured.ratio(), measured.vigieSeconds(), measured.directorySeconds, measured.modelSeconds,
            measured.modelTailSeconds, measured.paintSeconds, measured.longestPauseMs, measured.cpuSeconds,
            measured.simulatorCpuSeconds, measured.baseline.seconds(), measured.baseline.downloadSeconds,
            measured.baseline.simulatorCpuSeconds, measured.baseline.parseSeconds, measured.reloadSeconds);
        std::fflush(stdout);
    }
    report(QStringLiteral("load of %1 agents (pages + states, model, view) / baseline").arg(thousands(agents)),
        percentile(ratios, 0.5), "x", 1.0, QStringLiteral("median of %1 rounds").arg(ratios.size()));
    reportLongestPause(agents, pauses);
    return 0;
}

// `vigie_bench search [--quick]`: only the keystroke figure, for whoever tunes the search.
int searchOnly(bool quick)
{
    const int agents = quick ? 20000 : 100000;
    ChildSimulator tenant;
    QTemporaryDir work;
    if (!tenant.start(agents, 0)) {
        return 2;
    }
    BenchSession session(tenant.url, work, QStringLiteral("search"));
    if (!signInAndLoad(session)) {
        return 2;
    }
    session.directory()->stop();
    AgentTable table(session);
    table.model.setAgents(session.directory()->agents());
    measureSearch(table.model, table.proxy, table.view, agents, quick ? 10 : 40);
    return 0;
}

// Starts through the queue against a simulator that answers each in 50 ms, against the ideal:
// the requests back to back on every connection the controller uses.
void measureBulk(SupervisorSession &recorder, const QVector<Agent> &targets)
{
    QSignalSpy finished(recorder.controller(), &RecordingController::batchFinished);
    QElapsedTimer bulkTimer;
    bulkTimer.start();
    if (qEnvironmentVariableIsSet("VIGIE_BENCH_VERBOSE")) {
        QObject::connect(
            recorder.controller(), &RecordingController::batchProgress, recorder.controller(), [&bulkTimer](int done) {
                if (done % 100 == 0) {
                    std::printf("  %4d done after %lld ms\n", done, bulkTimer.elapsed());
                }
            });
    }
    recorder.controller()->start(targets, 3600, QStringLiteral("benchmark"));
    finished.wait(600000);
    const double bulkSeconds = bulkTimer.nsecsElapsed() / 1e9;
    const int concurrency = recorder.controller()->concurrency();
    const double ideal = std::ceil(double(targets.size()) / concurrency) * 0.050;
    report(QStringLiteral("bulk start / ideal for the connections used"), bulkSeconds / ideal, "x", 1.25,
        QStringLiteral("%1 starts in %2 s, %3 connections, ideal %4 s, %5 recording")
            .arg(targets.size())
            .arg(bulkSeconds, 0, 'f', 2)
            .arg(concurrency)
            .arg(ideal, 0, 'f', 2)
            .arg(recorder.tracker()->active().size()));
}

// `vigie_bench bulk [--quick]`: only the bulk start figure.
int bulkOnly(bool quick)
{
    ChildSimulator slow;
    QTemporaryDir work;
    if (!slow.start(20000, 50)) {
        return 2;
    }
    BenchSession recorder(slow.url, work, QStringLiteral("bulk"));
    if (!signInAndLoad(recorder)) {
        return 2;
    }
    recorder.directory()->stop();
    measureBulk(recorder, recorder.directory()->agents().mid(0, quick ? 200 : 1000));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.value(1) == QLatin1String("serve")) {
        return serve(arguments);
    }
    if (arguments.value(1) == QLatin1String("memory")) {
        return measureMemory(arguments);
    }
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.info=false"));
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    // One figure alone, for whoever tunes it.
    if (arguments.value(1) == QLatin1String("load")) {
        return measureLoad(arguments);
    }
    if (arguments.value(1) == QLatin1String("search")) {
        return searchOnly(quick);
    }
    if (arguments.value(1) == QLatin1String("bulk")) {
        return bulkOnly(quick);
    }
    const QString vigie = arguments.last();
    QTemporaryDir work;
    std::printf("vigie_bench %s mode, %d cores\n", quick ? "quick" : "full", QThread::idealThreadCount());

    coldStart(vigie, quick ? 3 : 10, work.path());

    // Load of the largest tenant, against what curl and python need for the same pages.
    constexpr int kAgents = 20000;
    const int bigTenant = quick ? kAgents : 100000;
    ChildSimulator tenant;
    if (!tenant.start(bigTenant, 0)) {
        std::printf("could not start the simulator\n");
        return 2;
    }
    // Loopback downloads vary from run to run: the median of several rounds is the figure.
    QVector<double> ratios;
    QVector<double> pauses;
    QString lastRound;
    for (int round = 0; round < (quick ? 3 : 5); ++round) {
        const LoadRound measured = loadRound(tenant, bigTenant, work, round);
        if (measured.baseline.seconds() == 0) {
            return 2;
        }
        ratios.append(measured.ratio());
        pauses.append(measured.longestPauseMs);
        lastRound = QStringLiteral("last round: Vigie %1 s, curl + json.load %2 s")
                        .arg(measured.vigieSeconds(), 0, 'f', 3)
                        .arg(measured.baseline.seconds(), 0, 'f', 3);
    }
    report(QStringLiteral("load of %1 agents (pages + states, model, view) / baseline").arg(thousands(bigTenant)),
        percentile(ratios, 0.5), "x", 1.0, QStringLiteral("median of %1 rounds; %2").arg(ratios.size()).arg(lastRound));
    reportLongestPause(bigTenant, pauses);

    BenchSession session(tenant.url, work, QStringLiteral("big"));
    if (!signInAndLoad(session)) {
        return 2;
    }
    session.directory()->stop();
    AgentTable table(session);
    table.model.setAgents(session.directory()->agents());

    measureSearch(table.model, table.proxy, table.view, bigTenant, quick ? 10 : 40);

    // First rows on screen while a 20,000-agent tenant loads: a fresh session each time, as at sign-in.
    ChildSimulator twenty;
    if (!twenty.start(kAgents, 0, 2, 5000)) {
        return 2;
    }
    QVector<double> firstPaints;
    for (int round = 0; round < (quick ? 3 : 10); ++round) {
        BenchSession fresh(twenty.url, work, QStringLiteral("paint"));
        fresh.directory()->setRefreshIntervalMs(3600 * 1000);
        if (!signIn(fresh)) {
            return 2;
        }
        fresh.directory()->stop(); // sign-in started a load; the measured one starts below
        AgentTable firstPaintTable(fresh);
        firstPaintTable.followDirectory(fresh.directory());
        QSignalSpy loaded(fresh.directory(), &AgentDirectory::agentsLoaded);
        double painted = 0;
        QElapsedTimer firstPaint;
        QObject::connect(fresh.directory(), &AgentDirectory::agentsArriving, &firstPaintTable.view, [&] {
            if (painted == 0) {
                firstPaintTable.view.viewport()->repaint();
                painted = firstPaint.nsecsElapsed() / 1e6;
            }
        });
        firstPaint.start();
        fresh.directory()->reload();
        loaded.wait(60000);
        firstPaints.append(painted > 0 ? painted : firstPaint.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("first rows painted, 20,000-agent tenant"), percentile(firstPaints, 0.5), "ms", 300,
        QStringLiteral("median of %1 sign-ins").arg(firstPaints.size()));

    // A station left on all day: 20,000 agents, a refresh every 5 s, 2 % of the states changing.
    {
        BenchSession steady(twenty.url, work, QStringLiteral("steady"));
        steady.directory()->setRefreshIntervalMs(5000);
        AgentTable steadyTable(steady);
        steadyTable.followDirectory(steady.directory());
        if (!signInAndLoad(steady)) {
            return 2;
        }
        QSignalSpy changed(steady.directory(), &AgentDirectory::statesChanged);
        const int window = quick ? 10 : 60;
        const double cpuBefore = cpuSeconds();
        QElapsedTimer elapsed;
        elapsed.start();
        QEventLoop waiting;
        QTimer::singleShot(window * 1000, &waiting, &QEventLoop::quit);
        waiting.exec();
        const double cpuPercent = 100.0 * (cpuSeconds() - cpuBefore) / (elapsed.nsecsElapsed() / 1e9);
        int applied = 0;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            applied += int(signal.at(0).value<QVector<AgentStateChange>>().size());
        }
        report(QStringLiteral("steady refresh, 20,000 agents every 5 s, 2 % changing"), cpuPercent, "%", 0.3,
            QStringLiteral("%1 s window, %2 changes applied").arg(window).arg(applied));
    }

    // Bulk start through the queue, against a simulator that answers in 50 ms.
    const int bulk = quick ? 200 : 1000;
    ChildSimulator slow;
    if (!slow.start(kAgents, 50)) {
        return 2;
    }
    BenchSession recorder(slow.url, work, QStringLiteral("bulk"));
    if (!signIn(recorder)) {
        return 2;
    }
    recorder.directory()->stop();
    measureBulk(recorder, session.directory()->agents().mid(0, bulk));

    // Idle with the recordings counting down: one ticker, only countdown cells repainted.
    ActiveRecordingsModel activeModel(recorder.tracker(), recorder.controller());
    QTableView activeView;
    activeView.setModel(&activeModel);
    activeView.resize(900, 400);
    activeView.show();
    (void)QTest::qWaitForWindowExposed(&activeView);
    const int idleSeconds = quick ? 5 : 60;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    // A plain event loop: QTest::qWait would wake every 10 ms and count its own polling.
    QEventLoop waiting;
    QTimer::singleShot(idleSeconds * 1000, &waiting, &QEventLoop::quit);
    waiting.exec();
    const double cpuPercent = 100.0 * (cpuSeconds() - cpuBefore) / (idle.nsecsElapsed() / 1e9);
    report(QStringLiteral("CPU while idle with active countdowns ticking"), cpuPercent, "%", 1.0,
        QStringLiteral("%1 recordings, %2 s window").arg(recorder.tracker()->active().size()).arg(idleSeconds));

    QProcess memory;
    memory.start(QCoreApplication::applicationFilePath(), { QStringLiteral("memory"), tenant.url.toString() });
    memory.waitForFinished(180000);
    const QList<QByteArray> rss = memory.readAllStandardOutput().trimmed().split(' ');
    report(QStringLiteral("resident memory, %1 agents and 1,000 recordings").arg(thousands(bigTenant)),
        rss.value(1).toDouble(), "MB", 200,
        QStringLiteral("a process holding %1 agents in model and view, %2 recordings tracked")
            .arg(QString::fromLatin1(rss.value(2)), QString::fromLatin1(rss.value(3))));

    std::printf("vigie_bench: %s\n",
        BenchFigures::failures() == 0 ? "every figure met its target" : "SOME FIGURES MISSED THEIR TARGET");
    return BenchFigures::failures() == 0 || quick ? 0 : 1;
}
