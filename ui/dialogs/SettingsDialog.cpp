// SPDX-License-Identifier: Apache-2.0
#include "dialogs/SettingsDialog.h"

#include "presenters/SessionAnnouncer.h"
#include "shell/UiSettings.h"
#include "widgets/AccessibleParts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Beyond half an hour a warning says nothing a glance at the countdown would not.
constexpr int kLongestWarningSeconds = 30 * 60;
} // namespace

SettingsDialog::SettingsDialog(const QList<QAction *> &languages, const QList<QAction *> &themes, QWidget *parent)
    : Retranslating(parent)
    , m_languages(languages)
    , m_themes(themes)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_warningLabel(new QLabel(this))
    , m_warning(new QSpinBox(this))
    , m_notifications(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_languageLabel->setBuddy(m_language);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_themeLabel->setBuddy(m_theme);
    m_warning->setObjectName(QStringLiteral("settingsEndingWarning"));
    m_warning->setRange(0, kLongestWarningSeconds);
    m_warning->setSingleStep(15);
    m_warning->setValue(UiSettings::endingWarningSeconds(SessionAnnouncer::kDefaultEndingWarningSeconds));
    m_warningLabel->setBuddy(m_warning);
    m_notifications->setObjectName(QStringLiteral("settingsNotifications"));
    m_notifications->setChecked(UiSettings::notificationsEnabled());
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_warningLabel, m_warning);
    form->addRow(m_notifications);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SettingsDialog::fillFromActions(QComboBox *combo, const QList<QAction *> &actions)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (QAction *action : actions) {
        combo->addItem(action->iconText());
        if (action->isChecked()) {
            combo->setCurrentIndex(combo->count() - 1);
        }
    }
    // A language the administrator provisioned is not the supervisor's to change.
    combo->setEnabled(!actions.isEmpty() && actions.first()->isEnabled());
}

void SettingsDialog::save()
{
    UiSettings::setEndingWarningSeconds(m_warning->value());
    UiSettings::setNotificationsEnabled(m_notifications->isChecked());
    // Through the menus' own actions: they switch, remember and show the choice as the menus do.
    for (const auto &[combo, actions] : { std::pair { m_theme, &m_themes }, std::pair { m_language, &m_languages } }) {
        QAction *chosen = actions->value(combo->currentIndex());
        if (chosen && !chosen->isChecked()) {
            chosen->trigger();
        }
    }
    Q_EMIT settingsChanged();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_themeLabel->setText(tr("&Appearance:"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_warningLabel->setText(tr("&Warn before a recording ends:"));
    m_warning->setAccessibleName(tr("Seconds before its end a recording is announced"));
    //: Suffix of a number of seconds
    m_warning->setSuffix(tr(" s"));
    //: The ending warning set to 0 seconds
    m_warning->setSpecialValueText(tr("Never"));
    m_notifications->setText(tr("Desktop &notifications and taskbar alerts"));
    m_notifications->setAccessibleName(tr("Desktop notifications"));
    m_notifications->setToolTip(tr("When a recording ends, is about to end, does not start or is not confirmed"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    fillFromActions(m_language, m_languages);
    fillFromActions(m_theme, m_themes);
    AccessibleParts::name(this);
}
