// SPDX-License-Identifier: Apache-2.0
#include "audit/SyslogTarget.h"

#include <QUrl>

QString SyslogTarget::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Tcp:
    case Kind::Udp:
        break;
    }
    const QString scheme = kind == Kind::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return scheme + QStringLiteral("://") + shownHost + QLatin1Char(':') + QString::number(port);
}

std::optional<SyslogTarget> SyslogTarget::parse(const QString &text, QString *error)
{
    SyslogTarget target;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return target;
    }
    if (trimmed == QLatin1String("local")) {
#ifdef Q_OS_UNIX
        target.kind = Kind::Local;
        return target;
#else
        *error = QStringLiteral(
            "Audit/SyslogServer=local needs a Unix system log; use tcp://host:port or udp://host:port");
        return std::nullopt;
#endif
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("tcp") && scheme != QLatin1String("udp")) || url.host().isEmpty()
        || url.port() <= 0 || !url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty()) {
        *error = QStringLiteral("Audit/SyslogServer must be tcp://host:port, udp://host:port or local, not \"%1\"")
                     .arg(trimmed);
        return std::nullopt;
    }
    target.kind = scheme == QLatin1String("tcp") ? Kind::Tcp : Kind::Udp;
    target.host = url.host();
    target.port = quint16(url.port());
    return target;
}
