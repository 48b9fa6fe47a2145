// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditCsv.h"
#include "audit/AuditLog.h"
#include "audit/AuditRecorder.h"
#include "session/SupervisorSession.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The audit trail: append-only, hash-chained, verifiable, purged by retention, exported to CSV.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendedEntriesFormAnIntactChain();
    void anEditedLineIsCaughtWhereItBreaks();
    void aRemovedLineIsCaught();
    void aTruncatedLastLineIsCaught();
    void retentionPurgesOldEntriesAndLogsThePurge();
    void thePurgeLeavesAnAnchorAndTheKeptLinesAsTheyWere();
    void thePurgeRefusesABrokenChain();
    void thePurgeRefusesAClockBehindTheTrail();
    void anUnfinishedLastLineIsRecoveredNotReportedAsTampering();
    void aCutOrRewrittenTailIsCaughtAgainstTheKeptHead_data();
    void aCutOrRewrittenTailIsCaughtAgainstTheKeptHead();
    void eachDurableAppendMovesTheLedgersHead_data();
    void eachDurableAppendMovesTheLedgersHead();
    void quittingWithinTheWindowStillCommits();
    void oneWriterPerTrail();
    void entriesCanBeReadForAPeriod();
    void actionsAndResultsKeepTheirNamesOnDisk_data();
    void actionsAndResultsKeepTheirNamesOnDisk();
    void everyResultHasAName();
    void aTrailWrittenByAnEarlierVersionReadsAndVerifies();
    void teamAndScopeAreKept();
    void anUnknownActionIsNotAnEntry();
    void queriesFilterByPeriodAgentAndResult_data();
    void queriesFilterByPeriodAgentAndResult();
    void queriesDoNotReReadTheFile();
    void csvNeutralisesCellsThatWouldRunAsFormulas_data();
    void csvNeutralisesCellsThatWouldRunAsFormulas();
    void csvIsExcelFriendly();

private:
    QTemporaryDir m_dir;
    QString path() const;
    static AuditEntry entry(
        const QDateTime &at, const QString &agent, vigie::AuditResult result = vigie::AuditResult::Started);
    void writeEntries(int count, const QDateTime &first);
    static QStringList names(const char *commaSeparated);
    QByteArrayList lines() const;
    void rewrite(const QByteArrayList &content) const;
};

QString TestAuditLog::path() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }

AuditEntry TestAuditLog::entry(const QDateTime &at, const QString &agent, vigie::AuditResult result)
{
    AuditEntry e;
    e.atUtc = at;
    e.action = vigie::AuditAction::Start;
    e.result = result;
    e.supervisor = QStringLiteral("key-7");
    e.agentName = agent;
    e.userId = QStringLiteral("u-") + agent;
    e.durationSeconds = 600;
    e.purpose = QStringLiteral("coaching");
    e.contactId = 700000001;
    return e;
}

void TestAuditLog::writeEntries(int count, const QDateTime &first)
{
    AuditLog log(path());
    QString error;
    for (int i = 0; i < count; ++i) {
        QVERIFY2(log.append(entry(first.addDays(i), QStringLiteral("Agent %1").arg(i)), &error), qPrintable(error));
    }
}

QStringList TestAuditLog::names(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QByteArrayList TestAuditLog::lines() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArrayList all = file.readAll().split('\n');
    all.removeAll(QByteArray());
    return all;
}

void TestAuditLog::rewrite(const QByteArrayList &content) const
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content.join('\n') + '\n');
}

void TestAuditLog::init() { QFile::remove(path()); }

