// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QMenu>

class Appearance;

// View › Appearance: as the system, light or dark. Applies the supervisor's last choice at
// start and remembers each new one.
class AppearanceMenu : public Retranslating<QMenu>
{
    Q_OBJECT
public:
    explicit AppearanceMenu(QWidget *parent = nullptr);

private:
    void retranslate() override;

    Appearance *m_appearance;
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
};
