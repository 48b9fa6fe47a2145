// SPDX-License-Identifier: Apache-2.0
#include "views/ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

ProgressDelegate::ProgressDelegate(int progressRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_progressRole(progressRole)
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(m_progressRole).toInt();
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}
