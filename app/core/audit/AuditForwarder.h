// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditHead.h"
#include "audit/SyslogFormat.h"
#include "audit/SyslogTarget.h"

#include <QObject>
#include <QTimer>

#include <memory>

class AuditLog;
class QAbstractSocket;

// Sends every audit entry off the station as it is written, so whoever holds the station cannot
// rewrite the trail unseen. The audit file is the queue: a file beside it keeps the number (and
// hash) of the last entry delivered, and whatever follows is sent, in order, once the collector
// can be reached, across restarts. A checkpoint (head count and hash) follows every N-th entry
// and opens each run, so the collector's copy proves what the local file must still contain.
//
// Delivered means: over TCP, written to the connection while it stayed up; over UDP, handed to
// the network (best effort); locally, handed to syslog(3). A crash between sending and noting
// the delivery may send the last batch again; the entry numbers let a reader drop repeats.
class AuditForwarder : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, WaitingToRetry };
    Q_ENUM(State)

    static constexpr int kDefaultCheckpointEvery = 50;

    AuditForwarder(AuditLog *log, const SyslogTarget &target, int checkpointEvery, QObject *parent = nullptr);
    ~AuditForwarder() override;

    // Where the delivery mark lives: beside the trail, "<trail>.sent".
    static QString markPathFor(const QString &trailPath);

    void setRetryIntervalsMs(int first, int maximum);
    // Reads the delivery mark, queues the start-up checkpoint and sends what is waiting.
    void start();
    // Sends the entries up to `head`, which reached the disk; connected to AuditRecorder::appended.
    // An entry is never sent before it is durable on the station.
    void send(const AuditHead &head);

    qint64 delivered() const { return m_delivered; }
    State state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(AuditForwarder::State state);
    void deliveredUpTo(qint64 sequence);
    // For the log, in English like the trail's own reasons: the collector is unreachable,
    // entries were purged before they could be sent...
    void problem(const QString &description);

private:
    struct Unit
    {
        qint64 sequence = 0; // the entry this unit delivers; 0 for the start-up checkpoint
        qint64 endOffset = 0; // in the bytes written to this connection
    };

    void pump();
    void connectSocket();
    void sendOverSocket();
    void sendLocally();
    // The messages that deliver entry `sequence`: the entry, and the checkpoint that follows every N-th.
    QByteArrayList messagesFor(qint64 sequence) const;
    bool catchUpWithPurge();
    void handleBytesWritten(qint64 bytes);
    void handleDisconnected(const QString &reason);
    void saveMark();
    void setState(State state);

    AuditLog *m_log;
    SyslogTarget m_target;
    int m_checkpointEvery;
    SyslogFormat::Origin m_origin;
    std::unique_ptr<QAbstractSocket> m_socket;
    QTimer m_retry;
    int m_firstRetryMs = 1000;
    int m_maximumRetryMs = 60000;
    int m_nextRetryMs = 1000;
    State m_state = State::Idle;
    bool m_started = false;
    bool m_startUpCheckpointPending = false;
    bool m_startUpCheckpointQueued = false; // on the current connection
    AuditHead m_startUpHead;
    qint64 m_durable = 0; // the last entry on disk, as appended() said
    qint64 m_delivered = 0; // the last entry delivered
    qint64 m_queued = 0; // the last entry written to the current connection
    qint64 m_bytesQueued = 0;
    qint64 m_bytesWritten = 0;
    QList<Unit> m_inFlight;
    bool m_reportedOutage = false;
    bool m_localLogOpen = false;
};
