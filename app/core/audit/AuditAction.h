// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace vigie {

// What was done to an agent's screen recording, and what came of it. The names are the text
// written to the audit trail and sent to the collector: they never change, so files written by
// any version of Vigie still read and verify. The UI turns these into words (ui/text/AuditText).
enum class AuditAction {
    Start,
    Stop,
    Extend, // a stop, then a start of the same agent for the new duration
    End, // the recording ended without a request: by time, or while Vigie was closed
    Forget, // the supervisor dropped a recording Vigie could no longer account for
    Purge, // the retention period removed old entries
    Recover, // Vigie found and settled the consequences of a crash
    Notice, // the supervisor confirmed the recording policy's daily notice (its text in the detail)
    Policy, // the recording policy in force changed, or was first recorded (its lines in the detail)
};

enum class AuditResult {
    Requested, // written before the request left; what came of it follows in its own entry
    Started,
    AlreadyRecording, // CXone returned a recording already running: nothing new started
    Failed,
    Unknown, // the answer was lost: the agent may be recording
    Confirmed, // an unknown start turned out to be recording
    Refused, // CXone said no (permission, invalid agent...)
    RefusedByPolicy, // the works council's policy did not allow it: nothing was sent (the rule in the detail)
    Cancelled, // a requested start that never left: withdrawn, or dropped when the session ended
    Stopped,
    AlreadyEnded, // stop found the recording had ended before the request
    EndedByItself,
    EndedWhileClosed,
    UnconfirmedEndedByTime, // an unknown start was never confirmed and its time has passed
    Forgotten,
    Purged,
    Recovered,
    Acknowledged, // the supervisor confirmed what the notice says
    InForce, // the policy in the detail applies from now on
};

QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(QStringView name);
QString auditResultName(AuditResult result);
std::optional<AuditResult> auditResultFromName(QStringView name);
// Every result, in the order a filter lists them.
QVector<AuditResult> allAuditResults();

} // namespace vigie

Q_DECLARE_METATYPE(vigie::AuditAction)
Q_DECLARE_METATYPE(vigie::AuditResult)
