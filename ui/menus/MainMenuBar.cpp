// SPDX-License-Identifier: Apache-2.0
#include "menus/MainMenuBar.h"
#include "version/VigieVersion.h"

#include "dialogs/KeyboardShortcutsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "menus/AppearanceMenu.h"
#include "menus/LanguageMenu.h"

#include <QDesktopServices>
#include <QEvent>
#include <QMessageBox>
#include <QToolButton>
#include <QUrl>

MainMenuBar::MainMenuBar(LanguageSwitcher *languages, const Setup &setup, QWidget *parent)
    : Retranslating(parent)
    , m_sessionMenu(addMenu(QString()))
    , m_viewMenu(addMenu(QString()))
    , m_recordingMenu(addMenu(QString()))
    , m_helpMenu(addMenu(QString()))
    , m_signIn(m_sessionMenu->addAction(QString(), this, &MainMenuBar::signInRequested))
    , m_signOut(m_sessionMenu->addAction(QString(), this, &MainMenuBar::signOutRequested))
    , m_settings(m_sessionMenu->addAction(QString(), this, &MainMenuBar::showSettings))
    , m_quit(new QAction(this))
    , m_leaveKiosk(new QAction(this))
    , m_reload(m_viewMenu->addAction(QString(), this, &MainMenuBar::reloadRequested))
    , m_appearanceMenu(new AppearanceMenu(m_viewMenu))
    , m_languageMenu(new LanguageMenu(languages, setup.languageProvisioned, m_viewMenu))
    , m_shortcuts(m_helpMenu->addAction(QString(), this, &MainMenuBar::showShortcuts))
    , m_documentation(m_helpMenu->addAction(QString(), this, &MainMenuBar::openDocumentation))
    , m_about(m_helpMenu->addAction(QString(), this, &MainMenuBar::showAbout))
{
    setObjectName(QStringLiteral("menuBar"));
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_recordingMenu->setObjectName(QStringLiteral("recordingMenu"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    m_signIn->setObjectName(QStringLiteral("actionSignIn"));
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence::Preferences);
    // A kiosk station is set up by its administrator alone.
    m_settings->setVisible(!setup.kiosk);
    m_sessionMenu->addSeparator();
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_leaveKiosk->setObjectName(QStringLiteral("actionLeaveKiosk"));
    m_sessionMenu->addActions({ m_quit, m_leaveKiosk });
    // In kiosk mode the station is the application: quitting goes through the PIN.
    m_quit->setVisible(!setup.kiosk);
    m_leaveKiosk->setVisible(setup.kiosk);
    connect(m_quit, &QAction::triggered, this, &MainMenuBar::quitRequested);
    connect(m_leaveKiosk, &QAction::triggered, this, &MainMenuBar::leaveKioskRequested);

    m_reload->setObjectName(QStringLiteral("actionRefresh"));
    // Not QKeySequence::Refresh: on X11 it includes Ctrl+R, which would make Start's shortcut ambiguous.
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    m_viewMenu->addAction(setup.search);
    m_viewMenu->addMenu(m_appearanceMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_recordingMenu->addActions(setup.recording);
    if (setup.stopAll) {
        m_recordingMenu->addSeparator();
        m_recordingMenu->addAction(setup.stopAll);
    }
    m_shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    m_documentation->setObjectName(QStringLiteral("actionDocumentation"));
    m_documentation->setShortcut(QKeySequence::HelpContents);
    m_documentation->setVisible(!setup.kiosk);
    m_helpMenu->insertSeparator(m_about);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    retranslate();
}

void MainMenuBar::setSignedIn(bool signedIn)
{
    m_signOut->setEnabled(signedIn);
    m_signIn->setEnabled(!signedIn);
    m_reload->setEnabled(signedIn);
}

void MainMenuBar::showAbout()
{
    QMessageBox::about(parentWidget(), tr("About Vigie"),
        tr("<p><b>Vigie %1</b></p><p>Starts and stops screen interaction recordings of NICE "
           "CXone agents, and keeps track of every recording until it ends.</p>")
            .arg(QStringLiteral(VIGIE_VERSION)));
}

void MainMenuBar::showShortcuts()
{
    auto *dialog = new KeyboardShortcutsDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainMenuBar::showSettings()
{
    auto *dialog = new SettingsDialog(m_languageMenu->actions(), m_appearanceMenu->actions(), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainMenuBar::settingsChanged);
    dialog->open();
}

void MainMenuBar::openDocumentation() { QDesktopServices::openUrl(QUrl(QStringLiteral(VIGIE_DOCUMENTATION_URL))); }

void MainMenuBar::retranslate()
{
    m_sessionMenu->setTitle(tr("&Session"));
    m_signIn->setText(tr("Sign &in…"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Sign out and forget the remembered access key"));
    m_settings->setText(tr("S&ettings…"));
    m_quit->setText(tr("&Quit"));
    m_leaveKiosk->setText(tr("&Leave kiosk mode…"));
    m_viewMenu->setTitle(tr("&View"));
    m_reload->setText(tr("&Reload agents"));
    m_recordingMenu->setTitle(tr("Re&cording"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_documentation->setText(tr("&Documentation"));
    m_documentation->setToolTip(tr("Open Vigie's guide in your web browser"));
    m_about->setText(tr("&About Vigie"));
    // Qt shows this button when the window is too narrow for every menu.
    if (auto *more = findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"))) {
        //: Button of the menu bar listing the menus that do not fit in the window
        more->setAccessibleName(tr("More menus"));
    }
}
