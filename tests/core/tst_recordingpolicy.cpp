// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "policy/PolicyEvaluator.h"
#include "policy/PolicyGate.h"
#include "policy/PolicyHistory.h"
#include "policy/RecordingPolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The works council's policy ([Policy], docs/privacy.md) at every edge: the cap's last allowed
// start and the first refused, rolling windows across midnight and across a daylight-saving
// change, the allowed hours at their boundaries, a purpose's longest duration. The evaluator
// takes its clock and time zone as arguments, so each edge is an exact instant.
class TestRecordingPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheAdministratorsGroup();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void withoutLimitsAllowsEverything();
    void purposeAndItsLongestDuration_data();
    void purposeAndItsLongestDuration();
    void justificationRequired();
    void weeklyCapLastAllowedAndFirstRefused();
    void windowLiftsAtTheInstantTheOldestLeaves();
    void windowCrossesMidnightWithoutReset();
    void windowCountsElapsedTimeAcrossDaylightSaving();
    void clockSetBackFreesNothing();
    void monthlyCapAndMinutes();
    void minutesLongerThanTheWholeCapNeverFit();
    void hoursAtTheBoundaries_data();
    void hoursAtTheBoundaries();
    void hoursOnTheDaylightSavingNight();
    void allowsAgainWhenEveryRuleAllows();
    void extensionCountsMinutesNotRecordings();
    void allowanceForThePanel();
    void historyFromTheTrail();
    void verdictReadsBackFromTheTrail();
    void theGateReadsWhatTheTrailAddsSinceItsLastRead();

private:
    static const QTimeZone &paris();
    static QDateTime parisTime(int year, int month, int day, int hour, int minute, int second = 0);
    static PolicyRequest request(int seconds, const QString &purpose = QStringLiteral("Training"));
    static RecordingPolicy weeklyCap(int cap);
    static PastStart startAt(const QDateTime &atUtc, int seconds = 600);
    static QString writeConfiguration(QTemporaryDir &dir, const QByteArray &text);
};

const QTimeZone &TestRecordingPolicy::paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

QDateTime TestRecordingPolicy::parisTime(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), paris()).toUTC();
}

PolicyRequest TestRecordingPolicy::request(int seconds, const QString &purpose)
{
    return { purpose, seconds, {}, false, {} };
}

RecordingPolicy TestRecordingPolicy::weeklyCap(int cap)
{
    RecordingPolicy policy;
    policy.recordingsPer7Days = cap;
    return policy;
}

PastStart TestRecordingPolicy::startAt(const QDateTime &atUtc, int seconds) { return { atUtc, seconds, true, 0 }; }

QString TestRecordingPolicy::writeConfiguration(QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("vigie.conf"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text);
    return path;
}

