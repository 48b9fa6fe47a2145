// SPDX-License-Identifier: Apache-2.0
#include "system/SystemClock.h"

#include <QDeadlineTimer>
#include <QFile>

#include <ctime>

qint64 SystemClock::sinceBootMs()
{
#ifdef CLOCK_BOOTTIME
    timespec now {};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    }
#endif
    return QDeadlineTimer::current().deadline();
}

QString SystemClock::bootId()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (file.open(QIODevice::ReadOnly)) {
        return QString::fromLatin1(file.readAll().trimmed());
    }
#endif
    return {};
}