void TestAuditLog::appendedEntriesFormAnIntactChain()
{
    writeEntries(5, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    // A new AuditLog object continues the chain from the file, as after a restart.
    AuditLog reopened(path());
    QString error;
    QVERIFY(reopened.append(entry(QDateTime::currentDateTimeUtc(), QStringLiteral("Late")), &error));
    const AuditLog::Verification verification = AuditLog::verify(path());
    QVERIFY2(verification.intact, qPrintable(verification.reason));
    QCOMPARE(verification.entries, 6);
    QCOMPARE(reopened.entries().size(), 6);
    QCOMPARE(reopened.entries().first().agentName, QStringLiteral("Agent 0"));
    QCOMPARE(reopened.entries().first().purpose, QStringLiteral("coaching"));
}

void TestAuditLog::anEditedLineIsCaughtWhereItBreaks()
{
    writeEntries(5, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    QByteArrayList content = lines();
    content[2].replace("Agent 2", "Agent X");
    rewrite(content);
    const AuditLog::Verification verification = AuditLog::verify(path());
    QVERIFY(!verification.intact);
    QCOMPARE(verification.brokenAtLine, 4); // line 3 was edited, so line 4 no longer follows it
}

void TestAuditLog::aRemovedLineIsCaught()
{
    writeEntries(5, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    QByteArrayList content = lines();
    content.removeAt(1);
    rewrite(content);
    QCOMPARE(AuditLog::verify(path()).brokenAtLine, 2);
    content.removeAt(0);
    rewrite(content);
    QCOMPARE(AuditLog::verify(path()).brokenAtLine, 1);
}

void TestAuditLog::aTruncatedLastLineIsCaught()
{
    writeEntries(3, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    QByteArrayList content = lines();
    content.last().chop(20);
    rewrite(content);
    QCOMPARE(AuditLog::verify(path()).brokenAtLine, 3);
}

void TestAuditLog::retentionPurgesOldEntriesAndLogsThePurge()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    writeEntries(10, now.addDays(-190)); // days -190 .. -181: all older than 180 days
    AuditLog log(path());
    QString error;
    QVERIFY(log.append(entry(now.addDays(-3), QStringLiteral("Recent")), &error));
    const AuditLog::PurgeResult purge = log.purgeOlderThan(180, now, QStringLiteral("retention"));
    QCOMPARE(purge.status, AuditLog::PurgeStatus::Purged);
    QCOMPARE(purge.removed, 10);
    const QVector<AuditEntry> remaining = log.entries();
    QCOMPARE(remaining.size(), 2);
    QCOMPARE(remaining.first().agentName, QStringLiteral("Recent"));
    QCOMPARE(remaining.last().action, vigie::AuditAction::Purge);
    QVERIFY(remaining.last().detail.contains(QLatin1String("10 entries")));
    const AuditLog::Verification verification = AuditLog::verify(path());
    QVERIFY2(verification.intact, qPrintable(verification.reason));
    QCOMPARE(verification.purged, 10);
    QCOMPARE(verification.entries, 2);
    QVERIFY(log.append(entry(now, QStringLiteral("After purge")), &error));
    QVERIFY(AuditLog::verify(path()).intact);
    QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("retention")).status, AuditLog::PurgeStatus::NothingToPurge);
}

void TestAuditLog::thePurgeLeavesAnAnchorAndTheKeptLinesAsTheyWere()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    writeEntries(6, now.addDays(-183)); // days -183 .. -178: three old, three kept
    const QByteArrayList before = lines();
    AuditLog log(path());
    const AuditHead headBefore = log.head();
    QCOMPARE(headBefore.count, 6);
    QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("retention")).removed, 3);
    const QByteArrayList after = lines();
    QCOMPARE(after.size(), 5); // anchor, three kept lines, the purge entry
    QVERIFY2(after.first().contains("\"purged\":\"3\""), after.first().constData());
    QVERIFY(after.first().contains(
        QCryptographicHash::hash(before.at(2), QCryptographicHash::Sha256).toHex())); // up to the last removed
    QCOMPARE(after.mid(1, 3), before.mid(3)); // byte for byte: nothing re-chained
    // Entries keep their number for the trail's life: the head counts the purged ones.
    QCOMPARE(log.head().count, 7);
    QCOMPARE(log.firstSequence(), 4);
    QCOMPARE(log.entryAt(4)->agentName, QStringLiteral("Agent 3"));
    QVERIFY(!log.entryAt(3));
    QCOMPARE(AuditLog::verify(path(), headBefore).intact, true);

    // A second purge moves the anchor on; an edited kept line still fails.
    QCOMPARE(log.purgeOlderThan(180, now.addDays(1), QStringLiteral("retention")).removed, 1);
    QCOMPARE(log.head().count, 8);
    QByteArrayList edited = lines();
    QVERIFY(edited.first().contains("\"purged\":\"4\""));
    edited[2].replace("Agent 5", "Agent X");
    rewrite(edited);
    const AuditLog::Verification verification = AuditLog::verify(path());
    QVERIFY(!verification.intact);
    QCOMPARE(verification.brokenAtLine, 4);
}

