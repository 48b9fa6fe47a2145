// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditCsv.h"
#include "audit/AuditReport.h"
#include "policy/PolicyRecord.h"
#include "support/AuditScenario.h"

#include <QBuffer>
#include <QTest>

// The monthly report's figures for a trail worked out by hand (tests/support/AuditScenario.h),
// and its CSV: one row per figure, as Excel filters it.
class TestAuditReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figuresOfAKnownMonth();
    void theThresholdDecidesWhoIsListed_data();
    void theThresholdDecidesWhoIsListed();
    void csvHoldsTheFigures();
    void frenchCsvUsesSemicolonsAndDecimalCommas();
    void pseudonymsReplaceAgentsAndSupervisors();
    void aTrailThatDidNotVerifySaysWhy();
    void thePolicyInForceTheCapsAndEveryRefusal();
    void thePoliciesInForceDuringThePeriod_data();
    void thePoliciesInForceDuringThePeriod();
    void anEmptyPeriodHasZeros();

private:
    static AuditReport::Options november(
        int recordedMoreThan = AuditReport::kDefaultRecordedMoreThan, bool pseudonymise = false);
    static AuditLog::Verification intact();
    static AuditReport::Words plainWords();
    static QString label(AuditReport::Label label);
    static QStringList csvRows(const AuditReport::Figures &figures, const QLocale &locale);
    static QString policyRow(const QString &key, const QString &when, const QString &value, QChar separator = u',');
    static AuditEntry policyEntry(const QDateTime &atUtc, const RecordingPolicy &policy);
    static QString row(AuditReport::Label figure, const QString &item, const QString &value, QChar separator = u',');
};

AuditReport::Options TestAuditReport::november(int recordedMoreThan, bool pseudonymise)
{
    AuditReport::Options options;
    options.from = QDate(2026, 11, 1);
    options.to = QDate(2026, 11, 30);
    options.recordedMoreThan = recordedMoreThan;
    options.pseudonymise = pseudonymise;
    options.nowUtc = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    return options;
}

AuditLog::Verification TestAuditReport::intact()
{
    AuditLog::Verification verification;
    verification.intact = true;
    verification.entries = 33;
    return verification;
}

// Labels as the enum names, so the test reads the layout, not a translation.
AuditReport::Words TestAuditReport::plainWords()
{
    return { [](AuditReport::Label label) { return QStringLiteral("L%1").arg(int(label)); },
        [](vigie::AuditResult result) { return vigie::auditResultName(result); },
        // A refusal as its audit text: what the CSV writes when no words are given.
        {} };
}

QString TestAuditReport::label(AuditReport::Label label) { return plainWords().label(label); }

QStringList TestAuditReport::csvRows(const AuditReport::Figures &figures, const QLocale &locale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!AuditReport::writeCsv(&buffer, figures, plainWords(), locale)) {
        return {};
    }
    const QByteArray csv = buffer.data();
    if (!csv.startsWith(AuditCsv::kByteOrderMark)) {
        return {};
    }
    return QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QString TestAuditReport::policyRow(const QString &key, const QString &when, const QString &value, QChar separator)
{
    return QStringList { label(AuditReport::Label::PolicyInForce), key, when, value }.join(separator);
}

AuditEntry TestAuditReport::policyEntry(const QDateTime &atUtc, const RecordingPolicy &policy)
{
    AuditEntry entry;
    entry.atUtc = atUtc;
    entry.action = vigie::AuditAction::Policy;
    entry.result = vigie::AuditResult::InForce;
    entry.detail = PolicyRecord::detailFor(policy);
    return entry;
}

QString TestAuditReport::row(AuditReport::Label figure, const QString &item, const QString &value, QChar separator)
{
    return QStringList { label(figure), item, QString(), value }.join(separator);
}

void TestAuditReport::initTestCase() { QCOMPARE(qgetenv("TZ"), QByteArray("UTC")); }

