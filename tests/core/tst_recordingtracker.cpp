// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingTracker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Active recordings by contactId, their countdowns, and the ledger that outlives the process.
class TestRecordingTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void trackedRecordingIsOnDiskBeforeItIsAnnounced();
    void countdownRoundsUp();
    void countdownsTickWhileRecordingsKeepArriving();
    void wallClockJumpsNeitherEndNorStretchACountdown_data();
    void wallClockJumpsNeitherEndNorStretchACountdown();
    void theSavedEndFollowsTheWallClockAsItStandsAtEachSave();
    void elapsedRecordingMovesToHistory();
    void stoppedRecordingIsKeptInHistory();
    void restartRestoresRunningAndClosesElapsed();
    void aStopOfAnotherStationsRecordingIsKeptUntilItCouldNoLongerRun();
    void aStopOfAnotherStationsRecordingOutlivesARestartWithinItsGrace_data();
    void aStopOfAnotherStationsRecordingOutlivesARestartWithinItsGrace();
    void largeContactIdsSurviveTheRoundTrip();
    void damagedLedgerIsSetAsideNotOverwritten_data();
    void damagedLedgerIsSetAsideNotOverwritten();
    void wallClockJumpsWhileClosed_data();
    void wallClockJumpsWhileClosed();
    void oneUnreadableEntryIsSetAsideAndTheOthersRestored_data();
    void oneUnreadableEntryIsSetAsideAndTheOthersRestored();
    void startIntentsAreWrittenOnceAndNotKeptWhenTheWriteFails();
    void unconfirmedStartsEndAtTheirIntendedTime();
    void aRestartedStartIsUnconfirmedOnTheFirstRequestsClock();
    void anEndedContactIdStaysKnownForAGraceMinute();
    void theGraceMinuteGoesOnAfterARestart();
    void unwritableLedgerKeepsTheRecordingAndReports();
    void groupCommitThatCannotBeWrittenWarnsThenRecovers();
    void staleGroupCommitFailureDoesNotOutliveANewerWrite();
    void olderSnapshotNeverReplacesANewerOne();
    void recordingEndedBeforeItsGroupCommitIsNotResurrectedByIt();
    void secondInstanceCannotTakeTheLedger();
    void quittingDuringAGroupCommitStillWritesIt();
    void groupCommitSharesOneWriteAndAnnouncesAfterIt();

private:
    QTemporaryDir m_dir;
    // Two clocks, moved by the tests: the wall clock (which people and restarts go by) and the
    // monotonic one (which countdowns run on). advance() moves both, as time passing does.
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
    void advance(int seconds);
    QString ledgerPath() const;
    QString unwritableLedgerPath(const QString &blockingFile) const;
    TrackedRecording recording(qint64 contactId, const QString &userId, int durationSeconds) const;
    void useClock(RecordingTracker &tracker) const;
};

void TestRecordingTracker::advance(int seconds)
{
    m_now = m_now.addSecs(seconds);
    m_monotonicMs += qint64(seconds) * 1000;
}

QString TestRecordingTracker::ledgerPath() const { return m_dir.filePath(QStringLiteral("recordings.json")); }

// A path below a regular file can never be created: as good as a full disk for QSaveFile.
QString TestRecordingTracker::unwritableLedgerPath(const QString &blockingFile) const
{
    QFile blocker(m_dir.filePath(blockingFile));
    if (!blocker.open(QIODevice::WriteOnly)) {
        qFatal("cannot create %s", qPrintable(blocker.fileName()));
    }
    return blocker.fileName() + QStringLiteral("/recordings.json");
}

TrackedRecording TestRecordingTracker::recording(qint64 contactId, const QString &userId, int durationSeconds) const
{
    TrackedRecording r;
    r.userId = userId;
    r.agentId = 100000 + contactId;
    r.agentName = QStringLiteral("Léa Dupont");
    r.contactId = contactId;
    r.interactionId = QStringLiteral("interaction-%1").arg(contactId);
    r.startedAtUtc = m_now;
    r.durationSeconds = durationSeconds;
    r.startedBy = QStringLiteral("demo-supervisor");
    r.purpose = QStringLiteral("coaching");
    return r;
}

