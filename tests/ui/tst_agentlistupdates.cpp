// SPDX-License-Identifier: Apache-2.0
#include "models/AgentFilterProxy.h"
#include "models/AgentTableModel.h"
#include "session/SupervisorSession.h"
#include "support/SignedInClient.h"

#include <QCollator>
#include <QItemSelectionModel>
#include <QSet>
#include <QTemporaryDir>

#include <numeric>

// The agent table as the directory feeds it: pages shown as they arrive, sorted and selectable,
// and state deltas applied to the rows that changed, never by a reset.
class TestAgentListUpdates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CxoneSimulator> m_simulator;
    std::unique_ptr<SupervisorSession> m_session;
    std::unique_ptr<AgentTableModel> m_model;
    std::unique_ptr<AgentFilterProxy> m_proxy;

    // Wired as the agents panel wires it; the directory starts loading at sign-in.
    void open(const SimulatorOptions &options, int pageSize = 1000)
    {
        m_simulator = std::make_unique<CxoneSimulator>(options);
        QVERIFY(m_simulator->start());
        CxoneEnvironment environment;
        environment.issuer = m_simulator->baseUrl();
        environment.clientId = options.clientId;
        environment.clientSecret = options.clientSecret;
        environment.requestTimeoutMs = 5000;
        environment.agentPageSize = pageSize;
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
        m_session = std::make_unique<SupervisorSession>(
            environment, m_dir.filePath(QStringLiteral("ledger.json")), m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_session->tracker()->restore();
        m_model = std::make_unique<AgentTableModel>(m_session->tracker(), m_session->controller());
        m_proxy = std::make_unique<AgentFilterProxy>(m_model.get());
        m_proxy->sort(AgentTableModel::NameColumn);
        AgentDirectory *directory = m_session->directory();
        connect(directory, &AgentDirectory::agentsArriving, m_model.get(), &AgentTableModel::appendAgents);
        connect(directory, &AgentDirectory::agentsLoaded, m_model.get(), &AgentTableModel::setAgents);
        connect(directory, &AgentDirectory::statesChanged, m_model.get(), &AgentTableModel::applyStateChanges);
        m_session->tokens()->signIn({ options.demoKeyId, options.demoKeySecret });
    }

    // The rows shown, checked against the locale's collation itself rather than the model's ranks.
    bool inCollationOrder() const
    {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto nameAt = [this](int row) -> QString {
            const Agent &agent = m_model->agentAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            return agent.lastName + QLatin1Char(' ') + agent.firstName;
        };
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            if (collator.compare(nameAt(row - 1), nameAt(row)) > 0) {
                return false;
            }
        }
        return true;
    }

    QVector<qint64> proxyOrder() const
    {
        QVector<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            ids.append(m_model->agentAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).agentId);
        }
        return ids;
    }

    bool sortedByName() const
    {
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            if (m_model->nameRank(m_proxy->mapToSource(m_proxy->index(row - 1, 0)).row())
                > m_model->nameRank(m_proxy->mapToSource(m_proxy->index(row, 0)).row())) {
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_proxy.reset();
        m_model.reset();
        m_session.reset();
        m_simulator.reset();
    }

    void firstPageIsShownSortedAndSelectionSurvivesLaterPages()
    {
        SimulatorOptions options;
        options.agentCount = 6000;
        options.stateChangeIntervalMs = 0;
        // Thirty pages, twelve at a time, 200 ms apart: later pages are announced while the load
        // is still on its way, after the first.
        options.latencyMs = 200;
        open(options, 200);
        QSignalSpy arriving(m_session->directory(), &AgentDirectory::agentsArriving);
        QSignalSpy loaded(m_session->directory(), &AgentDirectory::agentsLoaded);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(arriving.wait(10000));
        QVERIFY(loaded.isEmpty());
        QCOMPARE(m_proxy->rowCount(), 200);
        QVERIFY(sortedByName());

        // The supervisor picks someone from the first page, and searches.
        QItemSelectionModel selection(m_proxy.get());
        const QModelIndex picked = m_proxy->index(10, 0);
        const qint64 pickedId = m_model->agentAt(m_proxy->mapToSource(picked).row()).agentId;
        selection.select(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // The list grows while pages still come (announced together, not only at the end).
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->rowCount() > 200, 5000);
        QVERIFY(loaded.isEmpty());
        QVERIFY(sortedByName());
        QVERIFY(inCollationOrder());
        QVERIFY(loaded.wait(20000));
        QVERIFY(arriving.count() > 1);
        QCOMPARE(m_proxy->rowCount(), 6000);
        QCOMPARE(reset.count(), 0);
        QVERIFY(sortedByName());
        QVERIFY(inCollationOrder());
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(m_model->agentAt(m_proxy->mapToSource(rows.first()).row()).agentId, pickedId);
        // States arrived with the end of the load.
        QVERIFY(!m_model->agentAt(0).stateName.isEmpty());
        const QString name = m_model->agentAt(m_proxy->mapToSource(rows.first()).row()).lastName.toLower();
        m_proxy->setSearchText(name);
        QVERIFY(m_proxy->rowCount() >= 1);
        QVERIFY(m_proxy->rowCount() < 6000);
    }

    // Pages that come back together (six connections answering at once, or the pages read
    // while the reader was busy with the states) are shown a few thousand rows at a time, each
    // step its own event, so a click between two steps is not kept waiting for the whole burst.
    void aBurstOfPagesIsShownAFewAtATime()
    {
        SimulatorOptions options;
        options.agentCount = 40000;
        options.maxPageSize = 2000;
        options.stateChangeIntervalMs = 0;
        options.latencyMs = 300; // pages answered together, every 300 ms
        open(options, 2000);
        QVector<int> steps;
        int queued = 0; // a call queued at each step, as a click would be
        int ran = 0;
        bool eachStepItsOwnEvent = true;
        connect(m_session->directory(), &AgentDirectory::agentsArriving, this, [&](const QVector<Agent> &agents) {
            eachStepItsOwnEvent = eachStepItsOwnEvent && ran == queued;
            steps.append(int(agents.size()));
            ++queued;
            QMetaObject::invokeMethod(
                this, [&ran] { ++ran; }, Qt::QueuedConnection);
        });
        QSignalSpy loaded(m_session->directory(), &AgentDirectory::agentsLoaded);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(std::accumulate(steps.cbegin(), steps.cend(), 0), 40000); // all shown before agentsLoaded
        for (const int step : std::as_const(steps)) {
            QVERIFY2(step <= ArrivingPages::kAnnounceAtMost, qPrintable(QString::number(step)));
        }
        QVERIFY(eachStepItsOwnEvent);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_proxy->rowCount(), 40000);
        QVERIFY(sortedByName());
    }

    // A load keeps twelve pages in flight, more than the six connections Qt opens to a host.
    // Pages that hang must not hold up a start or a Stop: the list has connections of its own.
    void startsAndStopsGoOutWhileTheListsPagesHang()
    {
        SimulatorOptions options;
        options.agentCount = 6000;
        options.stateChangeIntervalMs = 0;
        open(options, 200);
        QSignalSpy arriving(m_session->directory(), &AgentDirectory::agentsArriving);
        QVERIFY(arriving.wait(10000));
        // The simulator runs on this thread: the next pages have not reached it yet, and never
        // will be answered. Every connection the list opened waits until its timeout (5 s).
        SimulatorFault hang;
        hang.pathContains = QStringLiteral("/agents");
        hang.kind = SimulatorFault::Kind::Stall;
        m_simulator->addFault(hang);
        QTest::qWait(300); // the pages are on their way, and their connections taken

        const QString userId = m_simulator->tenant().agents().at(5).userId;
        QSignalSpy started(m_session->client(), &RecordingClient::startFinished);
        m_session->client()->start(userId, 600);
        QVERIFY(started.wait(2000));
        const StartResult start = started.first().at(2).value<StartResult>();
        QCOMPARE(start.outcome, vigie::ApiOutcome::Success);
        QSignalSpy stopped(m_session->client(), &RecordingClient::stopFinished);
        m_session->client()->stop(userId, start.contactId);
        QVERIFY(stopped.wait(2000));
        QCOMPARE(stopped.first().at(2).value<StopResult>().outcome, vigie::ApiOutcome::Success);
        QVERIFY(!m_simulator->activeRecording(userId));
        QVERIFY(m_session->directory()->isLoading()); // the pages were still hanging
    }

    void stateDeltaChangesOnlyTheRowsThatMoved()
    {
        SimulatorOptions options;
        options.agentCount = 3000;
        options.stateChangeIntervalMs = 0;
        open(options);
        QSignalSpy loaded(m_session->directory(), &AgentDirectory::agentsLoaded);
        QVERIFY(loaded.wait(20000));
        m_session->directory()->setRefreshIntervalMs(500);
        const QVector<qint64> order = proxyOrder();

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy delta(m_session->directory(), &AgentDirectory::statesChanged);
        const QDateTime moment = QDateTime::currentDateTimeUtc().addSecs(1);
        QVERIFY(m_simulator->tenant().advanceStates(moment, 60) > 0);
        QVERIFY(delta.wait(5000));
        QSet<int> moved;
        for (const Agent &agent : m_simulator->tenant().agents()) {
            if (agent.stateSinceUtc == moment) {
                moved.insert(m_model->rowForUserId(m_session->controller()->userIdFor(agent)));
            }
        }
        QSet<int> repainted;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).toModelIndex();
            const QModelIndex bottomRight = signal.at(1).toModelIndex();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                repainted.insert(row);
            }
        }
        QCOMPARE(repainted, moved);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0); // sorted by name: a state change moves no row
        QCOMPARE(proxyOrder(), order);
    }
};

QTEST_MAIN(TestAgentListUpdates)
#include "tst_agentlistupdates.moc"