void TestAuditLog::thePurgeRefusesABrokenChain()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    writeEntries(6, now.addDays(-183));
    QByteArrayList content = lines();
    content[4].replace("Agent 4", "Agent X"); // a kept line, edited before the purge could launder it
    rewrite(content);
    AuditLog log(path());
    const AuditLog::PurgeResult purge = log.purgeOlderThan(180, now, QStringLiteral("retention"));
    QCOMPARE(purge.status, AuditLog::PurgeStatus::RefusedBrokenChain);
    QVERIFY2(purge.reason.contains(QLatin1String("broken at line 6")), qPrintable(purge.reason));
    QCOMPARE(lines(), content);
}

void TestAuditLog::thePurgeRefusesAClockBehindTheTrail()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    writeEntries(3, now.addDays(-200));
    AuditLog log(path());
    QString error;
    QVERIFY(log.append(entry(now, QStringLiteral("Newest")), &error));
    const QByteArrayList content = lines();
    // A clock set back a year would make every entry look recent, or purge the wrong ones.
    const AuditLog::PurgeResult purge = log.purgeOlderThan(180, now.addSecs(-3600), QStringLiteral("retention"));
    QCOMPARE(purge.status, AuditLog::PurgeStatus::RefusedClockBehind);
    QVERIFY2(purge.reason.contains(QLatin1String("earlier than the newest audit entry")), qPrintable(purge.reason));
    QCOMPARE(lines(), content);
}

void TestAuditLog::anUnfinishedLastLineIsRecoveredNotReportedAsTampering()
{
    writeEntries(3, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"action\":\"start\",\"agent\":\"Half wri"); // a crash in the middle of a write
    }
    AuditLog::Verification verification = AuditLog::verify(path());
    QVERIFY2(verification.intact, qPrintable(verification.reason));
    QVERIFY(verification.unfinishedLastLine);
    QCOMPARE(verification.entries, 3);

    AuditLog log(path());
    QString error;
    QVERIFY(log.append(entry(QDateTime(QDate(2026, 11, 5), QTime(8, 0), Qt::UTC), QStringLiteral("Next")), &error));
    verification = AuditLog::verify(path());
    QVERIFY2(verification.intact, qPrintable(verification.reason));
    QVERIFY(!verification.unfinishedLastLine);
    QCOMPARE(verification.entries, 5);
    const QVector<AuditEntry> all = log.entries();
    QCOMPARE(all.at(3).action, vigie::AuditAction::Recover);
    QCOMPARE(all.at(3).result, vigie::AuditResult::Recovered);
    QVERIFY2(
        all.at(3).detail.contains(QLatin1String("unfinished last line of 35 bytes")), qPrintable(all.at(3).detail));
    QVERIFY(all.at(3).detail.contains(QLatin1String("Half wri")));
    QCOMPARE(all.at(4).agentName, QStringLiteral("Next"));
}

void TestAuditLog::aCutOrRewrittenTailIsCaughtAgainstTheKeptHead_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("last two lines deleted")
        << QStringLiteral("delete") << QStringLiteral("the entries after entry 3 were removed (2 of them)");
    QTest::newRow("last line edited") << QStringLiteral("edit") << QStringLiteral("entry 5 (line 5) is not the one");
    QTest::newRow("tail replaced by a longer one")
        << QStringLiteral("replace") << QStringLiteral("entry 5 (line 5) is not the one");
    QTest::newRow("nothing changed, one more entry") << QStringLiteral("append") << QString();
}

void TestAuditLog::aCutOrRewrittenTailIsCaughtAgainstTheKeptHead()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    writeEntries(5, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    const AuditHead head = AuditLog(path()).head();
    QCOMPARE(head.count, 5);
    QByteArrayList content = lines();
    if (change == QLatin1String("delete")) {
        rewrite(content.mid(0, 3));
    } else if (change == QLatin1String("edit")) {
        content.last().replace("Agent 4", "Agent X");
        rewrite(content);
    } else {
        if (change == QLatin1String("replace")) {
            rewrite(content.mid(0, 4));
        }
        AuditLog log(path());
        QString error;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                log.append(entry(QDateTime(QDate(2026, 11, 9), QTime(8, i), Qt::UTC), QStringLiteral("New")), &error));
        }
    }
    // The chain alone cannot tell: each line only covers the one before it.
    QVERIFY(AuditLog::verify(path()).intact);
    const AuditLog::Verification verification = AuditLog::verify(path(), head);
    QCOMPARE(verification.intact, reason.isEmpty());
    QVERIFY2(verification.reason.contains(reason), qPrintable(verification.reason));
}

