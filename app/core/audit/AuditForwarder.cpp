// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditForwarder.h"

#include "audit/AuditLog.h"
#include "system/PrivateFile.h"

#include <QNetworkProxy>
#include <QSaveFile>
#include <QTcpSocket>
#include <QUdpSocket>

#ifdef Q_OS_UNIX
#include <syslog.h>
#endif

namespace {
// Enough to keep the connection busy without holding a large backlog in memory twice.
constexpr qint64 kMaximumBytesInFlight = 1024 * 1024;
} // namespace

AuditForwarder::AuditForwarder(AuditLog *log, const SyslogTarget &target, int checkpointEvery, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_target(target)
    , m_checkpointEvery(qMax(1, checkpointEvery))
    , m_origin(SyslogFormat::Origin::ofThisProcess())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &AuditForwarder::pump);
}

AuditForwarder::~AuditForwarder()
{
    // Quitting: entries still in the recorder's group-commit window are synced here and go now,
    // and what the connection takes is delivered, so the next run does not send it again.
    QString error;
    const bool synced = m_started && m_log->sync(&error);
    if (synced) {
        m_durable = m_log->head().count;
    }
    if (m_socket) {
        // A socket closing in its destructor says so: not to this half-destroyed forwarder.
        m_socket->disconnect(this);
        if (m_target.kind == SyslogTarget::Kind::Tcp && m_socket->state() == QAbstractSocket::ConnectedState) {
            if (synced) {
                sendOverSocket();
            }
            m_socket->flush();
            handleBytesWritten(m_bytesQueued - m_socket->bytesToWrite() - m_bytesWritten);
        }
    }
#ifdef Q_OS_UNIX
    if (m_localLogOpen) {
        if (synced) {
            sendLocally();
        }
        closelog();
    }
#endif
}

QString AuditForwarder::markPathFor(const QString &trailPath) { return trailPath + QStringLiteral(".sent"); }

void AuditForwarder::setRetryIntervalsMs(int first, int maximum)
{
    m_firstRetryMs = first;
    m_maximumRetryMs = qMax(first, maximum);
    m_nextRetryMs = first;
}

void AuditForwarder::start()
{
    if (!m_target.isEnabled()) {
        return;
    }
    const AuditHead head = m_log->head();
    m_delivered = m_log->firstSequence() - 1; // never sent: the whole trail goes
    QFile mark(markPathFor(m_log->filePath()));
    if (mark.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = mark.readAll().trimmed().split(' ');
        const qint64 sequence = fields.value(0).toLongLong();
        const QByteArray hash = fields.value(1);
        m_delivered = qMin(sequence, head.count);
        if (sequence > head.count) {
            Q_EMIT problem(QStringLiteral("The audit trail ends at entry %1, but entry %2 was already sent to the "
                                          "collector: the end of the trail was removed since.")
                               .arg(head.count)
                               .arg(sequence));
        } else if (sequence >= m_log->firstSequence() && m_log->hashAt(sequence) != hash) {
            Q_EMIT problem(QStringLiteral("Entry %1 of the audit trail is not the one sent to the collector: the "
                                          "trail was changed since.")
                               .arg(sequence));
        }
    }
    m_queued = m_delivered;
    m_durable = head.count;
    m_startUpHead = head;
    m_startUpCheckpointPending = !head.isNull();
    m_started = true;
    pump();
}

void AuditForwarder::send(const AuditHead &head)
{
    m_durable = qMax(m_durable, head.count);
    pump();
}

bool AuditForwarder::catchUpWithPurge()
{
    const qint64 first = m_log->firstSequence();
    if (m_delivered >= first - 1) {
        return false;
    }
    Q_EMIT problem(
        QStringLiteral("Entries %1 to %2 of the audit trail were purged before they could be sent to the collector.")
            .arg(m_delivered + 1)
            .arg(first - 1));
    m_delivered = first - 1;
    m_queued = qMax(m_queued, m_delivered);
    return true;
}

