// SPDX-License-Identifier: Apache-2.0
// Active recordings, Mine or Whole site (issue #25), and the session sending its audit trail to
// the site registry, against a real PostgreSQL 15 server of the test's own.
#include "models/ActivityLogModel.h"
#include "models/SiteRecordingsModel.h"
#include "panels/RecordingsTabs.h"
#include "registry/RegistryAuditCopy.h"
#include "report/AuditReportDocument.h"
#include "session/SupervisorSession.h"
#include "support/PostgresServer.h"
#include "support/RegistryEvents.h"

#include <QAbstractItemModelTester>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <memory>

class WholeSiteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theSessionSendsItsTrailToTheRegistry();
    void wholeSiteShowsEveryStationsRecordingsWithWhoAndWhere();
    void withoutARegistryOnlyMineIsOffered();
    void theSiteReportNamesTheStationsItCovers();

private:
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_data;

    std::unique_ptr<SupervisorSession> sessionOf(const QString &station)
    {
        auto session = std::make_unique<SupervisorSession>(CxoneEnvironment(),
            m_data.filePath(station + QStringLiteral(".ledger")), m_data.filePath(station + QStringLiteral(".jsonl")));
        session->useSiteRegistry(m_server->settingsFor(station), m_data.filePath(station + QStringLiteral(".outbox")));
        session->siteRegistry()->setPollIntervalMs(200);
        return session;
    }
};

void WholeSiteTest::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->isUsable(), "PostgreSQL 15 could not be started (is the postgresql package installed?)");
    QVERIFY(m_server->provision({ QStringLiteral("QA1"), QStringLiteral("QA2") }));
}

void WholeSiteTest::cleanupTestCase() { m_server.reset(); }

void WholeSiteTest::theSessionSendsItsTrailToTheRegistry()
{
    {
        // Entries from before the registry, two days old.
        AuditLog log(m_data.filePath(QStringLiteral("QA1.jsonl")));
        QString error;
        for (int i = 0; i < 3; ++i) {
            AuditEntry entry;
            entry.atUtc = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(i);
            entry.supervisor = QStringLiteral("claire");
            QVERIFY(log.append(entry, &error));
        }
    }
    auto session = sessionOf(QStringLiteral("QA1"));
    // As Vigie starts: the retention purge's entry reaches the disk through the recorder, and
    // from there the registry; the entries it purged never reach it, and the station says so.
    QSignalSpy problems(session->registryAuditFeed(), &RegistryAuditFeed::problem);
    session->auditRecorder()->applyRetention(1);
    QCOMPARE(session->auditLog()->head().count, qint64(4));
    QVERIFY(QTest::qWaitFor([&] { return session->registryAuditFeed()->stored() == 4; }, 10000));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().first().toString().contains(QLatin1String("audit entries 1 to 3 were purged")),
        qPrintable(problems.first().first().toString()));
    RegistryAuditCopy copy(m_server->settingsFor(QStringLiteral("QA1")));
    QCOMPARE(copy.readStation(QStringLiteral("QA1")), QString());
    const QMap<qint64, QByteArray> lines = copy.linesOf(QStringLiteral("QA1"));
    QCOMPARE(lines.keys(), QList<qint64>({ 4 }));
    QCOMPARE(lines.value(4), session->auditLog()->line(4).value());
}

