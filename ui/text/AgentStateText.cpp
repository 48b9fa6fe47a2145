// SPDX-License-Identifier: Apache-2.0
#include "text/AgentStateText.h"

QString AgentStateText::name(const QString &cxoneState)
{
    if (cxoneState == QLatin1String("Available")) {
        return tr("Available");
    }
    if (cxoneState == QLatin1String("Unavailable")) {
        return tr("Unavailable");
    }
    if (cxoneState == QLatin1String("InboundContact")) {
        return tr("Inbound contact");
    }
    if (cxoneState == QLatin1String("OutboundContact")) {
        return tr("Outbound contact");
    }
    if (cxoneState == QLatin1String("InboundConsult")) {
        return tr("Inbound consult");
    }
    if (cxoneState == QLatin1String("OutboundConsult")) {
        return tr("Outbound consult");
    }
    if (cxoneState == QLatin1String("Dialer")) {
        return tr("Dialer");
    }
    if (cxoneState == QLatin1String("LoggedOut")) {
        return tr("Logged out");
    }
    if (cxoneState == QLatin1String("LoggedIn")) {
        return tr("Logged in");
    }
    if (cxoneState == QLatin1String("Working")) {
        return tr("Working");
    }
    if (cxoneState.isEmpty()) {
        return tr("Unknown");
    }
    return cxoneState;
}