void TestRecordingTracker::useClock(RecordingTracker &tracker) const
{
    tracker.setClocks([this] { return m_monotonicMs; }, [this] { return m_now; });
    tracker.setBootId(QStringLiteral("test-boot"));
}

void TestRecordingTracker::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(ledgerPath());
    m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    m_monotonicMs = 5000000;
}

void TestRecordingTracker::trackedRecordingIsOnDiskBeforeItIsAnnounced()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    bool onDiskWhenAnnounced = false;
    connect(&tracker, &RecordingTracker::recordingAnnounced, this,
        [&] { onDiskWhenAnnounced = RecordingLedger(ledgerPath()).load().contents.active.size() == 1; });
    tracker.track(recording(700000001, QStringLiteral("u-1"), 600));
    QVERIFY(onDiskWhenAnnounced);
    QVERIFY(!tracker.hasUnsavedChanges());
}

void TestRecordingTracker::countdownRoundsUp()
{
    TrackedRecording r = recording(1, QStringLiteral("u"), 90);
    r.deadlineMs = m_monotonicMs + 90000;
    QCOMPARE(r.secondsRemaining(m_monotonicMs), 90);
    QCOMPARE(r.secondsRemaining(m_monotonicMs + 500), 90);
    QCOMPARE(r.secondsRemaining(m_monotonicMs + 89000), 1);
    QCOMPARE(r.secondsRemaining(m_monotonicMs + 90000), 0);
    QCOMPARE(r.secondsRemaining(m_monotonicMs + 500000), 0);
}

// A bulk start announces a recording every fraction of a second: the countdowns still tick.
void TestRecordingTracker::countdownsTickWhileRecordingsKeepArriving()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    QSignalSpy ended(&tracker, &RecordingTracker::recordingEnded);
    tracker.track(recording(1, QStringLiteral("u-1"), 5));
    advance(6);
    for (qint64 contactId = 2; contactId < 12 && ended.isEmpty(); ++contactId) {
        QTest::qWait(300);
        tracker.track(recording(contactId, QStringLiteral("u-%1").arg(contactId), 600));
    }
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(0).value<TrackedRecording>().contactId, 1);
}

void TestRecordingTracker::wallClockJumpsNeitherEndNorStretchACountdown_data()
{
    QTest::addColumn<int>("jumpSeconds");
    QTest::newRow("an hour forward") << 3600;
    QTest::newRow("an hour back") << -3600;
}

void TestRecordingTracker::wallClockJumpsNeitherEndNorStretchACountdown()
{
    QFETCH(int, jumpSeconds);
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.track(recording(1, QStringLiteral("u-1"), 600));
    QSignalSpy ended(&tracker, &RecordingTracker::recordingEnded);
    advance(60);
    m_now = m_now.addSecs(jumpSeconds); // NTP, a supervisor, a daylight-saving bug
    tracker.tick();
    QCOMPARE(ended.count(), 0);
    QCOMPARE(tracker.secondsRemaining(tracker.active().first()), 540);
    QCOMPARE(tracker.endsAtUtc(tracker.active().first()), m_now.addSecs(540));
    advance(540);
    tracker.tick();
    QCOMPARE(ended.count(), 1);
    // What is saved for a restart is where the end now stands on the (moved) wall clock.
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.history.first().contactId, 1);
}

void TestRecordingTracker::theSavedEndFollowsTheWallClockAsItStandsAtEachSave()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.track(recording(1, QStringLiteral("u-1"), 600));
    advance(100);
    m_now = m_now.addSecs(-3600);
    tracker.track(recording(2, QStringLiteral("u-2"), 600)); // any write re-projects the ends
    const auto saved = RecordingLedger(ledgerPath()).load().contents.active;
    QCOMPARE(saved.first().endsAtUtc, m_now.addSecs(500));
}

void TestRecordingTracker::elapsedRecordingMovesToHistory()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.track(recording(1, QStringLiteral("u-1"), 5));
    tracker.track(recording(2, QStringLiteral("u-2"), 60));
    QSignalSpy ended(&tracker, &RecordingTracker::recordingEnded);
    advance(5);
    tracker.tick();
    QCOMPARE(ended.count(), 1);
    const auto endedRecording = ended.first().at(0).value<TrackedRecording>();
    QCOMPARE(endedRecording.contactId, 1);
    QCOMPARE(endedRecording.endReason, TrackedRecording::EndReason::Elapsed);
    QCOMPARE(tracker.active().size(), 1);
    QCOMPARE(tracker.history().size(), 1);
    QVERIFY(tracker.activeForUser(QStringLiteral("u-2")));
    QVERIFY(!tracker.activeForUser(QStringLiteral("u-1")));
}

