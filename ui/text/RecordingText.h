// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

struct Agent;
struct TrackedRecording;
struct SiteRecording;
class RecordingController;

// The words for a start CXone never confirmed, the same in the agent list and in the list of
// active recordings.
class RecordingText
{
    Q_DECLARE_TR_FUNCTIONS(RecordingText)
public:
    // What is being done about it: confirming it, stopping it once CXone answers, or waiting for
    // a sign-in: of the supervisor who started it (asking under anyone else's key could start a
    // recording in their name), or, to stop it, of any supervisor whose scope holds the agent.
    static QString unconfirmed(const TrackedRecording &intent, const RecordingController &controller);
    // A Stop a sign-out or a quit kept from reaching CXone: what it waits for; empty when there
    // is none, or when it is on its way.
    static QString keptStop(const TrackedRecording &recording, const RecordingController &controller);
    // Another station's recording (or claim) of the agent, as the site registry shows it:
    // "Recorded by claire (QA-2) until 12:35".
    static QString elsewhere(const SiteRecording &recording, qint64 monotonicNowMs);
    // Whether NICE screen recording is on for the agent's team, as CXone's /teams says.
    static QString teamRecording(const Agent &agent);
};
