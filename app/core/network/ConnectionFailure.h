// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>

class QNetworkReply;

/** @short Why no safe connection to a server could be made, with what an administrator needs to put it right. */
// A TLS certificate Vigie refuses, a TLS version too old, or a proxy in the way: these are never
// "the network is down", and never something a supervisor may click through. Each names the host
// it is about, the certificate's issuer when one was shown, and the proxy when one was used.
struct ConnectionFailure
{
    enum class Kind {
        None,
        UntrustedCertificate, // no CA Vigie trusts issued it (a TLS-inspecting proxy's own CA, a private CA)
        HostNameMismatch, // issued for another name than the host Vigie asked for
        ExpiredCertificate, // expired, or not valid yet
        TlsVersionRefused, // the server offers no TLS 1.2 or newer with a cipher Vigie accepts
        ProxyRefused, // the proxy could not be reached, or refused the connection
        ProxyAuthenticationRefused, // the proxy wants credentials it was not given, or refused them
    };

    Kind kind = Kind::None;
    QString host; // the server Vigie was reaching
    QString issuer; // who issued the certificate the server showed; empty when it showed none
    QString proxy; // "host:port" of the proxy the request went through; empty: none

    bool isFailure() const { return kind != Kind::None; }
    bool isTls() const;
    // Trying again cannot help: only the administrator can (a CA to install, a server to fix).
    bool isPermanent() const { return isTls(); }
    // In English, for the log.
    QString describe() const;

    // Reads a finished reply with the certificate errors Qt reported on its way.
    static ConnectionFailure fromReply(const QNetworkReply *reply, const QList<QSslError> &certificateErrors);
};

Q_DECLARE_METATYPE(ConnectionFailure)
