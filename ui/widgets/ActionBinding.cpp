// SPDX-License-Identifier: Apache-2.0
#include "widgets/ActionBinding.h"

#include <QAbstractButton>
#include <QAction>

void ActionBinding::bind(QAbstractButton *button, QAction *action)
{
    QObject::connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    button->setEnabled(action->isEnabled());
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
}