void TestRecordingTracker::stoppedRecordingIsKeptInHistory()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.track(recording(7, QStringLiteral("u-7"), 600));
    advance(30);
    tracker.finish(7, TrackedRecording::EndReason::Stopped);
    QVERIFY(tracker.active().isEmpty());
    QCOMPARE(tracker.history().first().endReason, TrackedRecording::EndReason::Stopped);
    QCOMPARE(tracker.history().first().endedAtUtc, m_now);
}

void TestRecordingTracker::restartRestoresRunningAndClosesElapsed()
{
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.track(recording(1, QStringLiteral("u-1"), 60));
        tracker.track(recording(2, QStringLiteral("u-2"), 3600));
    }
    advance(600); // Vigie was closed for ten minutes
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    const auto result = tracker.restore();
    QCOMPARE(result.status, RecordingLedger::LoadStatus::Loaded);
    QCOMPARE(tracker.active().size(), 1);
    const TrackedRecording &running = tracker.active().first();
    QCOMPARE(running.contactId, 2);
    QCOMPARE(running.interactionId, QStringLiteral("interaction-2"));
    QCOMPARE(running.purpose, QStringLiteral("coaching"));
    QCOMPARE(tracker.secondsRemaining(running), 3000);
    QCOMPARE(tracker.history().size(), 1);
    QCOMPARE(tracker.history().first().endReason, TrackedRecording::EndReason::EndedWhileClosed);
    // The move to history is itself saved.
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.size(), 1);
}

void TestRecordingTracker::aStopOfAnotherStationsRecordingIsKeptUntilItCouldNoLongerRun()
{
    const auto elsewhere = [this](qint64 contactId, const QString &userId) {
        TrackedRecording held = recording(contactId, userId, 3600);
        held.startedBy = QStringLiteral("claire");
        held.heldByStation = QStringLiteral("QA1");
        return held;
    };
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.keepStopElsewhere(elsewhere(7, QStringLiteral("u-7")), 120, QStringLiteral("bob"));
        tracker.keepStopElsewhere(elsewhere(8, QStringLiteral("u-8")), 3000, QStringLiteral("bob"));
        QCOMPARE(tracker.keptStops().size(), 2);
        QVERIFY(tracker.active().isEmpty()); // not this station's recordings
        // On disk before its Stop leaves.
        const auto onDisk = RecordingLedger(ledgerPath()).load().contents.stopsElsewhere;
        QCOMPARE(onDisk.size(), 2);
        QCOMPARE(onDisk.first().heldByStation, QStringLiteral("QA1"));
        QCOMPARE(onDisk.first().stopRequestedBy, QStringLiteral("bob"));
        QVERIFY(onDisk.first().stopRequested);
    }
    advance(600); // closed for ten minutes: the first ended by itself meanwhile
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.restore();
        // The first is past its grace minute: given up (and audited) by the controller at once.
        QCOMPARE(tracker.keptStops().size(), 2);
        QCOMPARE(tracker.stopsElsewhereEnded().size(), 1);
        QCOMPARE(tracker.stopsElsewhereEnded().first().contactId, 7);
        tracker.forgetStopElsewhere(7);
        const TrackedRecording kept = tracker.keptStops().first();
        QCOMPARE(kept.contactId, 8);
        QCOMPARE(kept.startedBy, QStringLiteral("claire"));
        QCOMPARE(tracker.secondsRemaining(kept), 2400);
        QCOMPARE(RecordingLedger(ledgerPath()).load().contents.stopsElsewhere.size(), 1);
        // Past its end, a grace minute for an answer on its way, then nothing is left to stop.
        advance(2400 + 59);
        QVERIFY(tracker.stopsElsewhereEnded().isEmpty());
        advance(1);
        QCOMPARE(tracker.stopsElsewhereEnded().size(), 1);
        tracker.forgetStopElsewhere(8);
        QVERIFY(!tracker.stopElsewhere(8));
        QVERIFY(tracker.keptStops().isEmpty());
        // Written at once: a crash now cannot send it again.
        QVERIFY(RecordingLedger(ledgerPath()).load().contents.stopsElsewhere.isEmpty());
    }
}