void TestAuditReport::figuresOfAKnownMonth()
{
    const AuditReport::Figures f = AuditReport::compute(AuditScenario::november2026(), november(4), intact());
    QCOMPARE(f.recordings, 11);
    QCOMPARE(f.extensions, 1);
    QCOMPARE(f.recordedSeconds, 12500);
    QCOMPARE(f.byTeam.size(), 3);
    QCOMPARE(f.byTeam.at(0).name, QStringLiteral("Billing"));
    QCOMPARE(f.byTeam.at(0).recordings, 7);
    QCOMPARE(f.byTeam.at(0).seconds, 8700);
    QCOMPARE(f.byTeam.at(1).name, QStringLiteral("Claims"));
    QCOMPARE(f.byTeam.at(1).seconds, 2900);
    QCOMPARE(f.byTeam.at(2).name, QString()); // unknown team
    QCOMPARE(f.byTeam.at(2).seconds, 900);
    QCOMPARE(f.bySupervisor.at(0).name, QStringLiteral("key-7"));
    QCOMPARE(f.bySupervisor.at(0).recordings, 7);
    QCOMPARE(f.bySupervisor.at(1).recordings, 4);
    QCOMPARE(f.byPurpose.at(0).name, QStringLiteral("Coaching"));
    QCOMPARE(f.byPurpose.at(0).recordings, 7);
    QCOMPARE(f.byPurpose.at(1).recordings, 3);
    QCOMPARE(f.byPurpose.at(2).name, QString()); // no purpose given
    QCOMPARE(f.stoppedEarly, 4);
    QCOMPARE(f.endedByTime, 4);
    QCOMPARE(f.extended, 1);
    QCOMPARE(f.forgotten, 1);
    QCOMPARE(f.endNotRecorded, 1);
    QCOMPARE(f.answersLost, 2);
    QCOMPARE(f.confirmedLater, 1);
    QCOMPARE(f.endedUnconfirmed, 1);
    QCOMPARE(f.refusals.size(), 3);
    QCOMPARE(f.refusals.at(0).count, 1);
    QCOMPARE(f.frequentAgents.size(), 1);
    QCOMPARE(f.frequentAgents.at(0).name, QStringLiteral("Léa Martin"));
    QCOMPARE(f.frequentAgents.at(0).recordings, 5);
    QCOMPARE(f.weeks.size(), 6);
    QCOMPARE(f.weeks.constFirst(), QDate(2026, 10, 26));
    QCOMPARE(f.weeklySeconds.value(QDate(2026, 11, 2)).value(QStringLiteral("Billing")), 4200);
    QCOMPARE(f.weeklySeconds.value(QDate(2026, 11, 2)).value(QStringLiteral("Claims")), 2700);
    QCOMPARE(f.weeklySeconds.value(QDate(2026, 11, 9)).value(QString()), 900);
    QCOMPARE(f.weeklySeconds.value(QDate(2026, 11, 30)).value(QStringLiteral("Billing")), 3600);
    QVERIFY(f.trailVerified);
}

void TestAuditReport::theThresholdDecidesWhoIsListed_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("listed");
    QTest::newRow("more than 5") << 5 << 0;
    QTest::newRow("more than 4") << 4 << 1;
    QTest::newRow("more than 2") << 2 << 2; // Léa 5 and Zoé 3; Noé's 2 are not more than 2
    QTest::newRow("more than 0") << 0 << 4;
}

void TestAuditReport::theThresholdDecidesWhoIsListed()
{
    QFETCH(int, threshold);
    QFETCH(int, listed);
    QCOMPARE(AuditReport::compute(AuditScenario::november2026(), november(threshold), intact()).frequentAgents.size(),
        listed);
}

