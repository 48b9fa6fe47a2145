// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemView>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// The Stop button of each active recording, and Forget beside it for a start CXone never
// confirmed, drawn in the row's Action cell: a thousand recordings are a thousand rows to paint,
// not a thousand widgets. Screen readers hear the cell by the model's name for it ("Stop
// recording Claire Martin"); the keyboard reaches the same requests with Delete and the row's menu.
class RowButtonsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Button { Stop, Forget };

    // userIdRole, unconfirmedRole: where the model keeps each row's agent and whether CXone
    // confirmed its start.
    RowButtonsDelegate(int userIdRole, int unconfirmedRole, QAbstractItemView *view);

    // Signed out, Stop cannot reach CXone: it is drawn disabled and does nothing.
    void setStopsAllowed(bool allowed);
    bool stopsAllowed() const { return m_stopsAllowed; }
    // Where the button is drawn in a cell; an empty rectangle when the row has no such button.
    QRect buttonRect(const QRect &cell, const QModelIndex &index, Button button) const;
    // A delegate hears of no language switch: its view calls this from its own retranslate().
    void retranslate();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void clicked(const QString &userId, RowButtonsDelegate::Button button);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    // The buttons' tooltip is the cell's name ("Stop recording Claire Martin"), what the old
    // per-row buttons said, unless the model has a tooltip of its own for the row.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    QList<Button> buttonsOf(const QModelIndex &index) const;
    QSize buttonSize(Button button) const;
    QString text(Button button) const { return button == Button::Stop ? m_stopText : m_forgetText; }

    int m_userIdRole;
    int m_unconfirmedRole;
    QAbstractItemView *m_view;
    bool m_stopsAllowed = true;
    QString m_stopText;
    QString m_forgetText;
    QPersistentModelIndex m_pressed; // the cell whose button the mouse went down on
    Button m_pressedButton = Button::Stop;
};
