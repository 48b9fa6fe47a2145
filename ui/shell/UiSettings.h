// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/Appearance.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What the supervisor chose and Vigie remembers between runs (language, theme, last duration,
// window layout), each under one key that only this class spells. Administrator settings are
// not here: they come from the configuration through LaunchOptions.
class UiSettings
{
public:
    static QString language(); // empty: never chosen
    static void setLanguage(const QString &language);

    static Appearance::Theme theme();
    static void setTheme(Appearance::Theme theme);

    static std::optional<int> durationSeconds();
    static void setDurationSeconds(int seconds);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    // The ID (never the secret) of the key last remembered in the keychain, which a personal
    // station signs in with at start: the keychain keeps one entry per key ID.
    static QString rememberedKeyId();
    static void setRememberedKeyId(const QString &keyId);

    // Desktop notifications and the taskbar alert (never at a kiosk station).
    static bool notificationsEnabled();
    static void setNotificationsEnabled(bool enabled);
    // How long before its end a recording is announced as ending; 0: never.
    static int endingWarningSeconds(int byDefault);
    static void setEndingWarningSeconds(int seconds);

    static QByteArray agentHeader();
    static void setAgentHeader(const QByteArray &state);
};
