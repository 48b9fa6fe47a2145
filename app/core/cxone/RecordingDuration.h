#pragma once

// The contract's bounds for recordingDuration: 5 s to 3 h 30, inclusive.
namespace RecordingDuration {
constexpr int kMinimumSeconds = 5;
constexpr int kMaximumSeconds = 13200;
constexpr int kDefaultSeconds = 15 * 60;

constexpr bool isValid(int seconds)
{
    return seconds >= kMinimumSeconds && seconds <= kMaximumSeconds;
}
} // namespace RecordingDuration
