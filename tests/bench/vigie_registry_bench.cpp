// SPDX-License-Identifier: Apache-2.0
// The site registry's figures (issue #25, docs/registry.md), each on its own line against its
// target, printed as vigie_bench prints its own. The bench starts a PostgreSQL 15 server of its
// own (support/PostgresServer.h) on a unix socket, flushing every commit to disk as a site's
// server does. The full run exits non-zero when a figure misses its target; the quick run (CI)
// prints the same figures but fails only when a measurement cannot be made.
//   vigie_registry_bench [--quick] [--load-seconds N]   measure (the load runs N s; 60, quick 10)
//   vigie_registry_bench idle SOCKET_FOLDER STATION SECONDS
//                                          one station's CPU, idle, in a process of its own
//   vigie_registry_bench watch SOCKET_FOLDER STATION COUNT SECONDS
//                                          a station watching the load's starts appear
#include "audit/AuditLog.h"
#include "registry/RegistryAuditFeed.h"
#include "registry/RegistryLink.h"
#include "registry/SiteRegistry.h"
#include "support/PostgresServer.h"
#include "support/RegistryEvents.h"

#include "bench/BenchFigures.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace {
using BenchFigures::cpuSeconds;
using BenchFigures::percentile;
using BenchFigures::report;
const QString kSupervisor = QStringLiteral("bench");
const QString kPurpose = QStringLiteral("Benchmark");

// A figure the issue asks to see without a target.
void note(const QString &figure, double value, const char *unit, const QString &detail = {})
{
    std::printf("%-64s %10.2f %-3s (no target)%s\n", qPrintable(figure), value, unit,
        detail.isEmpty() ? "" : qPrintable(QStringLiteral("  [") + detail + QLatin1Char(']')));
    std::fflush(stdout);
}