void TestRecordingPolicy::readsTheAdministratorsGroup()
{
    QTemporaryDir dir;
    QSettings settings(writeConfiguration(dir,
                           "[Policy]\n"
                           "Purposes=Training:30, Complaint investigation:120, Quality\n"
                           "JustificationRequiredFor=Complaint investigation\n"
                           "RecordingsPer7Days=3\nRecordingsPer30Days=8\nMinutesPer30Days=240\n"
                           "MondayHours=08:00-12:00, 13:30-17:00\nSaturdayHours=09:00-24:00\n"
                           "DailyNotice=\"The agent was informed under the agreement of 3 March 2026, article 4.\"\n"),
        QSettings::IniFormat);
    RecordingPolicy policy;
    QCOMPARE(policy.readFrom(settings), QString());
    QCOMPARE(policy.purposeNames(),
        QStringList(
            { QStringLiteral("Training"), QStringLiteral("Complaint investigation"), QStringLiteral("Quality") }));
    QCOMPARE(policy.longestSecondsFor(QStringLiteral("Training")), 1800);
    QCOMPARE(policy.longestSecondsFor(QStringLiteral("Complaint investigation")), 7200);
    QCOMPARE(policy.longestSecondsFor(QStringLiteral("Quality")), std::nullopt);
    QVERIFY(policy.requiresJustification(QStringLiteral("Complaint investigation")));
    QVERIFY(!policy.requiresJustification(QStringLiteral("Training")));
    QCOMPARE(policy.recordingsPer7Days, 3);
    QCOMPARE(policy.recordingsPer30Days, 8);
    QCOMPARE(policy.minutesPer30Days, 240);
    QCOMPARE(policy.hours.at(0).size(), 2);
    QCOMPARE(policy.hours.at(0).at(1).from, QTime(13, 30));
    QCOMPARE(policy.hours.at(5).at(0).to, QTime(0, 0)); // 24:00
    QVERIFY(policy.hours.at(1).isEmpty());
    QCOMPARE(
        policy.dailyNotice, QStringLiteral("The agent was informed under the agreement of 3 March 2026, article 4."));
    QVERIFY(policy.describe().contains(QStringLiteral("MondayHours=08:00-12:00, 13:30-17:00")));
    QVERIFY(policy.describe().contains(QStringLiteral("SaturdayHours=09:00-24:00")));
}

void TestRecordingPolicy::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QString>("named");
    QTest::newRow("longest beyond CXone's limit") << QByteArray("Purposes=Training:221") << QStringLiteral("Purposes");
    QTest::newRow("longest not a number") << QByteArray("Purposes=Training:half an hour") << QStringLiteral("Purposes");
    QTest::newRow("justification for an unlisted purpose")
        << QByteArray("Purposes=Training\nJustificationRequiredFor=Audit")
        << QStringLiteral("JustificationRequiredFor");
    QTest::newRow("hours backwards") << QByteArray("MondayHours=12:00-08:00") << QStringLiteral("MondayHours");
    QTest::newRow("hours not hours") << QByteArray("FridayHours=morning") << QStringLiteral("FridayHours");
    QTest::newRow("negative cap") << QByteArray("RecordingsPer7Days=-1") << QStringLiteral("RecordingsPer7Days");
    QTest::newRow("cap not a number") << QByteArray("MinutesPer30Days=lots") << QStringLiteral("MinutesPer30Days");
}

void TestRecordingPolicy::refusesWhatItCannotRead()
{
    QFETCH(QByteArray, group);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QSettings settings(writeConfiguration(dir, "[Policy]\n" + group + "\n"), QSettings::IniFormat);
    RecordingPolicy policy;
    const QString error = policy.readFrom(settings);
    QVERIFY2(error.contains(QStringLiteral("Policy/") + named), qPrintable(error));
}

void TestRecordingPolicy::withoutLimitsAllowsEverything()
{
    const PolicyEvaluator evaluator(RecordingPolicy(), paris());
    QVector<PastStart> many;
    const QDateTime now = parisTime(2026, 12, 7, 3, 0);
    for (int i = 0; i < 50; ++i) {
        many.append(startAt(now.addSecs(-3600 * i), 13200));
    }
    QVERIFY(evaluator.evaluate(many, now, request(13200, QStringLiteral("Anything"))).allowed());
}

void TestRecordingPolicy::purposeAndItsLongestDuration_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<vigie::PolicyRule>("rule");
    QTest::newRow("at the longest") << QStringLiteral("Training") << 1800 << vigie::PolicyRule::None;
    QTest::newRow("a second over") << QStringLiteral("Training") << 1801 << vigie::PolicyRule::LongestDuration;
    QTest::newRow("another purpose, longer")
        << QStringLiteral("Complaint investigation") << 7200 << vigie::PolicyRule::None;
    QTest::newRow("no longest: CXone's") << QStringLiteral("Quality") << 13200 << vigie::PolicyRule::None;
    QTest::newRow("not listed") << QStringLiteral("Curiosity") << 60 << vigie::PolicyRule::Purpose;
    QTest::newRow("listed only differently") << QStringLiteral("training") << 60 << vigie::PolicyRule::Purpose;
}

