// SPDX-License-Identifier: Apache-2.0
#include "simulator/SimulatorOptions.h"

#include <QStringList>

std::optional<SimulatorFault> SimulatorFault::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty()) {
        return std::nullopt;
    }
    SimulatorFault fault;
    fault.pathContains = parts.at(0);
    QString kind = parts.at(1);
    if (kind.endsWith(QLatin1String("-after"))) {
        fault.actFirst = true;
        kind.chop(6);
    }
    bool ok = false;
    if (kind == QLatin1String("drop")) {
        fault.kind = Kind::Drop;
    } else if (kind == QLatin1String("stall")) {
        fault.kind = Kind::Stall;
    } else if (kind == QLatin1String("trickle")) {
        fault.kind = Kind::Trickle;
        fault.actFirst = true;
    } else if (kind == QLatin1String("flood")) {
        fault.kind = Kind::Flood;
    } else if (kind == QLatin1String("oversized")) {
        fault.kind = Kind::Oversized;
    } else if (kind == QLatin1String("truncate")) {
        fault.kind = Kind::Truncated;
        fault.actFirst = true; // half of a real answer
    } else if (kind == QLatin1String("malformed")) {
        // A success whose body was garbled on the way: CXone did carry the request out.
        fault.status = 200;
        fault.body = "{\"contactId\": ";
        fault.actFirst = true;
    } else {
        fault.status = kind.toInt(&ok);
        if (!ok || fault.status < 100 || fault.status > 599) {
            return std::nullopt;
        }
    }
    if (parts.size() == 3) {
        fault.times = parts.at(2).toInt(&ok);
        if (!ok || fault.times < 1) {
            return std::nullopt;
        }
    }
    return fault;
}
