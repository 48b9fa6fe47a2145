// SPDX-License-Identifier: Apache-2.0
#include "kiosk/KioskGuard.h"

#include "kiosk/PinDialog.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

KioskGuard::KioskGuard(QWidget *window, const Rules &rules)
    : QObject(window)
    , m_window(window)
    , m_rules(rules)
{
    if (m_rules.kiosk) {
        auto *confinement = new KioskConfinement(this);
        connect(confinement, &KioskConfinement::refused, this, &KioskGuard::wayOutRefused);
    }
}

void KioskGuard::showFullScreen(const QString &screenName)
{
    m_window->setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    auto placeOnScreen = [this, screenName] {
        QScreen *target = QGuiApplication::primaryScreen();
        for (QScreen *screen : QGuiApplication::screens()) {
            if (screen->name() == screenName) {
                target = screen;
            }
        }
        if (!target) {
            return;
        }
        if (m_window->windowHandle()) {
            m_window->windowHandle()->setScreen(target);
        }
        m_window->setGeometry(target->geometry());
        m_window->showFullScreen();
    };
    placeOnScreen();
    connect(qApp, &QGuiApplication::screenAdded, this, placeOnScreen);
    connect(qApp, &QGuiApplication::screenRemoved, this, placeOnScreen);
    connect(qApp, &QGuiApplication::primaryScreenChanged, this, placeOnScreen);
    for (QScreen *screen : QGuiApplication::screens()) {
        connect(screen, &QScreen::geometryChanged, this, placeOnScreen);
    }
}

void KioskGuard::leave()
{
    PinDialog dialog(m_rules.adminPinHash, m_rules.pinAttemptsFile, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_leaving = true;
        // The window may still ask (recordings running, Stops unanswered): when the answer is to
        // stay, the station is a kiosk again, closed only after the PIN.
        m_leaving = m_window->close();
    }
}
