// SPDX-License-Identifier: Apache-2.0
#include "text/RecordingText.h"

#include "cxone/Agent.h"
#include "recording/RecordingController.h"
#include "recording/TrackedRecording.h"
#include "registry/RegistryEvent.h"
#include "text/Formatting.h"

#include <QDateTime>

QString RecordingText::unconfirmed(const TrackedRecording &intent, const RecordingController &controller)
{
    const bool asking = controller.isSignedIn() && controller.mayAskAbout(intent);
    if (!intent.stopRequested) {
        if (asking) {
            return tr("May be recording — confirming with CXone…");
        }
        // Only the supervisor who started it may ask: under another key, asking is starting.
        //: %1 is the supervisor who started the recording
        return tr("May be recording — confirming when %1 signs in again").arg(intent.startedBy);
    }
    if (asking) {
        return tr("Unconfirmed: stopping once CXone answers");
    }
    if (!controller.isSignedIn()) {
        // Its supervisor, or any whose scope holds the agent, will stop it.
        return tr("Unconfirmed: stopping at the next sign-in");
    }
    //: %1 is the supervisor who started the recording
    return tr("Unconfirmed: stopping when %1 signs in again").arg(intent.startedBy);
}

QString RecordingText::keptStop(const TrackedRecording &recording, const RecordingController &controller)
{
    if (!recording.stopRequested || controller.isBusy(recording.userId)) {
        return {};
    }
    if (controller.isSignedIn() && controller.supervisor() == recording.stopRequestedBy) {
        return tr("Stop not answered: trying again");
    }
    //: %1 is the supervisor who pressed Stop
    return tr("Stop kept: sent when %1 signs in again").arg(recording.stopRequestedBy);
}

QString RecordingText::elsewhere(const SiteRecording &recording, qint64 monotonicNowMs)
{
    const QString until
        = Formatting::timeOfDay(QDateTime::currentDateTimeUtc().addSecs(recording.secondsRemaining(monotonicNowMs)));
    switch (recording.state) {
    case SiteRecording::State::Claimed:
        //: Another Vigie station is starting a recording of this agent: supervisor, station
        return tr("Being started by %1 (%2)").arg(recording.supervisor, recording.station);
    case SiteRecording::State::Unconfirmed:
        //: Another station's start whose answer was lost: supervisor, station, latest end time
        return tr("May be recorded by %1 (%2) until %3").arg(recording.supervisor, recording.station, until);
    default:
        //: Another Vigie station records this agent: supervisor, station, end time
        return tr("Recorded by %1 (%2) until %3").arg(recording.supervisor, recording.station, until);
    }
}

QString RecordingText::teamRecording(const Agent &agent)
{
    switch (agent.teamRecording) {
    case Agent::TeamRecording::Enabled:
        return tr("Screen recording is on for this team in CXone.");
    case Agent::TeamRecording::Disabled:
        return tr("Screen recording is turned off for this team in CXone: a recording will likely be refused or "
                  "record nothing.");
    case Agent::TeamRecording::Unknown:
        break;
    }
    return tr("CXone did not say whether screen recording is on for this team.");
}
