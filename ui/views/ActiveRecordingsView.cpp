// SPDX-License-Identifier: Apache-2.0
#include "views/ActiveRecordingsView.h"

#include "models/ActiveRecordingsModel.h"
#include "views/CopyContactIdAction.h"
#include "views/ProgressDelegate.h"
#include "views/RowButtonsDelegate.h"
#include "views/RowContextMenu.h"
#include "views/RowTable.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

ActiveRecordingsView::ActiveRecordingsView(ActiveRecordingsModel *model, QWidget *parent)
    : Retranslating(parent)
    , m_model(model)
    , m_rowMenu(new RowContextMenu(this))
    , m_stopRowAction(addRowAction("actionStopActiveRow"))
    , m_extendRowAction(addRowAction("actionExtendActiveRow"))
    , m_forgetRowAction(addRowAction("actionForgetActiveRow"))
    , m_copyContactIdAction(new CopyContactIdAction(QStringLiteral("actionCopyContactId"), this))
    , m_rowButtons(
          new RowButtonsDelegate(ActiveRecordingsModel::UserIdRole, ActiveRecordingsModel::UnconfirmedRole, this))
{
    setObjectName(QStringLiteral("activeRecordingsView"));
    setModel(model);
    setUpRowTable(this);
    horizontalHeader()->setStretchLastSection(false);
    setUpColumns();
    setItemDelegateForColumn(
        ActiveRecordingsModel::RemainingColumn, new ProgressDelegate(ActiveRecordingsModel::ProgressRole, this));

    setItemDelegateForColumn(ActiveRecordingsModel::ActionColumn, m_rowButtons);
    connect(m_rowButtons, &RowButtonsDelegate::clicked, this,
        [this](const QString &userId, RowButtonsDelegate::Button button) {
            if (button == RowButtonsDelegate::Button::Forget) {
                Q_EMIT forgetRequested(userId);
            } else {
                Q_EMIT stopRequested(userId);
            }
        });
    // An unconfirmed start's row holds two buttons: the column widens for it.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActiveRecordingsView::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &ActiveRecordingsView::fitColumns);

    // The same requests as the row's buttons and the Delete key.
    m_stopRowAction->setShortcut(Qt::Key_Delete); // shown in the menu; the view handles the key
    m_stopRowAction->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    connect(m_stopRowAction, &QAction::triggered, this,
        [this] { Q_EMIT stopRequested(m_stopRowAction->data().toString()); });
    connect(m_extendRowAction, &QAction::triggered, this,
        [this] { Q_EMIT extendRequested(m_extendRowAction->data().toString()); });
    connect(m_forgetRowAction, &QAction::triggered, this,
        [this] { Q_EMIT forgetRequested(m_forgetRowAction->data().toString()); });
    connect(m_rowMenu, &RowContextMenu::filling, this, &ActiveRecordingsView::fillRowMenu);
    retranslate();
}

QAction *ActiveRecordingsView::addRowAction(const char *objectName)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

void ActiveRecordingsView::fillRowMenu(QMenu *menu, const QModelIndex &row)
{
    const QModelIndex agent = row.siblingAtColumn(ActiveRecordingsModel::AgentColumn);
    const QString userId = agent.data(ActiveRecordingsModel::UserIdRole).toString();
    const qint64 contactId = agent.data(ActiveRecordingsModel::ContactIdRole).toLongLong();
    const bool unconfirmed = agent.data(ActiveRecordingsModel::UnconfirmedRole).toBool();
    for (QAction *action : { m_stopRowAction, m_extendRowAction, m_forgetRowAction }) {
        action->setData(userId);
    }
    m_copyContactIdAction->setContactId(contactId);
    menu->setTitle(agent.data().toString());
    menu->addAction(m_stopRowAction);
    // CXone extends nothing it has not confirmed; a start it never confirmed can only be forgotten.
    menu->addAction(unconfirmed ? m_forgetRowAction : m_extendRowAction);
    if (contactId > 0) {
        menu->addSeparator();
        menu->addAction(m_copyContactIdAction);
    }
}

