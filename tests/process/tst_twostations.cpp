// SPDX-License-Identifier: Apache-2.0
// Two stations of one site as two real processes (recording_worker serve: the application's core,
// SupervisorSession with its site registry), each with its own ledger, audit trail, outbox, HOME
// and XDG_RUNTIME_DIR, against one CXone (the simulator, in this process) and one registry (a
// PostgreSQL 15 server of the test's own): what one station records, the other shows within a
// second, never starts again, and may stop under its own supervisor's name; two stations starting
// one agent at the same moment make one CXone recording between them.
#include "simulator/CxoneSimulator.h"
#include "support/PostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {
// One station: the worker process and every line it said, with when it was read.
class StationProcess
{
public:
    struct Line
    {
        qint64 atMs;
        QStringList words;
    };

    StationProcess(const QString &name, const QString &supervisor, const QString &folder, const QUrl &cxone,
        const PostgresServer &registry, const QElapsedTimer &clock)
        : m_name(name)
        , m_folder(folder)
        , m_clock(clock)
    {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSettings configuration(configPath(), QSettings::IniFormat);
        configuration.beginGroup(QStringLiteral("Registry"));
        configuration.setValue(QStringLiteral("Host"), registry.socketFolder());
        configuration.setValue(QStringLiteral("Port"), PostgresServer::kPort);
        configuration.setValue(QStringLiteral("User"), PostgresServer::roleFor(name));
        configuration.setValue(QStringLiteral("Station"), name);
        configuration.setValue(QStringLiteral("Database"), QStringLiteral("vigie"));
        configuration.endGroup();
        configuration.sync();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), folder);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QString text = QString::fromUtf8(m_process.readLine().trimmed());
                m_lines.append({ m_clock.elapsed(), text.split(u' ') });
            }
        });
        m_process.start(QStringLiteral(RECORDING_WORKER),
            { QStringLiteral("serve"), cxone.toString(), ledgerPath(), QStringLiteral("--registry-config"),
                configPath(), QStringLiteral("--supervisor"), supervisor });
    }

    ~StationProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    const QString &name() const { return m_name; }
    QString ledgerPath() const { return m_folder + QStringLiteral("/ledger.json"); }
    QString auditPath() const { return ledgerPath() + QStringLiteral(".audit"); }
    QString configPath() const { return m_folder + QStringLiteral("/vigie.ini"); }
    qsizetype lineCount() const { return m_lines.size(); }

    void send(const QByteArray &command) { m_process.write(command + '\n'); }

    // The first line from 'from' on whose words start with these; waits up to timeoutMs for it.
    std::optional<Line> waitFor(const QStringList &start, int timeoutMs, qsizetype from = 0) const
    {
        return waitForLine(
            [&](const QStringList &words) { return words.mid(0, start.size()) == start; }, from, timeoutMs);
    }

    // The first start's answer ("started" or "failed") from line 'from' on.
    std::optional<Line> waitForStartAnswer(qsizetype from, int timeoutMs) const
    {
        return waitForLine(
            [](const QStringList &words) {
                return words.value(0) == QLatin1String("started") || words.value(0) == QLatin1String("failed");
            },
            from, timeoutMs);
    }

private:
    std::optional<Line> waitForLine(
        const std::function<bool(const QStringList &)> &matches, qsizetype from, int timeoutMs) const
    {
        std::optional<Line> found;
        const auto look = [&] {
            for (qsizetype i = from; i < m_lines.size() && !found; ++i) {
                if (matches(m_lines.at(i).words)) {
                    found = m_lines.at(i);
                }
            }
            return found.has_value();
        };
        return QTest::qWaitFor(look, timeoutMs) ? found : std::nullopt;
    }

    QString m_name;
    QString m_folder;
    const QElapsedTimer &m_clock;
    QProcess m_process;
    QVector<Line> m_lines;
};

// The start requests that reached CXone, for one agent or (userId empty) for any. CXone answers a
// second start of a recorded agent with the running recording, so its count of recordings alone
// would not show a start sent twice.
int startRequestsIn(const QList<CxoneSimulator::LoggedRequest> &log, const QString &userId = {})
{
    return int(std::count_if(log.begin(), log.end(), [&](const CxoneSimulator::LoggedRequest &request) {
        const QString user = request.query.queryItemValue(QStringLiteral("user-id"), QUrl::FullyDecoded)
            + request.query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
        return request.path.endsWith(QLatin1String("start-screen-interaction-recording"))
            && (userId.isEmpty() || user == userId);
    }));
}
} // namespace

class TwoStationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aRecordingOfStationAShowsOnStationBWithinASecond();
    void bStartingAnAgentARecordsSendsNothingToCxone();
    void bStopsARecordingUnderItsOwnSupervisor();
    void twoStationsStartingOneAgentAtOnceMakeOneRecording();

private:
    QElapsedTimer m_clock;
    QTemporaryDir m_folder;
    std::unique_ptr<PostgresServer> m_registry;
    std::unique_ptr<CxoneSimulator> m_cxone;
    std::unique_ptr<StationProcess> m_a;
    std::unique_ptr<StationProcess> m_b;
    QString m_x; // the agent A records in the first three tests
    qint64 m_xContact = 0;
};

void TwoStationsTest::initTestCase()
{
    m_clock.start();
    m_registry = std::make_unique<PostgresServer>();
    QVERIFY2(m_registry->isUsable(), "PostgreSQL 15 could not be started");
    QVERIFY(m_registry->provision({ QStringLiteral("QA1"), QStringLiteral("QA2") }));
    SimulatorOptions options;
    options.agentCount = 110;
    options.stateChangeIntervalMs = 0;
    m_cxone = std::make_unique<CxoneSimulator>(options);
    QVERIFY(m_cxone->start());
    m_a = std::make_unique<StationProcess>(QStringLiteral("QA1"), QStringLiteral("claire"),
        m_folder.filePath(QStringLiteral("qa1")), m_cxone->baseUrl(), *m_registry, m_clock);
    m_b = std::make_unique<StationProcess>(QStringLiteral("QA2"), QStringLiteral("bob"),
        m_folder.filePath(QStringLiteral("qa2")), m_cxone->baseUrl(), *m_registry, m_clock);
    QVERIFY2(m_a->waitFor({ QStringLiteral("ready") }, 30000), "station A: agents or registry never ready");
    QVERIFY2(m_b->waitFor({ QStringLiteral("ready") }, 30000), "station B: agents or registry never ready");
}

void TwoStationsTest::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_cxone.reset();
    m_registry.reset();
}

void TwoStationsTest::aRecordingOfStationAShowsOnStationBWithinASecond()
{
    const qsizetype from = m_a->lineCount();
    m_a->send("start 0 3600");
    const auto started = m_a->waitForStartAnswer(from, 10000);
    QVERIFY(started);
    QCOMPARE(started->words.value(0), QStringLiteral("started"));
    QCOMPARE(started->words.value(3), QStringLiteral("new"));
    m_x = started->words.value(1);
    m_xContact = started->words.value(2).toLongLong();
    QCOMPARE(m_cxone->recordingsCreatedFor(m_x), 1);

    // B says "held USER STATION SUPERVISOR CONTACT SECONDS" when its registry shows it.
    const auto held = m_b->waitFor({ QStringLiteral("held"), m_x }, 5000);
    QVERIFY2(held, "B never showed A's recording");
    const qint64 afterMs = held->atMs - started->atMs;
    qInfo("B showed A's recording %lld ms after A's start was answered", afterMs);
    QVERIFY2(afterMs <= 1000, qPrintable(QStringLiteral("%1 ms").arg(afterMs)));
    QCOMPARE(held->words.value(2), QStringLiteral("QA1"));
    QCOMPARE(held->words.value(3), QStringLiteral("claire"));
    QCOMPARE(held->words.value(4).toLongLong(), m_xContact);
    QVERIFY(held->words.value(5).toInt() > 3590); // A's hour, from the registry's clock
}

void TwoStationsTest::bStartingAnAgentARecordsSendsNothingToCxone()
{
    QVERIFY(!m_x.isEmpty());
    m_cxone->clearRequestLog();
    const qsizetype from = m_b->lineCount();
    m_b->send("start 0 600");
    const auto answer = m_b->waitForStartAnswer(from, 10000);
    QVERIFY(answer);
    QCOMPARE(answer->words, (QStringList { QStringLiteral("failed"), m_x, QStringLiteral("held-by-another-station") }));
    QCOMPARE(startRequestsIn(m_cxone->requestLog()), 0);
    QCOMPARE(m_cxone->recordingsCreatedFor(m_x), 1);
    // CXone still records A's hour, not B's ten minutes.
    const auto running = m_cxone->activeRecording(m_x);
    QVERIFY(running);
    QCOMPARE(running->contactId, m_xContact);
    QCOMPARE(running->durationSeconds, 3600);
}

