// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditForwarder.h"
#include "audit/AuditLog.h"
#include "support/RsyslogCollector.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Audit entries leave the station as they happen, to a real rsyslog: each with its structured
// data, in order, once, across collector outages and Vigie restarts, with checkpoints.
class TestAuditForwarder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyEntryArrivesWithItsStructuredData_data();
    void everyEntryArrivesWithItsStructuredData();
    void aCollectorDownForAWhileReceivesTheBacklogInOrderOnce();
    void theQueueSurvivesRestartsOfVigie();
    void checkpointsArriveAtStartUpAndEveryNEntries();
    void entriesPurgedBeforeTheyCouldBeSentAreReported();
    void syslogServerSettingIsCheckedInWords_data();
    void syslogServerSettingIsCheckedInWords();
    void aCollectorThatTalksBackCannotGrowMemory();
    void structuredDataSurvivesEscaping();

private:
    QTemporaryDir m_dir;
    int m_trails = 0;
    QString m_trail;
    static AuditEntry entry(int minute);
    static SyslogTarget target(SyslogTarget::Kind kind, quint16 port);
    static std::unique_ptr<AuditForwarder> forwarder(AuditLog *log, const SyslogTarget &target, int checkpointEvery);
    static void append(AuditLog *log, AuditForwarder *forwarder, int minute);
    QByteArrayList trailLines() const;
    static qint64 residentBytes();
    static QList<qint64> range(qint64 first, qint64 last);
};

AuditEntry TestAuditForwarder::entry(int minute)
{
    AuditEntry e;
    e.atUtc = QDateTime(QDate(2026, 11, 3), QTime(9, minute), Qt::UTC);
    e.action = vigie::AuditAction::Start;
    e.result = vigie::AuditResult::Started;
    e.supervisor = QStringLiteral("key-7");
    e.agentName = QStringLiteral("Léa \"Lou\" [Martin]");
    e.userId = QStringLiteral("u-%1").arg(minute);
    e.team = QStringLiteral("Billing");
    e.durationSeconds = 600 + minute;
    e.purpose = QStringLiteral("Coaching \\ quality");
    e.scope = QStringLiteral("Teams: Billing");
    e.contactId = 700000000 + minute;
    return e;
}

SyslogTarget TestAuditForwarder::target(SyslogTarget::Kind kind, quint16 port)
{
    SyslogTarget target;
    target.kind = kind;
    target.host = QStringLiteral("127.0.0.1");
    target.port = port;
    return target;
}

std::unique_ptr<AuditForwarder> TestAuditForwarder::forwarder(
    AuditLog *log, const SyslogTarget &target, int checkpointEvery)
{
    auto forwarder = std::make_unique<AuditForwarder>(log, target, checkpointEvery);
    forwarder->setRetryIntervalsMs(50, 200);
    return forwarder;
}

void TestAuditForwarder::append(AuditLog *log, AuditForwarder *forwarder, int minute)
{
    QString error;
    QVERIFY2(log->append(entry(minute), &error), qPrintable(error));
    if (forwarder) {
        forwarder->send(log->head());
    }
}

QByteArrayList TestAuditForwarder::trailLines() const
{
    QFile file(m_trail);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArrayList lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

// What the process holds in memory now (VmRSS), in bytes.
qint64 TestAuditForwarder::residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return 0;
}

QList<qint64> TestAuditForwarder::range(qint64 first, qint64 last)
{
    QList<qint64> numbers;
    for (qint64 n = first; n <= last; ++n) {
        numbers.append(n);
    }
    return numbers;
}

void TestAuditForwarder::init() { m_trail = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_trails)); }

void TestAuditForwarder::everyEntryArrivesWithItsStructuredData_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("tcp") << int(SyslogTarget::Kind::Tcp);
    QTest::newRow("udp") << int(SyslogTarget::Kind::Udp);
}

