#pragma once

#include <QObject>
#include <QTimer>

// Notices when nobody has touched the keyboard or mouse for a while, application-wide.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(int idleMs, QObject *parent = nullptr);

    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
