#include "recording/RecordingTracker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Active recordings by contactId, their countdowns, and the ledger that outlives the process.
class TestRecordingTracker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now;

    QString ledgerPath() const { return m_dir.filePath(QStringLiteral("recordings.json")); }

    TrackedRecording recording(qint64 contactId, const QString &userId, int durationSeconds) const
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

    void useClock(RecordingTracker &tracker) const
    {
        tracker.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(ledgerPath());
        m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    }

    void trackedRecordingIsOnDiskBeforeItIsAnnounced()
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        bool onDiskWhenAnnounced = false;
        connect(&tracker, &RecordingTracker::recordingAdded, this,
            [&] { onDiskWhenAnnounced = RecordingLedger(ledgerPath()).load().contents.active.size() == 1; });
        tracker.track(recording(700000001, QStringLiteral("u-1"), 600));
        QVERIFY(onDiskWhenAnnounced);
        QVERIFY(!tracker.hasUnsavedChanges());
    }

    void countdownIsComputedFromWallClock()
    {
        const TrackedRecording r = recording(1, QStringLiteral("u"), 90);
        QCOMPARE(r.secondsRemaining(m_now), 90);
        QCOMPARE(r.secondsRemaining(m_now.addMSecs(500)), 90); // rounded up
        QCOMPARE(r.secondsRemaining(m_now.addSecs(89)), 1);
        QCOMPARE(r.secondsRemaining(m_now.addSecs(90)), 0);
        QCOMPARE(r.secondsRemaining(m_now.addSecs(500)), 0);
    }

    void elapsedRecordingMovesToHistory()
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.track(recording(1, QStringLiteral("u-1"), 5));
        tracker.track(recording(2, QStringLiteral("u-2"), 60));
        QSignalSpy ended(&tracker, &RecordingTracker::recordingEnded);
        m_now = m_now.addSecs(5);
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

    void stoppedRecordingIsKeptInHistory()
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.track(recording(7, QStringLiteral("u-7"), 600));
        m_now = m_now.addSecs(30);
        tracker.finish(7, TrackedRecording::EndReason::Stopped);
        QVERIFY(tracker.active().isEmpty());
        QCOMPARE(tracker.history().first().endReason, TrackedRecording::EndReason::Stopped);
        QCOMPARE(tracker.history().first().endedAtUtc, m_now);
    }

    void restartRestoresRunningAndClosesElapsed()
    {
        {
            RecordingLedger ledger(ledgerPath());
            RecordingTracker tracker(&ledger);
            useClock(tracker);
            tracker.track(recording(1, QStringLiteral("u-1"), 60));
            tracker.track(recording(2, QStringLiteral("u-2"), 3600));
        }
        m_now = m_now.addSecs(600); // Vigie was closed for ten minutes
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
        QCOMPARE(running.secondsRemaining(m_now), 3000);
        QCOMPARE(tracker.history().size(), 1);
        QCOMPARE(tracker.history().first().endReason, TrackedRecording::EndReason::EndedWhileClosed);
        // The move to history is itself saved.
        QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.size(), 1);
    }

    void largeContactIdsSurviveTheRoundTrip()
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.track(recording(Q_INT64_C(9007199254740993), QStringLiteral("u"), 600));
        QCOMPARE(RecordingLedger(ledgerPath()).load().contents.active.first().contactId, Q_INT64_C(9007199254740993));
    }

    void damagedLedgerIsSetAsideNotOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"active\":[{\"userId\":\"u\",\"contactId\":\"12");
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02 not json", 14);
        QTest::newRow("wrong version") << QByteArray("{\"version\":99,\"active\":[],\"history\":[]}");
        QTest::newRow("entry without contactId") << QByteArray(
            "{\"version\":1,\"active\":[{\"userId\":\"u\",\"startedAt\":\"2026-11-25T09:00:00Z\"}],\"history\":[]}");
    }

    void damagedLedgerIsSetAsideNotOverwritten()
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

    void unwritableLedgerKeepsTheRecordingAndReports()
    {
        const QString blocked = m_dir.filePath(QStringLiteral("not-a-dir"));
        QFile blocker(blocked);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A path below a regular file can never be created: as good as a full disk for QSaveFile.
        RecordingLedger ledger(blocked + QStringLiteral("/recordings.json"));
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        QSignalSpy failed(&tracker, &RecordingTracker::persistenceFailed);
        QSignalSpy added(&tracker, &RecordingTracker::recordingAdded);
        tracker.track(recording(5, QStringLiteral("u-5"), 600));
        QCOMPARE(added.first().at(1).toBool(), false);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(tracker.active().size(), 1);
        QVERIFY(tracker.hasUnsavedChanges());
    }

    void secondInstanceCannotTakeTheLedger()
    {
        RecordingLedger first(ledgerPath());
        QString holder;
        QVERIFY(first.tryLock(&holder));
        RecordingLedger second(ledgerPath());
        QVERIFY(!second.tryLock(&holder));
        QVERIFY(holder.contains(QString::number(QCoreApplication::applicationPid())));
    }

    void groupCommitSharesOneWriteAndAnnouncesAfterIt()
    {
        RecordingLedger ledger(ledgerPath());
        RecordingTracker tracker(&ledger);
        useClock(tracker);
        tracker.setGroupCommitMs(30);
        QSignalSpy added(&tracker, &RecordingTracker::recordingAdded);
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
};

QTEST_GUILESS_MAIN(TestRecordingTracker)
#include "tst_recordingtracker.moc"
