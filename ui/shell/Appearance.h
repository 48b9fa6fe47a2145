// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

// Light or dark, or whatever the desktop uses. Vigie's own colours (the connection banner)
// keep their contrast in both, and no state is told by colour alone: icons and words carry it.
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit Appearance(QObject *parent = nullptr);

    void apply(Theme theme);
    Theme current() const { return m_current; }
    static QString settingsName(Theme theme);
    static Theme fromSettingsName(const QString &name);
    // For GUI automation and screenshots: menus, combo boxes and tooltips appear at once.
    static void disableAnimations();

private:
    Theme m_current = Theme::System;
    QString m_systemStyle;
};
