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

private:
    QTemporaryDir m_dir;
    QString m_trail;
    QString m_export;

    static QByteArray hashOf(const QByteArray &line)
    {
        return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
    }

    QByteArrayList lines() const
    {
        QFile file(m_trail);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QByteArrayList all = file.readAll().split('\n');
        all.removeAll(QByteArray());
        return all;
    }

    void rewrite(const QByteArrayList &content) const
    {
        QFile file(m_trail);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.join('\n') + '\n');
    }

    // What a careful forger does after changing a line: recompute every "prev" from there on.
    static void rechainFrom(QByteArrayList *content, int index)
    {
        for (int at = qMax(1, index); at < content->size(); ++at) {
            QJsonObject object = QJsonDocument::fromJson(content->at(at)).object();
            object.insert(QStringLiteral("prev"), QString::fromLatin1(hashOf(content->at(at - 1))));
            (*content)[at] = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
    }

    static QByteArray forgedLine(const QByteArray &previous)
    {
        AuditEntry forged;
        forged.atUtc = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC);
        forged.action = AuditAction::Stop;
        forged.result = AuditResult::Stopped;
        forged.supervisor = QStringLiteral("key-7");
        forged.agentName = QStringLiteral("Forged");
        QJsonObject object = forged.toJson();
        object.insert(QStringLiteral("prev"), QString::fromLatin1(previous));
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    // Seven entries sent to a real rsyslog, with a checkpoint every three; the trail and the
    // collector's file are then kept for each row to tamper with.
    void init()
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

    void whatTheChainAloneCannotSee_data()
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

    void whatTheChainAloneCannotSee()
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
            QVERIFY2(
                result.notes.join(QLatin1Char('\n')).contains(note), qPrintable(result.notes.join(QLatin1Char('\n'))));
        }
        QVERIFY2(result.overview.join(QLatin1Char('\n'))
                     .contains(QLatin1String("7 entries numbered 1 to 7, 2 checkpoint(s)")),
            qPrintable(result.overview.join(QLatin1Char('\n'))));
    }

    void anUnreadableCopyIsSaidSo()
    {
        const AuditComparison::Result result
            = AuditComparison::compare(m_trail, m_dir.filePath(QStringLiteral("none")));
        QVERIFY(!result.compared);
        QVERIFY(result.differences.constFirst().contains(QLatin1String("cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestAuditComparison)
#include "tst_auditcomparison.moc"
