// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditHead.h"
#include "recording/TrackedRecording.h"
#include "system/WriterLock.h"

#include <QJsonArray>
#include <QMutex>
#include <QString>
#include <QVector>

#include <atomic>

// The file that keeps every recording Vigie must still be able to stop, and every start still
// awaiting CXone's answer. Written atomically (QSaveFile, then the folder synced) before success
// is reported; a damaged file is set aside, never overwritten, and one unreadable entry is set
// aside on its own while the others are restored.
class RecordingLedger
{
public:
    struct Contents
    {
        // Starts whose contactId is not known: written before the request leaves, so a crash in
        // between cannot lose a recording CXone went on to create; kept while the answer is lost.
        QVector<TrackedRecording> pending;
        QVector<TrackedRecording> active;
        QVector<TrackedRecording> history;
        // Other stations' recordings this station's supervisor asked CXone to stop, not answered
        // yet: sent again, like this station's own Stops, when that supervisor signs in.
        QVector<TrackedRecording> stopsElsewhere;
        // The audit trail's head when this was written: a trail later found shorter, or with
        // another entry at that position, lost its tail (vigie --verify-audit).
        AuditHead auditHead;
        // The boot the monotonic deadlines were taken on: only then do they still hold.
        QString bootId;
        // The writer's count of its snapshots (not written to the file): a snapshot older than
        // one already on disk is not written, so a group commit finishing late on its thread
        // cannot put back what a newer write removed. 0: always written.
        quint64 generation = 0;
    };
    enum class LoadStatus { NoFile, Loaded, Damaged };
    struct LoadResult
    {
        LoadStatus status = LoadStatus::NoFile;
        Contents contents;
        QString setAsidePath; // where a damaged file, or the unreadable entries, were kept
        int unreadableEntries = 0; // entries set aside from a file that was otherwise read
        QString error;
    };

    explicit RecordingLedger(const QString &filePath);
    ~RecordingLedger();

    // recordings.json in folder; by default the user's data folder.
    static QString defaultFilePath(const QString &folder = {});
    QString filePath() const { return m_filePath; }

    // One writer only: a second Vigie on the same ledger would lose the first one's recordings.
    bool tryLock(QString *holderDescription);
    LoadResult load();
    // Safe to call from several threads; calls are written one after the other.
    bool save(const Contents &contents, QString *error);
    // The generation of the newest snapshot on disk; read without waiting for a write under way.
    quint64 newestSaved() const { return m_newestSaved; }

    // Reads a ledger's bytes: Loaded with what could be read (unreadable entries kept in
    // *unreadable), or Damaged with the reason in error.
    static LoadResult parse(const QByteArray &bytes, QJsonArray *unreadable);

private:
    QString setAsidePath(const QString &kind) const;

    QString m_filePath;
    WriterLock m_lock;
    bool m_damagedInPlace = false;
    QMutex m_saving;
    std::atomic<quint64> m_newestSaved { 0 };
};