void AuditForwarder::pump()
{
    if (!m_started) {
        return;
    }
    if (catchUpWithPurge()) {
        saveMark();
    }
    if (m_target.kind == SyslogTarget::Kind::Local) {
        sendLocally();
        return;
    }
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendOverSocket();
    } else if (!m_socket && !m_retry.isActive()) {
        connectSocket();
    }
}

QByteArrayList AuditForwarder::messagesFor(qint64 sequence) const
{
    QByteArrayList messages;
    const std::optional<QByteArray> line = m_log->line(sequence);
    if (!line) {
        return messages;
    }
    messages.append(SyslogFormat::entryMessage(m_origin, sequence, *line));
    if (sequence % m_checkpointEvery == 0) {
        messages.append(SyslogFormat::checkpointMessage(m_origin, { sequence, m_log->hashAt(sequence) },
            SyslogFormat::CheckpointReason::Interval, QDateTime::currentDateTimeUtc()));
    }
    return messages;
}

void AuditForwarder::connectSocket()
{
    if (m_target.kind == SyslogTarget::Kind::Tcp) {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QAbstractSocket::bytesWritten, this, [this](qint64 bytes) {
            handleBytesWritten(bytes);
            if (m_socket && m_queued < m_durable) {
                sendOverSocket();
            }
        });
    } else {
        m_socket = std::make_unique<QUdpSocket>();
    }
    QAbstractSocket *socket = m_socket.get();
    // Straight to the collector, whatever [Network] Proxy= or the system says for CXone: collectors
    // sit on the site's own network, UDP cannot cross an HTTP proxy, and evidence tunnelled through a
    // proxy that may refuse port 514 would wait for nothing (docs/deployment.md#the-audit-collector).
    socket->setProxy(QNetworkProxy::NoProxy);
    // A collector has nothing to tell Vigie: what it sends is dropped as it arrives, or a hostile
    // one could grow the socket's buffer, which has no limit, until the station runs out of memory.
    connect(socket, &QIODevice::readyRead, this, [socket] {
        qint64 waiting = socket->bytesAvailable();
        while (waiting > 0 && socket->skip(waiting) > 0) {
            waiting = socket->bytesAvailable();
        }
    });
    connect(socket, &QAbstractSocket::connected, this, [this] {
        m_nextRetryMs = m_firstRetryMs;
        m_reportedOutage = false;
        setState(State::Connected);
        sendOverSocket();
    });
    connect(socket, &QAbstractSocket::disconnected, this,
        [this] { handleDisconnected(QStringLiteral("the connection closed")); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        // A UDP collector that is down answers with ICMP: the datagram is lost, as UDP allows.
        if (m_target.kind == SyslogTarget::Kind::Udp && error == QAbstractSocket::ConnectionRefusedError) {
            return;
        }
        handleDisconnected(socket->errorString());
    });
    m_bytesQueued = 0;
    m_bytesWritten = 0;
    m_startUpCheckpointQueued = false;
    setState(State::Connecting);
    socket->connectToHost(m_target.host, m_target.port);
}

void AuditForwarder::sendOverSocket()
{
    const bool tcp = m_target.kind == SyslogTarget::Kind::Tcp;
    const qint64 last = m_durable;
    auto write = [&](const QByteArray &message) {
        const QByteArray bytes = tcp ? SyslogFormat::octetCounted(message) : message;
        if (m_socket->write(bytes) != bytes.size()) {
            return false;
        }
        m_bytesQueued += bytes.size();
        return true;
    };
    if (m_startUpCheckpointPending && !m_startUpCheckpointQueued) {
        if (!write(SyslogFormat::checkpointMessage(
                m_origin, m_startUpHead, SyslogFormat::CheckpointReason::StartUp, QDateTime::currentDateTimeUtc()))) {
            return;
        }
        m_startUpCheckpointQueued = true;
        m_inFlight.append({ 0, m_bytesQueued });
    }
    while (m_queued < last && m_socket->bytesToWrite() < kMaximumBytesInFlight) {
        const qint64 sequence = m_queued + 1;
        const QByteArrayList messages = messagesFor(sequence);
        if (messages.isEmpty()) {
            Q_EMIT problem(QStringLiteral("Entry %1 of the audit trail cannot be read to be sent.").arg(sequence));
            return;
        }
        for (const QByteArray &message : messages) {
            if (!write(message)) {
                return;
            }
        }
        m_queued = sequence;
        m_inFlight.append({ sequence, m_bytesQueued });
    }
    if (!tcp) {
        // Datagrams leave whole or not at all: handed to the network is as delivered as UDP gets.
        handleBytesWritten(m_bytesQueued - m_bytesWritten);
    }
}

