// SPDX-License-Identifier: Apache-2.0
#pragma once

// Maps slider positions to recording durations. A linear slider over 5 s – 12,600 s would move
// by 39 s per pixel on a 320 px slider; this scale steps by 1 s up to a minute, by 10 s up to
// ten minutes, then by a minute, and still lands exactly on both ends (5 s and 3 h 30).
namespace DurationScale {
int lastPosition();
int secondsAt(int position);
// The position whose duration is closest to seconds (for durations typed between two steps).
int nearestPosition(int seconds);
} // namespace DurationScale