void WholeSiteTest::wholeSiteShowsEveryStationsRecordingsWithWhoAndWhere()
{
    auto session = sessionOf(QStringLiteral("QA1"));
    ActivityLogModel log;
    RecordingsTabs tabs(session->tracker(), session->controller(), &log);
    tabs.setSiteRegistry(session->siteRegistry());
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    auto *mine = tabs.findChild<QRadioButton *>(QStringLiteral("showMineButton"));
    auto *wholeSite = tabs.findChild<QRadioButton *>(QStringLiteral("showWholeSiteButton"));
    auto *stack = tabs.findChild<QStackedWidget *>(QStringLiteral("activeRecordingsStack"));
    auto *siteView = tabs.findChild<QTableView *>(QStringLiteral("siteRecordingsView"));
    QVERIFY(mine && wholeSite && stack && siteView);
    QVERIFY(mine->isVisible() && wholeSite->isVisible());
    QVERIFY(mine->isChecked());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("activeRecordingsView"));
    QCOMPARE(wholeSite->accessibleName(), QStringLiteral("Show the whole site's recordings"));
    QVERIFY(wholeSite->focusPolicy() & Qt::TabFocus);
    QAbstractItemModelTester tester(siteView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Another station records an agent.
    SiteRegistry other(m_server->settingsFor(QStringLiteral("QA2")), m_data.filePath(QStringLiteral("QA2.outbox")));
    other.start();
    other.publish(startEvent(QStringLiteral("site-1"), 7400000001, 3600, QStringLiteral("marc")));

    wholeSite->setFocus();
    QTest::keyClick(wholeSite, Qt::Key_Space);
    QVERIFY(wholeSite->isChecked());
    QCOMPARE(stack->currentWidget(), siteView);
    QAbstractItemModel *model = siteView->model();
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 5000));
    QCOMPARE(model->index(0, SiteRecordingsModel::AgentColumn).data().toString(), QStringLiteral("Agent site-1"));
    QCOMPARE(model->index(0, SiteRecordingsModel::StartedByColumn).data().toString(), QStringLiteral("marc"));
    QCOMPARE(model->index(0, SiteRecordingsModel::StationColumn).data().toString(), QStringLiteral("QA2"));
    QCOMPARE(model->index(0, SiteRecordingsModel::ContactIdColumn).data().toString(), QStringLiteral("7400000001"));
    QCOMPARE(model->headerData(SiteRecordingsModel::StartedByColumn, Qt::Horizontal).toString(),
        QStringLiteral("Started by"));
    // The registry's time left, an hour less what it took to read it.
    const QString left = model->index(0, SiteRecordingsModel::RemainingColumn).data().toString();
    QVERIFY2(left.startsWith(QLatin1String("0:59:")) || left == QLatin1String("1:00:00"), qPrintable(left));

    // Locked: nothing readable behind the lock.
    tabs.setConcealed(true);
    QCOMPARE(siteView->model(), nullptr);
    tabs.setConcealed(false);
    QCOMPARE(siteView->model(), model);

    QTest::keyClick(mine, Qt::Key_Space);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("activeRecordingsView"));
}

void WholeSiteTest::withoutARegistryOnlyMineIsOffered()
{
    SupervisorSession session(CxoneEnvironment(), m_data.filePath(QStringLiteral("alone.ledger")),
        m_data.filePath(QStringLiteral("alone.jsonl")));
    ActivityLogModel log;
    RecordingsTabs tabs(session.tracker(), session.controller(), &log);
    tabs.setSiteRegistry(session.siteRegistry());
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(!tabs.findChild<QRadioButton *>(QStringLiteral("showWholeSiteButton"))->isVisible());
    QCOMPARE(tabs.findChild<QTableView *>(QStringLiteral("siteRecordingsView"))->model(), nullptr);
    QCOMPARE(tabs.findChild<QStackedWidget *>(QStringLiteral("activeRecordingsStack"))->currentWidget()->objectName(),
        QStringLiteral("activeRecordingsView"));
}

void WholeSiteTest::theSiteReportNamesTheStationsItCovers()
{
    AuditReport::Options options;
    options.from = QDate(2026, 11, 1);
    options.to = QDate(2026, 11, 30);
    AuditChain::Verification verification;
    verification.intact = true;
    verification.entries = 12;
    AuditReport::Figures figures = AuditReport::compute({}, options, verification);
    figures.stations = QStringList { QStringLiteral("QA-1"), QStringLiteral("QA-2") };
    QString text = AuditReportDocument::document(figures)->toPlainText();
    // The list's separators are the locale's.
    QVERIFY2(text.contains(QLatin1String("for the whole site, from the site registry's copy of the audit trails of 2 "
                                         "station(s): QA-1")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("QA-2.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("the site registry holds 12 entries, each station's an unbroken chain")),
        qPrintable(text));

    figures.stations.clear(); // a station's own report says nothing of a site
    text = AuditReportDocument::document(figures)->toPlainText();
    QVERIFY(!text.contains(QLatin1String("whole site")));
    QVERIFY(text.contains(QLatin1String("from the audit trail of the station")));
}

QTEST_MAIN(WholeSiteTest)
#include "tst_wholesite.moc"
