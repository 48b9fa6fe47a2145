// SPDX-License-Identifier: Apache-2.0
#include "shell/UiSettings.h"

#include <QSettings>

namespace {
const QString kLanguageKey = QStringLiteral("General/Language");
const QString kThemeKey = QStringLiteral("View/Theme");
const QString kDurationKey = QStringLiteral("Recording/DurationSeconds");
const QString kGeometryKey = QStringLiteral("Window/Geometry");
const QString kStateKey = QStringLiteral("Window/State");
const QString kAgentHeaderKey = QStringLiteral("Window/AgentHeader");
const QString kNotificationsKey = QStringLiteral("Notifications/Enabled");
const QString kEndingWarningKey = QStringLiteral("Notifications/EndingWarningSeconds");
const QString kRememberedKeyIdKey = QStringLiteral("SignIn/RememberedKeyId");
} // namespace

QString UiSettings::language() { return QSettings().value(kLanguageKey).toString(); }

void UiSettings::setLanguage(const QString &language) { QSettings().setValue(kLanguageKey, language); }

QString UiSettings::rememberedKeyId() { return QSettings().value(kRememberedKeyIdKey).toString(); }

void UiSettings::setRememberedKeyId(const QString &keyId)
{
    if (keyId.isEmpty()) {
        QSettings().remove(kRememberedKeyIdKey);
    } else {
        QSettings().setValue(kRememberedKeyIdKey, keyId);
    }
}

Appearance::Theme UiSettings::theme() { return Appearance::fromSettingsName(QSettings().value(kThemeKey).toString()); }

void UiSettings::setTheme(Appearance::Theme theme) { QSettings().setValue(kThemeKey, Appearance::settingsName(theme)); }

std::optional<int> UiSettings::durationSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(kDurationKey).toInt(&ok);
    return ok ? std::optional<int>(seconds) : std::nullopt;
}

void UiSettings::setDurationSeconds(int seconds) { QSettings().setValue(kDurationKey, seconds); }

QByteArray UiSettings::windowGeometry() { return QSettings().value(kGeometryKey).toByteArray(); }

void UiSettings::setWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometryKey, geometry); }

QByteArray UiSettings::windowState() { return QSettings().value(kStateKey).toByteArray(); }

void UiSettings::setWindowState(const QByteArray &state) { QSettings().setValue(kStateKey, state); }

QByteArray UiSettings::agentHeader() { return QSettings().value(kAgentHeaderKey).toByteArray(); }

void UiSettings::setAgentHeader(const QByteArray &state) { QSettings().setValue(kAgentHeaderKey, state); }

bool UiSettings::notificationsEnabled() { return QSettings().value(kNotificationsKey, true).toBool(); }

void UiSettings::setNotificationsEnabled(bool enabled) { QSettings().setValue(kNotificationsKey, enabled); }

int UiSettings::endingWarningSeconds(int byDefault)
{
    bool ok = false;
    const int seconds = QSettings().value(kEndingWarningKey).toInt(&ok);
    return ok && seconds >= 0 ? seconds : byDefault;
}

void UiSettings::setEndingWarningSeconds(int seconds) { QSettings().setValue(kEndingWarningKey, seconds); }
