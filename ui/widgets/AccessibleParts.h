// SPDX-License-Identifier: Apache-2.0
#pragma once

class QWidget;

// Qt builds parts inside composite widgets — a combo box's editor and popup list, a spin box's
// editor, a line edit's clear button, a table's corner button — and leaves them without a name:
// a screen reader says "edit text", an automation tool cannot find them. Called at the end of a
// retranslate(), after the owners got their accessible names, it names every such part under
// root after the widget it belongs to, and gives it an objectName for UI Automation ids.
namespace AccessibleParts {
void name(QWidget *root);
}
