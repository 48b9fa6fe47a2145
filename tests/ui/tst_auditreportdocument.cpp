// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditReportDialog.h"
#include "policy/PolicyRecord.h"
#include "report/AuditReportDocument.h"
#include "shell/LanguageSwitcher.h"
#include "support/AuditScenario.h"
#include "support/VigieWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The monthly report as its readers get it: a PDF that renders, in English and in French, with
// the figures of a known month in its text (read back with poppler's pdftotext), and the dialog
// that makes it.
class TestAuditReportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void thePdfRendersWithItsTotals_data();
    void thePdfRendersWithItsTotals();
    void thePolicySectionStatesItAndItsRefusals();
    void thePolicySectionShowsThePoliciesOfThePeriod_data();
    void thePolicySectionShowsThePoliciesOfThePeriod();
    void pseudonymsHideEveryName();
    void aTrailThatDidNotVerifySaysSoFirst();
    void csvIsWrittenInTheActiveLanguage();
    void theDialogWritesIntoTheKioskFolder();
    void theWindowOffersTheReportInItsAuditMenu();

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
    static AuditReport::Options november(bool pseudonymise = false);
    static AuditReport::Figures figures(bool pseudonymise = false, bool verified = true);
    static QString poppler(const QString &tool, const QStringList &arguments);
    static int pageCount(const QString &pdf);
    static QString text(const QString &pdf);
    QString writePdf(const AuditReport::Figures &reportFigures, const QString &name);
};

AuditReport::Options TestAuditReportDocument::november(bool pseudonymise)
{
    AuditReport::Options options;
    options.from = QDate(2026, 11, 1);
    options.to = QDate(2026, 11, 30);
    options.recordedMoreThan = 4;
    options.pseudonymise = pseudonymise;
    options.nowUtc = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    return options;
}

AuditReport::Figures TestAuditReportDocument::figures(bool pseudonymise, bool verified)
{
    AuditLog::Verification verification;
    verification.intact = verified;
    verification.entries = 31;
    verification.reason = verified ? QString() : QStringLiteral("line 7 does not follow line 6");
    return AuditReport::compute(AuditScenario::november2026(), november(pseudonymise), verification);
}

// Runs a poppler tool; fails the test in words when it is missing.
QString TestAuditReportDocument::poppler(const QString &tool, const QStringList &arguments)
{
    const QString executable = QStandardPaths::findExecutable(tool);
    if (executable.isEmpty()) {
        return QStringLiteral("MISSING %1: install poppler-utils (scripts/install-deps.sh --with-tests)").arg(tool);
    }
    QProcess process;
    process.start(executable, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return QStringLiteral("FAILED %1: %2").arg(tool, QString::fromLocal8Bit(process.readAllStandardError()));
    }
    // pdftotext writes typographic ligatures ("ﬁ"): back to letters for the comparisons.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

int TestAuditReportDocument::pageCount(const QString &pdf)
{
    const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    qWarning("%s", qPrintable(info));
    return -1;
}

QString TestAuditReportDocument::text(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
}

QString TestAuditReportDocument::writePdf(const AuditReport::Figures &reportFigures, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const QString error = AuditReportDocument::write(reportFigures, AuditReport::Format::Pdf, path);
    return error.isEmpty() ? path : QString();
}

void TestAuditReportDocument::initTestCase()
{
    QCOMPARE(qgetenv("TZ"), QByteArray("UTC"));
    QStandardPaths::setTestModeEnabled(true); // the dialog remembers its threshold in the settings
}

void TestAuditReportDocument::cleanup() { m_languages.apply(QStringLiteral("en")); }

void TestAuditReportDocument::thePdfRendersWithItsTotals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("Screen recording report"),
                               QStringLiteral("From Sunday, November 1, 2026 to Monday, November 30, 2026"),
                               QStringLiteral("Audit trail verified: its 31 entries form an unbroken chain"),
                               QStringLiteral("Total recorded time"), QStringLiteral("3 h 28 min"),
                               QStringLiteral("Recordings per team"), QStringLiteral("Billing"),
                               QStringLiteral("2 h 25 min"), QStringLiteral("unknown team"),
                               QStringLiteral("Stopped early"), QStringLiteral("Agents recorded more than 4 times"),
                               QStringLiteral("Léa Martin"), QStringLiteral("invalid-user-id"),
                               QStringLiteral("Recordings per supervisor") };
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList { QStringLiteral("Rapport des enregistrements d’écran"),
                               QStringLiteral("Du dimanche 1 novembre 2026 au lundi 30 novembre 2026"),
                               QStringLiteral("Journal d’audit vérifié"), QStringLiteral("Durée totale enregistrée"),
                               QStringLiteral("3 h 28 min"), QStringLiteral("Enregistrements par équipe"),
                               QStringLiteral("équipe inconnue"), QStringLiteral("Arrêtés avant terme"),
                               QStringLiteral("Agents enregistrés plus de 4 fois"), QStringLiteral("Refusé") };
}

