// SPDX-License-Identifier: Apache-2.0
#include "shell/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
{
}

QString Appearance::settingsName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Theme Appearance::fromSettingsName(const QString &name)
{
    if (name == QLatin1String("light")) {
        return Theme::Light;
    }
    if (name == QLatin1String("dark")) {
        return Theme::Dark;
    }
    return Theme::System;
}

void Appearance::apply(Theme theme)
{
    m_current = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // Fusion draws the same on every desktop, so both palettes look as designed.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == Theme::Dark) {
        const QColor window(0x2b, 0x2d, 0x30);
        const QColor base(0x1e, 0x1f, 0x22);
        const QColor text(0xe8, 0xea, 0xed);
        const QColor disabledText(0x8a, 0x8d, 0x91);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
        palette.setColor(QPalette::HighlightedText, Qt::black);
        palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        palette.setColor(QPalette::PlaceholderText, disabledText);
        for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
            palette.setColor(QPalette::Disabled, role, disabledText);
        }
    }
    QApplication::setPalette(palette);
}

void Appearance::disableAnimations()
{
    for (auto effect : { Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip,
             Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox }) {
        QApplication::setEffectEnabled(effect, false);
    }
}
