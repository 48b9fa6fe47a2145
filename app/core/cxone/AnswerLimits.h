// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

// The largest answer Vigie reads for each kind of CXone request. Past it the exchange is
// abandoned while the bytes arrive, so a broken or hostile server (or whoever answers in its
// place) cannot fill the station's memory before an answer is even parsed. Each cap leaves a wide
// margin over the largest real answer of its kind: a cap that cut a real tenant short would be
// an outage.
namespace AnswerLimits {
// A token grant: an access token of a few KB, a refresh token and a handful of fields.
inline constexpr qint64 kToken = 256 * 1024;
// A discovery document names a handful of URLs.
inline constexpr qint64 kDiscovery = 256 * 1024;
// A recording start or stop answers with two IDs at most.
inline constexpr qint64 kRecording = 64 * 1024;
// A page of agents or teams: CXone's agent object runs to about a hundred fields (3 to 5 KB of
// JSON); 32 KB an entry leaves room for long custom fields and names.
inline constexpr qint64 kPerDirectoryEntry = 32 * 1024;
inline constexpr qint64 directoryPage(int pageSize) { return qMax(1, pageSize) * kPerDirectoryEntry; }
// The state list carries every agent at once: about 200 bytes each, 20 MB for a tenant of
// 100,000 agents (docs/performance.md). 80 MB holds four such tenants; the reader parses the
// answer on its own thread, so the cap also bounds what that thread holds.
inline constexpr qint64 kStates = 80 * 1024 * 1024;
} // namespace AnswerLimits
