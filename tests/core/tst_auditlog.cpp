#include "audit/AuditCsv.h"
#include "audit/AuditLog.h"

#include <QBuffer>
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

    static AuditEntry entry(
        const QDateTime &at, const QString &agent, const QString &result = QStringLiteral("started"))
    {
        AuditEntry e;
        e.atUtc = at;
        e.action = QStringLiteral("start");
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
        QCOMPARE(remaining.last().action, QStringLiteral("purge"));
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

    void csvIsExcelFriendly()
    {
        QVector<AuditEntry> entries { entry(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC),
                                          QStringLiteral("Léa; \"Lou\"")),
            entry(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), QStringLiteral("=cmd()")) };
        const QStringList headers { QStringLiteral("Date"), QStringLiteral("Action"), QStringLiteral("Résultat"),
            QStringLiteral("Superviseur"), QStringLiteral("Agent"), QStringLiteral("user-id"),
            QStringLiteral("Durée (s)"), QStringLiteral("Finalité"), QStringLiteral("Contact"),
            QStringLiteral("Détail") };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(AuditCsv::write(
            &buffer, entries, headers, QLatin1Char(';'), [](const QDateTime &at) { return at.toString(Qt::ISODate); }));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList rows = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), headers.join(QLatin1Char(';')));
        QVERIFY(rows.at(1).contains(QStringLiteral("\"Léa; \"\"Lou\"\"\"")));
        QVERIFY(rows.at(1).contains(QStringLiteral(";600;coaching;700000001;")));
        QVERIFY(rows.at(2).contains(QStringLiteral(";'=cmd();"))); // no formula injection
        QVERIFY(!AuditCsv::write(&buffer, entries, { QStringLiteral("too few") }, QLatin1Char(';'),
            [](const QDateTime &) { return QString(); }));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
