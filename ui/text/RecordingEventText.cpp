// SPDX-License-Identifier: Apache-2.0
#include "text/RecordingEventText.h"

#include "cxone/RecordingResults.h"
#include "recording/TrackedRecording.h"
#include "text/Formatting.h"
#include "text/OutcomeText.h"
#include "text/PolicyText.h"

QString RecordingEventText::started(const TrackedRecording &recording, vigie::StartKind kind, const QString &endsAt)
{
    switch (kind) {
    case vigie::StartKind::RecordedElsewhere:
        return tr("%1 is already recorded by %2 from station %3 until %4: nothing new was started.")
            .arg(recording.agentName, recording.startedBy, recording.heldByStation, endsAt);
    case vigie::StartKind::AlreadyRunning:
        return tr("%1 is already being recorded; that recording ends at %2 and was not changed.")
            .arg(recording.agentName, endsAt);
    case vigie::StartKind::Confirmed:
        return tr("CXone confirmed the recording of %1 (contact %2); it ends at %3.")
            .arg(recording.agentName, QString::number(recording.contactId), endsAt);
    case vigie::StartKind::New:
        break;
    }
    return tr("Recording %1 until %2 (contact %3).")
        .arg(recording.agentName, endsAt, QString::number(recording.contactId));
}

QString RecordingEventText::notSaved(const TrackedRecording &recording)
{
    return tr("The recording of %1 is running but could not be saved to disk yet.").arg(recording.agentName);
}

QString RecordingEventText::startFailed(
    const QString &agentName, const StartResult &result, const std::optional<PolicyVerdict> &verdict)
{
    if (result.extendsContactId != 0) {
        // Refused before its stop left: the agent is still recorded, as before the Extend.
        return verdict ? tr("The recording of %1 was not extended and goes on as it was. %2 %3")
                             .arg(agentName, OutcomeText::startFailure(result.outcome), PolicyText::refusal(*verdict))
                       : tr("The recording of %1 was not extended and goes on as it was. %2 (%3)")
                             .arg(agentName, OutcomeText::startFailure(result.outcome), result.detail);
    }
    if (verdict) {
        // Which rule, the agent's count and when it allows again: no code for the supervisor to decipher.
        return tr("Recording of %1 did not start. %2 %3")
            .arg(agentName, OutcomeText::startFailure(result.outcome), PolicyText::refusal(*verdict));
    }
    return tr("Recording of %1 did not start. %2 (%3)")
        .arg(agentName, OutcomeText::startFailure(result.outcome), result.detail);
}

QString RecordingEventText::stopped(const TrackedRecording &recording, vigie::StopKind kind)
{
    return kind == vigie::StopKind::HadAlreadyEnded
        ? tr("The recording of %1 had already ended.").arg(recording.agentName)
        : tr("Recording of %1 stopped.").arg(recording.agentName);
}

QString RecordingEventText::stopFailed(const TrackedRecording &recording, const StopResult &result)
{
    return tr("Recording of %1 could not be stopped. %2 (%3)")
        .arg(recording.agentName, OutcomeText::stopFailure(result.outcome), result.detail);
}

QString RecordingEventText::unconfirmed(
    const TrackedRecording &intent, const StartResult &result, const QString &endsAt)
{
    return tr("CXone's answer about %1 was lost (%2). %1 may be recording: Vigie keeps asking CXone and shows the "
              "recording as unconfirmed until it knows. It cannot go on past %3.")
        .arg(intent.agentName, OutcomeText::shortReason(result.outcome), endsAt);
}

QString RecordingEventText::stopWaits(const TrackedRecording &intent, const QString &endsAt)
{
    return tr("%1 is not in your scope, and CXone never confirmed the recording %2 started: asking CXone again would "
              "start one under your name. The stop is kept and sent when %2 signs in again; until then %1 may be "
              "recorded until %3.")
        .arg(intent.agentName, intent.startedBy, endsAt);
}

QString RecordingEventText::stopsKept(const QVector<TrackedRecording> &recordings)
{
    QStringList names;
    for (const TrackedRecording &recording : recordings) {
        names.append(recording.agentName);
    }
    return tr("CXone has not answered %n Stop(s) yet: %1. Vigie keeps them and sends them when you sign in again; "
              "until then these recordings go on.",
        nullptr, int(recordings.size()))
        .arg(names.mid(0, 20).join(QStringLiteral(", ")));
}

QString RecordingEventText::stopLeftUnanswered(const TrackedRecording &recording)
{
    return tr("No answer came from CXone to the Stop of %1's recording, started by %2 from station %3, before "
              "that recording reached its end: whether it stopped early is not known.")
        .arg(recording.agentName, recording.startedBy, recording.heldByStation);
}

QString RecordingEventText::stoppedElsewhere(
    const TrackedRecording &recording, const QString &supervisor, const QString &station)
{
    return tr("The recording of %1 was stopped by %2 from station %3.").arg(recording.agentName, supervisor, station);
}

QString RecordingEventText::ended(const TrackedRecording &recording)
{
    if (recording.endReason == TrackedRecording::EndReason::UnconfirmedElapsed) {
        return tr("CXone never confirmed the recording of %1. Had it started, it has now ended by itself.")
            .arg(recording.agentName);
    }
    if (recording.endReason == TrackedRecording::EndReason::Forgotten) {
        return tr("Vigie no longer asks CXone about %1. If CXone did start that recording, it goes on until %2 and "
                  "cannot be stopped from Vigie.")
            .arg(recording.agentName, Formatting::timeOfDay(recording.endsAtUtc));
    }
    if (recording.endReason != TrackedRecording::EndReason::Elapsed) {
        return {};
    }
    return tr("The recording of %1 has ended.").arg(recording.agentName);
}

QString RecordingEventText::endingSoon(const QStringList &agentNames, int warningSeconds)
{
    //: %1 is a duration, as "1 min" or "2 min 30 s"
    return tr("%n recording(s) will end within %1: %2. Extend them to keep recording.", nullptr, int(agentNames.size()))
        .arg(Formatting::spoken(warningSeconds), agentNames.mid(0, 20).join(QStringLiteral(", ")));
}

QString RecordingEventText::batchFinished(const BatchSummary &summary)
{
    QStringList failures;
    for (const BatchSummary::Failure &failure : summary.failures) {
        //: One failed request in the batch summary: agent name (short reason)
        failures.append(tr("%1 (%2)").arg(failure.agentName, OutcomeText::shortReason(failure.outcome)));
    }
    QString text = tr("Done: %n request(s) succeeded out of %1", nullptr, summary.succeeded).arg(summary.requested)
        + QStringLiteral(", ") + tr("%n failed", nullptr, int(summary.failures.size())) + QStringLiteral(", ")
        + tr("%n cancelled.", nullptr, summary.cancelled);
    if (!failures.isEmpty()) {
        text += QLatin1Char(' ') + tr("Failed: %1.").arg(failures.mid(0, 20).join(QStringLiteral(", ")));
    }
    if (!summary.unconfirmed.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("%n may be recording, being confirmed with CXone: %1.", nullptr, int(summary.unconfirmed.size()))
                  .arg(summary.unconfirmed.mid(0, 20).join(QStringLiteral(", ")));
    }
    return text;
}