void TestRecordingTracker::aStopOfAnotherStationsRecordingOutlivesARestartWithinItsGrace_data()
{
    QTest::addColumn<bool>("sameBoot");
    QTest::newRow("same boot") << true;
    QTest::newRow("after a reboot") << false;
}

void TestRecordingTracker::aStopOfAnotherStationsRecordingOutlivesARestartWithinItsGrace()
{
    QFETCH(bool, sameBoot);
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        TrackedRecording held = recording(9, QStringLiteral("u-9"), 3600);
        held.heldByStation = QStringLiteral("QA1");
        tracker.keepStopElsewhere(held, 20, QStringLiteral("bob"));
    }
    // The Stop may have reached CXone before the crash: 30 s later its answer is still wanted, and
    // sending it again is what gets it told and audited.
    advance(50);
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    if (!sameBoot) {
        tracker.setBootId(QStringLiteral("next-boot"));
    }
    tracker.restore();
    QCOMPARE(tracker.keptStops().size(), 1);
    QVERIFY(tracker.stopsElsewhereEnded().isEmpty());
    advance(30); // the grace minute from its end, not a new one
    QCOMPARE(tracker.stopsElsewhereEnded().size(), 1);
}

void TestRecordingTracker::largeContactIdsSurviveTheRoundTrip()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.track(recording(Q_INT64_C(9007199254740993), QStringLiteral("u"), 600));
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.first().contactId, Q_INT64_C(9007199254740993));
}

void TestRecordingTracker::damagedLedgerIsSetAsideNotOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray("{\"version\":1,\"active\":[{\"userId\":\"u\",\"contactId\":\"12");
    QTest::newRow("garbage") << QByteArray("\x00\x01\x02 not json", 14);
    QTest::newRow("wrong version") << QByteArray("{\"version\":99,\"active\":[],\"history\":[]}");
    QTest::newRow("active is not a list") << QByteArray("{\"version\":1,\"active\":{}}");
}

void TestRecordingTracker::damagedLedgerIsSetAsideNotOverwritten()
{
    QFETCH(QByteArray, content);
    {
        QFile file(ledgerPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    const auto result = tracker.restore();
    QCOMPARE(result.status, RecordingLedger::LoadStatus::Damaged);
    QVERIFY(!result.setAsidePath.isEmpty());
    QFile setAside(result.setAsidePath);
    QVERIFY(setAside.open(QIODevice::ReadOnly));
    QCOMPARE(setAside.readAll(), content);
    QVERIFY(tracker.active().isEmpty());
    // New recordings are still saved, in a fresh ledger.
    tracker.track(recording(3, QStringLiteral("u-3"), 60));
    QVERIFY(!tracker.hasUnsavedChanges());
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.size(), 1);
    QFile::remove(result.setAsidePath);
}

void TestRecordingTracker::wallClockJumpsWhileClosed_data()
{
    QTest::addColumn<bool>("sameBoot");
    QTest::addColumn<int>("jumpSeconds");
    QTest::addColumn<int>("remaining");
    // On the same boot the saved monotonic deadline holds, whatever the wall clock did.
    QTest::newRow("same boot, clock set back an hour") << true << -3600 << 540;
    QTest::newRow("same boot, clock set forward an hour") << true << 3600 << 540;
    // After a reboot only the wall clock is left: clamped to the recording's duration.
    QTest::newRow("rebooted, clock set back an hour") << false << -3600 << 600;
    QTest::newRow("rebooted, clock set forward an hour") << false << 3600 << 0;
}

void TestRecordingTracker::wallClockJumpsWhileClosed()
{
    QFETCH(bool, sameBoot);
    QFETCH(int, jumpSeconds);
    QFETCH(int, remaining);
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.setBootId(QStringLiteral("boot-1"));
        tracker.track(recording(1, QStringLiteral("u-1"), 600));
    }
    advance(60);
    m_now = m_now.addSecs(jumpSeconds);
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.setBootId(sameBoot ? QStringLiteral("boot-1") : QStringLiteral("boot-2"));
    tracker.restore();
    if (remaining == 0) {
        QVERIFY(tracker.active().isEmpty());
        QCOMPARE(tracker.history().first().endReason, TrackedRecording::EndReason::EndedWhileClosed);
        return;
    }
    QCOMPARE(tracker.secondsRemaining(tracker.active().first()), remaining);
}

