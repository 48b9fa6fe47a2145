// SPDX-License-Identifier: Apache-2.0
#include "support/SignedInClient.h"

#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "cxone/AgentDirectory.h"
#include "cxone/RecordingClient.h"
#include "cxone/TeamDirectory.h"
#include "recording/RecordingController.h"
#include "scope/SupervisorScope.h"
#include "session/SupervisorSession.h"

#include <QTemporaryDir>

// A supervisor sees and records their own teams only (Scope/Teams, Scope/LedTeams): every rule
// over HTTP against the simulator, whose demo key belongs to the lead of two teams. Security
// profiles do not restrict CXone's APIs (docs/cxone-contract.md#who-may-be-recorded), so this is
// all that stands between a supervisor and an agent outside their remit.
class TestSupervisorScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void teamsComeWithTheirLeadAndRecordingFlag();
    void teamsAnswered204AreNone();
    void withoutSettingsEveryAgentIsListedWithItsTeamsFlag();
    void configuredTeamsByNameOrId_data();
    void configuredTeamsByNameOrId();
    void ledTeamsAreTheSignedInSupervisors_data();
    void ledTeamsAreTheSignedInSupervisors();
    void ledTeamsAndConfiguredTeamsCombine();
    void aScopeThatMatchesNoTeamIsAnError_data();
    void aScopeThatMatchesNoTeamIsAnError();
    void aSupervisorCxoneDoesNotNameIsAnError();
    void statesOutsideTheScopeNeverLeaveTheDirectory();
    void withoutTheTeamsARestrictedScopeListsNobody_data();
    void withoutTheTeamsARestrictedScopeListsNobody();
    void theControllerRefusesAnOutOfScopeUserIdEvenAskedDirectly();
    void theSessionsScopeFollowsSignInAndSignOut();

private:
    QTemporaryDir m_dir;

    struct Loaded
    {
        SupervisorScope scope;
        QVector<Agent> agents;
    };
    static Loaded load(AgentDirectory &directory);
    static SimulatorOptions quietTenant();
    static qint64 teamIdOf(CxoneSimulator *simulator, const QString &name);
    static QSet<qint64> ledBySupervisor(CxoneSimulator *simulator);
    static QVector<qint64> agentIdsIn(CxoneSimulator *simulator, const QSet<qint64> &teamIds);
    static QVector<qint64> agentIdsOf(const QVector<Agent> &agents);
    static int requestsTo(CxoneSimulator *simulator, const QString &pathEnd);
};

TestSupervisorScope::Loaded TestSupervisorScope::load(AgentDirectory &directory)
{
    QSignalSpy resolved(&directory, &AgentDirectory::scopeResolved);
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    if (!loaded.wait(10000) || resolved.count() != 1) {
        return {};
    }
    return { resolved.first().at(0).value<SupervisorScope>(), loaded.first().at(0).value<QVector<Agent>>() };
}

SimulatorOptions TestSupervisorScope::quietTenant()
{
    SimulatorOptions options;
    options.stateChangeIntervalMs = 0;
    return options;
}

qint64 TestSupervisorScope::teamIdOf(CxoneSimulator *simulator, const QString &name)
{
    for (const Team &team : simulator->tenant().teams()) {
        if (team.teamName == name) {
            return team.teamId;
        }
    }
    return 0;
}

QSet<qint64> TestSupervisorScope::ledBySupervisor(CxoneSimulator *simulator)
{
    QSet<qint64> led;
    for (const Team &team : simulator->tenant().teams()) {
        if (team.teamLeadId == simulator->tenant().supervisorUserId()) {
            led.insert(team.teamId);
        }
    }
    return led;
}

// The tenant's agents of these teams, in the directory's order.
QVector<qint64> TestSupervisorScope::agentIdsIn(CxoneSimulator *simulator, const QSet<qint64> &teamIds)
{
    QVector<qint64> ids;
    for (const Agent &agent : simulator->tenant().agents()) {
        if (teamIds.contains(agent.teamId)) {
            ids.append(agent.agentId);
        }
    }
    return ids;
}

QVector<qint64> TestSupervisorScope::agentIdsOf(const QVector<Agent> &agents)
{
    QVector<qint64> ids;
    for (const Agent &agent : agents) {
        ids.append(agent.agentId);
    }
    return ids;
}