void TwoStationsTest::bStopsARecordingUnderItsOwnSupervisor()
{
    QVERIFY(!m_x.isEmpty());
    const qsizetype fromA = m_a->lineCount();
    m_b->send("stopelsewhere 0");
    const auto stopped = m_b->waitFor({ QStringLiteral("stopped"), m_x }, 10000);
    QVERIFY2(stopped, "B's stop of A's recording never finished");
    QCOMPARE(stopped->words.value(2).toLongLong(), m_xContact);
    QCOMPARE(stopped->words.value(3), QStringLiteral("bob"));
    QVERIFY(!m_cxone->activeRecording(m_x));
    // A hears that B stopped it, and who pressed Stop.
    const auto toldA = m_a->waitFor({ QStringLiteral("stopped-elsewhere"), m_x }, 10000, fromA);
    QVERIFY2(toldA, "A never heard its recording was stopped");
    QCOMPARE(toldA->words.mid(2), (QStringList { QStringLiteral("bob"), QStringLiteral("QA2") }));

    // B's audit trail credits the stop to bob, and names who started it where.
    std::optional<QJsonObject> entry;
    QVERIFY(QTest::qWaitFor(
        [&] {
            QFile audit(m_b->auditPath());
            if (!audit.open(QIODevice::ReadOnly)) {
                return false;
            }
            for (const QByteArray &line : audit.readAll().split('\n')) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                if (object.value(QStringLiteral("action")).toString() == QLatin1String("stop")
                    && object.value(QStringLiteral("userId")).toString() == m_x) {
                    entry = object;
                }
            }
            return entry.has_value();
        },
        5000));
    QCOMPARE(entry->value(QStringLiteral("supervisor")).toString(), QStringLiteral("bob"));
    QCOMPARE(entry->value(QStringLiteral("result")).toString(), QStringLiteral("stopped"));
    QCOMPARE(entry->value(QStringLiteral("contactId")).toString(), QString::number(m_xContact));
    QCOMPARE(entry->value(QStringLiteral("detail")).toString(), QStringLiteral("started by claire from station QA1"));
}

void TwoStationsTest::twoStationsStartingOneAgentAtOnceMakeOneRecording()
{
    int wonByA = 0;
    int wonByB = 0;
    for (int trial = 0; trial < 100; ++trial) {
        const QByteArray command = "start " + QByteArray::number(trial + 1) + " 3600";
        m_cxone->clearRequestLog();
        const qsizetype fromA = m_a->lineCount();
        const qsizetype fromB = m_b->lineCount();
        // Who is asked first changes each time: neither station is favoured by the order.
        StationProcess &first = trial % 2 ? *m_b : *m_a;
        StationProcess &second = trial % 2 ? *m_a : *m_b;
        first.send(command);
        second.send(command);
        const auto a = m_a->waitForStartAnswer(fromA, 10000);
        const auto b = m_b->waitForStartAnswer(fromB, 10000);
        QVERIFY2(a && b, qPrintable(QStringLiteral("trial %1: a station never answered").arg(trial)));
        const QString agent = a->words.value(1);
        QCOMPARE(b->words.value(1), agent);
        const bool aStarted = a->words.value(0) == QLatin1String("started");
        const bool bStarted = b->words.value(0) == QLatin1String("started");
        QVERIFY2(aStarted != bStarted,
            qPrintable(QStringLiteral("trial %1: A said '%2', B said '%3'")
                           .arg(trial)
                           .arg(a->words.join(u' '), b->words.join(u' '))));
        const auto &winner = aStarted ? a : b;
        const auto &loser = aStarted ? b : a;
        QCOMPARE(winner->words.value(3), QStringLiteral("new"));
        QCOMPARE(loser->words.value(2), QStringLiteral("held-by-another-station"));
        QCOMPARE(startRequestsIn(m_cxone->requestLog(), agent), 1);
        QCOMPARE(m_cxone->recordingsCreatedFor(agent), 1);
        (aStarted ? wonByA : wonByB) += 1;
    }
    qInfo("100 races: A won %d, B won %d; one start sent to CXone each time", wonByA, wonByB);
}

QTEST_GUILESS_MAIN(TwoStationsTest)
#include "tst_twostations.moc"
