// SPDX-License-Identifier: Apache-2.0
#include "models/ItemIcons.h"

#include <QCoreApplication>
#include <QEvent>

ItemIcons::ItemIcons(QObject *parent)
    : QObject(parent)
{
    load();
    QCoreApplication::instance()->installEventFilter(this);
}

void ItemIcons::load()
{
    const auto resource
        = [](const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };
    m_icons[size_t(Icon::Information)] = resource("information");
    m_icons[size_t(Icon::Success)] = resource("success");
    m_icons[size_t(Icon::Warning)] = resource("warning");
    m_icons[size_t(Icon::Error)] = resource("error");
    m_icons[size_t(Icon::Recording)] = resource("recording");
}

bool ItemIcons::eventFilter(QObject *watched, QEvent *event)
{
    // Both reach the application object itself: a palette set by View › Appearance, or the desktop's.
    if (watched == QCoreApplication::instance()
        && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ThemeChange)) {
        load();
        Q_EMIT reloaded();
    }
    return QObject::eventFilter(watched, event);
}
