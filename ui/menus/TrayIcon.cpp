// SPDX-License-Identifier: Apache-2.0
#include "menus/TrayIcon.h"

#include "recording/RecordingTracker.h"
#include "text/Formatting.h"

#include "shell/UiSettings.h"

#include <QApplication>
#include <QEvent>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(RecordingTracker *tracker, QAction *stopAll, QWidget *parent)
    : Retranslating(parent)
    , m_tracker(tracker)
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/vigie.svg")), this))
    , m_show(addAction(QString(), this, &TrayIcon::showRequested))
    , m_quit(nullptr)
{
    setObjectName(QStringLiteral("trayMenu"));
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    m_show->setObjectName(QStringLiteral("actionTrayShow"));
    addSeparator();
    addAction(stopAll);
    addSeparator();
    m_quit = addAction(QString(), this, &TrayIcon::quitRequested);
    m_quit->setObjectName(QStringLiteral("actionTrayQuit"));
    m_icon->setContextMenu(this);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT showRequested();
        }
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    // The count and the next end change only when a recording comes or goes, not at each tick.
    connect(m_tracker, &RecordingTracker::recordingAnnounced, this, &TrayIcon::showRecordings);
    connect(m_tracker, &RecordingTracker::recordingEnded, this, &TrayIcon::showRecordings);
    m_trayProbe.setInterval(5000);
    connect(&m_trayProbe, &QTimer::timeout, this, &TrayIcon::showWhenTrayAppears);
    showWhenTrayAppears();
    retranslate();
}

void TrayIcon::showWhenTrayAppears()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayProbe.stop();
        m_icon->show();
    } else if (m_probesLeft-- > 0) {
        m_trayProbe.start();
    } else {
        m_trayProbe.stop();
    }
}

void TrayIcon::notify(const QString &title, const QString &text)
{
    if (!UiSettings::notificationsEnabled()) {
        return;
    }
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    }
    // The taskbar entry asks for attention until the window is shown (nothing while it is active).
    QApplication::alert(parentWidget()->window());
}

QString TrayIcon::toolTip() const { return m_icon->toolTip(); }

void TrayIcon::showRecordings()
{
    // No agent name: the tooltip shows behind the station's lock too.
    const QVector<TrackedRecording> &active = m_tracker->active();
    if (active.isEmpty()) {
        m_icon->setToolTip(tr("Vigie: no recording running"));
        return;
    }
    QDateTime nextEnd;
    for (const TrackedRecording &recording : active) {
        const QDateTime endsAt = m_tracker->endsAtUtc(recording);
        if (!nextEnd.isValid() || endsAt < nextEnd) {
            nextEnd = endsAt;
        }
    }
    //: Tooltip of the tray icon
    m_icon->setToolTip(tr("Vigie: %n recording(s) running, the next ends at %1", nullptr, int(active.size()))
                           .arg(Formatting::timeOfDay(nextEnd)));
}

void TrayIcon::retranslate()
{
    setTitle(tr("Vigie"));
    m_show->setText(tr("&Show Vigie"));
    m_quit->setText(tr("&Quit"));
    showRecordings();
}
