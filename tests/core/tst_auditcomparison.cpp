// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditComparison.h"
#include "audit/AuditForwarder.h"
#include "audit/AuditLog.h"
#include "support/RsyslogCollector.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The trail against the collector's copy that a real rsyslog wrote: what a station holder can
// do to the file without breaking its chain is still caught, and said in words.
class TestAuditComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void whatTheChainAloneCannotSee_data();
    void whatTheChainAloneCannotSee();
    void aHandMadeAnchorIsTampering();
    void aForgedPurgeDatedAheadIsRefused();
    void aPurgeMustReachTheCollector();
    void recentEntriesCannotBePurged_data();
    void recentEntriesCannotBePurged();
    void anUnreadableCopyIsSaidSo();

private:
    QTemporaryDir m_dir;
    QString m_trail;
    QString m_export;
    static QByteArray hashOf(const QByteArray &line);
    QByteArrayList lines() const;
    void rewrite(const QByteArrayList &content) const;
    static void rechainFrom(QByteArrayList *content, int index);
    static QByteArray forgedLine(const QByteArray &previous);
    static AuditEntry purgeEntry(const QDateTime &at, int days, const AuditChain::Anchor &anchor);
};

QByteArray TestAuditComparison::hashOf(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

QByteArrayList TestAuditComparison::lines() const
{
    QFile file(m_trail);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArrayList all = file.readAll().split('\n');
    all.removeAll(QByteArray());
    return all;
}

void TestAuditComparison::rewrite(const QByteArrayList &content) const
{
    QFile file(m_trail);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content.join('\n') + '\n');
}

// What a careful forger does after changing a line: recompute every "prev" from there on.
void TestAuditComparison::rechainFrom(QByteArrayList *content, int index)
{
    for (int at = qMax(1, index); at < content->size(); ++at) {
        QJsonObject object = QJsonDocument::fromJson(content->at(at)).object();
        object.insert(QStringLiteral("prev"), QString::fromLatin1(hashOf(content->at(at - 1))));
        (*content)[at] = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
}

QByteArray TestAuditComparison::forgedLine(const QByteArray &previous)
{
    AuditEntry forged;
    forged.atUtc = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC);
    forged.action = vigie::AuditAction::Stop;
    forged.result = vigie::AuditResult::Stopped;
    forged.supervisor = QStringLiteral("key-7");
    forged.agentName = QStringLiteral("Forged");
    QJsonObject object = forged.toJson();
    object.insert(QStringLiteral("prev"), QString::fromLatin1(previous));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// What AuditLog::purgeOlderThan appends, with the figures a forger chooses.
AuditEntry TestAuditComparison::purgeEntry(const QDateTime &at, int days, const AuditChain::Anchor &anchor)
{
    AuditEntry purge;
    purge.atUtc = at;
    purge.action = vigie::AuditAction::Purge;
    purge.result = vigie::AuditResult::Purged;
    purge.supervisor = QStringLiteral("retention");
    purge.detail = AuditChain::purgeDetail({ anchor.purged, days, at.addDays(-days), anchor });
    return purge;
}

// Seven entries sent to a real rsyslog, with a checkpoint every three; the trail and the
// collector's file are then kept for each row to tamper with.
void TestAuditComparison::init()
{
    static int run = 0;
    m_trail = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++run));
    m_export = m_dir.filePath(QStringLiteral("collector-%1.log").arg(run));
    RsyslogCollector collector;
    const QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    AuditLog log(m_trail);
    SyslogTarget target;
    target.kind = SyslogTarget::Kind::Tcp;
    target.host = QStringLiteral("127.0.0.1");
    target.port = collector.tcpPort();
    {
        AuditForwarder forwarder(&log, target, 3);
        forwarder.start();
        QString error;
        for (int i = 1; i <= 7; ++i) {
            AuditEntry entry;
            entry.atUtc = QDateTime(QDate(2026, 11, 3), QTime(9, i), Qt::UTC);
            entry.supervisor = QStringLiteral("key-7");
            entry.agentName = QStringLiteral("Agent %1").arg(i);
            entry.durationSeconds = 600;
            QVERIFY(log.append(entry, &error));
            forwarder.send(log.head());
        }
        QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences().size(), 7, 10000);
    }
    collector.stop();
    QVERIFY(QFile::copy(collector.receivedPath(), m_export));
}