void AuditForwarder::handleBytesWritten(qint64 bytes)
{
    m_bytesWritten += bytes;
    const qint64 before = m_delivered;
    while (!m_inFlight.isEmpty() && m_inFlight.constFirst().endOffset <= m_bytesWritten) {
        const Unit unit = m_inFlight.takeFirst();
        if (unit.sequence == 0) {
            m_startUpCheckpointPending = false;
        } else {
            m_delivered = unit.sequence;
        }
    }
    if (m_delivered != before) {
        saveMark();
        Q_EMIT deliveredUpTo(m_delivered);
    }
}

void AuditForwarder::handleDisconnected(const QString &reason)
{
    if (!m_socket) {
        return;
    }
    // What was written but not confirmed goes again on the next connection.
    m_inFlight.clear();
    m_queued = m_delivered;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket.release()->deleteLater();
    if (!m_reportedOutage) {
        m_reportedOutage = true;
        Q_EMIT problem(
            QStringLiteral("The audit collector %1 cannot be reached (%2). Entries wait in the trail and are sent "
                           "when it is back.")
                .arg(m_target.toString(), reason));
    }
    setState(State::WaitingToRetry);
    m_retry.start(m_nextRetryMs);
    m_nextRetryMs = qMin(m_nextRetryMs * 2, m_maximumRetryMs);
}

void AuditForwarder::sendLocally()
{
#ifdef Q_OS_UNIX
    if (!m_localLogOpen) {
        openlog(SyslogFormat::kAppName, LOG_PID | LOG_NDELAY, LOG_AUTHPRIV);
        m_localLogOpen = true;
        setState(State::Connected);
    }
    if (m_startUpCheckpointPending) {
        syslog(LOG_INFO, "%s",
            SyslogFormat::checkpointBody(m_startUpHead, SyslogFormat::CheckpointReason::StartUp).constData());
        m_startUpCheckpointPending = false;
    }
    const qint64 before = m_delivered;
    while (m_delivered < m_durable) {
        const qint64 sequence = m_delivered + 1;
        const std::optional<QByteArray> line = m_log->line(sequence);
        if (!line) {
            Q_EMIT problem(QStringLiteral("Entry %1 of the audit trail cannot be read to be sent.").arg(sequence));
            break;
        }
        syslog(LOG_NOTICE, "%s", SyslogFormat::entryBody(sequence, *line).constData());
        if (sequence % m_checkpointEvery == 0) {
            syslog(LOG_INFO, "%s",
                SyslogFormat::checkpointBody(
                    { sequence, m_log->hashAt(sequence) }, SyslogFormat::CheckpointReason::Interval)
                    .constData());
        }
        m_delivered = sequence;
    }
    m_queued = m_delivered;
    if (m_delivered != before) {
        saveMark();
        Q_EMIT deliveredUpTo(m_delivered);
    }
#endif
}

void AuditForwarder::saveMark()
{
    QSaveFile mark(markPathFor(m_log->filePath()));
    const QByteArray content = QByteArray::number(m_delivered) + ' ' + m_log->hashAt(m_delivered) + '\n';
    if (!PrivateFile::open(mark) || mark.write(content) != content.size() || !mark.commit()) {
        Q_EMIT problem(
            QStringLiteral("The audit trail's delivery mark %1 cannot be written (%2): entries may be sent again "
                           "after a restart.")
                .arg(mark.fileName(), mark.errorString()));
    }
}

void AuditForwarder::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}
