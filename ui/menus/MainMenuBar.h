// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QMenuBar>

class AppearanceMenu;
class LanguageMenu;
class LanguageSwitcher;

// The main window's menus, Session, View, Recording and Help, with their words and shortcuts.
// Panels lend the actions they own (Find, Start, Stop, Extend); the rest are asked for with
// signals, so the menus hold no behaviour of their own but Help's: the keyboard shortcuts, the
// documentation (not at a kiosk, which opens no browser) and the About box.
class MainMenuBar : public Retranslating<QMenuBar>
{
    Q_OBJECT
public:
    struct Setup
    {
        bool kiosk = false; // Quit gives way to Leave kiosk mode
        bool languageProvisioned = false;
        QAction *search = nullptr;
        QList<QAction *> recording;
        QAction *stopAll = nullptr; // after the selection's actions in the Recording menu
    };

    MainMenuBar(LanguageSwitcher *languages, const Setup &setup, QWidget *parent = nullptr);

    void setSignedIn(bool signedIn);
    // A menu of its own (Audit), placed before Help.
    void insertBeforeHelp(QMenu *menu) { insertMenu(m_helpMenu->menuAction(), menu); }

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void quitRequested();
    void leaveKioskRequested();
    void reloadRequested();
    // Session › Settings… saved the supervisor's new choices.
    void settingsChanged();

private:
    void retranslate() override;
    void showAbout();
    void showShortcuts();
    void showSettings();
    void openDocumentation();

    QMenu *m_sessionMenu;
    QMenu *m_viewMenu;
    QMenu *m_recordingMenu;
    QMenu *m_helpMenu;
    QAction *m_signIn;
    QAction *m_signOut;
    QAction *m_settings;
    QAction *m_quit;
    QAction *m_leaveKiosk;
    QAction *m_reload;
    AppearanceMenu *m_appearanceMenu;
    LanguageMenu *m_languageMenu;
    QAction *m_shortcuts;
    QAction *m_documentation;
    QAction *m_about;
};
