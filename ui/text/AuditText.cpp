// SPDX-License-Identifier: Apache-2.0
#include "text/AuditText.h"

#include "audit/AuditCsv.h"

QString AuditText::action(vigie::AuditAction action)
{
    switch (action) {
    case vigie::AuditAction::Start:
        return tr("Start");
    case vigie::AuditAction::Stop:
        return tr("Stop");
    case vigie::AuditAction::Extend:
        return tr("Extend");
    case vigie::AuditAction::End:
        return tr("End");
    case vigie::AuditAction::Forget:
        //: Audit action: the supervisor removed a recording Vigie could no longer account for
        return tr("Forget");
    case vigie::AuditAction::Purge:
        return tr("Retention purge");
    case vigie::AuditAction::Recover:
        //: Audit action: Vigie settled what a crash left behind
        return tr("Recovery");
    case vigie::AuditAction::Notice:
        //: Audit action: the recording policy's notice, confirmed once a day before recording
        return tr("Daily notice");
    case vigie::AuditAction::Policy:
        //: Audit action: the works council's recording policy in force on the station, recorded when it changes
        return tr("Recording policy");
    }
    return {};
}

QString AuditText::result(vigie::AuditResult result)
{
    switch (result) {
    case vigie::AuditResult::Requested:
        //: Audit result: the start was asked of CXone; its outcome is in a later entry
        return tr("Asked of CXone");
    case vigie::AuditResult::Started:
        return tr("Started");
    case vigie::AuditResult::AlreadyRecording:
        return tr("Already recording");
    case vigie::AuditResult::Failed:
        return tr("Failed");
    case vigie::AuditResult::Unknown:
        return tr("Answer lost: may be recording");
    case vigie::AuditResult::Confirmed:
        //: Audit result: a start whose answer was lost turned out to be recording
        return tr("Confirmed recording");
    case vigie::AuditResult::Refused:
        //: Audit result: CXone refused the request
        return tr("Refused");
    case vigie::AuditResult::RefusedByPolicy:
        //: Audit result: the works council's recording policy did not allow the start; nothing was sent
        return tr("Refused by the recording policy");
    case vigie::AuditResult::Cancelled:
        //: Audit result: a start asked for that was never sent to CXone
        return tr("Not sent");
    case vigie::AuditResult::Stopped:
        return tr("Stopped");
    case vigie::AuditResult::AlreadyEnded:
        return tr("Had already ended");
    case vigie::AuditResult::EndedByItself:
        return tr("Ended by itself");
    case vigie::AuditResult::EndedWhileClosed:
        return tr("Ended while Vigie was closed");
    case vigie::AuditResult::UnconfirmedEndedByTime:
        return tr("Never confirmed; its time has passed");
    case vigie::AuditResult::Forgotten:
        //: Audit result of Forget
        return tr("Forgotten");
    case vigie::AuditResult::Purged:
        return tr("Old entries removed");
    case vigie::AuditResult::Recovered:
        //: Audit result of Recovery
        return tr("Recovered");
    case vigie::AuditResult::Acknowledged:
        //: Audit result: the supervisor confirmed the recording policy's daily notice
        return tr("Confirmed by the supervisor");
    case vigie::AuditResult::InForce:
        //: Audit result of Recording policy: the policy in the entry applies from then on
        return tr("In force");
    }
    return {};
}

QStringList AuditText::csvHeaders()
{
    QStringList headers(AuditCsv::ColumnCount);
    headers[AuditCsv::At] = tr("Date and time");
    headers[AuditCsv::Action] = tr("Action");
    headers[AuditCsv::Result] = tr("Result");
    headers[AuditCsv::Supervisor] = tr("Supervisor");
    headers[AuditCsv::Agent] = tr("Agent");
    headers[AuditCsv::UserId] = tr("CXone user-id");
    headers[AuditCsv::Team] = tr("Team");
    headers[AuditCsv::Duration] = tr("Duration (s)");
    headers[AuditCsv::Purpose] = tr("Purpose");
    headers[AuditCsv::Scope] = tr("Supervisor scope");
    headers[AuditCsv::ContactId] = tr("Contact ID");
    headers[AuditCsv::Detail] = tr("Detail");
    return headers;
}
