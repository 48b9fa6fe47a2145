// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar from an integer role (0–100), with the cell's own text on it (a time
// left, say) so the progress is never conveyed by the bar alone.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_progressRole;
};
