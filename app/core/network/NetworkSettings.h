// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

class QSettings;

/** @short How this station reaches CXone: which proxy, and which CAs it trusts beside the system's ([Network]). */
struct NetworkSettings
{
    enum class Proxy {
        System, // the system's settings: https_proxy, http_proxy and no_proxy on Linux, the system's and PAC elsewhere
        None, // straight to CXone, whatever the system says
        Given, // every CXone request through proxyUrl
    };
    Proxy proxy = Proxy::System;
    QUrl proxyUrl; // http://host:port
    // A PEM bundle of CAs trusted by Vigie alone, beside the system store (a TLS-inspecting
    // proxy's CA where the administrator cannot install it system-wide); empty: none.
    QString caFile;

    // Reads the group; empty when it is valid, else why not.
    QString readFrom(QSettings &settings);
    // For the whole process, before any connection: every QNetworkAccessManager follows it.
    // Empty when applied, else why not (a CA file that cannot be read holds no certificate).
    QString apply() const;
};
