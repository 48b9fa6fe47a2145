// SPDX-License-Identifier: Apache-2.0
#include "views/RowContextMenu.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

RowContextMenu::RowContextMenu(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

void RowContextMenu::openForCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_view->scrollTo(current);
    const QRect cell = m_view->visualRect(current);
    open(current, m_view->viewport()->mapToGlobal(QPoint(cell.left(), cell.bottom())));
}

bool RowContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        // The mouse opens the menu of the row under it; the Menu key (which X11 reports at the
        // pointer, wherever it is) the menu of the current row.
        const auto *request = static_cast<QContextMenuEvent *>(event);
        if (request->reason() != QContextMenuEvent::Mouse) {
            openForCurrentRow();
            return true;
        }
        const QModelIndex row = m_view->indexAt(m_view->viewport()->mapFromGlobal(request->globalPos()));
        if (watched == m_view->viewport() && row.isValid()) {
            open(row, request->globalPos());
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && watched == m_view) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
            openForCurrentRow();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RowContextMenu::open(const QModelIndex &row, const QPoint &globalPosition)
{
    QMenu menu(m_view);
    menu.setObjectName(m_view->objectName() + QLatin1String("Menu"));
    menu.setAccessibleName(m_view->accessibleName());
    Q_EMIT filling(&menu, row);
    if (!menu.isEmpty()) {
        menu.exec(globalPosition);
    }
}