void TestAuditForwarder::everyEntryArrivesWithItsStructuredData()
{
    QFETCH(int, kind);
    RsyslogCollector collector;
    const QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    AuditLog log(m_trail);
    const auto sender = forwarder(&log,
        target(
            SyslogTarget::Kind(kind), kind == int(SyslogTarget::Kind::Tcp) ? collector.tcpPort() : collector.udpPort()),
        50);
    sender->start();
    for (int minute = 1; minute <= 3; ++minute) {
        append(&log, sender.get(), minute);
    }
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), range(1, 3), 10000);
    QCOMPARE(sender->delivered(), 3);

    const QVector<SyslogFormat::Received> received = collector.received(SyslogFormat::Received::Kind::Entry);
    const QByteArrayList lines = trailLines();
    QByteArray previous;
    for (int index = 0; index < 3; ++index) {
        const QHash<QString, QString> &sd = received.at(index).parameters;
        const AuditEntry written = entry(index + 1);
        QCOMPARE(sd.value(QStringLiteral("action")), QStringLiteral("start"));
        QCOMPARE(sd.value(QStringLiteral("result")), QStringLiteral("started"));
        QCOMPARE(sd.value(QStringLiteral("supervisor")), written.supervisor);
        QCOMPARE(sd.value(QStringLiteral("agent")), written.agentName); // quotes and brackets escaped
        QCOMPARE(sd.value(QStringLiteral("userId")), written.userId);
        QCOMPARE(sd.value(QStringLiteral("team")), written.team);
        QCOMPARE(sd.value(QStringLiteral("contactId")), QString::number(written.contactId));
        QCOMPARE(sd.value(QStringLiteral("duration")), QString::number(written.durationSeconds));
        QCOMPARE(sd.value(QStringLiteral("purpose")), written.purpose);
        QCOMPARE(sd.value(QStringLiteral("scope")), written.scope);
        const QByteArray hash = QCryptographicHash::hash(lines.at(index), QCryptographicHash::Sha256).toHex();
        QCOMPARE(sd.value(QStringLiteral("hash")).toLatin1(), hash);
        QCOMPARE(sd.value(QStringLiteral("prev")).toLatin1(), previous);
        QCOMPARE(received.at(index).text, lines.at(index)); // the line exactly as the trail holds it
        QCOMPARE(received.at(index).timestamp, QStringLiteral("2026-11-03T09:0%1:00.000Z").arg(index + 1));
        previous = hash;
    }
}

void TestAuditForwarder::aCollectorDownForAWhileReceivesTheBacklogInOrderOnce()
{
    RsyslogCollector collector;
    QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    AuditLog log(m_trail);
    const auto sender = forwarder(&log, target(SyslogTarget::Kind::Tcp, collector.tcpPort()), 50);
    QSignalSpy problems(sender.get(), &AuditForwarder::problem);
    sender->start();
    append(&log, sender.get(), 1);
    append(&log, sender.get(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), range(1, 2), 10000);

    collector.stop();
    QTRY_VERIFY_WITH_TIMEOUT(sender->state() != AuditForwarder::State::Connected, 10000);
    for (int minute = 3; minute <= 7; ++minute) {
        append(&log, sender.get(), minute);
    }
    QTest::qWait(300); // a few reconnection attempts fail meanwhile
    QCOMPARE(sender->delivered(), 2);
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.constFirst().at(0).toString().contains(QLatin1String("cannot be reached")));

    started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTRY_COMPARE_WITH_TIMEOUT(sender->delivered(), 7, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), range(1, 7), 10000);
    append(&log, sender.get(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), range(1, 8), 10000);
}

void TestAuditForwarder::theQueueSurvivesRestartsOfVigie()
{
    RsyslogCollector collector;
    QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const SyslogTarget tcp = target(SyslogTarget::Kind::Tcp, collector.tcpPort());
    {
        AuditLog log(m_trail);
        const auto sender = forwarder(&log, tcp, 50);
        sender->start();
        for (int minute = 1; minute <= 3; ++minute) {
            append(&log, sender.get(), minute);
        }
        QTRY_COMPARE_WITH_TIMEOUT(sender->delivered(), 3, 10000);
    }
    collector.stop();
    {
        // Vigie runs while the collector is down, then quits with entries unsent.
        AuditLog log(m_trail);
        const auto sender = forwarder(&log, tcp, 50);
        sender->start();
        append(&log, sender.get(), 4);
        append(&log, sender.get(), 5);
        QTest::qWait(200);
        QCOMPARE(sender->delivered(), 3);
    }
    started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    AuditLog log(m_trail);
    const auto sender = forwarder(&log, tcp, 50);
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(sender->delivered(), 5, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), range(1, 5), 10000);
    QCOMPARE(QFile(AuditForwarder::markPathFor(m_trail)).exists(), true);
}