void TestAuditReport::csvHoldsTheFigures()
{
    const AuditReport::Figures f = AuditReport::compute(AuditScenario::november2026(), november(4), intact());
    const QStringList rows = csvRows(f, QLocale(QLocale::English));
    QVERIFY(!rows.isEmpty());
    using L = AuditReport::Label;
    QCOMPARE(rows.at(0),
        QStringList({ label(L::ColumnFigure), label(L::ColumnItem), label(L::ColumnWeek), label(L::ColumnValue) })
            .join(u','));
    for (const QString &expected : {
             row(L::Period, label(L::From), QStringLiteral("2026-11-01")),
             row(L::Period, label(L::To), QStringLiteral("2026-11-30")),
             row(L::AuditTrail, label(L::Verified), label(L::Yes)),
             row(L::Recordings, label(L::Total), QStringLiteral("11")),
             row(L::Recordings, label(L::Extensions), QStringLiteral("1")),
             row(L::RecordedHours, label(L::Total), QStringLiteral("3.47")),
             row(L::RecordingsPerTeam, QStringLiteral("Billing"), QStringLiteral("7")),
             row(L::RecordingsPerTeam, label(L::UnknownTeam), QStringLiteral("1")),
             row(L::HoursPerTeam, QStringLiteral("Billing"), QStringLiteral("2.42")),
             row(L::HoursPerTeam, QStringLiteral("Claims"), QStringLiteral("0.81")),
             row(L::RecordingsPerSupervisor, QStringLiteral("key-9"), QStringLiteral("4")),
             row(L::Purposes, QStringLiteral("Quality review"), QStringLiteral("3")),
             row(L::Purposes, label(L::NoPurpose), QStringLiteral("1")),
             row(L::Endings, label(L::StoppedEarly), QStringLiteral("4")),
             row(L::Endings, label(L::EndedByTime), QStringLiteral("4")),
             row(L::Endings, label(L::Extended), QStringLiteral("1")),
             row(L::Endings, label(L::Forgotten), QStringLiteral("1")),
             row(L::Endings, label(L::EndNotRecorded), QStringLiteral("1")),
             row(L::Unconfirmed, label(L::AnswersLost), QStringLiteral("2")),
             row(L::Unconfirmed, label(L::ConfirmedLater), QStringLiteral("1")),
             row(L::Unconfirmed, label(L::EndedUnconfirmed), QStringLiteral("1")),
             row(L::Refusals, QStringLiteral("failed: forbidden"), QStringLiteral("1")),
             row(L::Refusals, QStringLiteral("refused: forbidden"), QStringLiteral("1")),
             row(L::Refusals, QStringLiteral("refused: invalid-user-id"), QStringLiteral("1")),
             row(L::FrequentAgents, label(L::Threshold), QStringLiteral("4")),
             row(L::FrequentAgents, QStringLiteral("Léa Martin"), QStringLiteral("5")),
         }) {
        QVERIFY2(rows.contains(expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + rows.join(u'\n')));
    }
    const QString weekly = QStringList { label(L::HoursPerTeamAndWeek), QStringLiteral("Claims"),
        QStringLiteral("2026-W45"), QStringLiteral("0.75") }
                               .join(u',');
    QVERIFY2(rows.contains(weekly), qPrintable(rows.join(u'\n')));
    // Every team for every week of the period, zeros included, so a chart or a pivot has no holes.
    QCOMPARE(rows.filter(label(L::HoursPerTeamAndWeek) + u',').size(), 6 * 3);
}

void TestAuditReport::frenchCsvUsesSemicolonsAndDecimalCommas()
{
    const AuditReport::Figures f = AuditReport::compute(AuditScenario::november2026(), november(4), intact());
    const QStringList rows = csvRows(f, QLocale(QLocale::French));
    QVERIFY2(rows.contains(row(
                 AuditReport::Label::RecordedHours, label(AuditReport::Label::Total), QStringLiteral("3,47"), u';')),
        qPrintable(rows.join(u'\n')));
}

void TestAuditReport::pseudonymsReplaceAgentsAndSupervisors()
{
    const AuditReport::Figures f = AuditReport::compute(AuditScenario::november2026(), november(2, true), intact());
    const QStringList rows = csvRows(f, QLocale(QLocale::English));
    const QString all = rows.join(u'\n');
    for (const char *name : { "Léa", "Noé", "Zoé", "key-7", "key-9", "u-1" }) {
        QVERIFY2(!all.contains(QString::fromUtf8(name)), name);
    }
    QCOMPARE(f.bySupervisor.at(0).name, QStringLiteral("S01"));
    QCOMPARE(f.bySupervisor.at(1).name, QStringLiteral("S02"));
    QCOMPARE(f.frequentAgents.at(0).name, QStringLiteral("A01")); // Léa, first recorded in the period
    QCOMPARE(f.frequentAgents.at(1).name, QStringLiteral("A03")); // Zoé, third
    QVERIFY(rows.contains(
        row(AuditReport::Label::Period, label(AuditReport::Label::Pseudonymised), label(AuditReport::Label::Yes))));
    QVERIFY(all.contains(QStringLiteral("Billing"))); // teams are not people
}

void TestAuditReport::aTrailThatDidNotVerifySaysWhy()
{
    AuditLog::Verification broken;
    broken.brokenAtLine = 12;
    broken.reason = QStringLiteral("line 12 does not follow line 11");
    const AuditReport::Figures f = AuditReport::compute(AuditScenario::november2026(), november(), broken);
    const QStringList rows = csvRows(f, QLocale(QLocale::English));
    QVERIFY(rows.contains(
        row(AuditReport::Label::AuditTrail, label(AuditReport::Label::Verified), label(AuditReport::Label::No))));
    QVERIFY(rows.contains(row(AuditReport::Label::AuditTrail, label(AuditReport::Label::Reason),
        QStringLiteral("line 12 does not follow line 11"))));
}

