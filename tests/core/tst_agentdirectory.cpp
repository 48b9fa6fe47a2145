#include "support/SignedInClient.h"

#include "cxone/AgentDirectory.h"

// The whole tenant, paged, with live states merged in and refreshed.
class TestAgentDirectory : public QObject
{
    Q_OBJECT

private:
    static QVector<Agent> loadAll(AgentDirectory &directory, int timeoutMs = 30000)
    {
        QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
        directory.reload();
        if (!loaded.wait(timeoutMs)) {
            return {};
        }
        return loaded.first().at(0).value<QVector<Agent>>();
    }

private Q_SLOTS:
    void loadsTwentyThousandAgentsInOrder()
    {
        SimulatorOptions options;
        options.agentCount = 20000;
        options.stateChangeIntervalMs = 0;
        SignedInClient cxone(options);
        AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
        const QVector<Agent> agents = loadAll(directory);
        QCOMPARE(agents.size(), 20000);
        const QVector<Agent> &expected = cxone.simulator->tenant().agents();
        for (int row : { 0, 999, 1000, 12345, 19999 }) {
            QCOMPARE(agents.at(row).agentId, expected.at(row).agentId);
            QCOMPARE(agents.at(row).userId, expected.at(row).userId);
            QCOMPARE(agents.at(row).teamName, expected.at(row).teamName);
            QCOMPARE(agents.at(row).stateName, expected.at(row).stateName);
        }
        int pages = 0;
        for (const auto &request : cxone.simulator->requestLog()) {
            if (request.path.endsWith(QLatin1String("/agents"))) {
                ++pages;
                QVERIFY(request.path.startsWith(QLatin1String("/incontactapi/services/v32.0/")));
                QCOMPARE(request.query.queryItemValue(QStringLiteral("top")), QStringLiteral("1000"));
            }
        }
        QCOMPARE(pages, 20);
    }

    void followsAServerThatCapsThePageSize()
    {
        SimulatorOptions options;
        options.agentCount = 2500;
        options.maxPageSize = 300;
        SignedInClient cxone(options);
        AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
        const QVector<Agent> agents = loadAll(directory);
        QCOMPARE(agents.size(), 2500);
        QCOMPARE(agents.last().agentId, cxone.simulator->tenant().agents().last().agentId);
    }

    void emptyTenantAnswers204()
    {
        SimulatorOptions options;
        options.agentCount = 0;
        SignedInClient cxone(options);
        AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
        QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
        directory.reload();
        QVERIFY(loaded.wait(5000));
        QVERIFY(loaded.first().at(0).value<QVector<Agent>>().isEmpty());
    }

    void malformedPageFailsTheLoadWithoutLosingTheOldList()
    {
        SignedInClient cxone;
        AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
        QCOMPARE(loadAll(directory).size(), 60);
        SimulatorFault fault;
        fault.pathContains = QStringLiteral("/agents");
        fault.status = 200;
        fault.body = "{\"totalRecords\": 60, \"agents\": [{\"agentId\": 1";
        cxone.simulator->addFault(fault);
        QSignalSpy failed(&directory, &AgentDirectory::loadFailed);
        directory.reload();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<ApiOutcome>(), ApiOutcome::MalformedResponse);
        QCOMPARE(directory.agents().size(), 60);
    }

    void statesAreRefreshedWithOnlyTheChanges()
    {
        SimulatorOptions options;
        options.stateChangeIntervalMs = 0;
        SignedInClient cxone(options);
        AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
        directory.setRefreshIntervalMs(500);
        QCOMPARE(loadAll(directory).size(), 60);

        QSignalSpy changed(&directory, &AgentDirectory::statesChanged);
        QTest::qWait(1200);
        QCOMPARE(changed.count(), 0); // nothing moved: the server answered 304
        const auto &log = cxone.simulator->requestLog();
        QVERIFY(log.last().query.hasQueryItem(QStringLiteral("updatedSince")));

        QVERIFY(cxone.simulator->tenant().advanceStates(QDateTime::currentDateTimeUtc().addSecs(1), 30) > 0);
        QVERIFY(changed.wait(3000));
        const auto changes = changed.first().at(0).value<QVector<AgentStateChange>>();
        QVERIFY(!changes.isEmpty());
        for (const AgentStateChange &change : changes) {
            const Agent *agent = cxone.simulator->tenant().agentByAgentId(change.agentId);
            QCOMPARE(change.stateName, agent->stateName);
        }
    }
};

QTEST_GUILESS_MAIN(TestAgentDirectory)
#include "tst_agentdirectory.moc"