// CPU time of the database server: the postmaster and its children (a backend per connection,
// the checkpointer, the WAL writer…), from /proc. A backend that exits between two readings takes
// its time with it: the stations keep their connections for the whole load.
double serverCpuSeconds(qint64 postmasterPid)
{
    const double ticks = double(sysconf(_SC_CLK_TCK));
    double seconds = 0;
    QDirIterator processes(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (processes.hasNext()) {
        QFile stat(processes.next() + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        // The command name is in parentheses and may hold spaces: the fields count from after it.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const qint64 pid = line.left(line.indexOf(' ')).toLongLong();
        if (fields.size() < 13 || (pid != postmasterPid && fields.at(1).toLongLong() != postmasterPid)) {
            continue;
        }
        seconds += (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // utime, stime
    }
    return seconds;
}

// Runs the event loop until the condition holds, looking every 5 ms: signals are handled as they
// come, so what the measurements time is never a sleep of this loop's.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition()) {
        return true;
    }
    QEventLoop loop;
    QTimer look;
    look.setInterval(5);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    look.start();
    loop.exec();
    return condition();
}

bool waitUp(SiteRegistry &registry)
{
    if (!waitUntil([&] { return registry.isUp(); }, 30000)) {
        std::printf(
            "  %s: the registry never came up: %s\n", qPrintable(registry.station()), qPrintable(registry.problem()));
        return false;
    }
    return true;
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        std::printf("  %s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

// What is measured: from the call to RegistryLink::publish, as the link's own thread makes it,
// to the return of its insert. That is the event written to the outbox (fsync'd only if the
// registry fails), then inserted in one statement (the trigger deriving the agent's state and
// notifying the other stations) and committed by a server that flushes its WAL. The queued hop
// from the window's thread to the link's thread is not in it; the propagation figure covers the
// whole way. Beside it, what no client can go below: the server's commit of a one-row insert with
// no trigger, prepared once, on the same connection kind.
bool measureWrites(const PostgresServer &server, const QTemporaryDir &work, int events, QSqlDatabase &check)
{
    RegistryLink link(server.settingsFor(QStringLiteral("QA1")), work.filePath(QStringLiteral("writes-outbox.jsonl")));
    bool up = false;
    QObject::connect(&link, &RegistryLink::availabilityChanged, &link, [&](bool isUp, const QString &problem) {
        up = isUp;
        if (!isUp) {
            std::printf("  the writer's registry is down: %s\n", qPrintable(problem));
        }
    });
    link.open();
    link.reach(); // no keychain password to wait for here
    if (!up) {
        return false;
    }
    // Beside each write, in turn so that the machine's load weighs on all three alike: the server's
    // bare commit, and the outbox's append and fsync alone (what a write costs while the registry is
    // down), on the same disk.
    RegistryOutbox outbox(work.filePath(QStringLiteral("writes-outbox-alone.jsonl")));
    QSqlQuery floor(check);
    if (!floor.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor (n integer)"))
        || !floor.prepare(QStringLiteral("INSERT INTO bench_floor VALUES (?)"))) {
        std::printf("  the floor's table: %s\n", qPrintable(floor.lastError().text()));
        return false;
    }
    const qint64 before = scalar(check, QStringLiteral("SELECT count(*) FROM vigie.events WHERE station = 'QA1'"));
    QVector<double> samples;
    QVector<double> floorSamples;
    QVector<double> outboxSamples;
    QElapsedTimer timer;
    for (int i = 0; i < events && up; ++i) {
        const QVector<RegistryEvent> one { startEvent(
            QStringLiteral("write-%1").arg(i), 800000000LL + i, 600, kSupervisor, kPurpose) };
        timer.start();
        link.publish(one);
        samples.append(timer.nsecsElapsed() / 1e6);
        // The link's refresh on its own notification runs here, outside the timed part.
        QCoreApplication::processEvents();

        floor.addBindValue(i);
        timer.start();
        if (!floor.exec()) {
            std::printf("  the floor's insert: %s\n", qPrintable(floor.lastError().text()));
            return false;
        }
        floorSamples.append(timer.nsecsElapsed() / 1e6);

        QString error;
        timer.start();
        outbox.append(one, &error);
        outboxSamples.append(timer.nsecsElapsed() / 1e6);
        outbox.clear();
    }
    const qint64 written
        = scalar(check, QStringLiteral("SELECT count(*) FROM vigie.events WHERE station = 'QA1'")) - before;
    if (written != events) {
        std::printf("  event writes: %lld rows committed for %d events published\n", written, events);
        return false;
    }
    const QString detail = QStringLiteral("over %1 events").arg(events);
    note(QStringLiteral("event write, publish to row committed (unix socket), p50"), percentile(samples, 0.5), "ms",
        detail);
    report(QStringLiteral("event write, publish to row committed (unix socket), p99"), percentile(samples, 0.99), "ms",
        20, detail);
    note(QStringLiteral("  the server's commit alone (1-row insert, no trigger), p50"), percentile(floorSamples, 0.5),
        "ms", QStringLiteral("what its WAL flush costs on this disk"));
    note(QStringLiteral("  the server's commit alone (1-row insert, no trigger), p99"), percentile(floorSamples, 0.99),
        "ms");
    note(QStringLiteral("  the outbox's append and fsync alone (registry down), p50"), percentile(outboxSamples, 0.5),
        "ms");
    note(QStringLiteral("  the outbox's append and fsync alone (registry down), p99"), percentile(outboxSamples, 0.99),
        "ms");
    return true;
}

// From A's publish() (on the window's thread) to the moment B's heldElsewhere() names the agent:
// the queued hop to A's link, the write, NOTIFY, B's coalesced read and the hop back to B's thread.
bool measurePropagation(const PostgresServer &server, const QTemporaryDir &work, int events)
{
    SiteRegistry a(server.settingsFor(QStringLiteral("QA1")), work.filePath(QStringLiteral("a-outbox.jsonl")));
    SiteRegistry b(server.settingsFor(QStringLiteral("QA2")), work.filePath(QStringLiteral("b-outbox.jsonl")));
    a.start();
    b.start();
    if (!waitUp(a) || !waitUp(b)) {
        return false;
    }
    QVector<double> samples;
    QRandomGenerator random(25);
    for (int i = 0; i < events; ++i) {
        // At a random moment against B's 3 s poll, so that the figure is the notification's.
        QEventLoop pause;
        QTimer::singleShot(random.bounded(100), &pause, &QEventLoop::quit);
        pause.exec();
        const QString agent = QStringLiteral("propagation-%1").arg(i);
        QEventLoop loop;
        QElapsedTimer timer;
        double seenMs = -1;
        const QMetaObject::Connection seen = QObject::connect(&b, &SiteRegistry::siteChanged, &loop, [&] {
            if (b.heldElsewhere(agent)) {
                seenMs = timer.nsecsElapsed() / 1e6;
                loop.quit();
            }
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        timer.start();
        a.publish(startEvent(agent, 810000000LL + i, 3600, kSupervisor, kPurpose));
        loop.exec();
        QObject::disconnect(seen);
        if (seenMs < 0) {
            std::printf("  %s never showed on B\n", qPrintable(agent));
            return false;
        }
        samples.append(seenMs);
    }
    const QString detail = QStringLiteral("over %1 events, the link reads 50 ms after a notification").arg(events);
    report(QStringLiteral("propagation, A publishes a start -> B shows it, p50"), percentile(samples, 0.5), "ms", 1000,
        detail);
    report(QStringLiteral("propagation, A publishes a start -> B shows it, p99"), percentile(samples, 0.99), "ms", 1000,
        detail);
    return true;
}

AuditEntry benchEntry(int i)
{
    AuditEntry entry;
    entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.supervisor = kSupervisor;
    entry.agentName = QStringLiteral("Agent %1").arg(i);
    entry.userId = QStringLiteral("audit-%1").arg(i);
    entry.contactId = 820000000LL + i;
    entry.durationSeconds = 600;
    entry.purpose = kPurpose;
    return entry;
}

// Site-wide evidence: an audit entry on the station's disk -> its line committed in the registry,
// one at a time as a supervisor's actions come; then a trail the registry never saw (a station
// that ran long without it) caught up in one go.
bool measureAuditDelivery(const PostgresServer &server, const QTemporaryDir &work, int entries, int backlog)
{
    QString error;
    {
        AuditLog log(work.filePath(QStringLiteral("audit-live.jsonl")));
        SiteRegistry registry(
            server.settingsFor(QStringLiteral("QA1")), work.filePath(QStringLiteral("c-outbox.jsonl")));
        RegistryAuditFeed feed(&log, &registry);
        registry.start();
        if (!waitUp(registry)) {
            return false;
        }
        QVector<double> samples;
        for (int i = 1; i <= entries; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!log.append(benchEntry(i), &error)) {
                std::printf("  the trail refused an entry: %s\n", qPrintable(error));
                return false;
            }
            feed.send(log.head());
            if (!waitUntil([&] { return feed.stored() == i; }, 10000)) {
                std::printf("  audit entry %d never reached the registry\n", i);
                return false;
            }
            samples.append(timer.nsecsElapsed() / 1e6);
        }
        const QString detail
            = QStringLiteral("over %1 entries: the trail's append and fsync, then one insert and commit").arg(entries);
        note(QStringLiteral("audit entry on disk -> stored in the registry, p50"), percentile(samples, 0.5), "ms",
            detail);
        note(QStringLiteral("audit entry on disk -> stored in the registry, p99"), percentile(samples, 0.99), "ms",
            detail);
    }
    const QString trail = work.filePath(QStringLiteral("audit-backlog.jsonl"));
    {
        AuditLog log(trail);
        for (int i = 1; i <= backlog; ++i) {
            if (!log.append(benchEntry(i), &error, AuditLog::Flush::Deferred)) {
                std::printf("  the trail refused an entry: %s\n", qPrintable(error));
                return false;
            }
        }
        if (!log.sync(&error)) {
            std::printf("  the trail could not be synced: %s\n", qPrintable(error));
            return false;
        }
    }
    AuditLog log(trail);
    SiteRegistry registry(server.settingsFor(QStringLiteral("QA2")), work.filePath(QStringLiteral("d-outbox.jsonl")));
    RegistryAuditFeed feed(&log, &registry);
    QElapsedTimer timer;
    timer.start();
    registry.start();
    if (!waitUntil([&] { return feed.stored() == backlog; }, 300000)) {
        std::printf("  the backlog reached entry %lld of %d\n", feed.stored(), backlog);
        return false;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    note(QStringLiteral("audit backlog caught up (connect included)"), backlog / seconds, "l/s",
        QStringLiteral("%1 lines in %2 s, %3 lines per transaction")
            .arg(backlog)
            .arg(seconds, 0, 'f', 2)
            .arg(RegistryAuditFeed::kBatch));
    return true;
}

// A station of the bench's server, as named on a subprocess's command line: SOCKET STATION.
RegistrySettings settingsFrom(const QStringList &arguments)
{
    RegistrySettings settings;
    settings.host = arguments.value(2);
    settings.port = QString::number(PostgresServer::kPort);
    settings.station = arguments.value(3);
    settings.user = PostgresServer::roleFor(settings.station);
    return settings;
}

// One of the load's stations: the starts it made, by event id.
struct LoadStation
{
    std::unique_ptr<SiteRegistry> registry;
    QSet<QString> published;
};

// 50 stations in this process, each its own SiteRegistry (its own thread, connection and station
// role), starting agents at 20 a second between them as the controller does: a claim first, the
// start's event once the claim is granted.
bool measureLoad(const PostgresServer &server, const QTemporaryDir &work, const QStringList &stationNames, int seconds,
    QSqlDatabase &check)
{
    constexpr int kStartsPerSecond = 20;
    std::vector<LoadStation> stations(stationNames.size());
    for (int i = 0; i < stationNames.size(); ++i) {
        stations[i].registry = std::make_unique<SiteRegistry>(server.settingsFor(stationNames.at(i)),
            work.filePath(QStringLiteral("load-%1-outbox.jsonl").arg(stationNames.at(i))));
        stations[i].registry->start();
    }
    for (LoadStation &station : stations) {
        if (!waitUp(*station.registry)) {
            return false;
        }
    }
    // Another station, in a process of its own as a station is, watches every start appear.
    QProcess watcher;
    watcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    watcher.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("watch"), server.socketFolder(), QStringLiteral("QA2"),
            QString::number(seconds * kStartsPerSecond), QString::number(seconds + 60) });
    if (!watcher.waitForReadyRead(30000)) {
        std::printf("  the watching station never came up\n");
        return false;
    }
    watcher.readAll();
    QElapsedTimer clock;

    int asked = 0;
    int answered = 0;
    int refused = 0;
    auto startOne = [&](int n) {
        LoadStation &station = stations[n % stations.size()];
        const QString agent = QStringLiteral("load-%1").arg(n);
        const int duration = 600 + n % 3000;
        const RegistryClaim claim { agent, QStringLiteral("Agent %1").arg(agent), QStringLiteral("bench"),
            QStringLiteral("Benchmark"), duration };
        station.registry->claim({ claim }, [&, agent, duration, n](const QVector<RegistryClaimAnswer> &answers) {
            ++answered;
            if (answers.value(0).verdict != RegistryClaimAnswer::Verdict::Granted) {
                ++refused;
                return;
            }
            const RegistryEvent event = startEvent(agent, 900000000LL + n, duration, kSupervisor, kPurpose);
            stations[n % stations.size()].published.insert(event.eventId.toString(QUuid::WithoutBraces));
            stations[n % stations.size()].registry->publish(event);
        });
    };

    const qint64 serverPid = server.serverPid();
    const double serverCpuBefore = serverCpuSeconds(serverPid);
    const double stationsCpuBefore = cpuSeconds();
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(10);
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        const int due = int(qMin<qint64>(clock.elapsed(), seconds * 1000LL) * kStartsPerSecond / 1000);
        while (asked < due) {
            startOne(asked++);
        }
    });
    clock.start();
    pace.start();
    waitUntil([&] { return asked >= seconds * kStartsPerSecond; }, seconds * 1000 + 5000);
    pace.stop();
    const double loadWallSeconds = clock.elapsed() / 1000.0;
    // The CPU figures end once every claim is answered, before the checks below add their queries.
    waitUntil([&] { return answered == asked; }, 30000);
    const double measuredWallSeconds = clock.elapsed() / 1000.0;
    const double serverCpu = serverCpuSeconds(serverPid) - serverCpuBefore;
    const double stationsCpu = cpuSeconds() - stationsCpuBefore;
    // Every granted start in the registry, or half a minute: what is still missing then is lost.
    int published = 0;
    const auto countPublished = [&] {
        published = 0;
        for (const LoadStation &station : stations) {
            published += int(station.published.size());
        }
        return published;
    };
    waitUntil(
        [&] {
            return scalar(check,
                       QStringLiteral(
                           "SELECT count(*) FROM vigie.events WHERE kind = 'start' AND agent_user_id LIKE 'load-%'"))
                >= countPublished();
        },
        30000);
    watcher.waitForFinished(70000);
    // "watched COUNT P50 P99"
    const QList<QByteArray> watched = watcher.readAllStandardOutput().trimmed().split(' ');

    countPublished();
    QHash<QString, QSet<QString>> rows; // station -> event ids the registry holds
    int rowCount = 0;
    QSqlQuery query(check);
    if (!query.exec(QStringLiteral(
            "SELECT station, event_id::text FROM vigie.events WHERE kind = 'start' AND agent_user_id LIKE 'load-%'"))) {
        std::printf("  %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    while (query.next()) {
        rows[query.value(0).toString()].insert(query.value(1).toString());
        ++rowCount;
    }
    int lost = 0;
    int found = 0;
    for (int i = 0; i < stationNames.size(); ++i) {
        for (const QString &id : std::as_const(stations[i].published)) {
            rows.value(stationNames.at(i)).contains(id) ? ++found : ++lost;
        }
    }
    const int duplicated = rowCount - found;
    const QString shape = QStringLiteral("%1 stations, %2 starts in %3 s, %4 claims refused or unanswered")
                              .arg(stations.size())
                              .arg(asked)
                              .arg(loadWallSeconds, 0, 'f', 1)
                              .arg(refused);
    report(QStringLiteral("%1 stations at %2 starts/s: start events lost").arg(stations.size()).arg(kStartsPerSecond),
        lost, "", 0, shape);
    report(QStringLiteral("%1 stations at %2 starts/s: start events duplicated")
               .arg(stations.size())
               .arg(kStartsPerSecond),
        duplicated, "", 0, QStringLiteral("%1 rows for %2 published").arg(rowCount).arg(published));
    report(QStringLiteral("%1 stations at %2 starts/s: start committed -> shown elsewhere, p99")
               .arg(stations.size())
               .arg(kStartsPerSecond),
        watched.value(3).toDouble(), "ms", 1000,
        QStringLiteral("p50 %1 ms; %2 of %3 shown by a station in a process of its own")
            .arg(QString::fromLatin1(watched.value(2)), QString::fromLatin1(watched.value(1)))
            .arg(published));
    note(QStringLiteral("%1 stations at %2 starts/s: database server CPU").arg(stations.size()).arg(kStartsPerSecond),
        100.0 * serverCpu / measuredWallSeconds, "%",
        QStringLiteral("%1 s of CPU in %2 s, the postmaster and all its backends; %3 cores")
            .arg(serverCpu, 0, 'f', 2)
            .arg(measuredWallSeconds, 0, 'f', 1)
            .arg(QThread::idealThreadCount()));
    note(QStringLiteral("%1 stations at %2 starts/s: the stations' process CPU")
             .arg(stations.size())
             .arg(kStartsPerSecond),
        100.0 * stationsCpu / measuredWallSeconds, "%",
        QStringLiteral("%1 s of CPU: all %2 stations' registry threads in this process")
            .arg(stationsCpu, 0, 'f', 2)
            .arg(stations.size()));
    return rowCount > 0 && watched.value(0) == "watched";
}

// `vigie_registry_bench watch SOCKET STATION COUNT SECONDS`: a station in a process of its own
// while others load the registry. For each start of the load it shows, how long after the
// registry stamped it (its clock and this process's are the same machine's); it says "up" once
// connected, and "watched COUNT P50 P99" once it saw COUNT starts or SECONDS passed.
int watchLoad(const QStringList &arguments)
{
    QTemporaryDir work;
    SiteRegistry registry(settingsFrom(arguments), work.filePath(QStringLiteral("outbox.jsonl")));
    registry.start();
    if (!waitUp(registry)) {
        return 2;
    }
    const int expected = arguments.value(4).toInt();
    QSet<QString> seen;
    QVector<double> lagsMs;
    QObject::connect(&registry, &SiteRegistry::siteChanged, &registry, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const SiteRecording &recording : registry.live()) {
            if (recording.state == SiteRecording::State::Recording
                && recording.agentUserId.startsWith(QLatin1String("load-")) && !seen.contains(recording.agentUserId)) {
                seen.insert(recording.agentUserId);
                lagsMs.append(double(now - recording.startedAtUtc.toMSecsSinceEpoch()));
            }
        }
    });
    std::printf("up\n");
    std::fflush(stdout);
    waitUntil([&] { return seen.size() >= expected; }, arguments.value(5).toInt() * 1000);
    std::printf("watched %d %.1f %.1f\n", int(seen.size()), percentile(lagsMs, 0.5), percentile(lagsMs, 0.99));
    return 0;
}

