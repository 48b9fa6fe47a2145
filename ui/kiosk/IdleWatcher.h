// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

// Notices when nobody has touched the keyboard or mouse for a while, application-wide. Only
// input counts: nothing Vigie does by itself (a token refresh, a retry during an outage, an
// agent list update) postpones idle().
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(int idleMs, QObject *parent = nullptr);

    // Starts counting from now, unless already counting: asking again is no input.
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