void TestRecordingTracker::oneUnreadableEntryIsSetAsideAndTheOthersRestored_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("unknown state") << QByteArray(
        R"({"userId":"u-9","contactId":"9","startedAt":"2026-11-25T09:00:00Z","durationSeconds":600,"state":"paused"})");
    QTest::newRow("without contactId") << QByteArray(
        R"({"userId":"u-9","startedAt":"2026-11-25T09:00:00Z","durationSeconds":600,"state":"running"})");
    QTest::newRow("contactId not a number") << QByteArray(
        R"({"userId":"u-9","contactId":"x9","startedAt":"2026-11-25T09:00:00Z","durationSeconds":600,"state":"running"})");
    QTest::newRow("not an object") << QByteArray("42");
}

void TestRecordingTracker::oneUnreadableEntryIsSetAsideAndTheOthersRestored()
{
    QFETCH(QByteArray, bad);
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.track(recording(1, QStringLiteral("u-1"), 600));
        tracker.track(recording(2, QStringLiteral("u-2"), 600));
    }
    QFile file(ledgerPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    content.replace(QByteArray("\"active\": ["), QByteArray("\"active\": [" + bad + ","));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    const auto result = tracker.restore();
    QCOMPARE(result.status, RecordingLedger::LoadStatus::Loaded);
    QCOMPARE(result.unreadableEntries, 1);
    QCOMPARE(tracker.active().size(), 2);
    QFile setAside(result.setAsidePath);
    QVERIFY(setAside.open(QIODevice::ReadOnly));
    const QByteArray keptAside = setAside.readAll();
    QVERIFY(keptAside.contains("u-9") || keptAside.contains("42"));
    QFile::remove(result.setAsidePath);
}

void TestRecordingTracker::startIntentsAreWrittenOnceAndNotKeptWhenTheWriteFails()
{
    RecordingLedger ledger(unwritableLedgerPath(QStringLiteral("not-a-dir")));
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    QString error;
    QVERIFY(!tracker.notePending({ recording(0, QStringLiteral("u-1"), 60) }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(tracker.pending().isEmpty());
    QVERIFY(!tracker.hasUnsavedChanges());
    QFile::remove(m_dir.filePath(QStringLiteral("not-a-dir")));
}

void TestRecordingTracker::unconfirmedStartsEndAtTheirIntendedTime()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    QString error;
    QVERIFY(tracker.notePending({ recording(0, QStringLiteral("u-1"), 60) }, &error));
    tracker.markUnconfirmed(QStringLiteral("u-1"));
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.pending.first().confirmation,
        TrackedRecording::Confirmation::Unconfirmed);
    QSignalSpy ended(&tracker, &RecordingTracker::recordingEnded);
    advance(59);
    tracker.tick();
    QCOMPARE(ended.count(), 0);
    advance(1);
    tracker.tick();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.first().at(0).value<TrackedRecording>().endReason, TrackedRecording::EndReason::UnconfirmedElapsed);
    QVERIFY(tracker.pending().isEmpty());
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.history.first().endReason,
        TrackedRecording::EndReason::UnconfirmedElapsed);
}

void TestRecordingTracker::aRestartedStartIsUnconfirmedOnTheFirstRequestsClock()
{
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        QString error;
        QVERIFY(tracker.notePending(
            { recording(0, QStringLiteral("u-1"), 600), recording(0, QStringLiteral("u-2"), 30) }, &error));
    }
    advance(120); // killed, and relaunched two minutes later
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.restore();
    QCOMPARE(tracker.pending().size(), 1);
    const TrackedRecording &intent = tracker.pending().first();
    QCOMPARE(intent.userId, QStringLiteral("u-1"));
    QCOMPARE(intent.confirmation, TrackedRecording::Confirmation::Unconfirmed);
    QCOMPARE(tracker.secondsRemaining(intent), 480);
    QCOMPARE(tracker.history().first().endReason, TrackedRecording::EndReason::UnconfirmedElapsed);
}

