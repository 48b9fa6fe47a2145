// SPDX-License-Identifier: Apache-2.0
#include "support/SignedInClient.h"

#include "cxone/AgentDirectory.h"

#include <QSet>

// The whole tenant, paged, with live states merged in and refreshed.
class TestAgentDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTwentyThousandAgentsInOrder();
    void followsAServerThatCapsThePageSize();
    void emptyTenantAnswers204();
    void malformedPageFailsTheLoadWithoutLosingTheOldList();
    void statesAreRefreshedWithOnlyTheChanges();
    void deltaRefreshFeedsBackTheAnswersLastPollTime();
    void deltaRefreshAppliesOnlyWhatChanged();
    void everyStateIsAskedForAgainAfterAFailedRefresh();
    void everyStateIsAskedForAgainOnSchedule();
    void theScheduledFullRefreshHappensWhileDeltasAreInFlight();
    void pagingStopsAtAnEmptyPage();
    void pagingStopsAtANoContentPage();
    void pagingRefusesWhatNoTenantHas_data();
    void pagingRefusesWhatNoTenantHas();
    void anEmptyFirstPageOfATenantWithAgentsKeepsTheList();
    void malformedAnswersFailWithoutLosingTheList_data();
    void malformedAnswersFailWithoutLosingTheList();
    void malformedStatesFailTheRefreshAndKeepTheStates();
    void malformedTeamsStillListTheAgentsWithoutAScope();
    void pagesArrivingTogetherAreAnnouncedTogether();
    void pagesArriveInOrderBeforeTheLoadEnds();

private:
    static QVector<Agent> loadAll(AgentDirectory &directory, int timeoutMs = 30000);
    static QList<QUrlQuery> requestsTo(const CxoneSimulator &simulator, const QString &resource);
    static SimulatorFault answerOnce(const QString &path, const QByteArray &body, int times = 1);
};

QVector<Agent> TestAgentDirectory::loadAll(AgentDirectory &directory, int timeoutMs)
{
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    if (!loaded.wait(timeoutMs)) {
        return {};
    }
    return loaded.first().at(0).value<QVector<Agent>>();
}

QList<QUrlQuery> TestAgentDirectory::requestsTo(const CxoneSimulator &simulator, const QString &resource)
{
    QList<QUrlQuery> queries;
    for (const auto &request : simulator.requestLog()) {
        if (request.path.endsWith(resource)) {
            queries.append(request.query);
        }
    }
    return queries;
}

SimulatorFault TestAgentDirectory::answerOnce(const QString &path, const QByteArray &body, int times)
{
    SimulatorFault fault;
    fault.pathContains = path;
    fault.status = 200;
    fault.body = body;
    fault.times = times;
    return fault;
}

void TestAgentDirectory::loadsTwentyThousandAgentsInOrder()
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

void TestAgentDirectory::followsAServerThatCapsThePageSize()
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

void TestAgentDirectory::emptyTenantAnswers204()
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

void TestAgentDirectory::malformedPageFailsTheLoadWithoutLosingTheOldList()
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
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
    QCOMPARE(directory.agents().size(), 60);
}

void TestAgentDirectory::statesAreRefreshedWithOnlyTheChanges()
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

void TestAgentDirectory::deltaRefreshFeedsBackTheAnswersLastPollTime()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRefreshIntervalMs(500);
    QCOMPARE(loadAll(directory).size(), 60);
    // The first answer after the full one: CXone's clock, not Vigie's, says where the next starts.
    const QString pollTime = QStringLiteral("2031-05-06T07:08:09.123Z");
    cxone.simulator->addFault(answerOnce(
        QStringLiteral("/agents/states"), "{\"agentStates\": [], \"lastPollTime\": \"" + pollTime.toLatin1() + "\"}"));
    QSignalSpy refreshed(&directory, &AgentDirectory::refreshSucceeded);
    QVERIFY(refreshed.wait(3000));
    QVERIFY(refreshed.wait(3000));
    const QList<QUrlQuery> states = requestsTo(*cxone.simulator, QStringLiteral("/agents/states"));
    QVERIFY(states.size() >= 3);
    QVERIFY(!states.first().hasQueryItem(QStringLiteral("updatedSince"))); // the load asks for every state
    QCOMPARE(states.last().queryItemValue(QStringLiteral("updatedSince"), QUrl::FullyDecoded), pollTime);
}

