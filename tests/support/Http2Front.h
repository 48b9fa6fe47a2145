// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

// Debian's nginx as a TLS and HTTP/2 front for the simulator, which Qt HttpServer 6.4 cannot make
// speak HTTP/2: what CXone's own edge looks like to a station. The simulator behind it keeps adding
// the round trip and the link's bandwidth to each answer, so the front only changes the protocol.
// Each request the front passes on takes a kept-alive upstream connection of its own, so streams
// multiplexed on one HTTP/2 connection are not queued behind each other on the way to the simulator.
class Http2Front
{
public:
    // The port is chosen at once, so the simulator behind can be told the front's address first.
    Http2Front()
        : m_port(freePort())
    {
    }
    Http2Front(const Http2Front &) = delete;
    Http2Front &operator=(const Http2Front &) = delete;
    ~Http2Front()
    {
        // A single process (master_process off): nothing is left behind it.
        m_nginx.kill();
        m_nginx.waitForFinished(5000);
    }

    // Serves https://127.0.0.1:port() with this certificate, in front of http://127.0.0.1:upstreamPort.
    // False, with whyNot(), when nginx is missing or does not come up.
    bool start(quint16 upstreamPort, const QString &certificatePath, const QString &keyPath)
    {
        const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
            { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin") });
        if (nginx.isEmpty()) {
            m_whyNot = QStringLiteral("nginx is not installed (apt-get install nginx, or bash scripts/install-deps.sh "
                                      "--with-tests)");
            return false;
        }
        if (!m_dir.isValid() || m_port == 0) {
            m_whyNot = QStringLiteral("no folder or port for nginx");
            return false;
        }
        QFile configuration(m_dir.filePath(QStringLiteral("nginx.conf")));
        if (!configuration.open(QIODevice::WriteOnly)) {
            m_whyNot = QStringLiteral("cannot write %1").arg(configuration.fileName());
            return false;
        }
        configuration.write(QStringLiteral(R"(daemon off;
master_process off;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 4096; }
http {
    log_format protocol '$server_protocol $connection $request_method $uri $status';
    access_log %1/access.log protocol;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    upstream simulator {
        server 127.0.0.1:%2;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:%3 ssl http2;
        ssl_certificate %4;
        ssl_certificate_key %5;
        ssl_protocols TLSv1.2 TLSv1.3;
        http2_max_concurrent_streams 128;
        keepalive_requests 100000;
        location / {
            proxy_pass http://simulator;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_buffering off;
            proxy_request_buffering off;
            proxy_read_timeout 600s;
        }
    }
}
)")
                                .arg(m_dir.path())
                                .arg(upstreamPort)
                                .arg(m_port)
                                .arg(certificatePath, keyPath)
                                .toUtf8());
        configuration.close();
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(nginx,
            { QStringLiteral("-p"), m_dir.path(), QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                QStringLiteral("-c"), configuration.fileName() });
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (m_nginx.state() == QProcess::NotRunning) {
                break;
            }
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(200)) {
                return true;
            }
            QThread::msleep(50);
        }
        m_nginx.kill();
        m_nginx.waitForFinished(5000);
        m_whyNot = QStringLiteral("nginx did not start: %1 %2")
                       .arg(QString::fromLocal8Bit(m_nginx.readAll()).trimmed(), errorLog().trimmed());
        return false;
    }

    QString whyNot() const { return m_whyNot; }
    quint16 port() const { return m_port; }
    // The front's address under the host name its certificate names.
    QUrl url(const QString &host) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPort(m_port);
        return url;
    }
    // One line per request the front answered: protocol, connection number, method, path, status
    // ("HTTP/2.0 3 GET /path 200").
    QStringList accessLog() const
    {
        QFile log(m_dir.filePath(QStringLiteral("access.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts)
                                             : QStringList();
    }
    QString errorLog() const
    {
        QFile log(m_dir.filePath(QStringLiteral("error.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }
    // The front's process, whose CPU time a bench reads.
    qint64 processId() const { return m_nginx.processId(); }

private:
    static quint16 freePort()
    {
        QTcpServer server;
        return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
    }

    QTemporaryDir m_dir;
    QProcess m_nginx;
    quint16 m_port;
    QString m_whyNot;
};