void TestAuditLog::eachDurableAppendMovesTheLedgersHead_data()
{
    QTest::addColumn<int>("groupCommitMs");
    QTest::addColumn<QVector<qint64>>("announced"); // lines on disk at each appended()
    QTest::newRow("each its own fsync") << 0 << QVector<qint64> { 1, 2 };
    QTest::newRow("group commit") << 25 << QVector<qint64> { 2 };
}

void TestAuditLog::eachDurableAppendMovesTheLedgersHead()
{
    QFETCH(int, groupCommitMs);
    QFETCH(QVector<qint64>, announced);
    const QString ledgerPath = m_dir.filePath(QStringLiteral("recordings.json"));
    QFile::remove(ledgerPath);
    SupervisorSession session(CxoneEnvironment(), ledgerPath, path());
    session.auditRecorder()->setGroupCommitMs(groupCommitMs);
    QVector<qint64> linesWhenAnnounced;
    connect(session.auditRecorder(), &AuditRecorder::appended, this,
        [this, &linesWhenAnnounced](const AuditHead &) { linesWhenAnnounced.append(lines().size()); });
    QSignalSpy appended(session.auditRecorder(), &AuditRecorder::appended);
    TrackedRecording recording;
    recording.userId = QStringLiteral("u-1");
    recording.agentName = QStringLiteral("Léa");
    recording.contactId = 700000001;
    recording.startedAtUtc = QDateTime::currentDateTimeUtc();
    recording.durationSeconds = 600;
    Q_EMIT session.controller()->started(
        recording, vigie::StartKind::New, vigie::SaveState::Saved, QStringLiteral("sup-1"));
    Q_EMIT session.controller()->stopped(recording, vigie::StopKind::Stopped, QStringLiteral("sup-1"));
    QTRY_COMPARE(appended.size(), announced.size());
    QCOMPARE(linesWhenAnnounced, announced); // announced once on disk, never before
    const AuditHead head = appended.last().at(0).value<AuditHead>();
    QCOMPARE(head.count, 2);
    QCOMPARE(head.hash, QCryptographicHash::hash(lines().last(), QCryptographicHash::Sha256).toHex());
    QTRY_COMPARE(RecordingLedger(ledgerPath).load().contents.auditHead, head);
}

void TestAuditLog::quittingWithinTheWindowStillCommits()
{
    AuditHead announced;
    {
        SupervisorSession session(CxoneEnvironment(), m_dir.filePath(QStringLiteral("quit.json")), path());
        TrackedRecording recording;
        recording.userId = QStringLiteral("u-1");
        recording.contactId = 700000002;
        recording.startedAtUtc = QDateTime::currentDateTimeUtc();
        recording.durationSeconds = 600;
        connect(session.auditRecorder(), &AuditRecorder::appended, this,
            [&announced](const AuditHead &head) { announced = head; });
        Q_EMIT session.controller()->started(
            recording, vigie::StartKind::New, vigie::SaveState::Saved, QStringLiteral("sup-1"));
        QVERIFY(announced.isNull()); // within the session's group-commit window
    }
    QCOMPARE(announced.count, 1); // synced and announced as the session closed
    QCOMPARE(lines().size(), 1);
    QVERIFY(AuditLog::verify(path()).intact);
}

void TestAuditLog::oneWriterPerTrail()
{
    AuditLog first(path());
    AuditLog second(path());
    QString holder;
    QVERIFY(first.tryLock(&holder));
    QVERIFY(!second.tryLock(&holder));
    QVERIFY(holder.contains(QString::number(QCoreApplication::applicationPid())));
}

void TestAuditLog::entriesCanBeReadForAPeriod()
{
    const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    writeEntries(10, first);
    AuditLog log(path());
    const QVector<AuditEntry> week = log.entries(first.addDays(2), first.addDays(8));
    QCOMPARE(week.size(), 7);
    QCOMPARE(week.first().agentName, QStringLiteral("Agent 2"));
}

void TestAuditLog::actionsAndResultsKeepTheirNamesOnDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isAction");
    for (const char *name : { "start", "stop", "extend", "end", "forget", "purge", "recover", "notice" }) {
        QTest::addRow("action %s", name) << QString::fromLatin1(name) << true;
    }
    for (const char *name : { "requested", "started", "already-recording", "failed", "unknown", "confirmed", "refused",
             "refused-by-policy", "cancelled", "stopped", "already-ended", "ended-by-itself", "ended-while-closed",
             "unconfirmed-ended-by-time", "forgotten", "purged", "recovered", "acknowledged" }) {
        QTest::addRow("result %s", name) << QString::fromLatin1(name) << false;
    }
}

