#pragma once

#include "kiosk/KioskConfinement.h"

#include <QObject>

class IdleWatcher;
class QWidget;
class TokenProvider;

// Keeps a kiosk station a kiosk: the window full screen on its monitor, closed only after the
// administrator's PIN, no way out to files, printers, browsers or other programs
// (KioskConfinement), and locked when nobody has touched it for a while (any station may be
// given an idle lock; only a kiosk refuses to close).
class KioskGuard : public QObject
{
    Q_OBJECT
public:
    struct Rules
    {
        bool kiosk = false;
        QString pinHash;
        int idleLockMs = 0; // 0: never lock
    };

    KioskGuard(QWidget *window, TokenProvider *tokens, const Rules &rules);

    // Frameless and full screen on the named monitor (or the primary one), following
    // resolution changes and monitors coming and going.
    void showFullScreen(const QString &screenName);
    // Close button, Alt+F4, the window menu: none of them leaves a kiosk station.
    bool refusesClose() const { return m_rules.kiosk && !m_leaving; }
    // Asks for the administrator's PIN, and closes the window when it is right.
    void leave();

Q_SIGNALS:
    void idle();
    void wayOutRefused(KioskConfinement::WayOut wayOut);

private:
    QWidget *m_window;
    Rules m_rules;
    IdleWatcher *m_idle = nullptr;
    bool m_leaving = false;
};
