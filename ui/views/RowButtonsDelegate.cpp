// SPDX-License-Identifier: Apache-2.0
#include "views/RowButtonsDelegate.h"

#include "text/Formatting.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QToolTip>

namespace {
constexpr int kSpacing = 2;
} // namespace

RowButtonsDelegate::RowButtonsDelegate(int userIdRole, int unconfirmedRole, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_userIdRole(userIdRole)
    , m_unconfirmedRole(unconfirmedRole)
    , m_view(view)
{
    retranslate();
}

void RowButtonsDelegate::retranslate()
{
    //: Button in each row of the active recordings: stop this recording now
    m_stopText = tr("Stop");
    //: Button of an unconfirmed recording: stop asking CXone about it
    m_forgetText = tr("Forget");
}

void RowButtonsDelegate::setStopsAllowed(bool allowed)
{
    m_stopsAllowed = allowed;
    m_view->viewport()->update();
}

QList<RowButtonsDelegate::Button> RowButtonsDelegate::buttonsOf(const QModelIndex &index) const
{
    if (index.data(m_unconfirmedRole).toBool()) {
        return { Button::Stop, Button::Forget };
    }
    return { Button::Stop };
}

QSize RowButtonsDelegate::buttonSize(Button button) const
{
    QStyleOptionButton option;
    option.initFrom(m_view);
    option.text = text(button);
    const QSize textSize = m_view->fontMetrics().size(Qt::TextShowMnemonic, option.text);
    return m_view->style()->sizeFromContents(QStyle::CT_PushButton, &option, textSize, m_view);
}

QRect RowButtonsDelegate::buttonRect(const QRect &cell, const QModelIndex &index, Button button) const
{
    int x = cell.left() + kSpacing;
    for (const Button drawn : buttonsOf(index)) {
        const int width = buttonSize(drawn).width();
        if (drawn == button) {
            return QRect(x, cell.top() + 1, width, cell.height() - 2);
        }
        x += width + kSpacing;
    }
    return {};
}

void RowButtonsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // the selection's background
    for (const Button button : buttonsOf(index)) {
        QStyleOptionButton face;
        face.initFrom(m_view);
        face.rect = buttonRect(option.rect, index, button);
        face.text = text(button);
        const bool enabled = button == Button::Forget || m_stopsAllowed;
        face.state = enabled ? (face.state | QStyle::State_Enabled) : (face.state & ~QStyle::State_Enabled);
        face.state |= (m_pressed == index && m_pressedButton == button) ? QStyle::State_Sunken : QStyle::State_Raised;
        m_view->style()->drawControl(QStyle::CE_PushButton, &face, painter, m_view);
    }
}

QSize RowButtonsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = kSpacing;
    int height = QStyledItemDelegate::sizeHint(option, index).height();
    for (const Button button : buttonsOf(index)) {
        const QSize size = buttonSize(button);
        width += size.width() + kSpacing;
        height = qMax(height, size.height());
    }
    return { width, height };
}

bool RowButtonsDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease) {
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton) {
        return false;
    }
    for (const Button button : buttonsOf(index)) {
        if (!buttonRect(option.rect, index, button).contains(mouse->position().toPoint())) {
            continue;
        }
        if (button == Button::Stop && !m_stopsAllowed) {
            return true; // drawn disabled: it takes the click and does nothing
        }
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed = index;
            m_pressedButton = button;
        } else if (m_pressed == index && m_pressedButton == button) {
            m_pressed = QPersistentModelIndex();
            Q_EMIT clicked(index.data(m_userIdRole).toString(), button);
        }
        m_view->viewport()->update();
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && m_pressed.isValid()) {
        m_pressed = QPersistentModelIndex(); // released elsewhere: as a push button, nothing happens
        m_view->viewport()->update();
    }
    return false;
}

bool RowButtonsDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        // Agent names come from CXone: shown as written, never as markup.
        QToolTip::showText(
            event->globalPos(), Formatting::plainToolTip(index.data(Qt::AccessibleTextRole).toString()), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