// The works council's policy: stated as set, each agent against its caps as the policy counts
// (lost answers included, stopped recordings for the time they ran, starts before the period in
// the windows), every refusal, and the longest and total time per purpose; in the CSV too.
void TestAuditReport::thePolicyInForceTheCapsAndEveryRefusal()
{
    QVector<AuditEntry> entries = AuditScenario::november2026();
    AuditEntry refused;
    refused.atUtc = QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC);
    refused.action = vigie::AuditAction::Start;
    refused.result = vigie::AuditResult::RefusedByPolicy;
    refused.supervisor = QStringLiteral("key-7");
    refused.agentName = QStringLiteral("Léa Martin");
    refused.userId = QStringLiteral("u-1");
    refused.detail
        = QStringLiteral("refused-by-policy: recordings-per-7-days 4/4, allowed again from 2026-11-19T10:00:00Z");
    entries.append(refused);
    AuditReport::Options options = november(4);
    options.policy.purposes = { { QStringLiteral("Coaching"), 3600, false } };
    options.policy.recordingsPer7Days = 4;
    options.policy.minutesPer30Days = 120;
    const AuditReport::Figures f = AuditReport::compute(entries, options, intact());

    // The trail records no policy: the one set now, said to be so.
    QCOMPARE(f.policiesInForce.size(), 1);
    QVERIFY(!f.policiesInForce.first().recorded());
    QCOMPARE(f.policiesInForce.first().lines,
        QStringList({ QStringLiteral("Purposes=Coaching:60"), QStringLiteral("RecordingsPer7Days=4"),
            QStringLiteral("MinutesPer30Days=120") }));
    QCOMPARE(f.againstCaps.first().name, QStringLiteral("Léa Martin"));
    QCOMPARE(f.againstCaps.first().recordings, 5); // the lost answer of the 12th counts, once
    QCOMPARE(f.againstCaps.first().most7Days, 4); // 12th and three on the 17th
    QCOMPARE(f.againstCaps.first().most30Days, 6); // and 30 October and 2 November
    QCOMPARE(f.againstCaps.first().mostMinutes30Days, 25); // 10 + 10 + 0 + 3 × 1 min 40 s
    QCOMPARE(f.policyRefusals.size(), 1);
    QCOMPARE(f.policyRefusals.first().agent, QStringLiteral("Léa Martin"));
    QCOMPARE(f.policyRefusals.first().verdict.rule, vigie::PolicyRule::RecordingsPer7Days);
    QCOMPARE(f.policyRefusals.first().verdict.count, 4);
    QCOMPARE(f.byPurpose.at(0).name, QStringLiteral("Coaching"));
    QCOMPARE(f.byPurpose.at(0).longestSeconds, 3600);
    QCOMPARE(f.byPurpose.at(1).name, QStringLiteral("Quality review"));
    QCOMPARE(f.byPurpose.at(1).seconds, 2900);
    QCOMPARE(f.byPurpose.at(1).longestSeconds, 2400);

    const QStringList rows = csvRows(f, QLocale(QLocale::English));
    using L = AuditReport::Label;
    for (const QString &expected : {
             policyRow(QStringLiteral("RecordingsPer7Days"), label(L::PolicySetNow), QStringLiteral("4")),
             policyRow(QStringLiteral("Purposes"), label(L::PolicySetNow), QStringLiteral("Coaching:60")),
             row(L::MostIn7Days, QStringLiteral("Léa Martin"), QStringLiteral("4")),
             row(L::MostIn30Days, QStringLiteral("Léa Martin"), QStringLiteral("6")),
             row(L::MostMinutesIn30Days, QStringLiteral("Léa Martin"), QStringLiteral("25")),
             row(L::HoursPerPurpose, QStringLiteral("Quality review"), QStringLiteral("0.81")),
             row(L::LongestHoursPerPurpose, QStringLiteral("Quality review"), QStringLiteral("0.67")),
             row(L::Refusals, QStringLiteral("refused-by-policy: refused-by-policy"), QStringLiteral("1")),
         }) {
        QVERIFY2(rows.contains(expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + rows.join(u'\n')));
    }
    const QString refusal
        = QStringList { label(L::RefusedByPolicy), QStringLiteral("Léa Martin"), QStringLiteral("2026-11-18T09:00:00"),
              // Quoted: the rule's text holds the separator.
              QStringLiteral("\"recordings-per-7-days 4/4, allowed again from 2026-11-19T10:00:00Z\"") }
              .join(u',');
    QVERIFY2(rows.contains(refusal), qPrintable(rows.join(u'\n')));

    // Without a policy, no policy rows; the refusal is still listed.
    const AuditReport::Figures none = AuditReport::compute(entries, november(4), intact());
    QVERIFY(none.policiesInForce.isEmpty() && none.againstCaps.isEmpty());
    QCOMPARE(none.policyRefusals.size(), 1);
}

