// SPDX-License-Identifier: Apache-2.0
#include "views/ActiveRecordingsView.h"

#include "models/ActiveRecordingsModel.h"
#include "views/CopyContactIdAction.h"
#include "views/ProgressDelegate.h"
#include "views/RowContextMenu.h"
#include "views/RowTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>

ActiveRecordingsView::ActiveRecordingsView(ActiveRecordingsModel *model, QWidget *parent)
    : Retranslating(parent)
    , m_model(model)
    , m_rowMenu(new RowContextMenu(this))
    , m_stopRowAction(addRowAction("actionStopActiveRow"))
    , m_extendRowAction(addRowAction("actionExtendActiveRow"))
    , m_forgetRowAction(addRowAction("actionForgetActiveRow"))
    , m_copyContactIdAction(new CopyContactIdAction(QStringLiteral("actionCopyContactId"), this))
{
    setObjectName(QStringLiteral("activeRecordingsView"));
    setModel(model);
    setUpRowTable(this);
    horizontalHeader()->setStretchLastSection(false);
    setUpColumns();
    setItemDelegateForColumn(
        ActiveRecordingsModel::RemainingColumn, new ProgressDelegate(ActiveRecordingsModel::ProgressRole, this));

    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { createRowButtons(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { createRowButtons(0, m_model->rowCount() - 1); });
    createRowButtons(0, m_model->rowCount() - 1);

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
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cell = m_model->index(row, ActiveRecordingsModel::ActionColumn);
        if (const QWidget *buttons = indexWidget(cell)) {
            retranslateButtons(buttons, cell);
        }
    }
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

void ActiveRecordingsView::createRowButtons(int firstRow, int lastRow)
{
    if (model() != m_model) {
        return; // concealed: the buttons come back with the model
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex cell = m_model->index(row, ActiveRecordingsModel::ActionColumn);
        const QString userId = cell.data(ActiveRecordingsModel::UserIdRole).toString();
        const bool unconfirmed = cell.data(ActiveRecordingsModel::UnconfirmedRole).toBool();
        auto *buttons = new QWidget(this);
        buttons->setObjectName(QStringLiteral("rowActions_%1").arg(userId));
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *stop = new QPushButton(buttons);
        // By contact when there is one: the name automation tools have always found.
        const qint64 contactId = cell.data(ActiveRecordingsModel::ContactIdRole).toLongLong();
        stop->setObjectName(unconfirmed ? QStringLiteral("stopUnconfirmedButton_%1").arg(userId)
                                        : QStringLiteral("stopRecordingButton_%1").arg(contactId));
        stop->setProperty("role", QStringLiteral("stop"));
        stop->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
        stop->setEnabled(m_stopsAllowed);
        connect(stop, &QPushButton::clicked, this, [this, userId] { Q_EMIT stopRequested(userId); });
        layout->addWidget(stop);
        if (unconfirmed) {
            auto *forget = new QPushButton(buttons);
            forget->setObjectName(QStringLiteral("forgetUnconfirmedButton_%1").arg(userId));
            forget->setProperty("role", QStringLiteral("forget"));
            connect(forget, &QPushButton::clicked, this, [this, userId] { Q_EMIT forgetRequested(userId); });
            layout->addWidget(forget);
        }
        // Named before they are placed: the column takes the width of the words it shows.
        retranslateButtons(buttons, cell);
        setIndexWidget(cell, buttons);
    }
    fitColumns();
}

void ActiveRecordingsView::fitColumns()
{
    // The header sizes its columns to their cells' text; the buttons of the Action column are
    // widgets it does not measure by itself. The stretched Agent and Purpose columns never get
    // narrower than their titles, even in the smallest window.
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
        createRowButtons(0, m_model->rowCount() - 1);
    }
}

void ActiveRecordingsView::setStopsAllowed(bool allowed)
{
    m_stopsAllowed = allowed;
    m_stopRowAction->setEnabled(allowed);
    m_extendRowAction->setEnabled(allowed);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button->property("role").toString() == QLatin1String("stop")) {
            button->setEnabled(allowed);
        }
    }
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
        for (const QString &userId : m_stopsAllowed ? selectedUserIds() : QStringList()) {
            Q_EMIT stopRequested(userId);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ActiveRecordingsView::retranslateButtons(const QWidget *buttons, const QModelIndex &cell)
{
    const QString agent = cell.siblingAtColumn(ActiveRecordingsModel::AgentColumn).data().toString();
    for (auto *button : buttons->findChildren<QPushButton *>()) {
        if (button->property("role").toString() == QLatin1String("forget")) {
            //: Button of an unconfirmed recording: stop asking CXone about it
            button->setText(tr("Forget"));
            button->setAccessibleName(tr("Forget the unconfirmed recording of %1").arg(agent));
            button->setToolTip(tr("Stop asking CXone about %1. If CXone did start this recording, it goes on "
                                  "until its end time and cannot be stopped from Vigie.")
                                   .arg(agent));
            continue;
        }
        //: Button in each row of the active recordings: stop this recording now
        button->setText(tr("Stop"));
        button->setAccessibleName(tr("Stop recording %1").arg(agent));
        button->setToolTip(tr("Stop recording %1 now").arg(agent));
    }
}
