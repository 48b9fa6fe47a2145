// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

// The clock recordings (and the PIN lockout) are counted on: milliseconds since the system booted, suspend included
// (CXone keeps recording while a station sleeps), never moved by wall-clock changes, and the same
// for every process of one boot, so a deadline saved before a crash still holds after it.
namespace SystemClock {
qint64 sinceBootMs();
// Identifies the current boot; empty where the system does not say (then only the wall clock
// can place a recording again after a restart).
QString bootId();
} // namespace SystemClock
