// SPDX-License-Identifier: Apache-2.0
#include "cxone/DirectoryAnswers.h"
#include "cxone/SharedStrings.h"

#include <QTest>

// The directory answers read from their bytes, as the fuzzers see them.
class TestDirectoryAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("served");
        QTest::addColumn<int>("agents");
        QTest::newRow("documented") << QByteArray("{\"totalRecords\": 3, \"agents\": [{\"agentId\": 1}, {\"agentId\": "
                                                  "\"2\"}, {\"userId\": \"no id\"}]}")
                                    << true << 3 << 3 << 2;
        QTest::newRow("empty page") << QByteArray("{\"totalRecords\": 3, \"agents\": []}") << true << 3 << 0 << 0;
        QTest::newRow("truncated") << QByteArray("{\"totalRecords\": 3, \"agents\": [{\"agentId\"") << false << 0 << 0
                                   << 0;
        QTest::newRow("not an object") << QByteArray("[]") << false << 0 << 0 << 0;
        QTest::newRow("no total") << QByteArray("{\"agents\": []}") << false << 0 << 0 << 0;
        QTest::newRow("fractional total")
            << QByteArray("{\"totalRecords\": 2.5, \"agents\": []}") << false << 0 << 0 << 0;
        QTest::newRow("total beyond int")
            << QByteArray("{\"totalRecords\": 1e12, \"agents\": []}") << false << 0 << 0 << 0;
        QTest::newRow("entry not an object")
            << QByteArray("{\"totalRecords\": 1, \"agents\": [42]}") << true << 1 << 1 << 0;
    }

    void agentPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QString error;
        const std::optional<AgentPage> page = AgentPage::parse(body, &error);
        QCOMPARE(page.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (page) {
            QTEST(page->totalRecords, "total");
            QTEST(page->served, "served");
            QTEST(int(page->agents.size()), "agents");
        }
    }

    void teamAndStateNamesAreShared()
    {
        SharedStrings strings;
        QString error;
        const std::optional<AgentPage> page = AgentPage::parse(
            "{\"totalRecords\": 2, \"agents\": [{\"agentId\": 1, \"teamName\": \"Billing\"}, {\"agentId\": 2, "
            "\"teamName\": \"Billing\"}]}",
            &error, &strings);
        QVERIFY(page);
        QVERIFY(page->agents.at(0).teamName.isSharedWith(page->agents.at(1).teamName));
        const std::optional<AgentStatesAnswer> states = AgentStatesAnswer::parse(
            "{\"agentStates\": [{\"agentId\": 1, \"agentStateName\": \"Available\"}, {\"agentId\": 2, "
            "\"agentStateName\": \"Available\"}]}",
            &error, &strings);
        QVERIFY(states);
        QVERIFY(states->states.at(0).stateName.isSharedWith(states->states.at(1).stateName));
    }

    void startDatesAreReadInEveryForm_data()
    {
        QTest::addColumn<QString>("startDate");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime moment(QDate(2026, 11, 26), QTime(10, 0, 5, 250), Qt::UTC);
        QTest::newRow("CXone's form") << QStringLiteral("2026-11-26T10:00:05.250Z") << moment;
        QTest::newRow("offset") << QStringLiteral("2026-11-26T11:00:05.250+01:00") << moment;
        QTest::newRow("no milliseconds") << QStringLiteral("2026-11-26T10:00:05Z") << moment.addMSecs(-250);
        QTest::newRow("impossible day") << QStringLiteral("2026-02-30T10:00:05.250Z") << QDateTime();
        QTest::newRow("not digits") << QStringLiteral("2026-11-2xT10:00:05.250Z") << QDateTime();
        QTest::newRow("not digits in the year") << QStringLiteral("202&-11-26T10:00:05.250Z") << QDateTime();
    }

    void startDatesAreReadInEveryForm()
    {
        QFETCH(QString, startDate);
        QFETCH(QDateTime, utc);
        QString error;
        const std::optional<AgentStatesAnswer> answer = AgentStatesAnswer::parse(
            "{\"agentStates\": [{\"agentId\": 5, \"startDate\": \"" + startDate.toLatin1() + "\"}]}", &error);
        QVERIFY(answer);
        QCOMPARE(answer->states.first().sinceUtc, utc);
    }

    void statesAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("lastPollTime");
        QTest::addColumn<int>("states");
        QTest::newRow("delta") << QByteArray("{\"agentStates\": [{\"agentId\": 5, \"agentStateName\": \"Available\", "
                                             "\"startDate\": \"2026-11-26T10:00:00.000Z\"}], \"lastPollTime\": "
                                             "\"2026-11-26T10:00:05.250Z\"}")
                               << true << QStringLiteral("2026-11-26T10:00:05.250Z") << 1;
        QTest::newRow("no lastPollTime") << QByteArray("{\"agentStates\": []}") << true << QString() << 0;
        QTest::newRow("lastPollTime not a date")
            << QByteArray("{\"agentStates\": [], \"lastPollTime\": \"yesterday\"}") << false << QString() << 0;
        QTest::newRow("lastPollTime a number")
            << QByteArray("{\"agentStates\": [], \"lastPollTime\": 12}") << false << QString() << 0;
        QTest::newRow("truncated") << QByteArray("{\"agentStates\": [{\"agentId\": 5") << false << QString() << 0;
        QTest::newRow("states missing") << QByteArray("{\"lastPollTime\": \"2026-11-26T10:00:05Z\"}") << false
                                        << QString() << 0;
    }

    void statesAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QString error;
        const std::optional<AgentStatesAnswer> answer = AgentStatesAnswer::parse(body, &error);
        QCOMPARE(answer.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (answer) {
            QTEST(answer->lastPollTime, "lastPollTime");
            QTEST(int(answer->states.size()), "states");
        }
    }

    void teamPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("total");
        QTest::newRow("documented") << QByteArray("{\"totalRecords\": 1, \"teams\": [{\"teamId\": 4, \"teamLeadId\": "
                                                  "17, \"niceScreenRecordingEnabled\": false}]}")
                                    << true << 1;
        QTest::newRow("no total") << QByteArray("{\"teams\": []}") << true << -1;
        QTest::newRow("total not a count") << QByteArray("{\"totalRecords\": \"x\", \"teams\": []}") << false << 0;
        QTest::newRow("truncated") << QByteArray("{\"teams\": [") << false << 0;
        QTest::newRow("teams missing") << QByteArray("{\"totalRecords\": 1}") << false << 0;
    }

    void teamPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QString error;
        const std::optional<TeamPage> page = TeamPage::parse(body, &error);
        QCOMPARE(page.has_value(), valid);
        if (page) {
            QTEST(page->totalRecords, "total");
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectoryAnswers)
#include "tst_directoryanswers.moc"