void TestAuditForwarder::checkpointsArriveAtStartUpAndEveryNEntries()
{
    RsyslogCollector collector;
    const QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    AuditLog log(m_trail);
    append(&log, nullptr, 1); // written before this run: the start-up checkpoint covers it
    const auto sender = forwarder(&log, target(SyslogTarget::Kind::Tcp, collector.tcpPort()), 2);
    sender->start();
    for (int minute = 2; minute <= 5; ++minute) {
        append(&log, sender.get(), minute);
    }
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), range(1, 5), 10000);
    const QVector<SyslogFormat::Received> checkpoints = collector.received(SyslogFormat::Received::Kind::Checkpoint);
    QCOMPARE(checkpoints.size(), 3);
    const QByteArrayList lines = trailLines();
    const auto hashOf = [&lines](int sequence) {
        return QString::fromLatin1(
            QCryptographicHash::hash(lines.at(sequence - 1), QCryptographicHash::Sha256).toHex());
    };
    QCOMPARE(checkpoints.at(0).parameters.value(QStringLiteral("reason")), QStringLiteral("start-up"));
    QCOMPARE(checkpoints.at(0).parameters.value(QStringLiteral("count")), QStringLiteral("1"));
    QCOMPARE(checkpoints.at(0).parameters.value(QStringLiteral("hash")), hashOf(1));
    QCOMPARE(checkpoints.at(1).parameters.value(QStringLiteral("reason")), QStringLiteral("interval"));
    QCOMPARE(checkpoints.at(1).parameters.value(QStringLiteral("count")), QStringLiteral("2"));
    QCOMPARE(checkpoints.at(1).parameters.value(QStringLiteral("hash")), hashOf(2));
    QCOMPARE(checkpoints.at(2).parameters.value(QStringLiteral("count")), QStringLiteral("4"));
    QCOMPARE(checkpoints.at(2).parameters.value(QStringLiteral("hash")), hashOf(4));
    // Each interval checkpoint follows its entry in the collector's file.
    const QByteArrayList received = collector.lines();
    QVERIFY(received.indexOf(received.at(0)) == 0);
    int entry2 = -1;
    int checkpoint2 = -1;
    for (int index = 0; index < received.size(); ++index) {
        if (received.at(index).contains("seq=\"2\"")) {
            entry2 = index;
        }
        if (received.at(index).contains("count=\"2\"")) {
            checkpoint2 = index;
        }
    }
    QCOMPARE(checkpoint2, entry2 + 1);
}

void TestAuditForwarder::entriesPurgedBeforeTheyCouldBeSentAreReported()
{
    RsyslogCollector collector;
    const QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const SyslogTarget tcp = target(SyslogTarget::Kind::Tcp, collector.tcpPort());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditLog log(m_trail);
    QString error;
    const auto appendOld = [&](int daysAgo) {
        AuditEntry old = entry(1);
        old.atUtc = now.addDays(-daysAgo);
        return log.append(old, &error);
    };
    {
        const auto sender = forwarder(&log, tcp, 50);
        sender->start();
        QVERIFY(appendOld(200) && appendOld(199));
        sender->send(log.head());
        QTRY_COMPARE_WITH_TIMEOUT(sender->delivered(), 2, 10000);
    }
    // Written while forwarding was off, then purged by a long retention backlog.
    QVERIFY(appendOld(198) && appendOld(197) && appendOld(196));
    QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("retention")).removed, 5);
    const auto sender = forwarder(&log, tcp, 50);
    QSignalSpy problems(sender.get(), &AuditForwarder::problem);
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(collector.entrySequences(), (QList<qint64> { 1, 2, 6 }), 10000);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).at(0).toString().contains(QLatin1String("Entries 3 to 5")),
        qPrintable(problems.at(0).at(0).toString()));
}

