#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

// Which widgets a supervisor or an automation tool operates, as the automation contract sees
// them. Parts Qt builds inside a composite widget (a spin box's editor, a line edit's clear
// button, a table's corner button, headers, scroll bars, tab scrollers) are reached through
// their owner and do not count.
inline bool isInteractiveControl(QWidget *widget)
{
    QWidget *owner = widget->parentWidget();
    const bool part = !owner || qobject_cast<QLineEdit *>(owner) || owner->inherits("QTabBar")
        || qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner)
        || qobject_cast<QAbstractItemView *>(owner) || widget->inherits("QScrollBar") || widget->inherits("QHeaderView")
        || QByteArray(widget->metaObject()->className()).startsWith("QComboBoxListView")
        || widget->objectName().startsWith(QLatin1String("qt_"));
    const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
    return interactive && !part;
}
