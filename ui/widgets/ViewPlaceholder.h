// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

// Says in words why an item view is empty (Dolphin's placeholder label): a sentence centred over
// the view's rows, and at most one button that leads out of the empty state. The view's owner
// decides what to say and when; an empty sentence hides it. Its text is plain: it quotes what
// the supervisor typed. It lies over the view as its sibling, not inside it: screen readers and
// AT-SPI tools see only the cells of a table, never the widgets in its viewport.
class ViewPlaceholder : public QWidget
{
    Q_OBJECT
public:
    // Named after the view (<view>Placeholder, its sentence <view>PlaceholderText); a button only
    // when the caller names one.
    ViewPlaceholder(QAbstractItemView *view, const QString &buttonObjectName = {});

    // Also the button's accessible name: hidden or not, it keeps a name for automation tools.
    void setButtonText(const QString &text);
    void showMessage(const QString &message, bool withButton = false);
    QString message() const;

Q_SIGNALS:
    void buttonClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Over the view's viewport, in the view's parent, shown while it has something to say and the
    // view shows (a page of a stacked widget may be hidden).
    void followView();

    QAbstractItemView *m_view;
    QLabel *m_label;
    QPushButton *m_button; // none unless named
    bool m_saying = false;
};
