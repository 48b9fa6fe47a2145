// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditForwarder.h"
#include "audit/AuditLog.h"
#include "dialogs/AuditHistoryDialog.h"
#include "recording/RecordingLedger.h"
#include "report/AuditReportDocument.h"
#include "station/PinThrottle.h"
#include "system/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Evidence and personal data are readable by the station's account only, on a real file system:
// every file Vigie writes them to is 0600, every folder it creates for them 0700, and an older
// file or data folder left wider is narrowed.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void ledgerIsPrivate();
    void auditTrailIsPrivate();
    void purgedTrailStaysPrivate();
    void deliveryMarkIsPrivate();
    void pinAttemptsArePrivate();
    void exportsArePrivate();
    void olderWiderFileIsNarrowed();
    void dataFolderIsNarrowed();
    void givenFolderIsLeftAsItIs();
    void aDeviceIsNeverNarrowed();

private:
    QTemporaryDir m_dir;
    QString m_root; // a fresh folder below m_dir for each test, not yet created

    // The mode bits as the file system holds them, not as Qt's permission flags translate them.
    static int modeOf(const QString &path)
    {
        struct stat status = {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    }
    static AuditEntry entry(const QDateTime &at)
    {
        AuditEntry e;
        e.atUtc = at;
        e.action = vigie::AuditAction::Start;
        e.result = vigie::AuditResult::Started;
        e.supervisor = QStringLiteral("key-7");
        e.agentName = QStringLiteral("Noé Martin");
        e.purpose = QStringLiteral("coaching");
        return e;
    }
    QString evidencePath(const QString &name) const { return m_root + QStringLiteral("/Vigie/") + name; }
};

void TestPrivateFiles::init()
{
    QVERIFY(m_dir.isValid());
    static int run = 0;
    m_root = m_dir.filePath(QStringLiteral("run-%1").arg(++run));
}

void TestPrivateFiles::ledgerIsPrivate()
{
    RecordingLedger ledger(evidencePath(QStringLiteral("recordings.json")));
    QString holder;
    QVERIFY(ledger.tryLock(&holder));
    QString error;
    QVERIFY2(ledger.save({}, &error), qPrintable(error));
    QCOMPARE(modeOf(evidencePath(QStringLiteral("recordings.json"))), 0600);
    QCOMPARE(modeOf(m_root + QStringLiteral("/Vigie")), 0700);
    QCOMPARE(modeOf(m_root), 0700);
}

void TestPrivateFiles::auditTrailIsPrivate()
{
    AuditLog log(evidencePath(QStringLiteral("audit.jsonl")));
    QString error;
    QVERIFY2(log.append(entry(QDateTime::currentDateTimeUtc()), &error), qPrintable(error));
    QCOMPARE(modeOf(evidencePath(QStringLiteral("audit.jsonl"))), 0600);
    QCOMPARE(modeOf(m_root + QStringLiteral("/Vigie")), 0700);
}

