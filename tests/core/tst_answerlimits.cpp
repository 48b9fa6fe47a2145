// SPDX-License-Identifier: Apache-2.0
#include "support/SignedInClient.h"

#include "cxone/AgentDirectory.h"
#include "cxone/AnswerLimits.h"
#include "cxone/RecordingClient.h"

// Every CXone answer has a size cap that fits its kind, checked while the bytes arrive: the
// simulator streams 400 MB answers (with and without a Content-Length), and each exchange must
// end with AnswerTooLarge long before, without holding what it refused to read.
class TestAnswerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInEndsOnAFloodedAnswer_data();
    void signInEndsOnAFloodedAnswer();
    void announcedLengthEndsTheExchangeUnread();
    void stateListHasItsOwnCap();
    void startFloodedAfterActingMayHaveStarted();
    void stopFloodedIsNoSuccess();

private:
    // Counted as the simulator hands bytes to its socket: past the cap (checked per chunk read),
    // loopback's socket buffers on both ends hold several MB that Vigie never read, more so when
    // the machine is busy (93 MB for the 80 MB cap under CI's load). A 400 MB flood must still
    // stop near the cap.
    static constexpr qint64 kSlack = 24 * 1024 * 1024;

    static SimulatorFault flood(
        const QString &path, SimulatorFault::Kind kind = SimulatorFault::Kind::Flood, bool actFirst = false)
    {
        SimulatorFault fault;
        fault.pathContains = path;
        fault.kind = kind;
        fault.actFirst = actFirst;
        fault.times = 1;
        return fault;
    }
    static std::pair<vigie::ApiOutcome, QString> signInAgainst(SignedInClient &cxone)
    {
        QSignalSpy failed(cxone.tokens.get(), &TokenProvider::signInFailed);
        cxone.signInWith({ cxone.simulator->options().demoKeyId, cxone.simulator->options().demoKeySecret });
        if (failed.isEmpty()) {
            return { vigie::ApiOutcome::Success, QString() };
        }
        return { failed.first().at(0).value<vigie::ApiOutcome>(), failed.first().at(1).toString() };
    }
};

void TestAnswerLimits::signInEndsOnAFloodedAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("cap");
    QTest::newRow("issuer discovery") << QStringLiteral("openid-configuration") << AnswerLimits::kDiscovery;
    QTest::newRow("token") << QStringLiteral("/auth/token") << AnswerLimits::kToken;
    QTest::newRow("tenant discovery") << QStringLiteral("cxone-configuration") << AnswerLimits::kDiscovery;
}

void TestAnswerLimits::signInEndsOnAFloodedAnswer()
{
    QFETCH(QString, path);
    QFETCH(qint64, cap);
    SignedInClient cxone({}, false);
    cxone.simulator->addFault(flood(path));
    const auto [outcome, detail] = signInAgainst(cxone);
    QCOMPARE(outcome, vigie::ApiOutcome::AnswerTooLarge);
    QVERIFY2(detail.contains(QLatin1String("abandoned")), qPrintable(detail));
    QVERIFY2(cxone.simulator->bytesFlooded() < cap + kSlack,
        qPrintable(QStringLiteral("%1 bytes were sent").arg(cxone.simulator->bytesFlooded())));
}

void TestAnswerLimits::announcedLengthEndsTheExchangeUnread()
{
    SignedInClient cxone({}, false);
    cxone.simulator->addFault(flood(QStringLiteral("openid-configuration"), SimulatorFault::Kind::Oversized));
    QCOMPARE(signInAgainst(cxone).first, vigie::ApiOutcome::AnswerTooLarge);
    // The announced 400 MB ends it at the headers: what arrived is what the socket already held.
    QVERIFY2(cxone.simulator->bytesFlooded() < kSlack,
        qPrintable(QStringLiteral("%1 bytes were sent").arg(cxone.simulator->bytesFlooded())));
}

void TestAnswerLimits::stateListHasItsOwnCap()
{
    SimulatorOptions options;
    options.agentCount = 50;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    cxone.simulator->addFault(flood(QStringLiteral("/agents/states")));
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRetryPolicy(fastRetries());
    QSignalSpy failed(&directory, &AgentDirectory::refreshFailed);
    directory.reload();
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::AnswerTooLarge);
    // States for 100,000 agents are about 20 MB: their cap lets that through, and stops the rest.
    QVERIFY(AnswerLimits::kStates > 3 * 20 * 1024 * 1024);
    QVERIFY2(cxone.simulator->bytesFlooded() > AnswerLimits::kStates,
        qPrintable(QStringLiteral("%1 bytes were sent").arg(cxone.simulator->bytesFlooded())));
    QVERIFY2(cxone.simulator->bytesFlooded() < AnswerLimits::kStates + kSlack,
        qPrintable(QStringLiteral("%1 bytes were sent").arg(cxone.simulator->bytesFlooded())));
}

void TestAnswerLimits::startFloodedAfterActingMayHaveStarted()
{
    SignedInClient cxone;
    const QString userId = cxone.simulator->tenant().agents().at(3).userId;
    cxone.simulator->addFault(flood(QStringLiteral("start-screen"), SimulatorFault::Kind::Flood, true));
    RecordingClient client(cxone.network.get(), cxone.tokens.get());
    client.setRetryPolicy(fastRetries());
    QSignalSpy finished(&client, &RecordingClient::startFinished);
    client.start(userId, 60);
    QVERIFY(finished.wait(30000));
    const StartResult result = finished.first().at(2).value<StartResult>();
    QCOMPARE(result.outcome, vigie::ApiOutcome::AnswerTooLarge);
    // CXone carried the start out: an answer too large to read is a lost answer, never a refusal.
    QVERIFY(result.mayHaveStarted);
    QVERIFY(cxone.simulator->activeRecording(userId));
    QVERIFY2(cxone.simulator->bytesFlooded() < AnswerLimits::kRecording + kSlack,
        qPrintable(QStringLiteral("%1 bytes were sent").arg(cxone.simulator->bytesFlooded())));
}

void TestAnswerLimits::stopFloodedIsNoSuccess()
{
    SignedInClient cxone;
    const QString userId = cxone.simulator->tenant().agents().at(3).userId;
    RecordingClient client(cxone.network.get(), cxone.tokens.get());
    client.setRetryPolicy(fastRetries());
    QSignalSpy started(&client, &RecordingClient::startFinished);
    client.start(userId, 60);
    QVERIFY(started.wait(10000));
    const qint64 contactId = started.first().at(2).value<StartResult>().contactId;
    QVERIFY(contactId > 0);

    cxone.simulator->addFault(flood(QStringLiteral("stop-screen"), SimulatorFault::Kind::Oversized, true));
    QSignalSpy stopped(&client, &RecordingClient::stopFinished);
    client.stop(userId, contactId);
    QVERIFY(stopped.wait(30000));
    QCOMPARE(stopped.first().at(2).value<StopResult>().outcome, vigie::ApiOutcome::AnswerTooLarge);
    QVERIFY2(cxone.simulator->bytesFlooded() < AnswerLimits::kRecording + kSlack,
        qPrintable(QStringLiteral("%1 bytes were sent").arg(cxone.simulator->bytesFlooded())));
}

QTEST_GUILESS_MAIN(TestAnswerLimits)
#include "tst_answerlimits.moc"
