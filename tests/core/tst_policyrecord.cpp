// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "policy/NoticeConfirmations.h"
#include "policy/PolicyEvaluator.h"
#include "policy/PolicyGate.h"
#include "policy/PolicyRecord.h"
#include "session/SupervisorSession.h"

#include <QTemporaryDir>
#include <QTest>

// What the works council's policy reads from the audit trail rather than from anything a
// supervisor can clear: the daily notice's confirmation (by local calendar day, across midnight,
// a daylight-saving change and a clock moved), and the policies in force over time for the
// report. And where now stands against the allowed hours, for the panel before Start.
class TestPolicyRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNoticeCountsForTheLocalDayTheTrailDatesIt();
    void theNoticeOnTheDaylightSavingDay();
    void aClockMovedToAnotherDayAsksAgain();
    void theNoticeIsTheSupervisorsAndItsWords();
    void theGateRefusesAStartAndAnExtendWithoutTodaysNotice();
    void thePoliciesInForceDuringAPeriod();
    void eachLaunchRecordsThePolicyWhenItChanged();
    void theHoursNowAndNext();

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
    static AuditEntry notice(const QDateTime &atUtc, const QString &text = kNotice, const QString &who = kSupervisor)
    {
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = vigie::AuditAction::Notice;
        entry.result = vigie::AuditResult::Acknowledged;
        entry.supervisor = who;
        entry.detail = text;
        return entry;
    }
    static AuditEntry policyEntry(const QDateTime &atUtc, const RecordingPolicy &policy)
    {
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = vigie::AuditAction::Policy;
        entry.result = vigie::AuditResult::InForce;
        entry.detail = PolicyRecord::detailFor(policy);
        return entry;
    }
    static NoticeConfirmations confirmations(const QVector<AuditEntry> &entries)
    {
        NoticeConfirmations read;
        read.addTrail(entries);
        return read;
    }
    static inline const QString kNotice = QStringLiteral("The agent has been informed under the agreement of 3 March.");
    static inline const QString kSupervisor = QStringLiteral("key-7");
};

void TestPolicyRecord::theNoticeCountsForTheLocalDayTheTrailDatesIt()
{
    // Confirmed at 00:30 in Paris, which is still the 6th in UTC: it is the 7th's confirmation.
    const NoticeConfirmations read = confirmations({ notice(parisTime(2026, 12, 7, 0, 30)) });
    QVERIFY(read.confirmedOn(kSupervisor, kNotice, parisTime(2026, 12, 7, 0, 31), paris()));
    QVERIFY(read.confirmedOn(kSupervisor, kNotice, parisTime(2026, 12, 7, 23, 59, 59), paris()));
    // The first second of the 8th, local time, is another day.
    QVERIFY(!read.confirmedOn(kSupervisor, kNotice, parisTime(2026, 12, 8, 0, 0), paris()));
    // In UTC the confirmation is the 6th's and 10:00 the 7th's: the zone decides, not UTC's calendar.
    QVERIFY(read.confirmedOn(kSupervisor, kNotice, parisTime(2026, 12, 7, 10, 0), paris()));
    QVERIFY(!read.confirmedOn(kSupervisor, kNotice, parisTime(2026, 12, 7, 10, 0), QTimeZone::utc()));
    // Confirmed at 23:59 on the 6th: the recording at 00:01 on the 7th needs the 7th's.
    const NoticeConfirmations lateEvening = confirmations({ notice(parisTime(2026, 12, 6, 23, 59)) });
    QVERIFY(!lateEvening.confirmedOn(kSupervisor, kNotice, parisTime(2026, 12, 7, 0, 1), paris()));
}

