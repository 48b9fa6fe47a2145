#include "text/RecordingText.h"

#include "recording/RecordingController.h"
#include "recording/TrackedRecording.h"

QString RecordingText::unconfirmed(const TrackedRecording &intent, const RecordingController &controller)
{
    if (!intent.stopRequested) {
        return tr("May be recording — confirming with CXone…");
    }
    if (!controller.mayAskAbout(intent)) {
        //: %1 is the supervisor who started the recording
        return tr("Unconfirmed: stopping when %1 signs in again").arg(intent.startedBy);
    }
    return tr("Unconfirmed: stopping once CXone answers");
}
