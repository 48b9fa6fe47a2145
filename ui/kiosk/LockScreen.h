#pragma once

#include "widgets/Retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;

// What a locked station shows instead of agents and recordings: that it is locked, that the
// recordings go on, and the way back in. The window switches to it (KeePassXC's locked mode).
class LockScreen : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    void focusUnlock();

Q_SIGNALS:
    void unlockRequested();

private:
    void retranslate() override;

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_unlockButton;
};
