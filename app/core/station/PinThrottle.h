// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

// Slows down guessing of the kiosk administrator PIN: a few free attempts, then a lockout that
// doubles with each further failure. The count lives in a file of the user's data folder, not in
// the dialog, so neither Cancel nor restarting Vigie starts the count over.
class PinThrottle
{
public:
    // A moment on two clocks. Within one boot the boot clock decides: it survives restarts of
    // Vigie and setting the wall clock forward does not move it. After a reboot only the wall
    // clock is left, and it may shorten nothing below the lockout that was imposed.
    struct Instant
    {
        QByteArray bootId;
        qint64 sinceBootMs = 0;
        qint64 utcMs = 0;
        static Instant now();
    };
    using Clock = std::function<Instant()>;

    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::seconds kFirstLockout { 30 };
    static constexpr std::chrono::seconds kLongestLockout { 3600 };

    explicit PinThrottle(const QString &filePath = defaultFilePath(), Clock clock = &Instant::now);

    static QString defaultFilePath();
    // How long the station stays locked after this many failures in a row.
    static std::chrono::seconds lockoutAfter(int failures);

    int failures() const { return m_failures; }
    std::chrono::milliseconds remainingLockout() const;
    // Counts the attempt as a failure before the PIN is checked, so ending Vigie during the
    // check wins nothing. False, and nothing counted, while locked out.
    bool beginAttempt();
    // The PIN was right: the count starts over.
    void forgive();

private:
    void load();
    void save() const;

    QString m_filePath;
    Clock m_clock;
    int m_failures = 0;
    qint64 m_lockoutMs = 0; // the lockout imposed by the last failure
    QByteArray m_bootId;
    qint64 m_untilSinceBootMs = 0;
    qint64 m_untilUtcMs = 0;
};
