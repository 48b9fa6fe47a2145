// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <functional>
#include <optional>

// One request the controller has for CXone.
struct RecordingJob
{
    enum class Kind { Start, Confirm, Stop };
    Kind kind = Kind::Start;
    QString userId;
    QString agentName;
    int durationSeconds = 0; // what is asked of CXone
    qint64 contactId = 0; // stop: the recording to stop
    int extendToSeconds = 0; // stop: start again for this long once stopped
    bool inBatch = true; // counts in the supervisor's batch (confirmations run in the background)
    // Who asked: the audit trail names them, and a request is sent only under their key.
    QString supervisor;
};

// The requests waiting for CXone and those on their way: one at a time per agent ("busy" from
// queued to answered), and no more in flight than the connections allow, so a start for a whole
// team neither floods CXone nor the connection pool.
class RecordingJobQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 6; // QNetworkAccessManager's connections per host

    explicit RecordingJobQueue(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    int concurrency() const { return m_concurrency; }
    bool isBusy(const QString &userId) const { return m_busyUsers.contains(userId); }
    int busyCount() const { return int(m_busyUsers.size()); }

    void append(const RecordingJob &job);
    // The truth about a recording comes before new work.
    void prepend(const RecordingJob &job);
    // The next job to send, now in flight, while a connection is free.
    std::optional<RecordingJob> takeNextToSend();
    // The job whose answer came: its agent is free again.
    RecordingJob finish(const QString &userId);
    // Removes the waiting jobs `which` selects (never those in flight) and returns them; their
    // agents stay busy until release(), so the caller can settle what they leave behind first.
    QVector<RecordingJob> drop(const std::function<bool(const RecordingJob &)> &which);
    void release(const QString &userId) { setBusy(userId, false); }

Q_SIGNALS:
    void busyChanged(const QString &userId, bool busy);

private:
    void setBusy(const QString &userId, bool busy);

    int m_concurrency = kDefaultConcurrency;
    QQueue<RecordingJob> m_waiting;
    QHash<QString, RecordingJob> m_inFlight; // by user-id
    QSet<QString> m_busyUsers; // waiting or in flight
};