void ActiveRecordingsView::retranslate()
{
    m_rowButtons->retranslate();
    fitColumns();
    //: Context menu of an active recording
    m_stopRowAction->setText(tr("&Stop this recording"));
    m_stopRowAction->setToolTip(tr("Stop this recording now (Delete)"));
    //: Context menu of an active recording
    m_extendRowAction->setText(tr("&Extend this recording"));
    m_extendRowAction->setToolTip(tr("Give this recording the duration chosen under Screen recording, from now: "
                                     "Vigie stops it and starts a new one"));
    //: Context menu of a recording CXone never confirmed
    m_forgetRowAction->setText(tr("&Forget this unconfirmed recording"));
    m_forgetRowAction->setToolTip(
        tr("Stop asking CXone about it; if CXone did start it, it goes on until its end time"));
    m_copyContactIdAction->retranslate();
}

void ActiveRecordingsView::fitColumns()
{
    // The Action column takes the width its delegate asks for its buttons. The stretched Agent and Purpose columns
    // never get narrower than their titles, even in the smallest window.
    resizeColumnToContents(ActiveRecordingsModel::ActionColumn);
    QHeaderView *header = horizontalHeader();
    // Sized to its text alone, the time left would leave its progress bar no room to show.
    setColumnWidth(ActiveRecordingsModel::RemainingColumn,
        qMax(header->sectionSizeHint(ActiveRecordingsModel::RemainingColumn),
            2 * fontMetrics().horizontalAdvance(QStringLiteral("0:00:00"))));
    header->setMinimumSectionSize(qMax(header->sectionSizeHint(ActiveRecordingsModel::AgentColumn),
        header->sectionSizeHint(ActiveRecordingsModel::PurposeColumn)));
}

void ActiveRecordingsView::setUpColumns()
{
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Names and purposes share what the times and the narrow contact ID leave.
    horizontalHeader()->setSectionResizeMode(ActiveRecordingsModel::AgentColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ActiveRecordingsModel::PurposeColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ActiveRecordingsModel::RemainingColumn, QHeaderView::Fixed);
    setColumnHidden(ActiveRecordingsModel::InteractionIdColumn, true);
}

void ActiveRecordingsView::setConcealed(bool concealed)
{
    if (concealed == (model() == nullptr)) {
        return;
    }
    setModel(concealed ? nullptr : m_model);
    if (!concealed) {
        // A new model gives the header new sections, with none of their settings.
        setUpColumns();
        fitColumns();
    }
}

QRect ActiveRecordingsView::rowButtonRect(int row, bool forget) const
{
    const QModelIndex cell = model() ? model()->index(row, ActiveRecordingsModel::ActionColumn) : QModelIndex();
    return m_rowButtons->buttonRect(
        visualRect(cell), cell, forget ? RowButtonsDelegate::Button::Forget : RowButtonsDelegate::Button::Stop);
}

void ActiveRecordingsView::setStopsAllowed(bool allowed)
{
    m_stopRowAction->setEnabled(allowed);
    m_extendRowAction->setEnabled(allowed);
    m_rowButtons->setStopsAllowed(allowed);
}

QStringList ActiveRecordingsView::selectedUserIds(bool unconfirmedOnly) const
{
    QStringList userIds;
    if (!selectionModel()) {
        return userIds;
    }
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (!unconfirmedOnly || row.data(ActiveRecordingsModel::UnconfirmedRole).toBool()) {
            userIds.append(row.data(ActiveRecordingsModel::UserIdRole).toString());
        }
    }
    return userIds;
}

void ActiveRecordingsView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete) {
        // Delete is the Stop action's key: it does what the action allows.
        for (const QString &userId : m_stopRowAction->isEnabled() ? selectedUserIds() : QStringList()) {
            Q_EMIT stopRequested(userId);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
