// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/KioskConfinement.h"

#include <QObject>

class QWidget;

// Keeps a kiosk station a kiosk: the window full screen on its monitor, closed only after the
// administrator's PIN, and no way out to files, printers, browsers or other programs
// (KioskConfinement). When it locks is StationLock's business.
class KioskGuard : public QObject
{
    Q_OBJECT
public:
    struct Rules
    {
        bool kiosk = false;
        QString adminPinHash; // leaves kiosk mode, and unlocks nothing
        QString pinAttemptsFile; // the wrong PINs counted towards the lockout
    };

    KioskGuard(QWidget *window, const Rules &rules);

    // Frameless and full screen on the named monitor (or the primary one), following
    // resolution changes and monitors coming and going.
    void showFullScreen(const QString &screenName);
    // Close button, Alt+F4, the window menu: none of them leaves a kiosk station.
    bool refusesClose() const { return m_rules.kiosk && !m_leaving; }
    // Asks for the administrator's PIN, and closes the window when it is right.
    void leave();

Q_SIGNALS:
    void wayOutRefused(KioskConfinement::WayOut wayOut);

private:
    QWidget *m_window;
    Rules m_rules;
    bool m_leaving = false;
};
