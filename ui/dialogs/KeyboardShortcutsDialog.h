// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QDialog>

class QDialogButtonBox;
class QStandardItemModel;
class QTableView;

// Help › Keyboard shortcuts: the shortcut of every action of the window, read from the actions
// themselves so the list cannot disagree with the keys, then the keys the tables answer to.
class KeyboardShortcutsDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(QWidget *window);

private:
    void retranslate() override;
    void listShortcuts();
    void addRow(const QString &what, const QString &keys);

    QWidget *m_window;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QDialogButtonBox *m_buttons;
};
