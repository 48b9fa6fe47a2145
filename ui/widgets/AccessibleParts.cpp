// SPDX-License-Identifier: Apache-2.0
#include "widgets/AccessibleParts.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>

namespace {
template <typename Widget> QList<Widget *> withRoot(QWidget *root)
{
    QList<Widget *> widgets = root->findChildren<Widget *>();
    if (auto *itself = qobject_cast<Widget *>(root)) {
        widgets.prepend(itself);
    }
    return widgets;
}

void nameAfter(QWidget *part, const QWidget *owner, const char *suffix, const QString &accessibleName)
{
    // Qt names every spin box's editor alike (qt_spinbox_lineedit): the owner's name tells them apart.
    part->setObjectName(owner->objectName() + QLatin1String(suffix));
    part->setAccessibleName(accessibleName);
}
} // namespace

void AccessibleParts::name(QWidget *root)
{
    for (QComboBox *combo : withRoot<QComboBox>(root)) {
        if (QLineEdit *editor = combo->lineEdit()) {
            nameAfter(editor, combo, "Editor", combo->accessibleName());
        }
        // The popup list lives in a frame of its own, a window between it and the combo box.
        QAbstractItemView *list = combo->view();
        nameAfter(list, combo, "List", combo->accessibleName());
        if (list->parentWidget() && list->parentWidget() != combo) {
            list->parentWidget()->setObjectName(combo->objectName() + QLatin1String("Popup"));
        }
    }
    for (QAbstractSpinBox *spinBox : withRoot<QAbstractSpinBox>(root)) {
        if (auto *editor = spinBox->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly)) {
            nameAfter(editor, spinBox, "Editor", spinBox->accessibleName());
        }
    }
    for (QLineEdit *edit : withRoot<QLineEdit>(root)) {
        for (auto *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
            //: Accessible name of the small button that empties a search or filter field
            const QString clear
                = QCoreApplication::translate("AccessibleParts", "Clear “%1”").arg(edit->accessibleName());
            nameAfter(button, edit, "ClearButton", clear);
            button->setToolTip(clear);
        }
    }
    for (QTabBar *tabs : withRoot<QTabBar>(root)) {
        for (auto *button : tabs->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
            const bool left = button->objectName() == QLatin1String("ScrollLeftButton");
            if (left || button->objectName() == QLatin1String("ScrollRightButton")) {
                //: Buttons shown when the tabs do not fit: show the tabs further left (right)
                button->setAccessibleName(left
                        ? QCoreApplication::translate("AccessibleParts", "Scroll the tabs left")
                        : QCoreApplication::translate("AccessibleParts", "Scroll the tabs right"));
            }
        }
    }
    for (QTableView *table : withRoot<QTableView>(root)) {
        for (auto *corner : table->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly)) {
            //: Accessible name of the button at the top left corner of a table
            nameAfter(corner, table, "CornerButton", QCoreApplication::translate("AccessibleParts", "Select all rows"));
        }
    }
}
