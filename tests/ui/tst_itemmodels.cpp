// SPDX-License-Identifier: Apache-2.0
#include "models/ActiveRecordingsModel.h"
#include "models/ActivityLogModel.h"
#include "models/AgentFilterProxy.h"
#include "models/AgentTableModel.h"
#include "models/AuditTableModel.h"
#include "models/RecordingHistoryModel.h"
#include "session/SupervisorSession.h"
#include "support/SignedInClient.h"
#include "system/SystemClock.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

// Every model of the UI, and the agent proxy, under QAbstractItemModelTester while real data
// arrives and changes: loads, state refreshes, starts (several answered in one ledger write),
// ends, failures, filters, sorting and language switches. The tester fails the test at the
// first broken model contract (a row count that does not match an insert, a bad index...).
class TestItemModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CxoneSimulator> m_simulator;
    std::unique_ptr<SupervisorSession> m_session;

    static void watch(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }

    void open(int agents)
    {
        SimulatorOptions options;
        options.agentCount = agents;
        m_simulator = std::make_unique<CxoneSimulator>(options);
        QVERIFY(m_simulator->start());
        CxoneEnvironment environment;
        environment.issuer = m_simulator->baseUrl();
        environment.clientId = options.clientId;
        environment.clientSecret = options.clientSecret;
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.json")));
        m_session = std::make_unique<SupervisorSession>(
            environment, m_dir.filePath(QStringLiteral("ledger.json")), m_dir.filePath(QStringLiteral("audit.jsonl")));
        m_session->client()->setRetryPolicy(fastRetries());
        m_session->tracker()->restore();
        m_session->tokens()->signIn({ options.demoKeyId, options.demoKeySecret });
    }

    // The agent table and its proxy sorted by name, both under the tester.
    struct WatchedAgentTable
    {
        AgentTableModel agents;
        AgentFilterProxy proxy;
        explicit WatchedAgentTable(SupervisorSession *session)
            : agents(session->tracker(), session->controller())
            , proxy(&agents)
        {
            watch(&agents);
            watch(&proxy);
            proxy.sort(AgentTableModel::NameColumn);
        }
    };

    QVector<Agent> loadAgents()
    {
        QSignalSpy loaded(m_session->directory(), &AgentDirectory::agentsLoaded);
        if (!loaded.wait(10000)) {
            return {};
        }
        return loaded.first().at(0).value<QVector<Agent>>();
    }

    void startAndWait(const QVector<Agent> &agents)
    {
        QSignalSpy finished(m_session->controller(), &RecordingController::batchFinished);
        m_session->controller()->start(agents, 600, QStringLiteral("Coaching"));
        QVERIFY(finished.wait(20000));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_session.reset();
        m_simulator.reset();
    }

    void agentModelAndProxyKeepTheirContract()
    {
        open(40);
        WatchedAgentTable table(m_session.get());
        AgentTableModel &agents = table.agents;
        AgentFilterProxy &proxy = table.proxy;
        connect(m_session->directory(), &AgentDirectory::statesChanged, &agents, &AgentTableModel::applyStateChanges);
        const QVector<Agent> loaded = loadAgents();
        QCOMPARE(loaded.size(), 40);
        agents.setAgents(loaded);
        agents.setAgents(loaded); // a reload of the same tenant updates in place
        QCOMPARE(proxy.rowCount(), 40);

        proxy.setSearchText(loaded.first().teamName.left(6));
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 40);
        proxy.setTeam(loaded.first().teamName);
        proxy.setState(loaded.first().stateName);
        QVERIFY(proxy.rowCount() >= 1);
        proxy.setSearchText({});
        proxy.setTeam({});
        proxy.setState({});
        proxy.sort(AgentTableModel::RecordingColumn, Qt::DescendingOrder);

        startAndWait(loaded.mid(0, 5));
        const QString failed = m_session->controller()->userIdFor(loaded.at(6));
        agents.setFailure(failed, QStringLiteral("permission missing"));
        agents.clearFailure(failed);
        m_session->directory()->setRefreshIntervalMs(500);
        QSignalSpy refreshed(m_session->directory(), &AgentDirectory::refreshSucceeded);
        QVERIFY(refreshed.wait(5000));
        agents.retranslate();
        agents.setAgents({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    // A reload keeps the rows' collation ranks and search text when every name is as it was;
    // a single renamed agent must still move to its new place and be found by its new name.
    void aReloadThatRenamesAnAgentSortsAndFindsItByItsNewName()
    {
        open(40);
        WatchedAgentTable table(m_session.get());
        AgentTableModel &agents = table.agents;
        AgentFilterProxy &proxy = table.proxy;
        const QVector<Agent> loaded = loadAgents();
        QCOMPARE(loaded.size(), 40);
        agents.setAgents(loaded);
        agents.setAgents(loaded);
        const auto agentIdShownAt
            = [&](int row) { return agents.agentAt(proxy.mapToSource(proxy.index(row, 0)).row()).agentId; };
        const qint64 lastByName = agentIdShownAt(39);
        QVERIFY(agentIdShownAt(0) != lastByName);

        QVector<Agent> renamed = loaded;
        for (Agent &agent : renamed) {
            if (agent.agentId == lastByName) {
                agent.lastName = QStringLiteral("Aabeck");
                agent.firstName = QStringLiteral("Zoé");
            }
        }
        agents.setAgents(renamed);
        QCOMPARE(agentIdShownAt(0), lastByName);
        proxy.setSearchText(QStringLiteral("aabeck"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(agentIdShownAt(0), lastByName);
    }

    // The order of names is the language's: after a switch of language, a reload of the same
    // names sorts them again.
    void aReloadAfterASwitchOfLanguageSortsInTheNewOne()
    {
        open(3);
        WatchedAgentTable table(m_session.get());
        QVector<Agent> agents = loadAgents();
        QCOMPARE(agents.size(), 3);
        const QStringList names { QStringLiteral("Olsen"), QStringLiteral("Östberg"), QStringLiteral("Zorn") };
        for (int i = 0; i < 3; ++i) {
            agents[i].lastName = names.at(i);
        }
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        table.agents.setAgents(agents);
        QVERIFY(table.agents.nameRank(1) < table.agents.nameRank(2)); // Ö with the O
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        table.agents.setAgents(agents);
        const bool swedishOrder = table.agents.nameRank(1) > table.agents.nameRank(2); // Ö after Z
        QLocale::setDefault(before);
        QVERIFY(swedishOrder);
    }

    void recordingModelsFollowStartsAndEnds()
    {
        open(30);
        ActiveRecordingsModel active(m_session->tracker(), m_session->controller());
        RecordingHistoryModel history(m_session->tracker());
        watch(&active);
        watch(&history);
        const QVector<Agent> loaded = loadAgents();
        QCOMPARE(loaded.size(), 30);

        // Twenty answers arrive within one group commit: several recordings are announced
        // after one ledger write, and each insertion must match the rows it reports.
        startAndWait(loaded.mid(0, 20));
        QCOMPARE(active.rowCount(), 20);
        QCOMPARE(active.rowCount(), int(m_session->tracker()->active().size()));
        m_session->tracker()->tick();

        QSignalSpy stopped(m_session->controller(), &RecordingController::batchFinished);
        m_session->controller()->stop({ m_session->tracker()->active().at(3).contactId });
        QVERIFY(stopped.wait(10000));
        QCOMPARE(active.rowCount(), 19);
        QCOMPARE(history.rowCount(), 1);

        // Both clocks move on: the countdowns run on the monotonic one.
        const qint64 laterMs = SystemClock::sinceBootMs() + 3600 * 1000;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_session->tracker()->setClocks([laterMs] { return laterMs; }, [later] { return later; });
        m_session->tracker()->tick();
        QCOMPARE(active.rowCount(), 0);
        QCOMPARE(history.rowCount(), 20);
        active.retranslate();
        history.retranslate();
    }

    void activityLogStaysWithinItsLimit()
    {
        ActivityLogModel log;
        watch(&log);
        for (int index = 0; index < ActivityLogModel::kLimit + 5; ++index) {
            log.add(index % 2 ? ActivityLogModel::Severity::Error : ActivityLogModel::Severity::Success,
                QStringLiteral("event %1").arg(index));
        }
        QCOMPARE(log.rowCount(), ActivityLogModel::kLimit);
        QCOMPARE(log.latestMessage(), QStringLiteral("event %1").arg(ActivityLogModel::kLimit + 4));
    }

    void auditTableShowsEntries()
    {
        AuditTableModel audit;
        watch(&audit);
        QVector<AuditEntry> entries;
        for (int index = 0; index < 12; ++index) {
            AuditEntry entry;
            entry.atUtc = QDateTime::currentDateTimeUtc().addSecs(-index * 60);
            entry.action = index % 2 ? vigie::AuditAction::Start : vigie::AuditAction::Stop;
            entry.result = index % 3 ? vigie::AuditResult::Started : vigie::AuditResult::Failed;
            entry.agentName = QStringLiteral("Agent %1").arg(index);
            entries.append(entry);
        }
        audit.setEntries(entries);
        QCOMPARE(audit.rowCount(), 12);
        audit.setEntries(entries.mid(0, 3));
        audit.setEntries({});
        QCOMPARE(audit.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
