// SPDX-License-Identifier: Apache-2.0
#include "report/AuditReportText.h"

#include "text/AuditText.h"
#include "text/PolicyText.h"

QString AuditReportText::label(AuditReport::Label label)
{
    using L = AuditReport::Label;
    switch (label) {
    case L::ColumnFigure:
        //: Column of the report's CSV: which figure the row gives
        return tr("Figure");
    case L::ColumnItem:
        //: Column of the report's CSV: the team, supervisor, purpose... the figure is about
        return tr("Item");
    case L::ColumnWeek:
        return tr("Week");
    case L::ColumnValue:
        return tr("Value");
    case L::Period:
        return tr("Period");
    case L::From:
        //: Start of the report's period
        return tr("From");
    case L::To:
        //: End of the report's period
        return tr("To");
    case L::AuditTrail:
        return tr("Audit trail");
    case L::Verified:
        return tr("Verified");
    case L::Yes:
        return tr("yes");
    case L::No:
        return tr("no");
    case L::Reason:
        return tr("Reason");
    case L::Recordings:
        return tr("Recordings");
    case L::Total:
        return tr("Total");
    case L::Extensions:
        return tr("Of which extensions");
    case L::RecordedHours:
        return tr("Recorded time (hours)");
    case L::RecordingsPerTeam:
        return tr("Recordings per team");
    case L::HoursPerTeam:
        return tr("Recorded hours per team");
    case L::RecordingsPerSupervisor:
        return tr("Recordings per supervisor");
    case L::RecordingsPerStation:
        return tr("Recordings per station");
    case L::Purposes:
        return tr("Recordings per purpose");
    case L::Endings:
        return tr("How recordings ended");
    case L::StoppedEarly:
        return tr("Stopped early");
    case L::EndedByTime:
        return tr("Ended when their time was up");
    case L::Extended:
        return tr("Extended");
    case L::Forgotten:
        //: How a recording ended: the supervisor told Vigie to forget it
        return tr("Forgotten");
    case L::EndNotRecorded:
        return tr("Still running, or no end recorded");
    case L::Unconfirmed:
        return tr("Unconfirmed outcomes");
    case L::AnswersLost:
        return tr("Starts whose answer was lost");
    case L::ConfirmedLater:
        return tr("Confirmed as recording later");
    case L::EndedUnconfirmed:
        return tr("Never confirmed, time passed");
    case L::Refusals:
        return tr("Starts refused or failed, by reason");
    case L::FrequentAgents:
        return tr("Agents recorded often");
    case L::Threshold:
        return tr("Listed when recorded more than (times)");
    case L::HoursPerTeamAndWeek:
        return tr("Recorded hours per team and week");
    case L::UnknownTeam:
        return tr("unknown team");
    case L::NoPurpose:
        return tr("no purpose given");
    case L::Pseudonymised:
        return tr("Names pseudonymised");
    case L::Station:
        //: A site's report: one of the stations whose audit trail it covers
        return tr("Station");
    case L::PolicyInForce:
        //: The works council's recording policy, as the administrator set it
        return tr("Recording policy in force");
    case L::MostIn7Days:
        return tr("Most recordings of the agent in 7 days");
    case L::MostIn30Days:
        return tr("Most recordings of the agent in 30 days");
    case L::MostMinutesIn30Days:
        return tr("Most minutes recorded of the agent in 30 days");
    case L::RefusedByPolicy:
        return tr("Starts refused by the recording policy");
    case L::HoursPerPurpose:
        return tr("Recorded hours per purpose");
    case L::LongestHoursPerPurpose:
        return tr("Longest recording per purpose (hours)");
    case L::NoPolicy:
        //: The report's policy section: a stretch of the period when no recording policy was in force
        return tr("No recording policy");
    case L::PolicySetNow:
        //: The report's policy section: the trail records no policy for the period, so the one set now is shown
        return tr("not recorded in the audit trail: the policy set when the report was made");
    }
    return {};
}

AuditReport::Words AuditReportText::words()
{
    return { &AuditReportText::label, &AuditText::result, &PolicyText::refusal };
}

QString AuditReportText::duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    //: Recorded time: hours and minutes, e.g. "12 h 05 min"
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