void TestAuditReportDocument::thePdfRendersWithItsTotals()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    m_languages.apply(language);
    const QString pdf = writePdf(figures(), QStringLiteral("report-%1.pdf").arg(language));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pageCount(pdf), 2);
    const QString content = text(pdf);
    for (const QString &part : std::as_const(expected)) {
        QVERIFY2(content.contains(part), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, content)));
    }
    QVERIFY(content.contains(QStringLiteral("11")));
}

// The works council's policy: its group as set, each agent against the caps, every refusal in words.
void TestAuditReportDocument::thePolicySectionStatesItAndItsRefusals()
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
    AuditReport::Options options = november();
    options.policy.recordingsPer7Days = 4;
    AuditLog::Verification verification;
    verification.intact = true;
    verification.entries = 32;
    const QString pdf
        = writePdf(AuditReport::compute(entries, options, verification), QStringLiteral("report-policy.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString content = text(pdf);
    for (const QString &part : { QStringLiteral("Recording policy in force"), QStringLiteral("RecordingsPer7Days=4"),
             QStringLiteral("Recordings per agent against the policy"), QStringLiteral("4 of 4"),
             QStringLiteral("Starts refused by the recording policy"), QStringLiteral("this agent has had 4"),
             QStringLiteral("2026-11-19") }) {
        QVERIFY2(content.contains(part), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, content)));
    }
}

// The policies in force during the period, each with when, as the trail recorded them; not
// the one set when the report is made. Dates in the report's language.
void TestAuditReportDocument::thePolicySectionShowsThePoliciesOfThePeriod_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("Sunday, November 1, 2026 12:00"),
                               QStringLiteral("Saturday, November 14, 2026 10:02"),
                               QStringLiteral("Monday, November 30, 2026 11:59") };
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList { QStringLiteral("dimanche 1 novembre 2026 00:00"),
                               QStringLiteral("samedi 14 novembre 2026 10:02"),
                               QStringLiteral("lundi 30 novembre 2026 23:59") };
}

void TestAuditReportDocument::thePolicySectionShowsThePoliciesOfThePeriod()
{
    QFETCH(QString, language);
    QFETCH(QStringList, dates);
    const auto policyEntry = [](const QDateTime &atUtc, int per7Days) {
        RecordingPolicy policy;
        policy.recordingsPer7Days = per7Days;
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = vigie::AuditAction::Policy;
        entry.result = vigie::AuditResult::InForce;
        entry.detail = PolicyRecord::detailFor(policy);
        return entry;
    };
    QVector<AuditEntry> entries { policyEntry(QDateTime(QDate(2026, 10, 3), QTime(8, 0), Qt::UTC), 3) };
    entries += AuditScenario::november2026();
    entries.append(policyEntry(QDateTime(QDate(2026, 11, 14), QTime(10, 2), Qt::UTC), 2));
    AuditReport::Options options = november();
    options.policy.recordingsPer7Days = 9; // set now, not during the period
    AuditLog::Verification verification;
    verification.intact = true;
    verification.entries = 33;
    m_languages.apply(language);
    const QString pdf = writePdf(
        AuditReport::compute(entries, options, verification), QStringLiteral("report-policies-%1.pdf").arg(language));
    QVERIFY(!pdf.isEmpty());
    // pdftotext breaks lines where the page does: compare words, not lines.
    const QString content = text(pdf).simplified();
    for (const QString &part :
        QStringList { QStringLiteral("RecordingsPer7Days=3"), QStringLiteral("RecordingsPer7Days=2"),
            // Léa Martin's most in 7 days, against the period's last cap, in the report's words.
            AuditReportDocument::tr("%1 of %2").arg(QStringLiteral("4"), QStringLiteral("2")) }
            + dates) {
        QVERIFY2(content.contains(part), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, content)));
    }
    QVERIFY2(!content.contains(QLatin1String("RecordingsPer7Days=9")), qPrintable(content));
}

