// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/RecordingText.h"

#include "recording/RecordingController.h"
#include "recording/TrackedRecording.h"

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
    if (!recording.stopRequested || controller.isPending(recording.userId)) {
        return {};
    }
    if (controller.isSignedIn() && controller.supervisor() == recording.stopRequestedBy) {
        return tr("Stop not answered: trying again");
    }
    //: %1 is the supervisor who pressed Stop
    return tr("Stop kept: sent when %1 signs in again").arg(recording.stopRequestedBy);
}