void TestPolicyRecord::theNoticeOnTheDaylightSavingDay()
{
    // 29 March 2026 has 23 hours in Paris: confirmed at 00:10 (23:10 UTC the day before), it holds
    // until 23:59 local, 21:59 UTC, and not a minute into the 30th.
    const NoticeConfirmations spring = confirmations({ notice(parisTime(2026, 3, 29, 0, 10)) });
    QCOMPARE(parisTime(2026, 3, 29, 0, 10), QDateTime(QDate(2026, 3, 28), QTime(23, 10), Qt::UTC));
    QVERIFY(spring.confirmedOn(kSupervisor, kNotice, parisTime(2026, 3, 29, 23, 59), paris()));
    QVERIFY(!spring.confirmedOn(kSupervisor, kNotice, parisTime(2026, 3, 30, 0, 0), paris()));
    // 25 October 2026 has 25 hours: the repeated hour is still the same day.
    const NoticeConfirmations autumn = confirmations({ notice(QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)) });
    QVERIFY(autumn.confirmedOn(kSupervisor, kNotice, QDateTime(QDate(2026, 10, 25), QTime(22, 59), Qt::UTC), paris()));
    QVERIFY(!autumn.confirmedOn(kSupervisor, kNotice, QDateTime(QDate(2026, 10, 25), QTime(23, 0), Qt::UTC), paris()));
}

void TestPolicyRecord::aClockMovedToAnotherDayAsksAgain()
{
    const QDateTime confirmed = parisTime(2026, 12, 7, 9, 0);
    const NoticeConfirmations read = confirmations({ notice(confirmed) });
    // Forward past midnight: the 8th has no confirmation.
    QVERIFY(!read.confirmedOn(kSupervisor, kNotice, confirmed.addSecs(16 * 3600), paris()));
    // Back to the evening before: a confirmation the trail dates "tomorrow" is not the 6th's.
    QVERIFY(!read.confirmedOn(kSupervisor, kNotice, confirmed.addSecs(-10 * 3600), paris()));
    // Back an hour, the same day: it still is that day's.
    QVERIFY(read.confirmedOn(kSupervisor, kNotice, confirmed.addSecs(-3600), paris()));
}

void TestPolicyRecord::theNoticeIsTheSupervisorsAndItsWords()
{
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    const NoticeConfirmations byAnother = confirmations({ notice(now.addSecs(-60), kNotice, QStringLiteral("key-8")) });
    QVERIFY2(!byAnother.confirmedOn(kSupervisor, kNotice, now, paris()), "another supervisor's confirmation");
    QVERIFY(byAnother.confirmedOn(QStringLiteral("key-8"), kNotice, now, paris()));
    // The administrator rewrote the notice: yesterday's words confirmed today do not confirm today's.
    const NoticeConfirmations otherWords
        = confirmations({ notice(now.addSecs(-30), QStringLiteral("The agreement of 1 January."), kSupervisor) });
    QVERIFY2(!otherWords.confirmedOn(kSupervisor, kNotice, now, paris()), "other words than the notice now");
}

void TestPolicyRecord::theGateRefusesAStartAndAnExtendWithoutTodaysNotice()
{
    QTemporaryDir dir;
    AuditLog trail(dir.filePath(QStringLiteral("audit.jsonl")));
    PolicyGate gate(&trail);
    RecordingPolicy policy;
    policy.dailyNotice = kNotice;
    gate.setPolicy(policy);
    const PolicyRequest start { QStringLiteral("Training"), 600, {}, false, kSupervisor };
    const PolicyVerdict refused = gate.check(QStringLiteral("ana"), start);
    QCOMPARE(refused.rule, vigie::PolicyRule::DailyNotice);
    QVERIFY(!refused.allowsAgainUtc.isValid()); // confirming, not waiting, allows it
    QCOMPARE(PolicyVerdict::fromAuditText(refused.auditText())->rule, vigie::PolicyRule::DailyNotice);
    QCOMPARE(gate.checkExtension(QStringLiteral("ana"), 41, start).rule, vigie::PolicyRule::DailyNotice);

    // Yesterday's confirmation, in the trail, is not today's.
    QString error;
    QVERIFY2(trail.append(notice(QDateTime::currentDateTimeUtc().addDays(-1)), &error), qPrintable(error));
    QCOMPARE(gate.check(QStringLiteral("ana"), start).rule, vigie::PolicyRule::DailyNotice);
    QVERIFY(!gate.noticeConfirmed(kSupervisor));

    // Today's is read from the trail as it is written; a gate built afresh (a restart) reads it too.
    QVERIFY2(trail.append(notice(QDateTime::currentDateTimeUtc()), &error), qPrintable(error));
    QVERIFY(gate.check(QStringLiteral("ana"), start).allowed());
    QVERIFY(gate.checkExtension(QStringLiteral("ana"), 41, start).allowed());
    PolicyGate restarted(&trail);
    restarted.setPolicy(policy);
    QVERIFY(restarted.noticeConfirmed(kSupervisor));
    QVERIFY(!restarted.noticeConfirmed(QStringLiteral("key-8")));

    // Without a notice in the policy, nothing to confirm.
    PolicyGate withoutNotice(&trail);
    withoutNotice.setPolicy(RecordingPolicy());
    QVERIFY(withoutNotice.check(QStringLiteral("ana"), { QStringLiteral("Training"), 600, {}, false, {} }).allowed());
}

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