int TestSupervisorScope::requestsTo(CxoneSimulator *simulator, const QString &pathEnd)
{
    int count = 0;
    for (const CxoneSimulator::LoggedRequest &request : simulator->requestLog()) {
        count += request.path.endsWith(pathEnd) ? 1 : 0;
    }
    return count;
}

void TestSupervisorScope::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestSupervisorScope::teamsComeWithTheirLeadAndRecordingFlag()
{
    SimulatorOptions options = quietTenant();
    options.maxPageSize = 3; // eight teams: three pages
    SignedInClient cxone(options);
    TeamDirectory teams(cxone.network.get(), cxone.tokens.get());
    QSignalSpy loaded(&teams, &TeamDirectory::loaded);
    teams.load();
    QVERIFY(loaded.wait(5000));
    const QVector<Team> received = loaded.first().at(0).value<QVector<Team>>();
    const QVector<Team> &expected = cxone.simulator->tenant().teams();
    QCOMPARE(received.size(), 8);
    QCOMPARE(requestsTo(cxone.simulator.get(), QStringLiteral("/teams")), 3);
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(received.at(row).teamId, expected.at(row).teamId);
        QCOMPARE(received.at(row).teamName, expected.at(row).teamName);
        QCOMPARE(received.at(row).teamLeadId, expected.at(row).teamLeadId);
        QCOMPARE(received.at(row).agentCount, expected.at(row).agentCount);
        QVERIFY(received.at(row).screenRecordingEnabled.has_value());
        QCOMPARE(
            *received.at(row).screenRecordingEnabled, received.at(row).teamName != QLatin1String("Recouvrement Lille"));
    }
}

void TestSupervisorScope::teamsAnswered204AreNone()
{
    SignedInClient cxone(quietTenant());
    SimulatorFault noContent;
    noContent.pathContains = QStringLiteral("/teams");
    noContent.status = 204;
    cxone.simulator->addFault(noContent);
    TeamDirectory teams(cxone.network.get(), cxone.tokens.get());
    QSignalSpy loaded(&teams, &TeamDirectory::loaded);
    teams.load();
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.first().at(0).value<QVector<Team>>().isEmpty());
}

void TestSupervisorScope::withoutSettingsEveryAgentIsListedWithItsTeamsFlag()
{
    SignedInClient cxone(quietTenant());
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    const Loaded loaded = load(directory);
    QVERIFY(!loaded.scope.isRestricted());
    QCOMPARE(loaded.scope.auditText(), QStringLiteral("all agents"));
    QCOMPARE(loaded.agents.size(), 60);
    int disabled = 0;
    for (const Agent &agent : loaded.agents) {
        const bool off = agent.teamName == QLatin1String("Recouvrement Lille");
        QCOMPARE(agent.teamRecording, off ? Agent::TeamRecording::Disabled : Agent::TeamRecording::Enabled);
        disabled += off ? 1 : 0;
    }
    QVERIFY(disabled > 0);
}

void TestSupervisorScope::configuredTeamsByNameOrId_data()
{
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QStringList>("unmatched");
    const QString billing = QStringLiteral("Billing Montréal");
    const QString sales = QStringLiteral("Ventes Bordeaux");
    QTest::newRow("by name") << QStringList { billing } << QStringList { billing } << QStringList {};
    QTest::newRow("name in another case")
        << QStringList { QStringLiteral("BILLING montréal") } << QStringList { billing } << QStringList {};
    QTest::newRow("by ID") << QStringList { QStringLiteral("12") } << QStringList { sales } << QStringList {};
    QTest::newRow("name and ID") << QStringList { billing, QStringLiteral("12") } << QStringList { billing, sales }
                                 << QStringList {};
    QTest::newRow("an unknown one beside a known one")
        << QStringList { billing, QStringLiteral("Nowhere") } << QStringList { billing }
        << QStringList { QStringLiteral("Nowhere") };
}

void TestSupervisorScope::configuredTeamsByNameOrId()
{
    QFETCH(QStringList, configured);
    QFETCH(QStringList, teams);
    QFETCH(QStringList, unmatched);
    SignedInClient cxone(quietTenant());
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setScopeSettings({ configured, false });
    const Loaded loaded = load(directory);
    QCOMPARE(loaded.scope.problem(), SupervisorScope::Problem::None);
    QCOMPARE(loaded.scope.teamNames(), teams);
    QCOMPARE(loaded.scope.unmatched(), unmatched);
    QSet<qint64> teamIds;
    for (const QString &name : teams) {
        teamIds.insert(teamIdOf(cxone.simulator.get(), name));
    }
    QCOMPARE(agentIdsOf(loaded.agents), agentIdsIn(cxone.simulator.get(), teamIds));
    QVERIFY(!loaded.agents.isEmpty());
    QCOMPARE(agentIdsOf(directory.agents()), agentIdsOf(loaded.agents));
}

