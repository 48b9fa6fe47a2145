// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/SyslogFormat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

// A real rsyslog on loopback, as an audit collector: started by the test as an unprivileged
// process with its own work directory and pid file, listening on TCP and UDP, writing what it
// receives to a file in the RFC 5424 template an administrator would configure for Vigie.
class RsyslogCollector
{
public:
    RsyslogCollector()
    {
        m_executable = QStandardPaths::findExecutable(QStringLiteral("rsyslogd"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin") });
        // Free ports, kept for the collector's whole life so that a restart comes back on them.
        QTcpServer tcp;
        QUdpSocket udp;
        if (tcp.listen(QHostAddress::LocalHost) && udp.bind(QHostAddress::LocalHost, 0)) {
            m_tcpPort = tcp.serverPort();
            m_udpPort = udp.localPort();
        }
    }

    ~RsyslogCollector() { stop(); }

    // Empty when rsyslogd runs; otherwise why not (for QVERIFY2).
    QString start()
    {
        if (m_executable.isEmpty()) {
            return QStringLiteral("rsyslogd is not installed: run scripts/install-deps.sh --with-tests");
        }
        if (!m_dir.isValid() || m_tcpPort == 0 || m_udpPort == 0) {
            return QStringLiteral("no work directory or no free port on loopback");
        }
        QFile config(m_dir.filePath(QStringLiteral("rsyslog.conf")));
        if (!config.open(QIODevice::WriteOnly)) {
            return config.errorString();
        }
        config.write(
            QStringLiteral("global(workDirectory=\"%1\" maxMessageSize=\"64k\")\n"
                           "module(load=\"imtcp\")\n"
                           "module(load=\"imudp\")\n"
                           "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"%2\")\n"
                           "input(type=\"imudp\" address=\"127.0.0.1\" port=\"%3\")\n"
                           "*.* action(type=\"omfile\" file=\"%4\" template=\"RSYSLOG_SyslogProtocol23Format\")\n")
                .arg(m_dir.path())
                .arg(m_tcpPort)
                .arg(m_udpPort)
                .arg(receivedPath())
                .toUtf8());
        config.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(m_executable,
            { QStringLiteral("-n"), QStringLiteral("-f"), config.fileName(), QStringLiteral("-i"),
                m_dir.filePath(QStringLiteral("rsyslogd.pid")) });
        if (!m_process->waitForStarted(5000)) {
            return m_process->errorString();
        }
        // Listening once a connection is accepted.
        const bool listening = QTest::qWaitFor(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_tcpPort);
                return probe.waitForConnected(200) || m_process->state() != QProcess::Running;
            },
            10000);
        if (!listening || m_process->state() != QProcess::Running) {
            return QStringLiteral("rsyslogd did not start listening: %1")
                .arg(QString::fromLocal8Bit(m_process->readAll()));
        }
        return {};
    }

    // SIGTERM, as a service manager stops it: connections close, the file is flushed.
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished();
            }
        }
        m_process.reset();
    }

    QString receivedPath() const { return m_dir.filePath(QStringLiteral("received.log")); }
    quint16 tcpPort() const { return m_tcpPort; }
    quint16 udpPort() const { return m_udpPort; }

    QByteArrayList lines() const
    {
        QFile file(receivedPath());
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QByteArrayList all = file.readAll().split('\n');
        all.removeAll(QByteArray());
        return all;
    }

    QVector<SyslogFormat::Received> received(SyslogFormat::Received::Kind kind) const
    {
        QVector<SyslogFormat::Received> messages;
        for (const QByteArray &line : lines()) {
            const std::optional<SyslogFormat::Received> message = SyslogFormat::parse(line);
            if (message && message->kind == kind) {
                messages.append(*message);
            }
        }
        return messages;
    }

    // The entry numbers received, in the order they arrived.
    QList<qint64> entrySequences() const
    {
        QList<qint64> sequences;
        for (const SyslogFormat::Received &message : received(SyslogFormat::Received::Kind::Entry)) {
            sequences.append(message.parameters.value(QStringLiteral("seq")).toLongLong());
        }
        return sequences;
    }

private:
    QTemporaryDir m_dir;
    QString m_executable;
    quint16 m_tcpPort = 0;
    quint16 m_udpPort = 0;
    std::unique_ptr<QProcess> m_process;
};
