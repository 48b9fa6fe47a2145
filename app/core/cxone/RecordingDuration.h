// SPDX-License-Identifier: Apache-2.0
#pragma once

// The bounds of recordingDuration, inclusive (docs/cxone-contract.md#recording-duration). NICE's page calls 13,200 s
// "3 h 30", but 13,200 s is 3 h 40 min: the API accepts up to 13,200, and that number is what the
// client checks before any request, so nothing it sends (a ledger entry resumed, a confirmation)
// is ever out of contract. The product's design limits what a supervisor can choose to 3 h 30,
// 12,600 s: the slider, the exact entry, the presets and Extend stop there.
namespace RecordingDuration {
constexpr int kMinimumSeconds = 5;
constexpr int kMaximumSeconds = 13200; // the API's bound
constexpr int kLongestOffered = 3 * 3600 + 30 * 60; // the UI's bound, 3 h 30
constexpr int kDefaultSeconds = 15 * 60;
static_assert(kLongestOffered <= kMaximumSeconds, "the UI must never offer what the API refuses");

constexpr bool isValid(int seconds) { return seconds >= kMinimumSeconds && seconds <= kMaximumSeconds; }
constexpr bool isOffered(int seconds) { return seconds >= kMinimumSeconds && seconds <= kLongestOffered; }
} // namespace RecordingDuration