void TestPolicyRecord::eachLaunchRecordsThePolicyWhenItChanged()
{
    QTemporaryDir dir;
    const QString trailPath = dir.filePath(QStringLiteral("audit.jsonl"));
    // One launch of Vigie with this policy; the policy entries of the trail afterwards.
    const auto launch = [&dir, &trailPath](const RecordingPolicy &policy) {
        {
            SupervisorSession session(CxoneEnvironment(), dir.filePath(QStringLiteral("ledger.json")), trailPath);
            session.usePolicy(policy);
        }
        QVector<AuditEntry> entries = AuditLog(trailPath).entries();
        entries.removeIf([](const AuditEntry &entry) { return entry.action != vigie::AuditAction::Policy; });
        return entries;
    };
    // A station without a policy, which never had one, records nothing.
    QVERIFY(launch(RecordingPolicy()).isEmpty());
    RecordingPolicy policy;
    policy.recordingsPer7Days = 3;
    QVector<AuditEntry> recorded = launch(policy);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().result, vigie::AuditResult::InForce);
    QCOMPARE(recorded.first().detail, QStringLiteral("[\"RecordingsPer7Days=3\"]"));
    // The same policy again: nothing new. Changed: recorded. Removed: recorded as none.
    QCOMPARE(launch(policy).size(), 1);
    policy.recordingsPer7Days = 2;
    recorded = launch(policy);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.last().detail, QStringLiteral("[\"RecordingsPer7Days=2\"]"));
    recorded = launch(RecordingPolicy());
    QCOMPARE(recorded.size(), 3);
    QCOMPARE(recorded.last().detail, QStringLiteral("[]"));
}

void TestPolicyRecord::theHoursNowAndNext()
{
    RecordingPolicy policy;
    policy.hours[0] = { { QTime(8, 30), QTime(12, 0) }, { QTime(13, 30), QTime(17, 30) } }; // Monday
    policy.hours[4] = { { QTime(9, 0), QTime(11, 0) } }; // Friday
    const PolicyEvaluator evaluator(policy, paris());
    // Monday 7 December 2026.
    const auto hoursAt = [&](const QDateTime &now) { return *evaluator.allowance({}, now).hours; };
    PolicyAllowance::Hours hours = hoursAt(parisTime(2026, 12, 7, 8, 30));
    QVERIFY(hours.allowedNow);
    QCOMPARE(hours.changesUtc, parisTime(2026, 12, 7, 12, 0));
    hours = hoursAt(parisTime(2026, 12, 7, 11, 59, 59));
    QVERIFY(hours.allowedNow);
    hours = hoursAt(parisTime(2026, 12, 7, 12, 0));
    QVERIFY(!hours.allowedNow);
    QCOMPARE(hours.changesUtc, parisTime(2026, 12, 7, 13, 30));
    // After Monday's last stretch, the next is Friday's.
    hours = hoursAt(parisTime(2026, 12, 7, 17, 30));
    QVERIFY(!hours.allowedNow);
    QCOMPARE(hours.changesUtc, parisTime(2026, 12, 11, 9, 0));
    // After Friday's, Monday's, across the weekend.
    QCOMPARE(hoursAt(parisTime(2026, 12, 11, 11, 0)).changesUtc, parisTime(2026, 12, 14, 8, 30));
    // No hours set: nothing to say.
    QVERIFY(!PolicyEvaluator(RecordingPolicy(), paris()).allowance({}, parisTime(2026, 12, 7, 9, 0)).hours);
}

QTEST_GUILESS_MAIN(TestPolicyRecord)
#include "tst_policyrecord.moc"
