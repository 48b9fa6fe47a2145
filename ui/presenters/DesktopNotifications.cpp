// SPDX-License-Identifier: Apache-2.0
#include "presenters/DesktopNotifications.h"

#include "text/Formatting.h"

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    m_gathering.setSingleShot(true);
    m_gathering.setInterval(kGatherMs);
    connect(&m_gathering, &QTimer::timeout, this, &DesktopNotifications::send);
}

void DesktopNotifications::add(Kind kind, const QString &agentName)
{
    auto gathered
        = std::find_if(m_gathered.begin(), m_gathered.end(), [kind](const auto &names) { return names.first == kind; });
    if (gathered == m_gathered.end()) {
        m_gathered.append({ kind, { agentName } });
    } else {
        gathered->second.append(agentName);
    }
    if (!m_gathering.isActive()) {
        m_gathering.start();
    }
}

void DesktopNotifications::clear()
{
    m_gathering.stop();
    m_gathered.clear();
}

void DesktopNotifications::send()
{
    for (const auto &[kind, names] : std::exchange(m_gathered, {})) {
        const int count = int(names.size());
        switch (kind) {
        case Kind::Ended:
            //: Title of the desktop notification when recordings reach their end
            Q_EMIT notification(tr("%n recording(s) ended", nullptr, count), sentenceFor(kind, names));
            break;
        case Kind::EndingSoon:
            //: Title of the desktop notification shortly before recordings end; %1 is a duration, as "1 min"
            Q_EMIT notification(
                tr("%n recording(s) end within %1", nullptr, count).arg(Formatting::spoken(m_endingWarningSeconds)),
                sentenceFor(kind, names));
            break;
        case Kind::NotStarted:
            //: Title of the desktop notification when CXone refused recordings or could not be reached
            Q_EMIT notification(tr("%n recording(s) did not start", nullptr, count), sentenceFor(kind, names));
            break;
        case Kind::Unconfirmed:
            //: Title of the desktop notification when CXone's answer to a start was lost
            Q_EMIT notification(tr("%n recording(s) not confirmed", nullptr, count), sentenceFor(kind, names));
            break;
        }
    }
}

QString DesktopNotifications::sentenceFor(Kind kind, const QStringList &names) const
{
    constexpr int kNamesShown = 5;
    QString listed = names.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (names.size() > kNamesShown) {
        listed += QStringLiteral(", …");
    }
    switch (kind) {
    case Kind::Ended:
        return names.size() == 1 ? tr("The recording of %1 has ended.").arg(names.first())
                                 : tr("These recordings have ended: %1.").arg(listed);
    case Kind::EndingSoon:
        return tr("%1. To keep recording, extend them in Vigie.", nullptr, int(names.size())).arg(listed);
    case Kind::NotStarted:
        return tr("Not recorded: %1. The activity log says why.").arg(listed);
    case Kind::Unconfirmed:
        return tr("CXone's answer was lost: %1 may be recording. Vigie keeps asking CXone; you can stop them.")
            .arg(listed);
    }
    return {};
}
