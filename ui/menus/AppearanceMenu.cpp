// SPDX-License-Identifier: Apache-2.0
#include "menus/AppearanceMenu.h"

#include "shell/Appearance.h"
#include "shell/UiSettings.h"

#include <QActionGroup>
#include <QEvent>

AppearanceMenu::AppearanceMenu(QWidget *parent)
    : Retranslating(parent)
    , m_appearance(new Appearance(this))
    , m_system(addAction(QString()))
    , m_light(addAction(QString()))
    , m_dark(addAction(QString()))
{
    setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(this);
    const Appearance::Theme saved = UiSettings::theme();
    for (const auto &[action, theme, name] : { std::tuple { m_system, Appearance::Theme::System, "actionThemeSystem" },
             std::tuple { m_light, Appearance::Theme::Light, "actionThemeLight" },
             std::tuple { m_dark, Appearance::Theme::Dark, "actionThemeDark" } }) {
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(saved == theme);
        group->addAction(action);
        const Appearance::Theme chosen = theme;
        connect(action, &QAction::triggered, this, [this, chosen] {
            m_appearance->apply(chosen);
            UiSettings::setTheme(chosen);
        });
    }
    if (saved != Appearance::Theme::System) {
        m_appearance->apply(saved);
    }
    retranslate();
}

void AppearanceMenu::retranslate()
{
    setTitle(tr("A&ppearance"));
    //: Theme that follows the desktop's light or dark setting
    m_system->setText(tr("As the &system"));
    //: Light theme
    m_light->setText(tr("&Light"));
    //: Dark theme
    m_dark->setText(tr("&Dark"));
}