// `vigie_registry_bench idle SOCKET STATION SECONDS`: one station's registry, connected and
// otherwise idle, in a process holding nothing else; prints its CPU time over the wall time.
int measureIdle(const QStringList &arguments)
{
    const int seconds = arguments.value(4).toInt();
    QTemporaryDir work;
    SiteRegistry registry(settingsFrom(arguments), work.filePath(QStringLiteral("outbox.jsonl")));
    registry.start();
    if (!waitUp(registry)) {
        return 2;
    }
    int reads = 0;
    QObject::connect(&registry, &SiteRegistry::siteChanged, &registry, [&] { ++reads; });
    QElapsedTimer wall;
    const double before = cpuSeconds();
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu = cpuSeconds() - before;
    std::printf(
        "idle %.4f %.3f %d %d\n", 100.0 * cpu / (wall.elapsed() / 1000.0), cpu, reads, int(registry.live().size()));
    return registry.isUp() ? 0 : 2;
}

bool measureIdleStation(const PostgresServer &server, int seconds)
{
    QProcess idle;
    idle.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("idle"), server.socketFolder(), QStringLiteral("QA1"), QString::number(seconds) });
    if (!idle.waitForFinished((seconds + 60) * 1000) || idle.exitCode() != 0) {
        std::printf("  the idle station failed: %s\n", idle.readAllStandardOutput().constData());
        return false;
    }
    const QList<QByteArray> words = idle.readAllStandardOutput().trimmed().split(' ');
    report(QStringLiteral("a station's CPU, idle with the registry connected"), words.value(1).toDouble(), "%", 1.0,
        QStringLiteral("%1 s of CPU in %2 s; %3 reads of the site's %4 live recordings")
            .arg(QString::fromLatin1(words.value(2)), QString::number(seconds), QString::fromLatin1(words.value(3)),
                QString::fromLatin1(words.value(4))));
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.value(1) == QLatin1String("idle")) {
        return measureIdle(arguments);
    }
    if (arguments.value(1) == QLatin1String("watch")) {
        return watchLoad(arguments);
    }
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const int loadArgument = int(arguments.indexOf(QStringLiteral("--load-seconds")));
    const int loadSeconds = loadArgument > 0 ? arguments.value(loadArgument + 1).toInt() : (quick ? 10 : 60);
    if (loadSeconds <= 0) {
        std::fprintf(stderr, "usage: vigie_registry_bench [--quick] [--load-seconds N]\n");
        return 2;
    }
    // The load others put on the machine moves every figure: it is printed with them.
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadAverage.open(QIODevice::ReadOnly) ? loadAverage.readLine().trimmed() : QByteArray("?");
    std::printf("vigie_registry_bench %s mode, %d cores (load average %s), PostgreSQL 15 on a unix socket, fsync on\n",
        quick ? "quick" : "full", QThread::idealThreadCount(), load.constData());
    QTemporaryDir work;
    PostgresServer server(PostgresServer::Durability::Flushed);
    QStringList loadStations;
    for (int i = 1; i <= 50; ++i) {
        loadStations.append(QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')));
    }
    if (!server.isUsable()
        || !server.provision(QStringList { QStringLiteral("QA1"), QStringLiteral("QA2") } + loadStations)) {
        std::printf("could not start and provision PostgreSQL 15\n");
        return 2;
    }
    bool measured = false;
    {
        QSqlDatabase check
            = server.connect(QStringLiteral("bench-check"), QStringLiteral("postgres"), QStringLiteral("vigie"));
        measured = check.isOpen() && measureWrites(server, work, quick ? 200 : 1000, check)
            && measurePropagation(server, work, quick ? 100 : 200)
            && measureAuditDelivery(server, work, quick ? 100 : 500, quick ? 5000 : 20000)
            && measureLoad(server, work, loadStations, loadSeconds, check)
            && measureIdleStation(server, quick ? 10 : 30);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-check"));
    if (!measured) {
        std::printf("a registry figure could not be measured\n");
        return 2;
    }
    return BenchFigures::failures() == 0 || quick ? 0 : 1;
}
