// SPDX-License-Identifier: Apache-2.0
// The demo's part of LaunchOptions: the built-in simulator's tenant, address, pace and faults.
#include "launch/LaunchOptions.h"

#include "launch/WholeNumber.h"

#include <limits>

namespace {
const QString kDemoAgents = QStringLiteral("demo-agents");
const QString kDemoPort = QStringLiteral("demo-port");
const QString kDemoJoin = QStringLiteral("demo-join");
const QString kDemoAsQualitySupervisor = QStringLiteral("demo-as-quality-supervisor");
const QString kDemoSeed = QStringLiteral("demo-seed");
const QString kDemoLatency = QStringLiteral("demo-latency");
const QString kDemoPageCap = QStringLiteral("demo-page-cap");
const QString kDemoBandwidth = QStringLiteral("demo-bandwidth");
const QString kDemoFault = QStringLiteral("demo-fault");
} // namespace

QList<QCommandLineOption> LaunchOptions::demoCommandLineOptions()
{
    return {
        { kDemoAgents, QStringLiteral("Number of agents in the demo tenant (default 60)."), QStringLiteral("N") },
        { kDemoPort, QStringLiteral("Loopback port of the demo simulator (default: any free port)."),
            QStringLiteral("PORT") },
        { kDemoJoin,
            QStringLiteral("With --demo: use the demo simulator another Vigie already runs on this loopback PORT "
                           "(a second station of a demo site) instead of starting one."),
            QStringLiteral("PORT") },
        { kDemoAsQualitySupervisor,
            QStringLiteral("With --demo: sign in as the demo tenant's quality supervisor (key demo-quality, who leads "
                           "another team) instead of the demo supervisor, so that a second station of a demo site "
                           "is worked by someone else.") },
        { kDemoSeed, QStringLiteral("Seed of the demo tenant, for repeatable automation runs."), QStringLiteral("N") },
        { kDemoLatency,
            QStringLiteral("Milliseconds the demo simulator waits before each answer (CXone's round trip from afar)."),
            QStringLiteral("MS") },
        { kDemoPageCap,
            QStringLiteral("Most agents the demo simulator serves in one page, whatever top asks (default 1000)."),
            QStringLiteral("N") },
        { kDemoBandwidth,
            QStringLiteral("The demo simulator's answers share a link of this many kbit/s (default: unlimited)."),
            QStringLiteral("KBITS") },
        { kDemoFault,
            QStringLiteral("With --demo: make the simulator fail requests whose path contains PATH with STATUS "
                           "(or drop, stall, trickle, truncate, malformed, flood, oversized), TIMES times or always; "
                           "STATUS-after, "
                           "drop-after and stall-after carry the request out first, then lose the answer. "
                           "Repeatable."),
            QStringLiteral("PATH:STATUS[:TIMES]") },
    };
}

QString LaunchOptions::readDemoOptions(const QCommandLineParser &parser)
{
    for (const QString &text : parser.values(kDemoFault)) {
        const std::optional<SimulatorFault> fault = SimulatorFault::fromText(text);
        if (!fault) {
            return QStringLiteral("--demo-fault takes PATH:STATUS[:TIMES], e.g. start-screen:425:4, not %1").arg(text);
        }
        demoFaults.append(*fault);
    }
    int number = 0;
    if (parser.isSet(kDemoAgents)) {
        if (!readWholeNumber(parser.value(kDemoAgents), 0, 200000, &number)) {
            return QStringLiteral("--demo-agents must be 0 to 200000");
        }
        simulator.agentCount = number;
    }
    if (parser.isSet(kDemoPort)) {
        if (!readWholeNumber(parser.value(kDemoPort), 1, 65535, &number)) {
            return QStringLiteral("--demo-port must be 1 to 65535");
        }
        demoPort = quint16(number);
    }
    if (parser.isSet(kDemoJoin)) {
        if (!readWholeNumber(parser.value(kDemoJoin), 1, 65535, &number) || !demo) {
            return QStringLiteral(
                "--demo-join takes the loopback port (1 to 65535) of another Vigie's demo, with --demo");
        }
        demoJoinPort = quint16(number);
    }
    if (parser.isSet(kDemoAsQualitySupervisor)) {
        if (!demo) {
            return QStringLiteral("--demo-as-quality-supervisor signs in to the demo: add --demo");
        }
        demoAsQualitySupervisor = true;
    }
    if (parser.isSet(kDemoSeed)) {
        if (!readWholeNumber(parser.value(kDemoSeed), 0, std::numeric_limits<int>::max(), &number)) {
            return QStringLiteral("--demo-seed must be a non-negative number");
        }
        simulator.seed = quint32(number);
    }
    if (parser.isSet(kDemoLatency)) {
        if (!readWholeNumber(parser.value(kDemoLatency), 0, 60000, &number)) {
            return QStringLiteral("--demo-latency must be 0 to 60000 ms");
        }
        simulator.latencyMs = number;
    }
    if (parser.isSet(kDemoPageCap)) {
        if (!readWholeNumber(parser.value(kDemoPageCap), 1, 1000, &number)) {
            return QStringLiteral("--demo-page-cap must be 1 to 1000 agents");
        }
        simulator.maxPageSize = number;
    }
    if (parser.isSet(kDemoBandwidth)) {
        if (!readWholeNumber(parser.value(kDemoBandwidth), 1, 100000000, &number)) {
            return QStringLiteral("--demo-bandwidth must be 1 to 100000000 kbit/s");
        }
        simulator.bandwidthKbps = number;
    }
    return {};
}

AccessKey LaunchOptions::demoKey() const
{
    return demoAsQualitySupervisor ? AccessKey { simulator.qualityKeyId, simulator.qualityKeySecret }
                                   : AccessKey { simulator.demoKeyId, simulator.demoKeySecret };
}
