// SPDX-License-Identifier: Apache-2.0
// What the recording policy costs at Start (docs/privacy.md): a station's trail of a busy month,
// read into each agent's history once (then only what the trail adds), and one verdict per agent of a batch.
// Prints each figure against its target; --quick runs a smaller trail and only prints.
#include "bench/BenchFigures.h"

#include "audit/AuditLog.h"
#include "policy/PolicyGate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace {
// A month of recordings: each agent started and stopped `perAgent` times, spread over 30 days.
bool writeTrail(AuditLog &trail, int agents, int perAgent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    qint64 contact = 1;
    for (int round = 0; round < perAgent; ++round) {
        for (int agent = 0; agent < agents; ++agent) {
            AuditEntry start;
            start.atUtc = now.addSecs(-qint64(30 * 24 * 3600) + qint64(round) * 3600 * 24 * 30 / perAgent + agent);
            start.action = vigie::AuditAction::Start;
            start.result = vigie::AuditResult::Started;
            start.userId = QStringLiteral("user-%1").arg(agent);
            start.agentName = QStringLiteral("Agent %1").arg(agent);
            start.supervisor = QStringLiteral("key-1");
            start.purpose = QStringLiteral("Training");
            start.durationSeconds = 900;
            start.contactId = contact++;
            AuditEntry stop = start;
            stop.atUtc = start.atUtc.addSecs(300);
            stop.action = vigie::AuditAction::Stop;
            stop.result = vigie::AuditResult::Stopped;
            if (!trail.append(start, &error, AuditLog::Flush::Deferred)
                || !trail.append(stop, &error, AuditLog::Flush::Deferred)) {
                return false;
            }
        }
    }
    return trail.sync(&error);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const bool quick = application.arguments().contains(QStringLiteral("--quick"));
    const int agents = quick ? 500 : 2000;
    const int perAgent = quick ? 10 : 25; // 100,000 trail entries in the full run
    QTemporaryDir folder;
    AuditLog trail(folder.filePath(QStringLiteral("audit.jsonl")));
    if (!writeTrail(trail, agents, perAgent)) {
        std::fprintf(stderr, "the trail could not be written\n");
        return 2;
    }
    RecordingPolicy policy;
    policy.recordingsPer7Days = 10;
    policy.recordingsPer30Days = 30;
    policy.minutesPer30Days = 600;
    PolicyGate gate(&trail);
    gate.setPolicy(policy);
    const PolicyRequest request { QStringLiteral("Training"), 900, {}, false, {} };

    // The first verdict after the trail grew reads the month again.
    QElapsedTimer timer;
    timer.start();
    gate.check(QStringLiteral("user-0"), request);
    const double rebuildMs = timer.nsecsElapsed() / 1e6;

    // Then one verdict per agent of a batch, from the history kept.
    QVector<double> samples;
    timer.start();
    for (int agent = 0; agent < agents; ++agent) {
        QElapsedTimer one;
        one.start();
        gate.check(QStringLiteral("user-%1").arg(agent), request);
        samples.append(one.nsecsElapsed() / 1e6);
    }
    const double batchMs = timer.nsecsElapsed() / 1e6;

    // A start written since: only the new entry is read.
    AuditEntry another;
    another.atUtc = QDateTime::currentDateTimeUtc();
    another.action = vigie::AuditAction::Start;
    another.result = vigie::AuditResult::Started;
    another.userId = QStringLiteral("user-0");
    another.durationSeconds = 900;
    another.contactId = -1;
    QString error;
    trail.append(another, &error);
    timer.start();
    gate.check(QStringLiteral("user-0"), request);
    const double catchUpMs = timer.nsecsElapsed() / 1e6;

    const QString entries = QStringLiteral("%1 trail entries").arg(qint64(agents) * perAgent * 2);
    BenchFigures::report(
        QStringLiteral("policy: the month's history read in full (start, then daily)"), rebuildMs, "ms", 500, entries);
    BenchFigures::report(
        QStringLiteral("policy: history caught up with one new trail entry"), catchUpMs, "ms", 5, entries);
    BenchFigures::report(QStringLiteral("policy: one verdict from the kept history, p99"),
        BenchFigures::percentile(samples, 0.99), "ms", 1, entries);
    BenchFigures::report(
        QStringLiteral("policy: verdicts for a batch of %1 agents").arg(agents), batchMs, "ms", 500, entries);
    return quick || BenchFigures::failures() == 0 ? 0 : 1;
}