void TestAgentDirectory::deltaRefreshAppliesOnlyWhatChanged()
{
    SimulatorOptions options;
    options.agentCount = 2000;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRefreshIntervalMs(500);
    QCOMPARE(loadAll(directory).size(), 2000);
    const QDateTime moment = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(cxone.simulator->tenant().advanceStates(moment, 40) > 0);
    QSet<qint64> moved;
    for (const Agent &agent : cxone.simulator->tenant().agents()) {
        if (agent.stateSinceUtc == moment) {
            moved.insert(agent.agentId);
        }
    }
    QSignalSpy changed(&directory, &AgentDirectory::statesChanged);
    cxone.simulator->clearRequestLog();
    QVERIFY(changed.wait(3000));
    QSet<qint64> applied;
    for (const AgentStateChange &change : changed.first().at(0).value<QVector<AgentStateChange>>()) {
        applied.insert(change.agentId);
        QCOMPARE(change.stateName, cxone.simulator->tenant().agentByAgentId(change.agentId)->stateName);
    }
    QCOMPARE(applied, moved);
    const QList<QUrlQuery> states = requestsTo(*cxone.simulator, QStringLiteral("/agents/states"));
    QVERIFY(!states.isEmpty());
    QVERIFY(states.first().hasQueryItem(QStringLiteral("updatedSince")));
    for (const Agent &agent : directory.agents()) {
        QCOMPARE(agent.stateName, cxone.simulator->tenant().agentByAgentId(agent.agentId)->stateName);
    }
}

void TestAgentDirectory::everyStateIsAskedForAgainAfterAFailedRefresh()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRefreshIntervalMs(500);
    QCOMPARE(loadAll(directory).size(), 60);
    QSignalSpy refreshed(&directory, &AgentDirectory::refreshSucceeded);
    QVERIFY(refreshed.wait(3000)); // a delta
    SimulatorFault outage;
    outage.pathContains = QStringLiteral("/agents/states");
    outage.status = 404;
    outage.times = 1;
    cxone.simulator->addFault(outage);
    QSignalSpy failed(&directory, &AgentDirectory::refreshFailed);
    QVERIFY(failed.wait(3000));
    cxone.simulator->clearRequestLog();
    refreshed.clear();
    QVERIFY(refreshed.wait(3000));
    QVERIFY(refreshed.wait(3000));
    const QList<QUrlQuery> states = requestsTo(*cxone.simulator, QStringLiteral("/agents/states"));
    QCOMPARE(states.size(), 2);
    QVERIFY(!states.at(0).hasQueryItem(QStringLiteral("updatedSince"))); // the reconnection: everything
    QVERIFY(states.at(1).hasQueryItem(QStringLiteral("updatedSince"))); // then deltas again
}

void TestAgentDirectory::everyStateIsAskedForAgainOnSchedule()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRefreshIntervalMs(500);
    directory.setFullRefreshIntervalMs(1600);
    QCOMPARE(loadAll(directory).size(), 60);
    const auto fullAnswers = [&cxone] {
        int full = 0;
        for (const QUrlQuery &query : requestsTo(*cxone.simulator, QStringLiteral("/agents/states"))) {
            full += query.hasQueryItem(QStringLiteral("updatedSince")) ? 0 : 1;
        }
        return full;
    };
    QCOMPARE(fullAnswers(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(fullAnswers(), 2, 5000);
    QVERIFY(requestsTo(*cxone.simulator, QStringLiteral("/agents/states")).size() >= 4); // deltas between
}

// On a large tenant a delta is nearly always in flight when the full refresh comes due: its
// answer must not write its lastPollTime back over the full refresh, which would then never run.
void TestAgentDirectory::theScheduledFullRefreshHappensWhileDeltasAreInFlight()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 100; // every delta has changes, and a lastPollTime
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QCOMPARE(loadAll(directory).size(), 60);
    // Each answer takes far longer than the refresh interval: a request is always in flight.
    cxone.simulator->setLatencyMs(900);
    directory.setRefreshIntervalMs(10);
    directory.setFullRefreshIntervalMs(1000);
    cxone.simulator->clearRequestLog();
    const auto fullAnswers = [&cxone] {
        int full = 0;
        for (const QUrlQuery &query : requestsTo(*cxone.simulator, QStringLiteral("/agents/states"))) {
            full += query.hasQueryItem(QStringLiteral("updatedSince")) ? 0 : 1;
        }
        return full;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fullAnswers() >= 2, 8000);
    directory.stop();
}