void TestSupervisorScope::ledTeamsAreTheSignedInSupervisors_data()
{
    QTest::addColumn<bool>("teamsNameTheirLead");
    QTest::newRow("teamLeadId from /teams") << true;
    QTest::newRow("reportToId when /teams names no lead") << false;
}

void TestSupervisorScope::ledTeamsAreTheSignedInSupervisors()
{
    QFETCH(bool, teamsNameTheirLead);
    SimulatorOptions options = quietTenant();
    options.teamsNameTheirLead = teamsNameTheirLead;
    SignedInClient cxone(options);
    // CXone's id_token subject ("user:<id>") names a user of the tenant.
    QCOMPARE(cxone.tokens->userId(), cxone.simulator->tenant().supervisorUserId());
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setScopeSettings({ {}, true });
    const Loaded loaded = load(directory);
    QCOMPARE(loaded.scope.problem(), SupervisorScope::Problem::None);
    QCOMPARE(loaded.scope.teamNames(),
        (QStringList { QStringLiteral("Billing Montréal"), QStringLiteral("Support technique Lyon") }));
    const QSet<qint64> led = ledBySupervisor(cxone.simulator.get());
    QCOMPARE(led.size(), 2);
    QCOMPARE(agentIdsOf(loaded.agents), agentIdsIn(cxone.simulator.get(), led));
    QCOMPARE(loaded.scope.auditText(), QStringLiteral("teams: Billing Montréal (15); Support technique Lyon (11)"));
}

void TestSupervisorScope::ledTeamsAndConfiguredTeamsCombine()
{
    SignedInClient cxone(quietTenant());
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setScopeSettings({ { QStringLiteral("Ventes Bordeaux") }, true });
    const Loaded loaded = load(directory);
    QCOMPARE(loaded.scope.teamNames(),
        (QStringList { QStringLiteral("Billing Montréal"), QStringLiteral("Support technique Lyon"),
            QStringLiteral("Ventes Bordeaux") }));
    QSet<qint64> teams = ledBySupervisor(cxone.simulator.get());
    teams.insert(teamIdOf(cxone.simulator.get(), QStringLiteral("Ventes Bordeaux")));
    QCOMPARE(agentIdsOf(loaded.agents), agentIdsIn(cxone.simulator.get(), teams));
}

void TestSupervisorScope::aScopeThatMatchesNoTeamIsAnError_data()
{
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<bool>("ledTeams");
    QTest::addColumn<bool>("viewer");
    QTest::newRow("a team that does not exist") << QStringList { QStringLiteral("Nowhere") } << false << false;
    QTest::newRow("an ID that does not exist") << QStringList { QStringLiteral("999") } << false << false;
    QTest::newRow("led teams of a user who leads none") << QStringList {} << true << true;
}

void TestSupervisorScope::aScopeThatMatchesNoTeamIsAnError()
{
    QFETCH(QStringList, configured);
    QFETCH(bool, ledTeams);
    QFETCH(bool, viewer);
    SimulatorOptions options = quietTenant();
    SignedInClient cxone(options, false);
    QVERIFY(viewer ? cxone.signInWith({ options.restrictedKeyId, options.restrictedKeySecret })
                   : cxone.signInWith({ options.demoKeyId, options.demoKeySecret }));
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setScopeSettings({ configured, ledTeams });
    const Loaded loaded = load(directory);
    QCOMPARE(loaded.scope.problem(), SupervisorScope::Problem::NoTeamMatches);
    QVERIFY(loaded.agents.isEmpty());
    QVERIFY(directory.agents().isEmpty());
    QCOMPARE(loaded.scope.auditText(), QStringLiteral("no team"));
}

void TestSupervisorScope::aSupervisorCxoneDoesNotNameIsAnError()
{
    SignedInClient cxone(quietTenant());
    const SupervisorScope scope = SupervisorScope::resolve(
        { {}, true }, QString(), cxone.simulator->tenant().agents(), cxone.simulator->tenant().teams());
    QCOMPARE(scope.problem(), SupervisorScope::Problem::SupervisorUnknown);
    QVERIFY(!scope.includes(cxone.simulator->tenant().agents().first()));
}