// The policies in force during the period, as the trail recorded them when they changed: not
// the one set when the report is made. The caps measured are the period's last.
void TestAuditReport::thePoliciesInForceDuringThePeriod_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("en") << QLocale(QLocale::English) << QChar(u',');
    QTest::newRow("fr") << QLocale(QLocale::French) << QChar(u';');
}

void TestAuditReport::thePoliciesInForceDuringThePeriod()
{
    QFETCH(QLocale, locale);
    QFETCH(QChar, separator);
    RecordingPolicy october;
    october.recordingsPer7Days = 3;
    RecordingPolicy fromThe14th;
    fromThe14th.recordingsPer7Days = 2;
    fromThe14th.minutesPer30Days = 120;
    RecordingPolicy december;
    december.recordingsPer7Days = 9;
    // Only the policy entries' order among themselves matters.
    QVector<AuditEntry> entries { policyEntry(QDateTime(QDate(2026, 10, 3), QTime(8, 0), Qt::UTC), october) };
    entries += AuditScenario::november2026();
    entries.append(policyEntry(QDateTime(QDate(2026, 11, 14), QTime(10, 2), Qt::UTC), fromThe14th));
    entries.append(policyEntry(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC), december));
    AuditReport::Options options = november(4);
    options.policy = december; // set when the report is made: not the period's
    const AuditReport::Figures f = AuditReport::compute(entries, options, intact());
    QCOMPARE(f.policiesInForce.size(), 2);
    QCOMPARE(f.policiesInForce.at(0).lines, october.describe());
    QCOMPARE(f.policiesInForce.at(1).lines, fromThe14th.describe());
    QCOMPARE(f.caps.recordingsPer7Days, 2);
    QCOMPARE(f.caps.minutesPer30Days, 120);
    QVERIFY(!f.againstCaps.isEmpty());

    const QStringList rows = csvRows(f, locale);
    // When each was in force, within the period, as an ISO 8601 interval in local time.
    const QString first = QStringLiteral("2026-11-01T00:00:00/2026-11-14T10:02:00");
    const QString second = QStringLiteral("2026-11-14T10:02:00/2026-11-30T23:59:59");
    for (const QString &expected : {
             policyRow(QStringLiteral("RecordingsPer7Days"), first, QStringLiteral("3"), separator),
             policyRow(QStringLiteral("RecordingsPer7Days"), second, QStringLiteral("2"), separator),
             policyRow(QStringLiteral("MinutesPer30Days"), second, QStringLiteral("120"), separator),
         }) {
        QVERIFY2(rows.contains(expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + rows.join(u'\n')));
    }
    for (const QString &line : rows) {
        QVERIFY2(!(line.startsWith(label(AuditReport::Label::PolicyInForce)) && line.endsWith(QLatin1String("9"))),
            qPrintable(line));
    }
}

void TestAuditReport::anEmptyPeriodHasZeros()
{
    AuditReport::Options options = november();
    options.from = QDate(2027, 2, 1);
    options.to = QDate(2027, 2, 28);
    const AuditReport::Figures f = AuditReport::compute(AuditScenario::november2026(), options, intact());
    QCOMPARE(f.recordings, 0);
    QCOMPARE(f.recordedSeconds, 0);
    QVERIFY(f.byTeam.isEmpty());
    QCOMPARE(f.weeks.size(), 4);
    QCOMPARE(AuditReport::weekName(QDate(2027, 1, 4)), QStringLiteral("2027-W01"));
    QCOMPARE(AuditReport::weekName(QDate(2026, 12, 28)), QStringLiteral("2026-W53"));
}

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