void TestAgentDirectory::pagingStopsAtAnEmptyPage()
{
    SimulatorOptions options;
    options.agentCount = 2500;
    options.overstatedTotalRecords = 997500; // "1,000,000 agents", served 2,500
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QCOMPARE(loadAll(directory).size(), 2500);
    // Pages 0, 1000, 2000, the first empty one at 3000, and at most the others already asked
    // for before that one was read: not the thousand pages announced.
    QVERIFY(requestsTo(*cxone.simulator, QStringLiteral("/agents")).size() <= 4 + DirectoryLoad::kPagesAhead);
}

// The same list ending in 204 No Content rather than an empty page.
void TestAgentDirectory::pagingStopsAtANoContentPage()
{
    SimulatorOptions options;
    options.agentCount = 3000;
    options.overstatedTotalRecords = 997000; // "1,000,000 agents"
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    // Once the first page is in, every later answer is 204 (the state list's too).
    connect(&directory, &AgentDirectory::loadProgress, this, [&cxone] {
        SimulatorFault noContent;
        noContent.pathContains = QStringLiteral("/agents");
        noContent.status = 204;
        cxone.simulator->addFault(noContent);
    });
    QCOMPARE(loadAll(directory).size(), 1000);
    QVERIFY(requestsTo(*cxone.simulator, QStringLiteral("/agents")).size() <= 1 + DirectoryLoad::kPagesAhead);
}

void TestAgentDirectory::pagingRefusesWhatNoTenantHas_data()
{
    QTest::addColumn<QByteArray>("page");
    const QByteArray agent = "{\"agentId\": 7, \"userId\": \"u7\", \"firstName\": \"A\", \"lastName\": \"B\"}";
    QTest::newRow("more agents than any tenant")
        << QByteArray("{\"totalRecords\": 2000000000, \"agents\": [" + agent + "]}");
    QTest::newRow("more pages than the cap")
        << QByteArray("{\"totalRecords\": 900000, \"agents\": [" + agent + "]}"); // a page of 1: 900,000 pages
}

void TestAgentDirectory::pagingRefusesWhatNoTenantHas()
{
    QFETCH(QByteArray, page);
    SignedInClient cxone;
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QCOMPARE(loadAll(directory).size(), 60);
    cxone.simulator->addFault(answerOnce(QStringLiteral("/agents"), page, -1));
    cxone.simulator->clearRequestLog();
    QSignalSpy failed(&directory, &AgentDirectory::loadFailed);
    directory.reload();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("more than Vigie lists")));
    QCOMPARE(requestsTo(*cxone.simulator, QStringLiteral("/agents")).size(), 1);
    QCOMPARE(directory.agents().size(), 60); // what was shown stays
    directory.stop();
}

// On F5, a first page that lists nobody while announcing agents must not empty the list shown.
void TestAgentDirectory::anEmptyFirstPageOfATenantWithAgentsKeepsTheList()
{
    SignedInClient cxone;
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QCOMPARE(loadAll(directory).size(), 60);
    cxone.simulator->addFault(answerOnce(QStringLiteral("/agents"), "{\"totalRecords\": 60, \"agents\": []}", -1));
    QSignalSpy failed(&directory, &AgentDirectory::loadFailed);
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(directory.agents().size(), 60);
    directory.stop();
}

void TestAgentDirectory::malformedAnswersFailWithoutLosingTheList_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated page") << QStringLiteral("/agents") << QByteArray("{\"totalRecords\": 60, \"agents\": [");
    QTest::newRow("page is an array") << QStringLiteral("/agents") << QByteArray("[{\"agentId\": 1}]");
    QTest::newRow("totalRecords a string")
        << QStringLiteral("/agents") << QByteArray("{\"totalRecords\": \"60\", \"agents\": []}");
    QTest::newRow("negative totalRecords")
        << QStringLiteral("/agents") << QByteArray("{\"totalRecords\": -5, \"agents\": []}");
    QTest::newRow("agents not a list") << QStringLiteral("/agents")
                                       << QByteArray("{\"totalRecords\": 1, \"agents\": {}}");
}

