// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

// What reaches the desktop as notifications, gathered: a bulk start ends, fails or is left
// unconfirmed in a burst, and a burst is one notification per kind, naming the first few agents.
// No widget here: whoever shows notifications (the tray) listens to notification().
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Ended, EndingSoon, NotStarted, Unconfirmed };
    // How long a notification waits for others of its burst.
    static constexpr int kGatherMs = 1500;

    explicit DesktopNotifications(QObject *parent = nullptr);

    void add(Kind kind, const QString &agentName);
    // Drops what was gathered: the station locks, and no name may reach the desktop behind it.
    void clear();
    // How long before their end recordings are notified as ending, for the title.
    void setEndingWarningSeconds(int seconds) { m_endingWarningSeconds = seconds; }

Q_SIGNALS:
    void notification(const QString &title, const QString &text);

private:
    void send();
    QString sentenceFor(Kind kind, const QStringList &names) const;

    QList<QPair<Kind, QStringList>> m_gathered; // in the order the kinds first came
    QTimer m_gathering;
    int m_endingWarningSeconds = 0;
};
