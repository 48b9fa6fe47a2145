#include "kiosk/KioskGuard.h"

#include "cxone/TokenProvider.h"
#include "kiosk/IdleWatcher.h"
#include "kiosk/PinDialog.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

KioskGuard::KioskGuard(QWidget *window, TokenProvider *tokens, const Rules &rules)
    : QObject(window)
    , m_window(window)
    , m_rules(rules)
{
    if (m_rules.kiosk) {
        auto *confinement = new KioskConfinement(this);
        connect(confinement, &KioskConfinement::refused, this, &KioskGuard::wayOutRefused);
    }
    if (m_rules.idleLockMs > 0) {
        m_idle = new IdleWatcher(m_rules.idleLockMs, this);
        connect(m_idle, &IdleWatcher::idle, this, &KioskGuard::idle);
        // Only a signed-in station has something to hide.
        connect(
            tokens, &TokenProvider::stateChanged, m_idle, [this, tokens] { m_idle->setActive(tokens->hasToken()); });
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
    PinDialog dialog(m_rules.pinHash, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_leaving = true;
        m_window->close();
    }
}
