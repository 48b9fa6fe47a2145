// SPDX-License-Identifier: Apache-2.0
#include "support/SignedInClient.h"

#include "cxone/RecordingClient.h"
#include "models/ActiveRecordingsModel.h"
#include "models/AgentTableModel.h"
#include "recording/RecordingController.h"
#include "recording/RecordingLedger.h"
#include "recording/RecordingTracker.h"

#include <QTemporaryDir>

// What the agent list and the list of active recordings say about a Stop or a start that waits:
// for a sign-in, for its own supervisor, or for CXone to answer again. The controller's rules
// behind these rows are tested in tst_recordingcontroller; here, only the rows' words.
class TestRecordingRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void aStopKeptBySignOutSaysWhoseSignInItWaitsFor();
    void aFailedStopSaysItIsTriedAgain();
    void aStopOutsideTheScopeSaysWhoseSignInItWaitsFor();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SignedInClient> m_cxone;
    std::unique_ptr<RecordingClient> m_client;
    std::unique_ptr<RecordingLedger> m_ledger;
    std::unique_ptr<RecordingTracker> m_tracker;
    std::unique_ptr<RecordingController> m_controller;

    void setUp(int agents, int concurrency = RecordingController::kDefaultConcurrency);
    const QVector<Agent> &agents() const { return m_cxone->simulator->tenant().agents(); }
    QString agentRow(const AgentTableModel &agentList, const QString &userId) const;
};

void TestRecordingRows::setUp(int agents, int concurrency)
{
    SimulatorOptions options;
    options.agentCount = agents;
    options.stateChangeIntervalMs = 0;
    m_cxone = std::make_unique<SignedInClient>(options);
    m_client = std::make_unique<RecordingClient>(m_cxone->network.get(), m_cxone->tokens.get());
    m_client->setRetryPolicy(fastRetries());
    const QString ledgerPath = m_dir.filePath(QStringLiteral("ledger.json"));
    QFile::remove(ledgerPath);
    m_ledger = std::make_unique<RecordingLedger>(ledgerPath);
    m_tracker = std::make_unique<RecordingTracker>(m_ledger.get());
    m_tracker->restore();
    m_controller = std::make_unique<RecordingController>(m_client.get(), m_tracker.get());
    m_controller->setConcurrency(concurrency);
    m_controller->setConfirmationBackoff(50, 200);
}

QString TestRecordingRows::agentRow(const AgentTableModel &agentList, const QString &userId) const
{
    return agentList.index(agentList.rowForUserId(userId), AgentTableModel::RecordingColumn).data().toString();
}

void TestRecordingRows::cleanup()
{
    m_controller.reset();
    m_tracker.reset();
    m_ledger.reset();
    m_client.reset();
    m_cxone.reset();
}

void TestRecordingRows::aStopKeptBySignOutSaysWhoseSignInItWaitsFor()
{
    setUp(4, 1);
    m_controller->setSupervisor(QStringLiteral("claire"));
    QSignalSpy finished(m_controller.get(), &RecordingController::batchFinished);
    m_controller->start(agents(), 600);
    QVERIFY(finished.wait(10000));
    m_cxone->simulator->setLatencyMs(300);
    QVector<qint64> contacts;
    for (const TrackedRecording &recording : m_tracker->active()) {
        contacts.append(recording.contactId);
    }
    m_controller->stop(contacts); // one leaves, three wait for the connection
    m_cxone->tokens->signOut();
    m_controller->abandonUnsent();
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->active().size(), 3, 5000);

    AgentTableModel agentList(m_tracker.get(), m_controller.get());
    agentList.setAgents(agents());
    QVERIFY(agentRow(agentList, m_tracker->active().first().userId)
                .endsWith(QStringLiteral(" — Stop kept: sent when claire signs in again")));
    ActiveRecordingsModel activeList(m_tracker.get(), m_controller.get());
    QVERIFY(activeList.index(0, ActiveRecordingsModel::ActionColumn)
                .data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(QLatin1String("(Stop kept: sent when claire signs in again)")));
}

void TestRecordingRows::aFailedStopSaysItIsTriedAgain()
{
    setUp(2);
    m_controller->setSupervisor(QStringLiteral("claire"));
    m_controller->setStopRetryBackoff(100, 400);
    m_controller->start({ agents().at(0) }, 600);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeForUser(agents().at(0).userId), 5000);
    SimulatorFault fault;
    fault.pathContains = QStringLiteral("stop-screen");
    fault.status = 500;
    fault.times = 2;
    m_cxone->simulator->addFault(fault);
    QSignalSpy failed(m_controller.get(), &RecordingController::stopFailed);
    QCOMPARE(m_controller->stopRecordingsOf({ agents().at(0).userId }), 1);
    QVERIFY(failed.wait(5000));

    AgentTableModel agentList(m_tracker.get(), m_controller.get());
    agentList.setAgents(agents());
    QVERIFY(agentRow(agentList, agents().at(0).userId).endsWith(QStringLiteral(" — Stop not answered: trying again")));
}

void TestRecordingRows::aStopOutsideTheScopeSaysWhoseSignInItWaitsFor()
{
    setUp(3);
    m_controller->setSupervisor(QStringLiteral("first supervisor"));
    SimulatorFault fault = *SimulatorFault::fromText(QStringLiteral("start-screen:504")); // CXone never acts
    fault.userId = agents().at(0).userId;
    m_cxone->simulator->addFault(fault);
    QSignalSpy unconfirmed(m_controller.get(), &RecordingController::startUnconfirmed);
    m_controller->start({ agents().at(0) }, 600);
    QVERIFY(unconfirmed.wait(5000));
    m_cxone->simulator->clearFaults();
    m_controller->setSupervisor(QStringLiteral("second supervisor"));
    ScopeSettings otherTeams;
    otherTeams.teams = { QStringLiteral("No such team") };
    m_controller->setScope(SupervisorScope::unresolved(otherTeams), agents());

    AgentTableModel agentList(m_tracker.get(), m_controller.get());
    agentList.setAgents(agents());
    ActiveRecordingsModel activeList(m_tracker.get(), m_controller.get());
    const QString userId = agents().at(0).userId;
    const QModelIndex activeCell = activeList.index(0, ActiveRecordingsModel::ContactIdColumn);
    // Only its supervisor may ask CXone about it: nothing is being confirmed meanwhile.
    QCOMPARE(agentRow(agentList, userId),
        QStringLiteral("May be recording — confirming when first supervisor signs in again"));
    QCOMPARE(m_controller->stopRecordingsOf({ userId }), 1);
    const QString waiting = QStringLiteral("Unconfirmed: stopping when first supervisor signs in again");
    QCOMPARE(agentRow(agentList, userId), waiting);
    QCOMPARE(activeCell.data().toString(), waiting);
    // Nobody signed in: the Stop waits for the next sign-in, whoever's it is.
    m_cxone->tokens->signOut();
    QCOMPARE(activeCell.data().toString(), QStringLiteral("Unconfirmed: stopping at the next sign-in"));
    QCOMPARE(agentRow(agentList, userId), QStringLiteral("Unconfirmed: stopping at the next sign-in"));
}

QTEST_MAIN(TestRecordingRows)
#include "tst_recordingrows.moc"
