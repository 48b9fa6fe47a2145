// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QTableView>

class ActiveRecordingsModel;
class CopyContactIdAction;
class QAction;
class QMenu;
class RowButtonsDelegate;
class RowContextMenu;

// The active recordings table, with a Stop button drawn in each row for the mouse (and Forget,
// for a start CXone never confirmed). Keyboard and screen-reader users act on the rows with
// Delete (Stop), the context menu of a row (right click, Menu key, Shift+F10: Stop, Extend,
// Forget, Copy the contact ID), or the buttons under the table.
class ActiveRecordingsView : public Retranslating<QTableView>
{
    Q_OBJECT
public:
    explicit ActiveRecordingsView(ActiveRecordingsModel *model, QWidget *parent = nullptr);

    // The agents (user-ids) of the selected rows; only the unconfirmed ones when asked.
    QStringList selectedUserIds(bool unconfirmedOnly = false) const;
    // While the station is locked the table holds no model at all, so agent names are not
    // readable even through accessibility tools; showing it again restores model and buttons.
    void setConcealed(bool concealed);
    // Signed out, Stop and Extend cannot reach CXone: the rows offer neither (Forget stays).
    void setStopsAllowed(bool allowed);
    // Where the row's Stop (or Forget) is drawn, in the viewport: what a mouse, or a test, clicks.
    QRect rowButtonRect(int row, bool forget = false) const;

Q_SIGNALS:
    void stopRequested(const QString &userId);
    void forgetRequested(const QString &userId);
    // Give this agent's recording the chosen duration from now.
    void extendRequested(const QString &userId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setUpColumns();
    void fitColumns();
    void retranslate() override;
    void fillRowMenu(QMenu *menu, const QModelIndex &row);
    QAction *addRowAction(const char *objectName);

    ActiveRecordingsModel *m_model;
    RowContextMenu *m_rowMenu;
    // The row's actions carry the row's user-id (the contact ID for Copy) while its menu is open.
    QAction *m_stopRowAction;
    QAction *m_extendRowAction;
    QAction *m_forgetRowAction;
    CopyContactIdAction *m_copyContactIdAction;
    RowButtonsDelegate *m_rowButtons;
};
