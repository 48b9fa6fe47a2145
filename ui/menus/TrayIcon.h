// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QMenu>
#include <QTimer>

class QSystemTrayIcon;
class RecordingTracker;

// Vigie in the system tray, for a supervisor whose window is out of sight: the tooltip says how
// many recordings run and when the next one ends, the menu shows the window, stops every
// recording or quits, and desktop notifications appear beside it. The menu is the widget (it
// follows language switches); it owns the icon. Kiosk stations have none.
class TrayIcon : public Retranslating<QMenu>
{
    Q_OBJECT
public:
    // stopAll: the window's action, which asks before stopping anything.
    TrayIcon(RecordingTracker *tracker, QAction *stopAll, QWidget *parent);

    // Shown beside the icon by the desktop's notification service, when there is one, with the
    // taskbar alert; neither when the supervisor turned notifications off.
    void notify(const QString &title, const QString &text);
    // What the icon's tooltip says now.
    QString toolTip() const;

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    void retranslate() override;
    void showRecordings();
    void showWhenTrayAppears();

    RecordingTracker *m_tracker;
    QSystemTrayIcon *m_icon;
    QAction *m_show;
    QAction *m_quit;
    QTimer m_trayProbe; // a session's tray may come up after Vigie
    int m_probesLeft = 12;
};
