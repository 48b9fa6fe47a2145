// SPDX-License-Identifier: Apache-2.0
#include "widgets/DurationScale.h"

#include "cxone/RecordingDuration.h"

#include <QtGlobal>

namespace {
struct Segment
{
    int fromSeconds;
    int stepSeconds;
    int steps;
};
constexpr Segment kSegments[] = {
    { RecordingDuration::kMinimumSeconds, 1, 60 - RecordingDuration::kMinimumSeconds },
    { 60, 10, (600 - 60) / 10 },
    { 600, 60, (RecordingDuration::kLongestOffered - 600) / 60 },
};
static_assert(600 + 60 * ((RecordingDuration::kLongestOffered - 600) / 60) == RecordingDuration::kLongestOffered,
    "the last segment must end exactly on the longest duration offered");
} // namespace

int DurationScale::lastPosition()
{
    int total = 0;
    for (const Segment &segment : kSegments) {
        total += segment.steps;
    }
    return total;
}

int DurationScale::secondsAt(int position)
{
    position = qBound(0, position, lastPosition());
    for (const Segment &segment : kSegments) {
        if (position <= segment.steps) {
            return segment.fromSeconds + position * segment.stepSeconds;
        }
        position -= segment.steps;
    }
    return RecordingDuration::kLongestOffered;
}

int DurationScale::nearestPosition(int seconds)
{
    seconds = qBound(RecordingDuration::kMinimumSeconds, seconds, RecordingDuration::kLongestOffered);
    int offset = 0;
    for (const Segment &segment : kSegments) {
        const int segmentEnd = segment.fromSeconds + segment.steps * segment.stepSeconds;
        if (seconds <= segmentEnd) {
            const int stepsIn = (seconds - segment.fromSeconds + segment.stepSeconds / 2) / segment.stepSeconds;
            return offset + stepsIn;
        }
        offset += segment.steps;
    }
    return lastPosition();
}
