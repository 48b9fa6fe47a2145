// SPDX-License-Identifier: Apache-2.0
#include "station/PinThrottle.h"

#include "logging/LogRedaction.h"
#include "system/PrivateFile.h"
#include "system/SystemClock.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kFormatVersion = 1;
constexpr qint64 kLongestLockoutMs = qint64(std::chrono::milliseconds(PinThrottle::kLongestLockout).count());
} // namespace

PinThrottle::Instant PinThrottle::Instant::now()
{
    // The boot clock, not a monotonic one that stops in suspend: a station suspended overnight
    // has served its lockout.
    static const QByteArray bootId = SystemClock::bootId().toLatin1();
    Instant instant;
    instant.utcMs = QDateTime::currentMSecsSinceEpoch();
    instant.bootId = bootId;
    instant.sinceBootMs = SystemClock::sinceBootMs();
    return instant;
}

PinThrottle::PinThrottle(const QString &filePath, Clock clock)
    : m_filePath(filePath)
    , m_clock(std::move(clock))
{
    load();
}

QString PinThrottle::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pin-attempts.json");
}

std::chrono::seconds PinThrottle::lockoutAfter(int failures)
{
    if (failures < kFreeAttempts) {
        return std::chrono::seconds(0);
    }
    // Capped before shifting: 30 s doubled 7 times already exceeds the longest lockout.
    const int doublings = qMin(failures - kFreeAttempts, 7);
    return qMin(kFirstLockout * (1 << doublings), kLongestLockout);
}

std::chrono::milliseconds PinThrottle::remainingLockout() const
{
    if (m_lockoutMs <= 0) {
        return std::chrono::milliseconds(0);
    }
    const Instant now = m_clock();
    const qint64 remaining = !now.bootId.isEmpty() && now.bootId == m_bootId ? m_untilSinceBootMs - now.sinceBootMs
                                                                             : m_untilUtcMs - now.utcMs;
    return std::chrono::milliseconds(qBound<qint64>(0, remaining, m_lockoutMs));
}

bool PinThrottle::beginAttempt()
{
    load(); // another dialog, or another Vigie of this user, may have counted attempts since
    if (remainingLockout().count() > 0) {
        return false;
    }
    ++m_failures;
    const Instant now = m_clock();
    m_lockoutMs = qint64(std::chrono::milliseconds(lockoutAfter(m_failures)).count());
    m_bootId = now.bootId;
    m_untilSinceBootMs = now.sinceBootMs + m_lockoutMs;
    m_untilUtcMs = now.utcMs + m_lockoutMs;
    save();
    return true;
}

void PinThrottle::forgive()
{
    m_failures = 0;
    m_lockoutMs = 0;
    m_untilSinceBootMs = 0;
    m_untilUtcMs = 0;
    save();
}

void PinThrottle::load()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // no file: no failure yet
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("version")).toInt() != kFormatVersion) {
        // A damaged count is not a reason to let guesses through: keep what this run knows.
        qCWarning(lcStation) << "the PIN attempt count in" << m_filePath << "is unreadable";
        return;
    }
    m_failures = qMax(0, root.value(QLatin1String("failures")).toInt());
    m_lockoutMs = qBound<qint64>(0, root.value(QLatin1String("lockoutMs")).toInteger(), kLongestLockoutMs);
    m_bootId = root.value(QLatin1String("bootId")).toString().toLatin1();
    m_untilSinceBootMs = root.value(QLatin1String("untilSinceBootMs")).toInteger();
    m_untilUtcMs = root.value(QLatin1String("untilUtcMs")).toInteger();
}

void PinThrottle::save() const
{
    QSaveFile file(m_filePath);
    const QJsonObject root { { QStringLiteral("version"), kFormatVersion }, { QStringLiteral("failures"), m_failures },
        { QStringLiteral("lockoutMs"), m_lockoutMs }, { QStringLiteral("bootId"), QString::fromLatin1(m_bootId) },
        { QStringLiteral("untilSinceBootMs"), m_untilSinceBootMs }, { QStringLiteral("untilUtcMs"), m_untilUtcMs } };
    if (!PrivateFile::open(file) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        // The lockout still holds for this run; only a restart could shorten it.
        qCWarning(lcStation) << "cannot save the PIN attempt count to" << m_filePath << ":" << file.errorString();
    }
}
