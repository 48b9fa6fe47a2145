// SPDX-License-Identifier: Apache-2.0
#include "recording/LedgerWriter.h"

#include "logging/LogRedaction.h"

LedgerWriter::LedgerWriter(RecordingLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &LedgerWriter::groupCommitDue);
    m_thread.setMaxThreadCount(1);
}

LedgerWriter::~LedgerWriter() { m_thread.waitForDone(); }

void LedgerWriter::scheduleGroupCommit()
{
    if (!m_commitTimer.isActive()) {
        m_commitTimer.start(m_groupCommitMs);
    }
}

bool LedgerWriter::write(RecordingLedger::Contents contents, QString *error)
{
    const quint64 generation = stamp(&contents);
    QString saveError;
    const bool saved = m_ledger->save(contents, &saveError);
    noteResult(generation, saved, saveError);
    if (error) {
        *error = saveError;
    }
    return saved;
}

bool LedgerWriter::writeOrRefuse(RecordingLedger::Contents contents, QString *error)
{
    const quint64 generation = stamp(&contents);
    if (!m_ledger->save(contents, error)) {
        return false;
    }
    noteResult(generation, true, {}); // the whole state is on disk
    return true;
}

void LedgerWriter::writeInBackground(RecordingLedger::Contents contents, qint64 covers)
{
    stamp(&contents);
    ++m_unansweredWrites;
    m_thread.start([this, ledger = m_ledger, contents, covers] {
        QString error;
        const bool saved = ledger->save(contents, &error);
        QMetaObject::invokeMethod(
            this,
            [this, generation = contents.generation, covers, saved, error] {
                --m_unansweredWrites;
                // A newer snapshot on disk holds whatever this one could not write.
                const bool onDisk = saved || generation < m_ledger->newestSaved();
                noteResult(generation, saved, error);
                Q_EMIT writtenInBackground(covers, onDisk);
            },
            Qt::QueuedConnection);
    });
}

void LedgerWriter::noteResult(quint64 generation, bool saved, const QString &error)
{
    const bool wasDirty = m_dirty;
    if (saved) {
        // Only a snapshot taken after the failed one holds what that one could not write.
        if (wasDirty && generation > m_failedGeneration) {
            m_dirty = false;
            Q_EMIT persistenceRestored();
        }
        return;
    }
    if (generation < m_ledger->newestSaved()) {
        return; // a newer snapshot is on disk: this failure is history
    }
    m_failedGeneration = qMax(m_failedGeneration, generation);
    m_dirty = true;
    qCWarning(lcRecording) << "could not write the recording ledger:" << error;
    if (!wasDirty) {
        Q_EMIT persistenceFailed(error);
    }
}