void TestAuditLog::actionsAndResultsKeepTheirNamesOnDisk()
{
    QFETCH(QString, name);
    QFETCH(bool, isAction);
    if (isAction) {
        const std::optional<vigie::AuditAction> action = vigie::auditActionFromName(name);
        QVERIFY(action);
        QCOMPARE(vigie::auditActionName(*action), name);
    } else {
        const std::optional<vigie::AuditResult> result = vigie::auditResultFromName(name);
        QVERIFY(result);
        QCOMPARE(vigie::auditResultName(*result), name);
        QVERIFY(vigie::allAuditResults().contains(*result));
    }
}

void TestAuditLog::everyResultHasAName()
{
    QCOMPARE(vigie::allAuditResults().size(), 19);
    QVERIFY(!vigie::auditActionFromName(u"delete"));
    QVERIFY(!vigie::auditResultFromName(u"Started"));
}

void TestAuditLog::aTrailWrittenByAnEarlierVersionReadsAndVerifies()
{
    // Two lines exactly as Vigie 0.1.0 wrote them, before the actions and results were enums.
    const QByteArray first = "{\"action\":\"start\",\"agent\":\"L\xC3\xA9"
                             "a Martin\","
                             "\"at\":\"2026-11-02T08:00:00.000Z\",\"contactId\":\"700000001\","
                             "\"durationSeconds\":600,\"prev\":\"\",\"purpose\":\"Coaching\","
                             "\"result\":\"started\",\"supervisor\":\"key-7\",\"userId\":\"u-1\"}";
    const QByteArray second = "{\"action\":\"end\",\"agent\":\"L\xC3\xA9"
                              "a Martin\","
                              "\"at\":\"2026-11-02T08:10:00.000Z\",\"contactId\":\"700000001\","
                              "\"durationSeconds\":600,\"prev\":\""
        + QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()
        + "\",\"purpose\":\"Coaching\",\"result\":\"ended-by-itself\",\"supervisor\":\"key-7\","
          "\"userId\":\"u-1\"}";
    rewrite({ first, second });
    QVERIFY(AuditLog::verify(path()).intact);
    AuditLog log(path());
    const QVector<AuditEntry> entries = log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, vigie::AuditAction::Start);
    QCOMPARE(entries.at(1).result, vigie::AuditResult::EndedByItself);
    QCOMPARE(entries.at(1).contactId, 700000001);
    QVERIFY(entries.at(0).team.isEmpty());
}

void TestAuditLog::teamAndScopeAreKept()
{
    AuditEntry written = entry(QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC), QStringLiteral("Noé"));
    written.team = QStringLiteral("Billing");
    written.scope = QStringLiteral("Teams: Billing, Claims");
    AuditLog log(path());
    QString error;
    QVERIFY(log.append(written, &error));
    const AuditEntry read = AuditLog(path()).entries().constFirst();
    QCOMPARE(read.team, written.team);
    QCOMPARE(read.scope, written.scope);
    QVERIFY(!lines().constFirst().contains("\"detail\"")); // empty fields stay out of the line
}

