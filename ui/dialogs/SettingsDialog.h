// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// The supervisor's own settings, kept per user with QSettings: language and appearance (the same
// actions as their menus, so both always agree), how long before its end a recording is
// announced, and desktop notifications. The administrator's file is read apart and nothing here
// can change it. Not offered at a kiosk station.
class SettingsDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    // languages, themes: the checkable actions of View › Language and View › Appearance.
    SettingsDialog(const QList<QAction *> &languages, const QList<QAction *> &themes, QWidget *parent = nullptr);

Q_SIGNALS:
    // The supervisor accepted new settings; they are saved.
    void settingsChanged();

private:
    void retranslate() override;
    void save();
    static void fillFromActions(QComboBox *combo, const QList<QAction *> &actions);

    QList<QAction *> m_languages;
    QList<QAction *> m_themes;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_warningLabel;
    QSpinBox *m_warning;
    QCheckBox *m_notifications;
    QDialogButtonBox *m_buttons;
};
