#include "views/ActiveRecordingsView.h"

#include "models/ActiveRecordingsModel.h"
#include "views/ProgressDelegate.h"
#include "views/RowTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>

ActiveRecordingsView::ActiveRecordingsView(ActiveRecordingsModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("activeRecordingsView"));
    setModel(model);
    setUpRowTable(this);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ActiveRecordingsModel::AgentColumn, QHeaderView::Stretch);
    setItemDelegateForColumn(
        ActiveRecordingsModel::ProgressColumn, new ProgressDelegate(ActiveRecordingsModel::ProgressRole, this));

    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { createStopButtons(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { createStopButtons(0, m_model->rowCount() - 1); });
    createStopButtons(0, m_model->rowCount() - 1);
}

void ActiveRecordingsView::createStopButtons(int firstRow, int lastRow)
{
    if (model() != m_model) {
        return; // concealed: the buttons come back with the model
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex cell = m_model->index(row, ActiveRecordingsModel::ActionColumn);
        const qint64 contactId = cell.data(ActiveRecordingsModel::ContactIdRole).toLongLong();
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("stopRecordingButton_%1").arg(contactId));
        button->setProperty("contactId", contactId);
        button->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
        connect(button, &QPushButton::clicked, this, [this, contactId] { Q_EMIT stopRequested(contactId); });
        setIndexWidget(cell, button);
    }
    retranslateButtons();
}

void ActiveRecordingsView::setConcealed(bool concealed)
{
    if (concealed == (model() == nullptr)) {
        return;
    }
    setModel(concealed ? nullptr : m_model);
    if (!concealed) {
        createStopButtons(0, m_model->rowCount() - 1);
    }
}

QVector<qint64> ActiveRecordingsView::selectedContactIds() const
{
    QVector<qint64> contactIds;
    if (!selectionModel()) {
        return contactIds;
    }
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        contactIds.append(row.data(ActiveRecordingsModel::ContactIdRole).toLongLong());
    }
    return contactIds;
}

void ActiveRecordingsView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete) {
        for (qint64 contactId : selectedContactIds()) {
            Q_EMIT stopRequested(contactId);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ActiveRecordingsView::retranslateButtons()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cell = m_model->index(row, ActiveRecordingsModel::ActionColumn);
        if (auto *button = qobject_cast<QPushButton *>(indexWidget(cell))) {
            const QString agent = m_model->index(row, ActiveRecordingsModel::AgentColumn).data().toString();
            //: Button in each row of the active recordings: stop this recording now
            button->setText(tr("Stop"));
            button->setAccessibleName(tr("Stop recording %1").arg(agent));
            button->setToolTip(tr("Stop recording %1 now").arg(agent));
        }
    }
}

void ActiveRecordingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateButtons();
    }
    QTableView::changeEvent(event);
}