void TestRecordingPolicy::purposeAndItsLongestDuration()
{
    QFETCH(QString, purpose);
    QFETCH(int, seconds);
    QFETCH(vigie::PolicyRule, rule);
    RecordingPolicy policy;
    policy.purposes = { { QStringLiteral("Training"), 1800, false },
        { QStringLiteral("Complaint investigation"), 7200, false }, { QStringLiteral("Quality"), 0, false } };
    const PolicyVerdict verdict
        = PolicyEvaluator(policy, paris()).evaluate({}, parisTime(2026, 12, 7, 10, 0), request(seconds, purpose));
    QCOMPARE(verdict.rule, rule);
    if (rule == vigie::PolicyRule::LongestDuration) {
        QCOMPARE(verdict.limit, 30);
        QCOMPARE(verdict.count, 31);
    }
    if (rule != vigie::PolicyRule::None) {
        QVERIFY2(!verdict.allowsAgainUtc.isValid(), "waiting never allows a purpose or a length the policy refuses");
    }
}

void TestRecordingPolicy::justificationRequired()
{
    RecordingPolicy policy;
    policy.purposes = { { QStringLiteral("Complaint investigation"), 0, true } };
    const PolicyEvaluator evaluator(policy, paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    PolicyRequest asked = request(600, QStringLiteral("Complaint investigation"));
    QCOMPARE(evaluator.evaluate({}, now, asked).rule, vigie::PolicyRule::Justification);
    asked.justification = QStringLiteral("   ");
    QCOMPARE(evaluator.evaluate({}, now, asked).rule, vigie::PolicyRule::Justification);
    asked.justification = QStringLiteral("Customer complaint #4411 about a refund");
    QVERIFY(evaluator.evaluate({}, now, asked).allowed());
}

void TestRecordingPolicy::weeklyCapLastAllowedAndFirstRefused()
{
    const PolicyEvaluator evaluator(weeklyCap(3), paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    QVector<PastStart> starts { startAt(now.addDays(-6)), startAt(now.addDays(-2)) };
    QVERIFY2(evaluator.evaluate(starts, now, request(600)).allowed(), "the third of three is the last allowed");
    starts.append(startAt(now.addSecs(-600)));
    const PolicyVerdict refused = evaluator.evaluate(starts, now, request(600));
    QCOMPARE(refused.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(refused.count, 3);
    QCOMPARE(refused.limit, 3);
    QCOMPARE(refused.allowsAgainUtc, now.addDays(1)); // when the one 6 days ago leaves
}

void TestRecordingPolicy::windowLiftsAtTheInstantTheOldestLeaves()
{
    const PolicyEvaluator evaluator(weeklyCap(1), paris());
    const QDateTime started = parisTime(2026, 12, 1, 9, 15);
    const QVector<PastStart> starts { startAt(started) };
    const QDateTime lifts = started.addSecs(PolicyEvaluator::kWeekSeconds);
    const PolicyVerdict justBefore = evaluator.evaluate(starts, lifts.addSecs(-1), request(600));
    QCOMPARE(justBefore.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(justBefore.allowsAgainUtc, lifts);
    QVERIFY(evaluator.evaluate(starts, lifts, request(600)).allowed());
}

void TestRecordingPolicy::windowCrossesMidnightWithoutReset()
{
    // Recorded at 23:50 and 23:58; at 00:05 the calendar day changed, the window did not.
    const PolicyEvaluator evaluator(weeklyCap(2), paris());
    const QVector<PastStart> starts { startAt(parisTime(2026, 12, 6, 23, 50)),
        startAt(parisTime(2026, 12, 6, 23, 58)) };
    const PolicyVerdict verdict = evaluator.evaluate(starts, parisTime(2026, 12, 7, 0, 5), request(600));
    QCOMPARE(verdict.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(verdict.count, 2);
    QCOMPARE(verdict.allowsAgainUtc, parisTime(2026, 12, 13, 23, 50));
    // A week of elapsed time after the first: allowed, though it is still "the 13th" on no calendar rule.
    QVERIFY(evaluator.evaluate(starts, parisTime(2026, 12, 13, 23, 50), request(600)).allowed());
}

void TestRecordingPolicy::windowCountsElapsedTimeAcrossDaylightSaving()
{
    // Paris moves from UTC+1 to UTC+2 on 29 March 2026 at 02:00. At the same wall-clock time a
    // week later, only 6 days 23 hours have passed: the start still counts, for one more hour.
    const PolicyEvaluator evaluator(weeklyCap(1), paris());
    const QDateTime started = parisTime(2026, 3, 23, 12, 0);
    QCOMPARE(started, QDateTime(QDate(2026, 3, 23), QTime(11, 0), Qt::UTC));
    const QVector<PastStart> starts { startAt(started) };
    const PolicyVerdict sameWallClock = evaluator.evaluate(starts, parisTime(2026, 3, 30, 12, 0), request(600));
    QCOMPARE(sameWallClock.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(sameWallClock.allowsAgainUtc, parisTime(2026, 3, 30, 13, 0));
    QVERIFY(evaluator.evaluate(starts, parisTime(2026, 3, 30, 13, 0), request(600)).allowed());
    // And back to UTC+1 on 25 October 2026: the week is 7 × 24 h again, which ends at 11:00 on the wall clock.
    const QVector<PastStart> autumn { startAt(parisTime(2026, 10, 20, 12, 0)) };
    QCOMPARE(evaluator.evaluate(autumn, parisTime(2026, 10, 27, 10, 59, 59), request(600)).allowsAgainUtc,
        parisTime(2026, 10, 27, 11, 0));
    QVERIFY(evaluator.evaluate(autumn, parisTime(2026, 10, 27, 11, 0), request(600)).allowed());
}

void TestRecordingPolicy::clockSetBackFreesNothing()
{
    // The station's clock was set back a day after a recording: that recording is dated "tomorrow",
    // and still counts.
    const PolicyEvaluator evaluator(weeklyCap(1), paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    const PolicyVerdict verdict = evaluator.evaluate({ startAt(now.addDays(1)) }, now, request(600));
    QCOMPARE(verdict.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(verdict.allowsAgainUtc, now.addDays(8));
}

void TestRecordingPolicy::monthlyCapAndMinutes()
{
    RecordingPolicy policy;
    policy.recordingsPer30Days = 3;
    policy.minutesPer30Days = 60;
    const PolicyEvaluator evaluator(policy, paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    // 25 + 20 minutes used: 15 more fit exactly, 16 do not.
    const QVector<PastStart> starts { startAt(now.addDays(-29), 25 * 60), startAt(now.addDays(-10), 20 * 60) };
    QVERIFY(evaluator.evaluate(starts, now, request(15 * 60)).allowed());
    const PolicyVerdict minutes = evaluator.evaluate(starts, now, request(16 * 60));
    QCOMPARE(minutes.rule, vigie::PolicyRule::MinutesPer30Days);
    QCOMPARE(minutes.count, 45);
    QCOMPARE(minutes.limit, 60);
    QCOMPARE(minutes.allowsAgainUtc, now.addDays(1)); // the 25 minutes leave the window
    // A third recording used the rest: the 30-day count refuses, and lifts with the oldest.
    const QVector<PastStart> three = starts + QVector<PastStart> { startAt(now.addDays(-1), 60) };
    const PolicyVerdict count = evaluator.evaluate(three, now, request(60));
    QCOMPARE(count.rule, vigie::PolicyRule::RecordingsPer30Days);
    QCOMPARE(count.count, 3);
    QCOMPARE(count.allowsAgainUtc, now.addDays(1));
    // The 31st day: the oldest has left both windows.
    QVERIFY(evaluator.evaluate(three, now.addDays(1), request(60)).allowed());
}

void TestRecordingPolicy::minutesLongerThanTheWholeCapNeverFit()
{
    RecordingPolicy policy;
    policy.minutesPer30Days = 60;
    const PolicyVerdict verdict
        = PolicyEvaluator(policy, paris()).evaluate({}, parisTime(2026, 12, 7, 10, 0), request(61 * 60));
    QCOMPARE(verdict.rule, vigie::PolicyRule::MinutesPer30Days);
    QVERIFY(!verdict.allowsAgainUtc.isValid());
}

void TestRecordingPolicy::hoursAtTheBoundaries_data()
{
    // Monday 7 December 2026, hours 08:00-12:00 and 13:30-17:00; no hours on Tuesday.
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QDateTime>("allowsAgain"); // invalid: allowed now
    QTest::newRow("opening instant") << parisTime(2026, 12, 7, 8, 0) << 1800 << QDateTime();
    QTest::newRow("a second before opening")
        << parisTime(2026, 12, 7, 7, 59, 59) << 1800 << parisTime(2026, 12, 7, 8, 0);
    QTest::newRow("ends at closing") << parisTime(2026, 12, 7, 11, 30) << 1800 << QDateTime();
    QTest::newRow("would run a second into the break")
        << parisTime(2026, 12, 7, 11, 30, 1) << 1800 << parisTime(2026, 12, 7, 13, 30);
    QTest::newRow("during the break") << parisTime(2026, 12, 7, 12, 45) << 600 << parisTime(2026, 12, 7, 13, 30);
    QTest::newRow("last stretch, then a week")
        << parisTime(2026, 12, 7, 16, 55) << 600 << parisTime(2026, 12, 14, 8, 0);
    QTest::newRow("a day without hours") << parisTime(2026, 12, 8, 10, 0) << 600 << parisTime(2026, 12, 14, 8, 0);
}

void TestRecordingPolicy::hoursAtTheBoundaries()
{
    QFETCH(QDateTime, now);
    QFETCH(int, seconds);
    QFETCH(QDateTime, allowsAgain);
    RecordingPolicy policy;
    policy.hours[0] = { { QTime(8, 0), QTime(12, 0) }, { QTime(13, 30), QTime(17, 0) } };
    const PolicyVerdict verdict = PolicyEvaluator(policy, paris()).evaluate({}, now, request(seconds));
    if (!allowsAgain.isValid()) {
        QVERIFY2(verdict.allowed(), qPrintable(verdict.auditText()));
        return;
    }
    QCOMPARE(verdict.rule, vigie::PolicyRule::Hours);
    QCOMPARE(verdict.allowsAgainUtc, allowsAgain);
}

void TestRecordingPolicy::hoursOnTheDaylightSavingNight()
{
    // Sunday 29 March 2026, 01:00-04:00 on the wall clock is two hours long: 02:00 becomes 03:00.
    RecordingPolicy policy;
    policy.hours[6] = { { QTime(1, 0), QTime(4, 0) } };
    const PolicyEvaluator evaluator(policy, paris());
    const QDateTime opens = parisTime(2026, 3, 29, 1, 0);
    QVERIFY(evaluator.evaluate({}, opens, request(2 * 3600)).allowed());
    QCOMPARE(evaluator.evaluate({}, opens, request(2 * 3600 + 1)).rule, vigie::PolicyRule::Hours);
}

void TestRecordingPolicy::allowsAgainWhenEveryRuleAllows()
{
    // The week's cap lifts on Tuesday 10:00, a day without hours: the start is allowed again on the
    // next Monday's opening, not when the cap lifts.
    RecordingPolicy policy = weeklyCap(1);
    policy.recordingsPer30Days = 1;
    policy.hours[0] = { { QTime(8, 0), QTime(17, 0) } };
    const PolicyEvaluator evaluator(policy, paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    const PolicyVerdict verdict = evaluator.evaluate({ startAt(parisTime(2026, 12, 1, 10, 0)) }, now, request(600));
    QCOMPARE(verdict.rule, vigie::PolicyRule::RecordingsPer7Days);
    // The 30-day cap lifts on 31 December 10:00 (a Thursday); the first Monday after is 4 January.
    QCOMPARE(verdict.allowsAgainUtc, parisTime(2027, 1, 4, 8, 0));
}

void TestRecordingPolicy::extensionCountsMinutesNotRecordings()
{
    RecordingPolicy policy = weeklyCap(1);
    policy.minutesPer30Days = 30;
    const PolicyEvaluator evaluator(policy, paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    const QVector<PastStart> running { startAt(now.addSecs(-600), 600) };
    PolicyRequest extension = request(20 * 60);
    extension.extension = true;
    QVERIFY(evaluator.evaluate(running, now, extension).allowed());
    extension.durationSeconds = 20 * 60 + 1;
    QCOMPARE(evaluator.evaluate(running, now, extension).rule, vigie::PolicyRule::MinutesPer30Days);
    QCOMPARE(evaluator.evaluate(running, now, request(60)).rule, vigie::PolicyRule::RecordingsPer7Days);
}

void TestRecordingPolicy::allowanceForThePanel()
{
    RecordingPolicy policy = weeklyCap(3);
    policy.minutesPer30Days = 60;
    const PolicyEvaluator evaluator(policy, paris());
    const QDateTime now = parisTime(2026, 12, 7, 10, 0);
    const PolicyAllowance allowance
        = evaluator.allowance({ startAt(now.addDays(-1), 600), startAt(now.addDays(-20), 3000) }, now);
    QCOMPARE(allowance.recordingsLeftIn7Days, 2);
    QCOMPARE(allowance.recordingsLeftIn30Days, std::nullopt);
    QCOMPARE(allowance.minutesLeftIn30Days, 0);
    QVERIFY(allowance.atCap());
    QVERIFY(!evaluator.allowance({}, now).atCap());
}

void TestRecordingPolicy::historyFromTheTrail()
{
    const QDateTime t0 = parisTime(2026, 12, 7, 10, 0);
    auto entry = [](const QDateTime &at, vigie::AuditAction action, vigie::AuditResult result, const QString &userId,
                     int seconds, qint64 contactId) {
        AuditEntry e;
        e.atUtc = at;
        e.action = action;
        e.result = result;
        e.userId = userId;
        e.durationSeconds = seconds;
        e.contactId = contactId;
        return e;
    };
    const QString ana = QStringLiteral("ana");
    const QString bob = QStringLiteral("bob");
    PolicyHistory history;
    history.addTrail({
        entry(t0, vigie::AuditAction::Start, vigie::AuditResult::Requested, ana, 1800, 0),
        entry(t0, vigie::AuditAction::Start, vigie::AuditResult::Started, ana, 1800, 11),
        entry(t0.addSecs(300), vigie::AuditAction::Stop, vigie::AuditResult::Stopped, ana, 1800, 11), // ran 5 minutes
        entry(t0.addSecs(400), vigie::AuditAction::Start, vigie::AuditResult::Refused, ana, 600, 0), // never counted
        entry(t0.addSecs(500), vigie::AuditAction::Start, vigie::AuditResult::Unknown, bob, 600, 0), // may be recording
        entry(t0.addSecs(560), vigie::AuditAction::Start, vigie::AuditResult::Confirmed, bob, 600, 12), // the same one
        entry(t0.addSecs(600), vigie::AuditAction::Extend, vigie::AuditResult::Started, ana, 900, 13),
        entry(t0.addSecs(700), vigie::AuditAction::Start, vigie::AuditResult::AlreadyRecording, bob, 600, 12),
    });
    const QVector<PastStart> anas = history.startsOf(ana);
    QCOMPARE(anas.size(), 2);
    QCOMPARE(anas.at(0).seconds, 300);
    QVERIFY(anas.at(0).newRecording);
    QCOMPARE(anas.at(1).seconds, 900);
    QVERIFY(!anas.at(1).newRecording);
    QCOMPARE(history.startsOf(bob).size(), 1);
}

void TestRecordingPolicy::verdictReadsBackFromTheTrail()
{
    const PolicyVerdict verdict { vigie::PolicyRule::RecordingsPer30Days, 8, 8, parisTime(2026, 12, 9, 8, 0) };
    QCOMPARE(
        verdict.auditText(), QStringLiteral("recordings-per-30-days 8/8, allowed again from 2026-12-09T07:00:00Z"));
    const std::optional<PolicyVerdict> read = PolicyVerdict::fromAuditText(verdict.auditText());
    QVERIFY(read);
    QCOMPARE(read->rule, verdict.rule);
    QCOMPARE(read->count, 8);
    QCOMPARE(read->allowsAgainUtc, verdict.allowsAgainUtc);
    const std::optional<PolicyVerdict> never = PolicyVerdict::fromAuditText(QStringLiteral("purpose 0/0"));
    QVERIFY(never && never->rule == vigie::PolicyRule::Purpose && !never->allowsAgainUtc.isValid());
    QVERIFY(!PolicyVerdict::fromAuditText(QStringLiteral("out-of-scope: whatever")));
}

void TestRecordingPolicy::theGateReadsWhatTheTrailAddsSinceItsLastRead()
{
    QTemporaryDir dir;
    AuditLog trail(dir.filePath(QStringLiteral("audit.jsonl")));
    PolicyGate gate(&trail);
    RecordingPolicy policy = weeklyCap(2);
    policy.minutesPer30Days = 60;
    gate.setPolicy(policy);
    const QString ana = QStringLiteral("ana");
    QCOMPARE(gate.allowance(ana).minutesLeftIn30Days, 60);

    AuditEntry start;
    start.atUtc = QDateTime::currentDateTimeUtc().addSecs(-120);
    start.action = vigie::AuditAction::Start;
    start.result = vigie::AuditResult::Started;
    start.userId = ana;
    start.durationSeconds = 1800;
    start.contactId = 41;
    QString error;
    QVERIFY2(trail.append(start, &error), qPrintable(error));
    QCOMPARE(gate.allowance(ana).minutesLeftIn30Days, 30); // its whole duration while it runs
    QCOMPARE(gate.allowance(ana).recordingsLeftIn7Days, 1);

    // The stop comes in a later read than its start: the recording counts the minute it ran.
    AuditEntry stop = start;
    stop.atUtc = start.atUtc.addSecs(60);
    stop.action = vigie::AuditAction::Stop;
    stop.result = vigie::AuditResult::Stopped;
    QVERIFY2(trail.append(stop, &error), qPrintable(error));
    QCOMPARE(gate.allowance(ana).minutesLeftIn30Days, 59);

    // A refusal counts for nothing; a second start reaches the cap.
    AuditEntry refused = start;
    refused.result = vigie::AuditResult::RefusedByPolicy;
    refused.contactId = 0;
    QVERIFY2(trail.append(refused, &error), qPrintable(error));
    QCOMPARE(gate.allowance(ana).recordingsLeftIn7Days, 1);
    start.contactId = 42;
    start.durationSeconds = 600;
    QVERIFY2(trail.append(start, &error), qPrintable(error));
    const PolicyVerdict verdict = gate.check(ana, request(60));
    QCOMPARE(verdict.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(verdict.count, 2);
}

QTEST_GUILESS_MAIN(TestRecordingPolicy)
#include "tst_recordingpolicy.moc"
