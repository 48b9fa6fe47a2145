// SPDX-License-Identifier: Apache-2.0
#include "menus/LanguageMenu.h"

#include "shell/LanguageSwitcher.h"
#include "shell/UiSettings.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(LanguageSwitcher *languages, bool provisioned, QWidget *parent)
    : Retranslating(parent)
    // Each language is named in itself, so it is found whatever the current one.
    , m_french(addAction(QStringLiteral("Français")))
    , m_english(addAction(QStringLiteral("English")))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_french->setObjectName(QStringLiteral("actionLanguageFrench"));
    m_english->setObjectName(QStringLiteral("actionLanguageEnglish"));
    auto *group = new QActionGroup(this);
    for (QAction *action : { m_french, m_english }) {
        action->setCheckable(true);
        group->addAction(action);
    }
    connect(m_french, &QAction::triggered, languages, [languages] { languages->apply(QStringLiteral("fr")); });
    connect(m_english, &QAction::triggered, languages, [languages] { languages->apply(QStringLiteral("en")); });
    connect(languages, &LanguageSwitcher::languageChanged, this, [this](const QString &language) {
        UiSettings::setLanguage(language);
        showCurrent(language);
    });
    showCurrent(languages->current());
    setEnabled(!provisioned);
    retranslate();
}

void LanguageMenu::showCurrent(const QString &language)
{
    m_french->setChecked(language == QLatin1String("fr"));
    m_english->setChecked(language == QLatin1String("en"));
}

void LanguageMenu::retranslate() { setTitle(tr("&Language")); }
