// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QMenuBar>

class LanguageSwitcher;

// The main window's menus, Session, View, Recording and Help, with their words and shortcuts.
// Panels lend the actions they own (Find, Start, Stop, Extend); the rest are asked for with
// signals, so the menus hold no behaviour of their own but the About box.
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
    void auditTrailRequested();

private:
    void retranslate() override;
    void showAbout();

    QMenu *m_sessionMenu;
    QMenu *m_viewMenu;
    QMenu *m_recordingMenu;
    QMenu *m_helpMenu;
    QAction *m_signIn;
    QAction *m_signOut;
    QAction *m_quit;
    QAction *m_leaveKiosk;
    QAction *m_reload;
    QAction *m_auditTrail;
    QAction *m_about;
};
