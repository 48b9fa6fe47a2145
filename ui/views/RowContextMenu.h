// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QModelIndex>
#include <QObject>

class QAbstractItemView;
class QMenu;
class QPoint;

// The context menu of a table's rows, opened the three ways a supervisor expects: a right click
// on a row, the Menu key, and Shift+F10 — the last two on the current row, the menu placed under
// it rather than at the mouse pointer. Whoever owns the view fills the menu for that row.
class RowContextMenu : public QObject
{
    Q_OBJECT
public:
    explicit RowContextMenu(QAbstractItemView *view);

    // Opens the menu of the current row, as the keyboard does (tests, and Shift+F10).
    void openForCurrentRow();

Q_SIGNALS:
    // Connected directly: add the row's actions to menu before it shows.
    void filling(QMenu *menu, const QModelIndex &row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &row, const QPoint &globalPosition);

    QAbstractItemView *m_view;
};
