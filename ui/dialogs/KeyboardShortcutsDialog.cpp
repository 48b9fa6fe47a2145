// SPDX-License-Identifier: Apache-2.0
#include "dialogs/KeyboardShortcutsDialog.h"

#include "views/RowTable.h"
#include "widgets/AccessibleParts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *window)
    : Retranslating(window)
    , m_window(window)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setModel(m_model);
    setUpRowTable(m_view);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeShortcutsButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);
    retranslate();
}

void KeyboardShortcutsDialog::addRow(const QString &what, const QString &keys)
{
    auto *whatItem = new QStandardItem(what);
    auto *keysItem = new QStandardItem(keys);
    for (QStandardItem *item : { whatItem, keysItem }) {
        item->setEditable(false);
    }
    m_model->appendRow({ whatItem, keysItem });
}

void KeyboardShortcutsDialog::listShortcuts()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    QStringList seen;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        // iconText() is the action's words without the mnemonic's ampersand or a trailing ellipsis.
        const QString what = action->iconText().remove(QChar(0x2026));
        if (keys.isEmpty() || !action->isVisible() || seen.contains(what + keys)) {
            continue;
        }
        seen.append(what + keys);
        addRow(what, keys);
    }
    m_model->sort(0);
    //: Keyboard shortcuts: keys that act on the agent table and the active recordings, after the menus'
    addRow(tr("Move from the agents to the duration"), tr("Enter"));
    addRow(tr("Actions of the current row"), tr("Menu key or Shift+F10"));
    addRow(tr("Move between the parts of the window"), tr("Tab, Shift+Tab"));
    m_view->resizeColumnsToContents();
}

void KeyboardShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    AccessibleParts::name(this);
    // After the window's actions have taken the new language's words.
    QTimer::singleShot(0, this, &KeyboardShortcutsDialog::listShortcuts);
}