void TestPrivateFiles::purgedTrailStaysPrivate()
{
    const QString path = evidencePath(QStringLiteral("audit.jsonl"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        AuditLog log(path);
        QString error;
        QVERIFY2(log.append(entry(now.addDays(-400)), &error), qPrintable(error));
        QVERIFY2(log.append(entry(now.addDays(-1)), &error), qPrintable(error));
    }
    // The purge rewrites the file through QSaveFile, which would give the new file the umask's mode.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    AuditLog log(path);
    QCOMPARE(log.purgeOlderThan(180, now, QStringLiteral("key-7")).status, AuditLog::PurgeStatus::Purged);
    QCOMPARE(modeOf(path), 0600);
}

void TestPrivateFiles::deliveryMarkIsPrivate()
{
    AuditLog log(evidencePath(QStringLiteral("audit.jsonl")));
    QString error;
    QVERIFY2(log.append(entry(QDateTime::currentDateTimeUtc()), &error), qPrintable(error));
    SyslogTarget local;
    local.kind = SyslogTarget::Kind::Local;
    AuditForwarder forwarder(&log, local, AuditForwarder::kDefaultCheckpointEvery);
    forwarder.start();
    QCOMPARE(forwarder.delivered(), 1);
    QCOMPARE(modeOf(AuditForwarder::markPathFor(log.filePath())), 0600);
}

void TestPrivateFiles::pinAttemptsArePrivate()
{
    PinThrottle throttle(evidencePath(QStringLiteral("pin-attempts.json")));
    QVERIFY(throttle.beginAttempt());
    QCOMPARE(modeOf(evidencePath(QStringLiteral("pin-attempts.json"))), 0600);
    QCOMPARE(modeOf(m_root + QStringLiteral("/Vigie")), 0700);
}

void TestPrivateFiles::exportsArePrivate()
{
    QVERIFY(QDir().mkpath(m_root));
    AuditLog log(evidencePath(QStringLiteral("audit.jsonl")));
    QString error;
    QVERIFY2(log.append(entry(QDateTime::currentDateTimeUtc()), &error), qPrintable(error));

    const AuditHistoryDialog history(&log, QString());
    const QString csv = m_root + QStringLiteral("/vigie-audit.csv");
    QCOMPARE(history.exportTo(csv), QString());
    QCOMPARE(modeOf(csv), 0600);

    AuditReport::Options options;
    options.from = QDate::currentDate().addDays(-1);
    options.to = QDate::currentDate().addDays(1);
    const AuditReport::Figures figures = AuditReport::compute(log, {}, options);
    for (const auto format : { AuditReportDocument::Format::Csv, AuditReportDocument::Format::Pdf }) {
        const QString report = m_root + QStringLiteral("/report-%1").arg(int(format));
        QCOMPARE(AuditReportDocument::write(figures, format, report), QString());
        QCOMPARE(modeOf(report), 0600);
    }
}

void TestPrivateFiles::olderWiderFileIsNarrowed()
{
    const QString path = evidencePath(QStringLiteral("recordings.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile older(path);
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QString error;
    QVERIFY2(RecordingLedger(path).save({}, &error), qPrintable(error));
    QCOMPARE(modeOf(path), 0600);

    const QString trail = evidencePath(QStringLiteral("audit.jsonl"));
    QVERIFY(QFile(trail).open(QIODevice::WriteOnly));
    QVERIFY(::chmod(QFile::encodeName(trail).constData(), 0666) == 0);
    AuditLog log(trail);
    QVERIFY2(log.append(entry(QDateTime::currentDateTimeUtc()), &error), qPrintable(error));
    QCOMPARE(modeOf(trail), 0600);
}

void TestPrivateFiles::dataFolderIsNarrowed()
{
    const QString folder = m_root + QStringLiteral("/Vigie");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(PrivateFile::makePrivateFolder(folder));
    QCOMPARE(modeOf(folder), 0700);
}

void TestPrivateFiles::givenFolderIsLeftAsItIs()
{
    // A --ledger in a folder the administrator shares: the folder is theirs, the file is private.
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(::chmod(QFile::encodeName(m_root).constData(), 0755) == 0);
    QString error;
    QVERIFY2(RecordingLedger(m_root + QStringLiteral("/ledger.json")).save({}, &error), qPrintable(error));
    QCOMPARE(modeOf(m_root), 0755);
    QCOMPARE(modeOf(m_root + QStringLiteral("/ledger.json")), 0600);
}

// Run as root (CI is), narrowing /dev/null's mode took it away from every other account.
void TestPrivateFiles::aDeviceIsNeverNarrowed()
{
    const QString device = QStringLiteral("/dev/null");
    const int before = modeOf(device);
    AuditLog log(device);
    QString error;
    const bool appended = log.append(entry(QDateTime::currentDateTimeUtc()), &error);
    const int after = modeOf(device);
    if (after != before) {
        ::chmod(QFile::encodeName(device).constData(), mode_t(before)); // put the machine back first
    }
    QCOMPARE(after, before);
    QVERIFY(!appended);
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
}

QTEST_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