void TestAuditComparison::whatTheChainAloneCannotSee_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("differences"); // parts of the sentences expected; empty: it matches
    QTest::addColumn<QString>("note");
    QTest::newRow("untouched") << QStringLiteral("none") << QStringList() << QString();
    QTest::newRow("last line edited")
        << QStringLiteral("edit-last")
        << QStringList { QStringLiteral(
               "Entry 7 was edited here: agent is \"Agent X\" here, \"Agent 7\" at the collector.") }
        << QString();
    QTest::newRow("tail deleted")
        << QStringLiteral("delete-tail")
        << QStringList { QStringLiteral(
                             "Entries 6 to 7 reached the collector but this trail ends at entry 5: its end was "
                             "deleted."),
               QStringLiteral("proves the trail held 6 entries") }
        << QString();
    QTest::newRow("line inserted, chain recomputed")
        << QStringLiteral("insert")
        << QStringList { QStringLiteral("Entry 4 here never reached the collector, which holds the entries around "
                                        "it: inserted."),
               QStringLiteral("Entries 5 to 8 here hold what entries 4 to 7 hold at the collector, but on a "
                              "recomputed chain"),
               QStringLiteral("recorded entry 6 with hash") }
        << QString();
    QTest::newRow("line removed, chain recomputed")
        << QStringLiteral("remove")
        << QStringList { QStringLiteral("Entry 4 reached the collector but is not in this trail: removed from it."),
               QStringLiteral("Entries 4 to 6 here hold what entries 5 to 7 hold at the collector") }
        << QString();
    QTest::newRow("line appended after the last sent")
        << QStringLiteral("append") << QStringList() << QStringLiteral("Entry 8 here is not at the collector yet");
}

void TestAuditComparison::whatTheChainAloneCannotSee()
{
    QFETCH(QString, change);
    QFETCH(QStringList, differences);
    QFETCH(QString, note);
    QByteArrayList content = lines();
    QCOMPARE(content.size(), 7);
    if (change == QLatin1String("edit-last")) {
        content.last().replace("Agent 7", "Agent X");
    } else if (change == QLatin1String("delete-tail")) {
        content = content.mid(0, 5);
    } else if (change == QLatin1String("insert")) {
        content.insert(3, forgedLine(hashOf(content.at(2))));
        rechainFrom(&content, 4);
    } else if (change == QLatin1String("remove")) {
        content.removeAt(3);
        rechainFrom(&content, 3);
    } else if (change == QLatin1String("append")) {
        content.append(forgedLine(hashOf(content.last())));
    }
    rewrite(content);
    QVERIFY2(AuditLog::verify(m_trail).intact, "the change must be invisible to the chain alone");

    const AuditComparison::Result result = AuditComparison::compare(m_trail, m_export);
    QVERIFY(result.compared);
    const QString all = result.differences.join(QLatin1Char('\n'));
    QCOMPARE(result.differs, !differences.isEmpty());
    for (const QString &expected : std::as_const(differences)) {
        QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, all)));
    }
    if (!note.isEmpty()) {
        QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(note), qPrintable(result.notes.join(QLatin1Char('\n'))));
    }
    QVERIFY2(
        result.overview.join(QLatin1Char('\n')).contains(QLatin1String("7 entries numbered 1 to 7, 2 checkpoint(s)")),
        qPrintable(result.overview.join(QLatin1Char('\n'))));
}

void TestAuditComparison::aHandMadeAnchorIsTampering()
{
    // Entries 1 to 4 replaced by an anchor that names the last of them: the chain still links.
    QByteArrayList content = lines();
    const QByteArray anchor = AuditChain::anchorLine({ 4, hashOf(content.at(3)) }, QDateTime::currentDateTimeUtc());
    content = QByteArrayList { anchor } + content.mid(4);
    rewrite(content);

    const AuditLog::Verification verification = AuditLog::verify(m_trail);
    QVERIFY(!verification.intact);
    QCOMPARE(verification.brokenAtLine, 1);
    QVERIFY2(verification.reason.contains(QLatin1String("no purge entry in the trail records that purge")),
        qPrintable(verification.reason));
    const AuditComparison::Result result = AuditComparison::compare(m_trail, m_export);
    QVERIFY(result.differs);
    const QString all = result.differences.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Entries 1 to 4 reached the collector and were replaced here by a purge "
                                        "anchor, but no purge at the collector removed them")),
        qPrintable(all));
}

void TestAuditComparison::aForgedPurgeDatedAheadIsRefused()
{
    // To make the recent entries look old, a forged purge must date itself past their time plus
    // its retention: later than the clock reads.
    QByteArrayList content = lines();
    const AuditChain::Anchor anchor { 4, hashOf(content.at(3)) };
    content = QByteArrayList { AuditChain::anchorLine(anchor, QDateTime::currentDateTimeUtc()) } + content.mid(4);
    rewrite(content);
    AuditLog log(m_trail);
    QString error;
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addDays(200);
    QVERIFY2(log.append(purgeEntry(ahead, 180, anchor), &error), qPrintable(error));

    const AuditLog::Verification verification = AuditLog::verify(m_trail);
    QVERIFY(!verification.intact);
    QCOMPARE(verification.brokenAtLine, 5);
    QVERIFY2(verification.reason.contains(QLatin1String("dated later than this clock reads")),
        qPrintable(verification.reason));
}

