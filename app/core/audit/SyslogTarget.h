// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

// Where audit entries go when they leave the station, from Audit/SyslogServer:
// tcp://host:port (RFC 6587 octet counting), udp://host:port, or local (the system log).
struct SyslogTarget
{
    enum class Kind { None, Tcp, Udp, Local };

    Kind kind = Kind::None;
    QString host;
    quint16 port = 0;

    bool isEnabled() const { return kind != Kind::None; }
    QString toString() const;
    // Empty text disables forwarding. On an unusable text, *error says why in words.
    static std::optional<SyslogTarget> parse(const QString &text, QString *error);
};