void TestAuditForwarder::syslogServerSettingIsCheckedInWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // empty: refused
    QTest::newRow("off") << QString() << QString();
    QTest::newRow("tcp") << QStringLiteral("tcp://siem.example.com:6514")
                         << QStringLiteral("tcp://siem.example.com:6514");
    QTest::newRow("udp ipv6") << QStringLiteral("udp://[::1]:514") << QStringLiteral("udp://[::1]:514");
    QTest::newRow("local") << QStringLiteral("local") << QStringLiteral("local");
    QTest::newRow("no port") << QStringLiteral("tcp://siem.example.com") << QString();
    QTest::newRow("http") << QStringLiteral("http://siem.example.com:514") << QString();
    QTest::newRow("path") << QStringLiteral("tcp://siem.example.com:514/x") << QString();
    QTest::newRow("bare host") << QStringLiteral("siem.example.com:514") << QString();
}

void TestAuditForwarder::syslogServerSettingIsCheckedInWords()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    QString error;
    const std::optional<SyslogTarget> target = SyslogTarget::parse(text, &error);
    if (text.isEmpty()) {
        QVERIFY(target && !target->isEnabled());
    } else if (parsed.isEmpty()) {
        QVERIFY(!target);
        QVERIFY2(error.contains(QLatin1String("must be tcp://host:port, udp://host:port or local")), qPrintable(error));
    } else {
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->toString(), parsed);
    }
}

void TestAuditForwarder::aCollectorThatTalksBackCannotGrowMemory()
{
    // A hostile collector that answers every connection with a stream of its own: Vigie drops
    // what it reads, so its memory stays where it was while 256 MB go by.
    constexpr qint64 kFlood = 256 * 1024 * 1024;
    QTcpServer collector;
    QVERIFY(collector.listen(QHostAddress::LocalHost));
    qint64 sent = 0;
    connect(&collector, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = collector.nextPendingConnection();
        const QByteArray chunk(64 * 1024, 'x');
        auto refill = [socket, chunk, &sent] {
            while (sent < kFlood && socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                sent += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, refill);
        refill();
    });
    AuditLog log(m_trail);
    const auto sender = forwarder(&log, target(SyslogTarget::Kind::Tcp, collector.serverPort()), 50);
    const qint64 before = residentBytes();
    sender->start();
    append(&log, sender.get(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(sent >= kFlood, 120000);
    QTest::qWait(200); // the last chunks reach the forwarder
    QCOMPARE(sender->delivered(), 1);
    const qint64 grown = residentBytes() - before;
    QVERIFY2(grown < 64 * 1024 * 1024, qPrintable(QStringLiteral("resident memory grew by %1 MB").arg(grown >> 20)));
}

void TestAuditForwarder::structuredDataSurvivesEscaping()
{
    AuditEntry tricky = entry(1);
    tricky.detail = QStringLiteral("line one\nline two");
    tricky.purpose = QStringLiteral("a \"b\" \\c\\ ]d[ é");
    const QByteArray line = QJsonDocument(tricky.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray message = SyslogFormat::entryMessage({ QStringLiteral("poste 12"), 4242 }, 9, line);
    QVERIFY2(message.startsWith("<85>1 2026-11-03T09:01:00.000Z poste_12 vigie 4242 audit [audit@32473 seq=\"9\""),
        message.constData());
    QVERIFY(!message.contains('\n'));
    const std::optional<SyslogFormat::Received> parsed = SyslogFormat::parse(message);
    QVERIFY(parsed);
    QCOMPARE(parsed->parameters.value(QStringLiteral("purpose")), tricky.purpose);
    QCOMPARE(parsed->text, line);
    QCOMPARE(SyslogFormat::octetCounted("abc"), QByteArray("3 abc"));
    QVERIFY(!SyslogFormat::parse("Nov 26 10:00:00 host sshd[1]: Accepted publickey"));
}

QTEST_GUILESS_MAIN(TestAuditForwarder)
#include "tst_auditforwarder.moc"
