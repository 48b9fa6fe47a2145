// SPDX-License-Identifier: Apache-2.0
#include "simulator/SimulatorWire.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 425:
        return "Too Early";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void trickle(QTcpSocket *socket, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    socket->write(bytes.left(1));
    // Often enough to keep a transfer timeout from firing, slowly enough to never finish in time.
    QTimer::singleShot(500, socket, [socket, rest = bytes.mid(1)] { trickle(socket, rest); });
}

// The 400 MB discovery answer a station once buffered whole: a client that caps answers stops
// reading long before the end.
constexpr qint64 kFloodBytes = 400 * 1024 * 1024;

void flood(QTcpSocket *socket, int status, bool announceLength, const std::shared_ptr<qint64> &sent)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\n";
    head += announceLength ? "Content-Length: " + QByteArray::number(kFloodBytes) + "\r\n"
                           : QByteArray("Connection: close\r\n");
    socket->write(head + "\r\n");
    // Refilled as the client drains it: the simulator itself holds no more than a few chunks.
    const QByteArray chunk(64 * 1024, ' ');
    auto refill = [socket, sent, chunk, written = qint64(0)]() mutable {
        while (written < kFloodBytes && socket->bytesToWrite() < 4 * chunk.size()
            && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(chunk);
            written += chunk.size();
            *sent += chunk.size();
        }
        if (written >= kFloodBytes) {
            socket->disconnectFromHost();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}
} // namespace

namespace SimulatorWire {

void deliver(QTcpSocket *socket, const SimulatorResponse &response, SimulatorFault::Kind kind, int delayMs,
    const std::shared_ptr<qint64> &bytesFlooded)
{
    QPointer<QTcpSocket> guarded(socket);
    auto send = [guarded, response, kind, bytesFlooded] {
        if (!guarded) {
            return;
        }
        const QByteArray bytes = encode(response);
        switch (kind) {
        case SimulatorFault::Kind::Stall:
            return;
        case SimulatorFault::Kind::Drop:
            guarded->abort();
            return;
        case SimulatorFault::Kind::Truncated:
            guarded->write(bytes.left(bytes.size() - qMax<qsizetype>(1, response.body.size() / 2)));
            guarded->disconnectFromHost();
            return;
        case SimulatorFault::Kind::Trickle:
            trickle(guarded, bytes);
            return;
        case SimulatorFault::Kind::Flood:
        case SimulatorFault::Kind::Oversized:
            flood(guarded, response.status / 100 == 2 ? response.status : 200, kind == SimulatorFault::Kind::Oversized,
                bytesFlooded);
            return;
        case SimulatorFault::Kind::Status:
            guarded->write(bytes);
            return;
        }
    };
    if (delayMs <= 0) {
        send();
    } else {
        QTimer::singleShot(delayMs, socket, send);
    }
}

QByteArray encode(const SimulatorResponse &response)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    const bool hasBody = response.status != 204 && response.status != 304;
    if (hasBody) {
        bytes
            += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (!response.retryAfter.isEmpty()) {
        bytes += "Retry-After: " + response.retryAfter + "\r\n";
    }
    if (!response.location.isEmpty()) {
        bytes += "Location: " + response.location + "\r\n";
    }
    bytes += "\r\n";
    if (hasBody) {
        bytes += response.body;
    }
    return bytes;
}

} // namespace SimulatorWire
