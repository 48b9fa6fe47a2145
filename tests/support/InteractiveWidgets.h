// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

// Which widgets a supervisor or an automation tool operates, as the automation contract sees
// them: every widget that takes input or focus, including the parts Qt builds inside a composite
// widget (a combo box's editor and popup list, a spin box's editor, a line edit's clear button, a
// table's corner button, a tab bar and its scroll buttons) — a screen reader announces each of
// them on its own. Scroll bars, headers and splitter handles take no focus and are left out.
inline bool isInteractiveControl(QWidget *widget)
{
    if (!widget->parentWidget() || widget->inherits("QScrollBar") || widget->inherits("QHeaderView")
        || widget->inherits("QSplitterHandle")) {
        return false;
    }
    const bool input = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
    return input || widget->focusPolicy() != Qt::NoFocus;
}

// The name a screen reader says and AT-SPI or UI Automation publishes: the accessible name, or
// what Qt derives from the widget (a button's text, a tab bar's current tab).
inline QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}
