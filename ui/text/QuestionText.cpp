// SPDX-License-Identifier: Apache-2.0
#include "text/QuestionText.h"

#include "registry/RegistryEvent.h"
#include "system/SystemClock.h"
#include "text/RecordingText.h"

QString QuestionText::stopElsewhereTitle()
{
    //: Title of the question asked before stopping recordings that another Vigie station started
    return tr("Stop another station's recording?");
}

QString QuestionText::stopElsewhereQuestion(const QVector<SiteRecording> &recordings)
{
    QStringList lines;
    const qint64 now = SystemClock::sinceBootMs();
    for (const SiteRecording &recording : recordings) {
        lines.append(QStringLiteral("• %1 — %2").arg(recording.agentName, RecordingText::elsewhere(recording, now)));
    }
    return tr("%n recording(s) were started by another supervisor at another station:", nullptr, int(recordings.size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Stopping ends them for the whole site. The audit trail records the stop under your name.");
}

QString QuestionText::stopElsewhereButton()
{
    //: Button of the question asked before stopping recordings that another Vigie station started
    return tr("&Stop them");
}

QString QuestionText::teamRecordingOffTitle()
{
    //: Title of the question asked before recording agents whose team has screen recording off
    return tr("Screen recording is off for their team");
}

QString QuestionText::teamRecordingOffQuestion(const QStringList &agentNames)
{
    constexpr int kNamesShown = 10;
    QString names = agentNames.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (agentNames.size() > kNamesShown) {
        names += QStringLiteral(", …");
    }
    return tr("Screen recording is turned off in CXone for the team of %n agent(s): %1.\n\nCXone will likely refuse "
              "to record them, or record nothing. Start anyway?",
        nullptr, int(agentNames.size()))
        .arg(names);
}