void TestSupervisorScope::statesOutsideTheScopeNeverLeaveTheDirectory()
{
    SignedInClient cxone(quietTenant());
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRefreshIntervalMs(500);
    directory.setScopeSettings({ { QStringLiteral("Billing Montréal") }, false });
    const Loaded loaded = load(directory);
    QVERIFY(!loaded.agents.isEmpty());
    QSignalSpy changed(&directory, &AgentDirectory::statesChanged);
    QVERIFY(cxone.simulator->tenant().advanceStates(QDateTime::currentDateTimeUtc().addSecs(1), 200) > 0);
    QVERIFY(changed.wait(5000));
    const qint64 billing = teamIdOf(cxone.simulator.get(), QStringLiteral("Billing Montréal"));
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        for (const AgentStateChange &change : signal.at(0).value<QVector<AgentStateChange>>()) {
            QCOMPARE(cxone.simulator->tenant().agentByAgentId(change.agentId)->teamId, billing);
        }
    }
}

// Without /teams nobody can be placed in a scope: a restricted station lists nobody (and
// retries); an unrestricted one lists everyone, the teams' recording flags unknown.
void TestSupervisorScope::withoutTheTeamsARestrictedScopeListsNobody_data()
{
    QTest::addColumn<bool>("restricted");
    QTest::newRow("restricted") << true;
    QTest::newRow("unrestricted") << false;
}

void TestSupervisorScope::withoutTheTeamsARestrictedScopeListsNobody()
{
    QFETCH(bool, restricted);
    SignedInClient cxone(quietTenant());
    SimulatorFault down;
    down.pathContains = QStringLiteral("/teams");
    down.status = 500;
    cxone.simulator->addFault(down);
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setRetryPolicy(fastRetries(2));
    if (restricted) {
        directory.setScopeSettings({ { QStringLiteral("Billing Montréal") }, false });
    }
    QSignalSpy failed(&directory, &AgentDirectory::loadFailed);
    QSignalSpy loaded(&directory, &AgentDirectory::agentsLoaded);
    directory.reload();
    QVERIFY(QTest::qWaitFor([&] { return failed.count() + loaded.count() > 0; }, 10000));
    if (restricted) {
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<vigie::ApiOutcome>(), vigie::ApiOutcome::ServerError);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(directory.agents().isEmpty());
        // Once /teams answers again, the retry lists the scope.
        cxone.simulator->clearFaults();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(agentIdsOf(directory.agents()),
            agentIdsIn(cxone.simulator.get(), { teamIdOf(cxone.simulator.get(), QStringLiteral("Billing Montréal")) }));
        return;
    }
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(directory.agents().size(), 60);
    for (const Agent &agent : directory.agents()) {
        QCOMPARE(agent.teamRecording, Agent::TeamRecording::Unknown);
    }
}

