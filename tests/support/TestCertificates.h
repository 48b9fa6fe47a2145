// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

// A private CA made at test time with the openssl command (Debian's openssl package), and server
// certificates it issues: what a corporate CA or a TLS-inspecting proxy shows a station. Nothing is
// checked in, so no certificate in the repository ever expires or leaks a key.
class TestCertificates
{
public:
    struct Issued
    {
        QSslCertificate certificate;
        QSslKey key;
        QString pemPath;
        QString keyPath;
    };

    explicit TestCertificates(const QString &caName = QStringLiteral("Vigie Test Corporate CA"))
        : m_caName(caName)
    {
        m_ok = m_dir.isValid() && !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()
            && run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), path(QStringLiteral("ca.key")), QStringLiteral("-out"), caPath(),
                QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-subj"),
                QStringLiteral("/O=Vigie Tests/CN=") + caName });
    }

    bool isValid() const { return m_ok; }
    QString caName() const { return m_caName; }
    QString caPath() const { return path(QStringLiteral("ca.pem")); }
    QSslCertificate ca() const
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caPath());
        return certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
    }

    // A server certificate for these names (DNS names or IP addresses). expired: valid for a month
    // in January 2020 (issued under faketime), long over.
    Issued issue(const QString &name, const QStringList &hostNames, bool expired = false)
    {
        QStringList alternatives;
        for (const QString &host : hostNames) {
            const bool isAddress = !QHostAddress(host).isNull();
            alternatives << (isAddress ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host;
        }
        QFile extensions(path(name + QStringLiteral(".ext")));
        Issued issued;
        if (!extensions.open(QIODevice::WriteOnly)) {
            return issued;
        }
        extensions.write("subjectAltName=" + alternatives.join(u',').toLatin1() + "\n");
        extensions.close();
        issued.pemPath = path(name + QStringLiteral(".pem"));
        issued.keyPath = path(name + QStringLiteral(".key"));
        const bool requested
            = run({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), issued.keyPath, QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                QStringLiteral("-subj"), QStringLiteral("/CN=") + hostNames.value(0) });
        QStringList sign { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), caPath(), QStringLiteral("-CAkey"),
            path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
            expired ? QStringLiteral("30") : QStringLiteral("2"), QStringLiteral("-extfile"), extensions.fileName(),
            QStringLiteral("-out"), issued.pemPath };
        if (expired) {
            sign.prepend(QStringLiteral("openssl"));
            sign.prepend(QStringLiteral("2020-01-01 00:00:00"));
        }
        if (!requested || !run(sign, expired ? QStringLiteral("faketime") : QStringLiteral("openssl"))) {
            return Issued();
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(issued.pemPath);
        QFile keyFile(issued.keyPath);
        if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
            return Issued();
        }
        issued.certificate = certificates.constFirst();
        issued.key = QSslKey(keyFile.readAll(), QSsl::Ec);
        return issued;
    }

    // What a server configured with this certificate offers: TLS 1.2 or newer, as Qt's default.
    static QSslConfiguration serverConfiguration(const Issued &issued)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(issued.certificate);
        configuration.setPrivateKey(issued.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        return configuration;
    }

    QString path(const QString &file) const { return m_dir.filePath(file); }

private:
    bool run(const QStringList &arguments, const QString &program = QStringLiteral("openssl"))
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), process.readAll().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_caName;
    bool m_ok = false;
};