void TestAuditReportDocument::pseudonymsHideEveryName()
{
    const QString content = text(writePdf(figures(true), QStringLiteral("pseudonymised.pdf")));
    QVERIFY2(content.contains(QLatin1String("appear under pseudonyms")), qPrintable(content));
    QVERIFY(content.contains(QLatin1String("S01")));
    QVERIFY(content.contains(QLatin1String("A01")));
    for (const QString &name : { QStringLiteral("Léa"), QStringLiteral("key-7"), QStringLiteral("key-9") }) {
        QVERIFY2(!content.contains(name), qPrintable(name));
    }
}

void TestAuditReportDocument::aTrailThatDidNotVerifySaysSoFirst()
{
    const QString content = text(writePdf(figures(false, false), QStringLiteral("broken.pdf")));
    QVERIFY2(content.contains(QLatin1String("The audit trail did NOT verify: line 7 does not follow line 6")),
        qPrintable(content));
    QVERIFY(content.indexOf(QLatin1String("did NOT verify")) < content.indexOf(QLatin1String("Summary")));
}

void TestAuditReportDocument::csvIsWrittenInTheActiveLanguage()
{
    m_languages.apply(QStringLiteral("fr"));
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QCOMPARE(AuditReportDocument::write(figures(), AuditReport::Format::Csv, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QStringLiteral("Durée enregistrée (heures);Total;;3,47")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Enregistrements par équipe;équipe inconnue;;1")));
    QVERIFY(csv.contains(QStringLiteral("Démarrages refusés ou en échec, par motif;Refusé: forbidden;;1")));
    QCOMPARE(AuditReportDocument::fileName(november(), AuditReport::Format::Csv),
        QStringLiteral("vigie-rapport-2026-11-01-2026-11-30.csv"));
}

void TestAuditReportDocument::theDialogWritesIntoTheKioskFolder()
{
    const QString trail = m_dir.filePath(QStringLiteral("audit.jsonl"));
    AuditScenario::write(trail, AuditScenario::november2026());
    AuditLog log(trail);
    QTemporaryDir exports;
    AuditReportDialog dialog(&log, log.head(), exports.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportFromDate"))->setDate(QDate(2026, 11, 1));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportToDate"))->setDate(QDate(2026, 11, 30));
    dialog.findChild<QComboBox *>(QStringLiteral("reportFormat"))->setCurrentIndex(1);
    dialog.findChild<QSpinBox *>(QStringLiteral("reportThreshold"))->setValue(4);
    dialog.findChild<QCheckBox *>(QStringLiteral("reportPseudonymise"))->setChecked(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reportCreateButton")), Qt::LeftButton);

    const QString path = exports.filePath(QStringLiteral("vigie-report-2026-11-01-2026-11-30.csv"));
    QVERIFY(QFile::exists(path));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QStringLiteral("Recordings,Total,,11")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Audit trail,Verified,,yes"))); // against the head the log kept
    QVERIFY(csv.contains(QStringLiteral("Agents recorded often,A01,,5")));
    QVERIFY(!csv.contains(QStringLiteral("Léa")));
}

void TestAuditReportDocument::theWindowOffersTheReportInItsAuditMenu()
{
    VigieWindow vigie;
    QTemporaryDir directory;
    MainWindow::Options options;
    options.demo = true;
    QVERIFY(vigie.open(directory.path(), options, false));
    auto *menu = vigie.window->findChild<QMenu *>(QStringLiteral("auditMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("A&udit"));
    QVERIFY(vigie.window->menuBar()->actions().contains(menu->menuAction()));
    vigie.window->findChild<QAction *>(QStringLiteral("actionAuditReport"))->trigger();
    auto *dialog = vigie.window->findChild<AuditReportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A monthly report: the month before this one, when the trail holds nothing more recent.
    const QDate today = QDate::currentDate();
    QCOMPARE(dialog->reportOptions().to, today.addDays(-today.day()));
    QCOMPARE(dialog->reportOptions().from.day(), 1);
    vigie.languages->apply(QStringLiteral("fr"));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Rapport d’audit"));
    QCOMPARE(
        vigie.window->findChild<QAction *>(QStringLiteral("actionAuditReport"))->text(), QStringLiteral("&Rapport…"));
    vigie.close();
}

QTEST_MAIN(TestAuditReportDocument)
#include "tst_auditreportdocument.moc"
