// SPDX-License-Identifier: Apache-2.0
#pragma once

class QAbstractButton;
class QAction;

// The one way a push button stands for an action: pressing it triggers the action, and it is
// enabled exactly when the action is, so that whether it applies is decided in one place.
// (QToolButton::setDefaultAction does this for tool buttons, which also take the action's words.)
namespace ActionBinding {
void bind(QAbstractButton *button, QAction *action);
}