void TestRecordingTracker::anEndedContactIdStaysKnownForAGraceMinute()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.track(recording(1, QStringLiteral("u-1"), 30));
    advance(30);
    tracker.tick();
    QVERIFY(tracker.recentlyEnded(1));
    advance(59);
    QVERIFY(tracker.recentlyEnded(1));
    advance(2);
    QVERIFY(!tracker.recentlyEnded(1));
}

// Quitting (or a crash) right after a countdown ended must not shorten the grace minute: a
// confirmation may still name that recording, which CXone ends a little after Vigie does.
void TestRecordingTracker::theGraceMinuteGoesOnAfterARestart()
{
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.track(recording(1, QStringLiteral("u-1"), 30));
        tracker.track(recording(2, QStringLiteral("u-2"), 35));
        tracker.track(recording(3, QStringLiteral("u-3"), 25));
        advance(25);
        tracker.finish(3, TrackedRecording::EndReason::Stopped);
        advance(5);
        tracker.tick(); // 1 ends here; 2 is still running when Vigie closes
        QVERIFY(tracker.recentlyEnded(1));
    }
    advance(10);
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.restore();
    QVERIFY(tracker.recentlyEnded(1));
    QVERIFY(tracker.recentlyEnded(2)); // ended while Vigie was closed
    QVERIFY(!tracker.recentlyEnded(3)); // CXone said it ended
    advance(51);
    QVERIFY(!tracker.recentlyEnded(1)); // 61 s after its end
    QVERIFY(tracker.recentlyEnded(2)); // known from the restart on, at the latest
    advance(10);
    QVERIFY(!tracker.recentlyEnded(2));
}

void TestRecordingTracker::unwritableLedgerKeepsTheRecordingAndReports()
{
    RecordingLedger ledger(unwritableLedgerPath(QStringLiteral("not-a-dir")));
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    QSignalSpy failed(&tracker, &RecordingTracker::persistenceFailed);
    QSignalSpy added(&tracker, &RecordingTracker::recordingAnnounced);
    tracker.track(recording(5, QStringLiteral("u-5"), 600));
    QCOMPARE(added.first().at(1).toBool(), false);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(tracker.active().size(), 1);
    QVERIFY(tracker.hasUnsavedChanges());
}

void TestRecordingTracker::groupCommitThatCannotBeWrittenWarnsThenRecovers()
{
    // The group commit is written on its own thread; its failure still reaches the supervisor,
    // and the recording is announced as not saved.
    const QString blocked = m_dir.filePath(QStringLiteral("later-a-dir"));
    RecordingLedger ledger(unwritableLedgerPath(QStringLiteral("later-a-dir")));
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.setGroupCommitMs(5);
    QSignalSpy failed(&tracker, &RecordingTracker::persistenceFailed);
    QSignalSpy restored(&tracker, &RecordingTracker::persistenceRestored);
    QSignalSpy added(&tracker, &RecordingTracker::recordingAnnounced);
    tracker.track(recording(5, QStringLiteral("u-5"), 600));
    QVERIFY(added.wait(2000));
    QCOMPARE(added.first().at(1).toBool(), false);
    QCOMPARE(failed.count(), 1);
    QVERIFY(tracker.hasUnsavedChanges());

    // The disk is back: the next write (here the retry on the tick) says so.
    QVERIFY(QFile::remove(blocked));
    tracker.tick();
    QCOMPARE(restored.count(), 1);
    QVERIFY(!tracker.hasUnsavedChanges());
    QCOMPARE(RecordingLedger(blocked + QStringLiteral("/recordings.json")).load().contents.active.size(), 1);
}

// A group commit that failed (disk full) answers after a newer write succeeded: the
// recording is on disk, and nobody is told otherwise.
void TestRecordingTracker::staleGroupCommitFailureDoesNotOutliveANewerWrite()
{
    const QString blocked = m_dir.filePath(QStringLiteral("stale-a-dir"));
    RecordingLedger ledger(unwritableLedgerPath(QStringLiteral("stale-a-dir")));
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.setGroupCommitMs(5);
    QSignalSpy failed(&tracker, &RecordingTracker::persistenceFailed);
    QSignalSpy added(&tracker, &RecordingTracker::recordingAnnounced);
    tracker.track(recording(5, QStringLiteral("u-5"), 600));
    QThread::msleep(20);
    QCoreApplication::processEvents(); // the group commit timer fires: written (and failing) on the writer
    QThread::msleep(200); // its answer is queued, not yet delivered
    QCOMPARE(added.count(), 0);
    QVERIFY(QFile::remove(blocked)); // the disk is back
    tracker.finish(999, TrackedRecording::EndReason::Stopped); // a newer, synchronous write
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(1).toBool(), true);
    QCOMPARE(RecordingLedger(blocked + QStringLiteral("/recordings.json")).load().contents.active.size(), 1);
    QTest::qWait(50); // the stale answer arrives
    QCOMPARE(failed.count(), 0);
    QVERIFY(!tracker.hasUnsavedChanges());
}