// Defence in depth: the controller refuses a user-id the scope does not list, whoever asks and
// whatever team the request claims, and CXone hears nothing of it.
void TestSupervisorScope::theControllerRefusesAnOutOfScopeUserIdEvenAskedDirectly()
{
    SignedInClient cxone(quietTenant());
    AgentDirectory directory(cxone.network.get(), cxone.tokens.get());
    directory.setScopeSettings({ { QStringLiteral("Billing Montréal") }, false });
    const Loaded loaded = load(directory);
    RecordingClient client(cxone.network.get(), cxone.tokens.get());
    RecordingLedger ledger(m_dir.filePath(QStringLiteral("refuses.json")));
    RecordingTracker tracker(&ledger);
    tracker.restore();
    RecordingController controller(&client, &tracker);
    controller.setScope(loaded.scope, loaded.agents);
    AuditLog audit(m_dir.filePath(QStringLiteral("refuses-audit.jsonl")));
    AuditRecorder recorder(&audit, &controller, &tracker);

    const qint64 billing = teamIdOf(cxone.simulator.get(), QStringLiteral("Billing Montréal"));
    Agent outside;
    for (const Agent &agent : cxone.simulator->tenant().agents()) {
        if (agent.teamId != billing) {
            outside = agent;
            break;
        }
    }
    Agent forged = outside;
    forged.teamId = billing; // claims to be in scope: the user-id decides
    forged.teamName = QStringLiteral("Billing Montréal");
    cxone.simulator->clearRequestLog();
    QSignalSpy failed(&controller, &RecordingController::startFailed);
    QSignalSpy finished(&controller, &RecordingController::batchFinished);
    controller.start({ outside, forged, loaded.agents.first() }, 600, QStringLiteral("Coaching"));
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().at(0).value<RecordingController::BatchSummary>();
    QCOMPARE(summary.requested, 3);
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failures.size(), 2);
    QCOMPARE(failed.count(), 2);
    for (const QList<QVariant> &signal : std::as_const(failed)) {
        QCOMPARE(signal.at(0).toString(), outside.userId);
        QCOMPARE(signal.at(2).value<StartResult>().outcome, vigie::ApiOutcome::OutOfScope);
        QVERIFY(vigie::isDefiniteRefusal(vigie::ApiOutcome::OutOfScope));
    }
    QCOMPARE(cxone.simulator->recordingsCreatedFor(outside.userId), 0);
    QCOMPARE(requestsTo(cxone.simulator.get(), QStringLiteral("start-screen-interaction-recording")), 1);

    // A click whose every agent is refused ends as one batch, not one per agent.
    finished.clear();
    controller.start({ outside, forged }, 600, QStringLiteral("Coaching"));
    QCOMPARE(finished.count(), 1);
    const auto refusedOnly = finished.first().at(0).value<RecordingController::BatchSummary>();
    QCOMPARE(refusedOnly.requested, 2);
    QCOMPARE(refusedOnly.failures.size(), 2);
    failed.clear();
    QVERIFY(!tracker.pendingForUser(outside.userId));

    // Each start carries the scope in force, for the audit trail.
    const TrackedRecording *started = tracker.activeForUser(loaded.agents.first().userId);
    QVERIFY(started);
    QCOMPARE(started->scope, QStringLiteral("teams: Billing Montréal (15)"));
    QCOMPARE(RecordingLedger(m_dir.filePath(QStringLiteral("refuses.json"))).load().contents.active.first().scope,
        started->scope);
    // The audit trail names the scope of the start and of each refusal.
    const QVector<AuditEntry> entries = audit.entries();
    QCOMPARE(entries.size(), 6); // one start asked then started, two refusals, then two more
    for (const AuditEntry &entry : entries) {
        QCOMPARE(entry.scope, started->scope);
        if (entry.userId == outside.userId) {
            QCOMPARE(entry.result, vigie::AuditResult::Refused);
        } else {
            QVERIFY(entry.result == vigie::AuditResult::Requested || entry.result == vigie::AuditResult::Started);
        }
    }
}

// A scope belongs to the supervisor who signed in: until the directory has placed the next one,
// nobody can be recorded.
void TestSupervisorScope::theSessionsScopeFollowsSignInAndSignOut()
{
    CxoneSimulator simulator(quietTenant());
    QVERIFY(simulator.start());
    CxoneEnvironment environment;
    environment.issuer = simulator.baseUrl();
    environment.clientId = simulator.options().clientId;
    environment.clientSecret = simulator.options().clientSecret;
    SupervisorSession session(environment, m_dir.filePath(QStringLiteral("session.json")),
        m_dir.filePath(QStringLiteral("session-audit.jsonl")));
    session.setScopeSettings({ {}, true });
    const Agent &mine = *std::find_if(simulator.tenant().agents().cbegin(), simulator.tenant().agents().cend(),
        [&](const Agent &agent) { return ledBySupervisor(&simulator).contains(agent.teamId); });
    QVERIFY(!session.controller()->isInScope(mine.userId)); // not resolved yet

    QSignalSpy loaded(session.directory(), &AgentDirectory::agentsLoaded);
    session.tokens()->signIn({ simulator.options().demoKeyId, simulator.options().demoKeySecret });
    QVERIFY(loaded.wait(10000));
    QVERIFY(session.controller()->isInScope(mine.userId));
    for (const Agent &agent : simulator.tenant().agents()) {
        QCOMPARE(session.controller()->isInScope(agent.userId), ledBySupervisor(&simulator).contains(agent.teamId));
    }
    session.tokens()->signOut();
    QVERIFY(!session.controller()->isInScope(mine.userId));
}

QTEST_GUILESS_MAIN(TestSupervisorScope)
#include "tst_supervisorscope.moc"
