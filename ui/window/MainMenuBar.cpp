// SPDX-License-Identifier: Apache-2.0
#include "window/MainMenuBar.h"
#include "version/VigieVersion.h"

#include "shell/AppearanceMenu.h"
#include "shell/LanguageMenu.h"

#include <QEvent>
#include <QMessageBox>
#include <QToolButton>

MainMenuBar::MainMenuBar(LanguageSwitcher *languages, const Setup &setup, QWidget *parent)
    : Retranslating(parent)
    , m_sessionMenu(addMenu(QString()))
    , m_viewMenu(addMenu(QString()))
    , m_recordingMenu(addMenu(QString()))
    , m_helpMenu(addMenu(QString()))
    , m_signIn(m_sessionMenu->addAction(QString(), this, &MainMenuBar::signInRequested))
    , m_signOut(m_sessionMenu->addAction(QString(), this, &MainMenuBar::signOutRequested))
    , m_quit(new QAction(this))
    , m_leaveKiosk(new QAction(this))
    , m_reload(m_viewMenu->addAction(QString(), this, &MainMenuBar::reloadRequested))
    , m_auditTrail(new QAction(this))
    , m_about(m_helpMenu->addAction(QString(), this, &MainMenuBar::showAbout))
{
    setObjectName(QStringLiteral("menuBar"));
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_recordingMenu->setObjectName(QStringLiteral("recordingMenu"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    m_signIn->setObjectName(QStringLiteral("actionSignIn"));
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
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
    m_viewMenu->addMenu(new AppearanceMenu(m_viewMenu));
    m_auditTrail->setObjectName(QStringLiteral("actionAuditHistory"));
    m_auditTrail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_auditTrail, &QAction::triggered, this, &MainMenuBar::auditTrailRequested);
    m_viewMenu->addAction(m_auditTrail);
    m_viewMenu->addMenu(new LanguageMenu(languages, setup.languageProvisioned, m_viewMenu));

    m_recordingMenu->addActions(setup.recording);
    if (setup.stopAll) {
        m_recordingMenu->addSeparator();
        m_recordingMenu->addAction(setup.stopAll);
    }
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

void MainMenuBar::retranslate()
{
    m_sessionMenu->setTitle(tr("&Session"));
    m_signIn->setText(tr("Sign &in…"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Sign out and forget the remembered access key"));
    m_quit->setText(tr("&Quit"));
    m_leaveKiosk->setText(tr("&Leave kiosk mode…"));
    m_viewMenu->setTitle(tr("&View"));
    m_reload->setText(tr("&Reload agents"));
    m_auditTrail->setText(tr("&Audit trail…"));
    m_recordingMenu->setTitle(tr("Re&cording"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Vigie"));
    // Qt shows this button when the window is too narrow for every menu.
    if (auto *more = findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"))) {
        //: Button of the menu bar listing the menus that do not fit in the window
        more->setAccessibleName(tr("More menus"));
    }
}
