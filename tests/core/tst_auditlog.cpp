#include "audit/AuditCsv.h"
#include "audit/AuditLog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The audit trail: append-only, hash-chained, verifiable, purged by retention, exported to CSV.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }

    static AuditEntry entry(const QDateTime &at, const QString &agent, AuditResult result = AuditResult::Started)
    {
        AuditEntry e;
        e.atUtc = at;
        e.action = AuditAction::Start;
        e.result = result;
        e.supervisor = QStringLiteral("key-7");
        e.agentName = agent;
        e.userId = QStringLiteral("u-") + agent;
        e.durationSeconds = 600;
        e.purpose = QStringLiteral("coaching");
        e.contactId = 700000001;
        return e;
    }

    void writeEntries(int count, const QDateTime &first)
    {
        AuditLog log(path());
        QString error;
        for (int i = 0; i < count; ++i) {
            QVERIFY2(log.append(entry(first.addDays(i), QStringLiteral("Agent %1").arg(i)), &error), qPrintable(error));
        }
    }

    static QStringList names(const char *commaSeparated)
    {
        return QString::fromUtf8(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }

    QByteArrayList lines() const
    {
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QByteArrayList all = file.readAll().split('\n');
        all.removeAll(QByteArray());
        return all;
    }

    void rewrite(const QByteArrayList &content) const
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.join('\n') + '\n');
    }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void appendedEntriesFormAnIntactChain()
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

    void anEditedLineIsCaughtWhereItBreaks()
    {
        writeEntries(5, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        QByteArrayList content = lines();
        content[2].replace("Agent 2", "Agent X");
        rewrite(content);
        const AuditLog::Verification verification = AuditLog::verify(path());
        QVERIFY(!verification.intact);
        QCOMPARE(verification.brokenAtLine, 4); // line 3 was edited, so line 4 no longer follows it
    }

    void aRemovedLineIsCaught()
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

    void aTruncatedLastLineIsCaught()
    {
        writeEntries(3, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        QByteArrayList content = lines();
        content.last().chop(20);
        rewrite(content);
        QCOMPARE(AuditLog::verify(path()).brokenAtLine, 3);
    }

    void retentionPurgesOldEntriesAndLogsThePurge()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        writeEntries(10, now.addDays(-190)); // days -190 .. -181: all older than 180 days
        AuditLog log(path());
        QString error;
        QVERIFY(log.append(entry(now.addDays(-3), QStringLiteral("Recent")), &error));
        QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("retention"), &error), 10);
        const QVector<AuditEntry> remaining = log.entries();
        QCOMPARE(remaining.size(), 2);
        QCOMPARE(remaining.first().agentName, QStringLiteral("Recent"));
        QCOMPARE(remaining.last().action, AuditAction::Purge);
        QVERIFY(remaining.last().detail.contains(QLatin1String("10 entries")));
        QVERIFY(AuditLog::verify(path()).intact);
        QVERIFY(log.append(entry(now, QStringLiteral("After purge")), &error));
        QVERIFY(AuditLog::verify(path()).intact);
        QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("retention"), &error), 0);
    }

    void entriesCanBeReadForAPeriod()
    {
        const QDateTime first(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        writeEntries(10, first);
        AuditLog log(path());
        const QVector<AuditEntry> week = log.entries(first.addDays(2), first.addDays(8));
        QCOMPARE(week.size(), 7);
        QCOMPARE(week.first().agentName, QStringLiteral("Agent 2"));
    }

    void actionsAndResultsKeepTheirNamesOnDisk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isAction");
        for (const char *name : { "start", "stop", "extend", "end", "forget", "purge", "recover" }) {
            QTest::addRow("action %s", name) << QString::fromLatin1(name) << true;
        }
        for (const char *name : { "started", "already-recording", "failed", "unknown", "confirmed", "refused",
                 "stopped", "already-ended", "ended-by-itself", "ended-while-closed", "unconfirmed-ended-by-time",
                 "forgotten", "purged", "recovered" }) {
            QTest::addRow("result %s", name) << QString::fromLatin1(name) << false;
        }
    }

    void actionsAndResultsKeepTheirNamesOnDisk()
    {
        QFETCH(QString, name);
        QFETCH(bool, isAction);
        if (isAction) {
            const std::optional<AuditAction> action = auditActionFromName(name);
            QVERIFY(action);
            QCOMPARE(auditActionName(*action), name);
        } else {
            const std::optional<AuditResult> result = auditResultFromName(name);
            QVERIFY(result);
            QCOMPARE(auditResultName(*result), name);
            QVERIFY(allAuditResults().contains(*result));
        }
    }

    void everyResultHasAName()
    {
        QCOMPARE(allAuditResults().size(), 14);
        QVERIFY(!auditActionFromName(u"delete"));
        QVERIFY(!auditResultFromName(u"Started"));
    }

    void aTrailWrittenByAnEarlierVersionReadsAndVerifies()
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
        QCOMPARE(entries.at(0).action, AuditAction::Start);
        QCOMPARE(entries.at(1).result, AuditResult::EndedByItself);
        QCOMPARE(entries.at(1).contactId, 700000001);
        QVERIFY(entries.at(0).team.isEmpty());
    }

    void teamAndScopeAreKept()
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

    void anUnknownActionIsNotAnEntry()
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

    void queriesFilterByPeriodAgentAndResult_data()
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
        QTest::newRow("result") << -1 << -1 << QString() << int(AuditResult::Failed) << names("Noé,Noé");
        QTest::newRow("all three") << 1 << 5 << QStringLiteral("noé") << int(AuditResult::Failed) << names("Noé,Noé");
        QTest::newRow("nothing matches") << 4 << 4 << QStringLiteral("Léa") << any << names("");
    }

    void queriesFilterByPeriodAgentAndResult()
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
            const AuditResult written
                = agents.at(day) == QStringLiteral("Noé") ? AuditResult::Failed : AuditResult::Started;
            QVERIFY(log.append(entry(first.addDays(day), agents.at(day), written), &error));
        }
        AuditQuery query;
        if (fromDay >= 0) {
            query.fromUtc = first.addDays(fromDay).addSecs(-1);
            query.toUtc = first.addDays(toDay).addSecs(1);
        }
        query.agentContains = agent;
        if (result >= 0) {
            query.result = AuditResult(result);
        }
        QStringList found;
        for (const AuditEntry &match : log.query(query)) {
            found << match.agentName;
        }
        QCOMPARE(found, expected);
    }

    void queriesDoNotReReadTheFile()
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

    void csvIsExcelFriendly()
    {
        QVector<AuditEntry> entries { entry(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                                          QStringLiteral("Léa; \"Lou\"")),
            entry(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), QStringLiteral("=cmd()")) };
        const QStringList headers { QStringLiteral("Date"), QStringLiteral("Action"), QStringLiteral("Résultat"),
            QStringLiteral("Superviseur"), QStringLiteral("Agent"), QStringLiteral("user-id"), QStringLiteral("Équipe"),
            QStringLiteral("Durée (s)"), QStringLiteral("Finalité"), QStringLiteral("Périmètre"),
            QStringLiteral("Contact"), QStringLiteral("Détail") };
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
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
