// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVector>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

// How the benchmarks print a figure against its target, and the few measures they share. A
// figure over its target makes the full run fail (the quick one only prints).
namespace BenchFigures {
inline int &failures()
{
    static int count = 0;
    return count;
}

inline void report(const QString &figure, double value, const char *unit, double target, const QString &detail = {})
{
    const bool met = value <= target;
    failures() += met ? 0 : 1;
    std::printf("%-64s %10.2f %-3s (target <= %g %s) %s%s\n", qPrintable(figure), value, unit, target, unit,
        met ? "ok" : "MISSED", detail.isEmpty() ? "" : qPrintable(QStringLiteral("  [") + detail + QLatin1Char(']')));
    std::fflush(stdout);
}

// No sample: a figure far over any target, never a flattering zero.
inline double percentile(QVector<double> samples, double fraction)
{
    if (samples.isEmpty()) {
        return 1e9;
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(qMin(int(samples.size()) - 1, int(std::ceil(fraction * samples.size())) - 1));
}

// This process's CPU time, user and system.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace BenchFigures