void TestAgentDirectory::malformedAnswersFailWithoutLosingTheList()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    SignedInClient cxone;
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QCOMPARE(loadAll(directory).size(), 60);
    cxone.simulator->addFault(answerOnce(path, body, -1));
    QSignalSpy failed(&directory, &AgentDirectory::loadFailed);
    directory.reload();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("not the documented JSON")));
    QCOMPARE(directory.agents().size(), 60);
    directory.stop();
}

void TestAgentDirectory::malformedStatesFailTheRefreshAndKeepTheStates()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRefreshIntervalMs(500);
    const QVector<Agent> before = loadAll(directory);
    QCOMPARE(before.size(), 60);
    cxone.simulator->addFault(answerOnce(QStringLiteral("/agents/states"), "{\"agentStates\": [{\"agentId\": 1"));
    QSignalSpy failed(&directory, &AgentDirectory::refreshFailed);
    QVERIFY(failed.wait(3000));
    QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::MalformedResponse);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("not the documented JSON")));
    QCOMPARE(directory.agents().size(), 60);
    for (int row = 0; row < before.size(); ++row) {
        QCOMPARE(directory.agents().at(row).stateName, before.at(row).stateName);
    }
}

void TestAgentDirectory::malformedTeamsStillListTheAgentsWithoutAScope()
{
    SignedInClient cxone;
    cxone.simulator->addFault(answerOnce(QStringLiteral("/teams"), "{\"teams\": [{\"teamId\": 3,", -1));
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    const QVector<Agent> agents = loadAll(directory);
    QCOMPARE(agents.size(), 60);
    QCOMPARE(agents.first().teamRecording, Agent::TeamRecording::Unknown);
}

// Each announcement sorts and lays out the whole list shown: pages that arrive close
// together are announced together, not one by one.
void TestAgentDirectory::pagesArrivingTogetherAreAnnouncedTogether()
{
    SimulatorOptions options;
    options.agentCount = 6000;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    CxoneEnvironment environment = cxone.tokens->environment();
    environment.agentPageSize = 100; // sixty pages, a few milliseconds apart
    cxone.tokens->setEnvironment(environment);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QSignalSpy arriving(&directory, &AgentDirectory::agentsArriving);
    QSignalSpy progress(&directory, &AgentDirectory::loadProgress);
    QCOMPARE(loadAll(directory).size(), 6000);
    QCOMPARE(progress.count(), 60); // one step of the progress bar per page still
    QVERIFY2(arriving.count() >= 1 && arriving.count() <= 30, qPrintable(QString::number(arriving.count())));
}

void TestAgentDirectory::pagesArriveInOrderBeforeTheLoadEnds()
{
    SimulatorOptions options;
    options.agentCount = 5000;
    options.stateChangeIntervalMs = 0;
    SignedInClient cxone(options);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    QSignalSpy arriving(&directory, &AgentDirectory::agentsArriving);
    const QVector<Agent> agents = loadAll(directory);
    QCOMPARE(agents.size(), 5000);
    QVERIFY(arriving.count() >= 1);
    QCOMPARE(arriving.first().at(0).value<QVector<Agent>>().size(), 1000); // the first page, at once
    QVector<Agent> announced;
    for (const QList<QVariant> &pages : std::as_const(arriving)) {
        announced += pages.at(0).value<QVector<Agent>>();
    }
    // Every agent, in the server's order: the table updates them in place at the end.
    QCOMPARE(announced.size(), agents.size());
    for (int row = 0; row < announced.size(); ++row) {
        QCOMPARE(announced.at(row).agentId, agents.at(row).agentId);
    }
    // A reload of a list already shown is not progressive: it changes when complete.
    arriving.clear();
    QCOMPARE(loadAll(directory).size(), 5000);
    QCOMPARE(arriving.count(), 0);
}

QTEST_GUILESS_MAIN(TestAgentDirectory)
#include "tst_agentdirectory.moc"