void TestAuditLog::anUnknownActionIsNotAnEntry()
{
    writeEntries(2, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    QByteArrayList content = lines();
    content[1].replace("\"action\":\"start\"", "\"action\":\"delete\"");
    rewrite(content);
    const AuditLog::Verification verification = AuditLog::verify(path());
    QCOMPARE(verification.brokenAtLine, 2);
    QVERIFY(verification.reason.contains(QLatin1String("not a readable audit entry")));
    QCOMPARE(AuditLog(path()).entries().size(), 1);
}

void TestAuditLog::queriesFilterByPeriodAgentAndResult_data()
{
    QTest::addColumn<int>("fromDay");
    QTest::addColumn<int>("toDay");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<int>("result"); // -1: every result
    QTest::addColumn<QStringList>("expected");
    const int any = -1;
    QTest::newRow("everything") << -1 << -1 << QString() << any << names("Léa,Noé,Léa,Zoé,Noé,Léa");
    QTest::newRow("period") << 2 << 3 << QString() << any << names("Léa,Zoé");
    QTest::newRow("agent, any case") << -1 << -1 << QStringLiteral("LÉ") << any << names("Léa,Léa,Léa");
    QTest::newRow("result") << -1 << -1 << QString() << int(vigie::AuditResult::Failed) << names("Noé,Noé");
    QTest::newRow("all three") << 1 << 5 << QStringLiteral("noé") << int(vigie::AuditResult::Failed)
                               << names("Noé,Noé");
    QTest::newRow("nothing matches") << 4 << 4 << QStringLiteral("Léa") << any << names("");
}

void TestAuditLog::queriesFilterByPeriodAgentAndResult()
{
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    QFETCH(QString, agent);
    QFETCH(int, result);
    QFETCH(QStringList, expected);
    const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    AuditLog log(path());
    QString error;
    const QStringList agents = names("Léa,Noé,Léa,Zoé,Noé,Léa");
    for (int day = 0; day < agents.size(); ++day) {
        const vigie::AuditResult written
            = agents.at(day) == QStringLiteral("Noé") ? vigie::AuditResult::Failed : vigie::AuditResult::Started;
        QVERIFY(log.append(entry(first.addDays(day), agents.at(day), written), &error));
    }
    AuditQuery query;
    if (fromDay >= 0) {
        query.fromUtc = first.addDays(fromDay).addSecs(-1);
        query.toUtc = first.addDays(toDay).addSecs(1);
    }
    query.agentContains = agent;
    if (result >= 0) {
        query.result = vigie::AuditResult(result);
    }
    QStringList found;
    for (const AuditEntry &match : log.query(query)) {
        found << match.agentName;
    }
    QCOMPARE(found, expected);
}

void TestAuditLog::queriesDoNotReReadTheFile()
{
    writeEntries(3, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    AuditLog log(path());
    QCOMPARE(log.query({}).size(), 3);
    QString error;
    QVERIFY(log.append(entry(QDateTime(QDate(2026, 11, 9), QTime(8, 0), Qt::UTC), QStringLiteral("Late")), &error));
    // What the log wrote is in its index; the file is not read again for the next query.
    QVERIFY(QFile::remove(path()));
    const QVector<AuditEntry> all = log.query({});
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.last().agentName, QStringLiteral("Late"));
}

void TestAuditLog::csvNeutralisesCellsThatWouldRunAsFormulas_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("cell"); // as it must appear in the file
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral(",'+1+1,");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral(",'-2+3,");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral(",'@SUM(A1),");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral(",'\t=1+1,");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral(",\"'\r=1+1\",");
    QTest::newRow("sign inside") << QStringLiteral("Jean-Paul") << QStringLiteral(",Jean-Paul,");
    QTest::newRow("space first") << QStringLiteral(" =1") << QStringLiteral(", =1,");
}

void TestAuditLog::csvNeutralisesCellsThatWouldRunAsFormulas()
{
    QFETCH(QString, agent);
    QFETCH(QString, cell);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QStringList headers;
    for (int column = 0; column < AuditCsv::ColumnCount; ++column) {
        headers << QStringLiteral("c%1").arg(column);
    }
    QVERIFY(AuditCsv::write(&buffer, { entry(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC), agent) }, headers,
        QLocale(QLocale::English)));
    const QString csv = QString::fromUtf8(buffer.data());
    QVERIFY2(csv.contains(cell), qPrintable(csv));
}

void TestAuditLog::csvIsExcelFriendly()
{
    QVector<AuditEntry> entries { entry(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                                      QStringLiteral("Léa; \"Lou\"")),
        entry(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), QStringLiteral("=cmd()")) };
    const QStringList headers { QStringLiteral("Date"), QStringLiteral("Action"), QStringLiteral("Résultat"),
        QStringLiteral("Superviseur"), QStringLiteral("Agent"), QStringLiteral("user-id"), QStringLiteral("Équipe"),
        QStringLiteral("Durée (s)"), QStringLiteral("Finalité"), QStringLiteral("Périmètre"), QStringLiteral("Contact"),
        QStringLiteral("Détail") };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(AuditCsv::write(&buffer, entries, headers, QLocale(QLocale::French)));
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), headers.join(QLatin1Char(';')));
    QVERIFY(rows.at(1).contains(QStringLiteral("\"Léa; \"\"Lou\"\"\"")));
    QVERIFY(rows.at(1).contains(QStringLiteral(";start;started;key-7;")));
    QVERIFY(rows.at(1).contains(QStringLiteral(";600;coaching;;700000001;")));
    QVERIFY(rows.at(2).contains(QStringLiteral(";'=cmd();"))); // no formula injection
    QVERIFY(!AuditCsv::write(&buffer, entries, { QStringLiteral("too few") }, QLocale(QLocale::French)));
    QCOMPARE(AuditCsv::separatorFor(QLocale(QLocale::English)), QLatin1Char(','));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