void TestRecordingTracker::olderSnapshotNeverReplacesANewerOne()
{
    // A group commit taken before a stop but finishing after the stop's own write.
    RecordingLedger ledger(ledgerPath());
    RecordingLedger::Contents older;
    older.active = { recording(1, QStringLiteral("u-1"), 600), recording(2, QStringLiteral("u-2"), 600) };
    older.generation = 1;
    RecordingLedger::Contents newer;
    newer.active = { recording(2, QStringLiteral("u-2"), 600) };
    newer.generation = 2;
    QString error;
    QVERIFY(ledger.save(newer, &error));
    QVERIFY(ledger.save(older, &error));
    const RecordingLedger::Contents contents = RecordingLedger(ledgerPath()).load().contents;
    QCOMPARE(contents.active.size(), 1);
    QCOMPARE(contents.active.first().contactId, 2);
}

void TestRecordingTracker::recordingEndedBeforeItsGroupCommitIsNotResurrectedByIt()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.setGroupCommitMs(5);
    QSignalSpy added(&tracker, &RecordingTracker::recordingAnnounced);
    QSignalSpy ended(&tracker, &RecordingTracker::recordingEnded);
    tracker.track(recording(1, QStringLiteral("u-1"), 600));
    tracker.track(recording(2, QStringLiteral("u-2"), 600));
    QTest::qWait(20); // the group commit is on its way on the writer's thread, or written
    tracker.finish(1, TrackedRecording::EndReason::Stopped);
    QCOMPARE(added.count(), 2); // announced as started before being announced as ended
    QCOMPARE(ended.count(), 1);
    QTest::qWait(50); // whatever the writer still had to say arrives
    QCOMPARE(added.count(), 2);
    const RecordingLedger::Contents contents = RecordingLedger(ledgerPath()).load().contents;
    QCOMPARE(contents.active.size(), 1);
    QCOMPARE(contents.active.first().contactId, 2);
}

void TestRecordingTracker::secondInstanceCannotTakeTheLedger()
{
    RecordingLedger first(ledgerPath());
    QString holder;
    QVERIFY(first.tryLock(&holder));
    RecordingLedger second(ledgerPath());
    QVERIFY(!second.tryLock(&holder));
    QVERIFY(holder.contains(QString::number(QCoreApplication::applicationPid())));
}

void TestRecordingTracker::quittingDuringAGroupCommitStillWritesIt()
{
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.setGroupCommitMs(60000);
        tracker.track(recording(1, QStringLiteral("u-1"), 600));
    } // Vigie quits before the commit timer fires
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.size(), 1);
}

void TestRecordingTracker::groupCommitSharesOneWriteAndAnnouncesAfterIt()
{
    RecordingLedger ledger(ledgerPath());
    RecordingTracker tracker(&ledger);
    useClock(tracker);
    tracker.setGroupCommitMs(30);
    QSignalSpy added(&tracker, &RecordingTracker::recordingAnnounced);
    for (int i = 1; i <= 5; ++i) {
        tracker.track(recording(i, QStringLiteral("u-%1").arg(i), 600));
    }
    QCOMPARE(added.count(), 0);
    QVERIFY(tracker.activeForUser(QStringLiteral("u-3"))); // counts at once for the one-per-agent rule
    QVERIFY(tracker.activeByContact(5));
    QVERIFY(added.wait(1000));
    QCOMPARE(added.count(), 5);
    QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.size(), 5);
    QCOMPARE(tracker.active().size(), 5);
}

QTEST_GUILESS_MAIN(TestRecordingTracker)
#include "tst_recordingtracker.moc"
