// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "policy/PolicyRecord.h"

#include <QTest>
#include <QTimeZone>

// What the works council's policy reads from the audit trail: the policies in force over time,
// for the report.
class TestPolicyRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePoliciesInForceDuringAPeriod();

private:
    static const QTimeZone &paris()
    {
        static const QTimeZone zone("Europe/Paris");
        return zone;
    }
    static QDateTime parisTime(int year, int month, int day, int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second), paris()).toUTC();
    }
    static AuditEntry policyEntry(const QDateTime &atUtc, const RecordingPolicy &policy)
    {
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = AuditAction::Policy;
        entry.result = AuditResult::InForce;
        entry.detail = PolicyRecord::detailFor(policy);
        return entry;
    }
    static inline const QString kNotice = QStringLiteral("The agent has been informed under the agreement of 3 March.");
};

void TestPolicyRecord::thePoliciesInForceDuringAPeriod()
{
    RecordingPolicy first;
    first.recordingsPer7Days = 3;
    RecordingPolicy second = first;
    second.recordingsPer7Days = 2;
    second.dailyNotice = kNotice;
    const QDateTime from = parisTime(2026, 11, 1, 0, 0);
    const QDateTime to = parisTime(2026, 11, 30, 23, 59, 59);
    QVector<AuditEntry> trail { policyEntry(parisTime(2026, 9, 1, 8, 0), RecordingPolicy()),
        policyEntry(parisTime(2026, 10, 3, 8, 0), first), policyEntry(parisTime(2026, 10, 20, 8, 0), first),
        policyEntry(parisTime(2026, 11, 14, 10, 2), second),
        policyEntry(parisTime(2026, 12, 2, 8, 0), RecordingPolicy()) };
    QCOMPARE(PolicyRecord::lastRecorded(trail), PolicyRecord::detailFor(RecordingPolicy()));

    // In force on 1 November: the one of 3 October (recorded again on the 20th, unchanged); from
    // the 14th, the second; December's change is after the period.
    const QVector<PolicyInForce> november = PolicyRecord::inForce(trail, from, to);
    QCOMPARE(november.size(), 2);
    QCOMPARE(november.at(0).sinceUtc, parisTime(2026, 10, 3, 8, 0));
    QCOMPARE(november.at(0).untilUtc, parisTime(2026, 11, 14, 10, 2));
    QCOMPARE(november.at(0).lines, first.describe());
    QCOMPARE(november.at(1).sinceUtc, parisTime(2026, 11, 14, 10, 2));
    QCOMPARE(november.at(1).untilUtc, parisTime(2026, 12, 2, 8, 0));
    QCOMPARE(november.at(1).lines, second.describe());
    QCOMPARE(november.at(1).caps().recordingsPer7Days, 2);

    // September: no policy (an empty one was recorded); before any record: nothing known.
    const QVector<PolicyInForce> september
        = PolicyRecord::inForce(trail, parisTime(2026, 9, 2, 0, 0), parisTime(2026, 9, 30, 0, 0));
    QCOMPARE(september.size(), 1);
    QVERIFY(september.first().lines.isEmpty());
    QVERIFY(PolicyRecord::inForce(trail, parisTime(2026, 8, 1, 0, 0), parisTime(2026, 8, 31, 0, 0)).isEmpty());
    QVERIFY(!PolicyRecord::lastRecorded({}));
}

QTEST_GUILESS_MAIN(TestPolicyRecord)
#include "tst_policyrecord.moc"
