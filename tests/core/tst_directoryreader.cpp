// SPDX-License-Identifier: Apache-2.0
#include "cxone/DirectoryReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
// A page of 'count' agents in one of two teams, as /agents answers it.
QByteArray agentsPage(int count)
{
    QJsonArray agents;
    for (int id = 1; id <= count; ++id) {
        agents.append(
            QJsonObject { { QStringLiteral("agentId"), id }, { QStringLiteral("firstName"), QStringLiteral("Ada") },
                { QStringLiteral("lastName"), QStringLiteral("Lovelace %1").arg(id) },
                { QStringLiteral("teamName"), id % 2 ? QStringLiteral("Billing") : QStringLiteral("Support") } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("totalRecords"), count }, { QStringLiteral("agents"), agents } })
        .toJson(QJsonDocument::Compact);
}
} // namespace

// The directory's answers read on the reader's thread and given back on the caller's, in order,
// and never to a load that was restarted.
class TestDirectoryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The reader reads on its own thread, in the order given, and answers on this one.
    void readerAnswersInOrderOnTheCallersThread()
    {
        DirectoryReader reader;
        QVector<int> skips;
        QVector<QThread *> threads;
        QVector<Agent> firstAgents;
        QStringList errors;
        connect(&reader, &DirectoryReader::pageRead, this,
            [&](int skip, const std::optional<AgentPage> &page, const QString &error) {
                skips.append(skip);
                threads.append(QThread::currentThread());
                if (page) {
                    firstAgents.append(page->agents.first());
                }
                errors.append(error);
            });
        QSignalSpy states(&reader, &DirectoryReader::statesRead);
        reader.readPage(0, agentsPage(20000)); // long to read: the small ones must still wait for it
        reader.readPage(20000, agentsPage(3));
        reader.readPage(20003, "{\"totalRecords\": 1, \"agents\": [");
        reader.readStates("{\"agentStates\": [{\"agentId\": 1, \"agentStateName\": \"Available\"}]}");
        QVERIFY(states.wait(20000));
        QCOMPARE(skips, QVector<int>({ 0, 20000, 20003 }));
        QCOMPARE(threads, QVector<QThread *>(3, QThread::currentThread()));
        QCOMPARE(firstAgents.size(), 2); // the truncated page is said, not delivered empty
        QVERIFY(errors.at(0).isEmpty() && errors.at(1).isEmpty() && !errors.at(2).isEmpty());
        // Team names are shared between the pages of one load.
        QVERIFY(firstAgents.at(0).teamName.isSharedWith(firstAgents.at(1).teamName));
        QCOMPARE(states.first().at(0).value<std::optional<AgentStatesAnswer>>()->states.size(), 1);
    }

    // F5 or sign-out during a load: nothing read for the load before reaches the next one,
    // not even an answer whose reading had already begun.
    void aRestartedReaderDeliversNothingOfTheLoadBefore()
    {
        DirectoryReader reader;
        QSignalSpy pages(&reader, &DirectoryReader::pageRead);
        QSignalSpy states(&reader, &DirectoryReader::statesRead);
        reader.readPage(0, agentsPage(30000));
        reader.readPage(30000, agentsPage(30000));
        reader.readStates("{\"agentStates\": []}");
        // Most likely while the first page is read; if it has not begun, it is dropped unread.
        QThread::msleep(20);
        reader.restart();
        reader.readPage(7, agentsPage(2));
        // Reads go one after another: once the new page is delivered, an old one would have been too.
        QVERIFY(pages.wait(20000));
        QCoreApplication::processEvents();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toInt(), 7);
        QCOMPARE(states.size(), 0);
    }

    // A crash test as much as a check (Qt drops what was posted to a deleted object): closing
    // waits for the page being read, whose result would otherwise be posted to freed memory.
    void aReaderClosedMidReadDeliversNothing()
    {
        auto reader = std::make_unique<DirectoryReader>();
        int delivered = 0;
        connect(reader.get(), &DirectoryReader::pageRead, this, [&delivered] { ++delivered; });
        reader->readPage(0, agentsPage(30000));
        reader->readPage(30000, agentsPage(30000));
        QThread::msleep(20);
        reader.reset(); // waits for the page being read; its answer goes with the reader
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }

    // As deep as Qt's JSON nesting limit lets an answer go, on the reader's thread.
    void deeplyNestedAnswersAreRead()
    {
        DirectoryReader reader;
        QSignalSpy pages(&reader, &DirectoryReader::pageRead);
        const QByteArray nested = QByteArray(1000, '[') + QByteArray(1000, ']');
        reader.readPage(0, "{\"totalRecords\": 1, \"agents\": [" + nested + "]}");
        QVERIFY(pages.wait(5000));
        QVERIFY(pages.first().at(1).value<std::optional<AgentPage>>());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryReader)
#include "tst_directoryreader.moc"
