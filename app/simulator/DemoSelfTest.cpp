// SPDX-License-Identifier: Apache-2.0
#include "simulator/DemoSelfTest.h"

#include "session/SupervisorSession.h"
#include "simulator/CxoneSimulator.h"

#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace {
constexpr int kStepTimeoutMs = 20000;

// Runs the event loop until done() turns true or the step times out.
template <typename Done> bool waitFor(Done done)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(kStepTimeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

bool report(const char *step, bool ok)
{
    std::printf("self-test: %-34s %s\n", step, ok ? "ok" : "FAILED");
    std::fflush(stdout);
    return ok;
}
} // namespace

int DemoSelfTest::run(SupervisorSession *session, CxoneSimulator *simulator, const AccessKey &key)
{
    session->tokens()->signIn(key);
    if (!report("sign in to the simulator", waitFor([&] { return session->tokens()->hasToken(); }))) {
        return 1;
    }
    if (!report("list agents", waitFor([&] { return !session->directory()->agents().isEmpty(); }))) {
        return 1;
    }
    const Agent agent = session->directory()->agents().first();
    const QString userId = session->controller()->userIdFor(agent);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    QString refusal;
    QObject::connect(session->controller(), &RecordingController::startFailed, session,
        [&refusal](const QString &, const QString &, const StartResult &result) {
            refusal = vigie::apiOutcomeName(result.outcome) + QStringLiteral(": ") + result.detail;
        });
    // A station whose recording policy lists purposes records only for them.
    session->controller()->start({ agent }, 60, session->policyGate()->policy().purposeNames().value(0));
    const bool started = waitFor([&] {
        return session->tracker()->activeForUser(userId) != nullptr || !refusal.isEmpty();
    }) && refusal.isEmpty();
    if (!refusal.isEmpty()) {
        std::printf("self-test: the start was refused (%s)\n", qPrintable(refusal));
    }
    if (!report("start a 60 s recording", started)
        || !report("simulator sees the recording", simulator->activeRecording(userId).has_value())) {
        return 1;
    }
    session->controller()->stop({ session->tracker()->activeForUser(userId)->contactId });
    if (!report("stop it", waitFor([&] { return session->tracker()->activeForUser(userId) == nullptr; }))
        || !report("simulator ended it", !simulator->activeRecording(userId).has_value())) {
        return 1;
    }
    // No recording without a trace: the start was written before it left, and its outcome and the Stop after it.
    int traced = 0;
    for (const AuditEntry &entry : session->auditLog()->entries(since)) {
        traced += entry.userId == userId
                && (entry.result == vigie::AuditResult::Requested || entry.result == vigie::AuditResult::Started
                    || entry.result == vigie::AuditResult::Stopped)
            ? 1
            : 0;
    }
    if (!report("audit trail holds start and stop", traced == 3)) {
        return 1;
    }
    std::printf("self-test: passed\n");
    return 0;
}
