// SPDX-License-Identifier: Apache-2.0
#include "views/RowTable.h"

#include <QHeaderView>
#include <QTableView>

void setUpRowTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
}