void TestAuditComparison::aPurgeMustReachTheCollector()
{
    // A forged purge that stays on the station: consistent in itself, so the chain holds.
    QByteArrayList content = lines();
    const AuditChain::Anchor anchor { 4, hashOf(content.at(3)) };
    content = QByteArrayList { AuditChain::anchorLine(anchor, QDateTime::currentDateTimeUtc()) } + content.mid(4);
    rewrite(content);
    AuditLog log(m_trail);
    QString error;
    QVERIFY2(log.append(purgeEntry(QDateTime::currentDateTimeUtc(), 1, anchor), &error), qPrintable(error));
    QVERIFY(AuditLog::verify(m_trail).intact);

    const AuditComparison::Result result = AuditComparison::compare(m_trail, m_export);
    QVERIFY(result.differs);
    const QString all = result.differences.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("The purge recorded by entry 8, which this trail's anchor stands on, is not "
                                        "at the collector")),
        qPrintable(all));
    QVERIFY2(
        all.contains(QLatin1String("Entries 1 to 4 reached the collector and were replaced here")), qPrintable(all));
}

void TestAuditComparison::recentEntriesCannotBePurged_data()
{
    QTest::addColumn<bool>("forged");
    QTest::newRow("a real purge") << false;
    QTest::newRow("a forged purge over two-minute-old entries") << true;
}

void TestAuditComparison::recentEntriesCannotBePurged()
{
    // Three entries 200 days old and four of two minutes ago, all at a real collector; then a
    // purge under a 180-day retention, sent to the collector too. A real purge removes the old
    // three; a forged one claims five, and sends its purge entry like Vigie would.
    QFETCH(bool, forged);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString trail = m_dir.filePath(QStringLiteral("purged-%1.jsonl").arg(forged));
    const QString exported = m_dir.filePath(QStringLiteral("purged-%1.log").arg(forged));
    RsyslogCollector collector;
    const QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    SyslogTarget target;
    target.kind = SyslogTarget::Kind::Tcp;
    target.host = QStringLiteral("127.0.0.1");
    target.port = collector.tcpPort();
    QString error;
    {
        AuditLog log(trail);
        AuditForwarder forwarder(&log, target, 50);
        forwarder.start();
        for (int i = 1; i <= 7; ++i) {
            AuditEntry entry;
            entry.atUtc = i <= 3 ? now.addDays(-200).addSecs(i * 60) : now.addSecs(-120 + i);
            entry.supervisor = QStringLiteral("key-7");
            entry.agentName = QStringLiteral("Agent %1").arg(i);
            QVERIFY(log.append(entry, &error));
            forwarder.send(log.head());
        }
        QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences().size(), 7, 10000);
    }
    {
        if (forged) {
            const QString original = m_trail;
            m_trail = trail;
            QByteArrayList content = lines();
            const AuditChain::Anchor anchor { 5, hashOf(content.at(4)) };
            content = QByteArrayList { AuditChain::anchorLine(anchor, now) } + content.mid(5);
            rewrite(content);
            m_trail = original;
            AuditLog log(trail);
            QVERIFY2(log.append(purgeEntry(now, 180, anchor), &error), qPrintable(error));
        } else {
            AuditLog log(trail);
            QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("retention")).removed, 3);
        }
        AuditLog log(trail);
        QVERIFY2(AuditLog::verify(trail).intact, "a purge entry that agrees with the anchor holds the chain");
        AuditForwarder forwarder(&log, target, 50);
        forwarder.start();
        QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences().size(), 8, 10000);
    }
    collector.stop();
    QVERIFY(QFile::copy(collector.receivedPath(), exported));

    const AuditComparison::Result result = AuditComparison::compare(trail, exported);
    QVERIFY(result.compared);
    const QString all = result.differences.join(QLatin1Char('\n'));
    QCOMPARE(result.differs, forged);
    if (forged) {
        QVERIFY2(all.contains(QLatin1String("Entries 4 to 5 reached the collector and were replaced here by a "
                                            "purge anchor, but no purge at the collector removed them as older "
                                            "than its cut-off: removed by hand.")),
            qPrintable(all));
    }
    QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(QLatin1String("Entries 1 to 3 are at the collector only")),
        qPrintable(result.notes.join(QLatin1Char('\n'))));
}

void TestAuditComparison::anUnreadableCopyIsSaidSo()
{
    const AuditComparison::Result result = AuditComparison::compare(m_trail, m_dir.filePath(QStringLiteral("none")));
    QVERIFY(!result.compared);
    QVERIFY(result.differences.constFirst().contains(QLatin1String("cannot be read")));
}

QTEST_GUILESS_MAIN(TestAuditComparison)
#include "tst_auditcomparison.moc"
