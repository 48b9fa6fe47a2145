// SPDX-License-Identifier: Apache-2.0
#include "panels/RecordingsTabs.h"

#include "models/ActiveRecordingsModel.h"
#include "models/ActivityLogModel.h"
#include "models/RecordingHistoryModel.h"
#include "models/SiteRecordingsModel.h"
#include "registry/SiteRegistry.h"
#include "views/ActiveRecordingsView.h"
#include "views/RowTable.h"
#include "widgets/AccessibleParts.h"
#include "widgets/ActionBinding.h"
#include "widgets/ViewPlaceholder.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

RecordingsTabs::RecordingsTabs(
    RecordingTracker *tracker, const RecordingController *controller, ActivityLogModel *log, QWidget *parent)
    : Retranslating(parent)
    , m_activeModel(new ActiveRecordingsModel(tracker, controller, this))
    , m_historyModel(new RecordingHistoryModel(tracker, this))
    , m_log(log)
    , m_activeView(new ActiveRecordingsView(m_activeModel, this))
    , m_historyView(new QTableView(this))
    , m_logView(new QListView(this))
    , m_stopActiveButton(new QPushButton(this))
    , m_forgetButton(new QPushButton(this))
    , m_stopSelectedAction(new QAction(this))
    , m_forgetSelectedAction(new QAction(this))
    , m_activePlaceholder(new ViewPlaceholder(m_activeView))
    , m_historyPlaceholder(nullptr)
    , m_siteModel(new SiteRecordingsModel(this))
    , m_siteView(new QTableView(this))
    , m_sitePlaceholder(new ViewPlaceholder(m_siteView))
    , m_scopeBar(new QWidget(this))
    , m_showMineButton(new QRadioButton(m_scopeBar))
    , m_showWholeSiteButton(new QRadioButton(m_scopeBar))
    , m_activeStack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("recordingTabs"));
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_historyModel);
    m_historyPlaceholder = new ViewPlaceholder(m_historyView);
    setUpRowTable(m_historyView);
    m_historyView->horizontalHeader()->setStretchLastSection(false);
    setUpHistoryColumns();
    m_logView->setObjectName(QStringLiteral("activityLogView"));
    m_logView->setModel(m_log);
    m_logView->setWordWrap(true);
    m_logView->setUniformItemSizes(false);
    m_stopActiveButton->setObjectName(QStringLiteral("stopActiveButton"));
    m_stopActiveButton->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_forgetButton->setObjectName(QStringLiteral("forgetUnconfirmedButton"));

    auto *activePage = new QWidget(this);
    activePage->setObjectName(QStringLiteral("activeRecordingsPage"));
    auto *activeLayout = new QVBoxLayout(activePage);
    activeLayout->setContentsMargins(0, 0, 0, 0);
    m_siteView->setObjectName(QStringLiteral("siteRecordingsView"));
    setUpRowTable(m_siteView); // its model comes with a registry
    m_scopeBar->setObjectName(QStringLiteral("recordingsScopeBar"));
    m_showMineButton->setObjectName(QStringLiteral("showMineButton"));
    m_showWholeSiteButton->setObjectName(QStringLiteral("showWholeSiteButton"));
    m_showMineButton->setChecked(true);
    auto *scopeGroup = new QButtonGroup(m_scopeBar);
    scopeGroup->addButton(m_showMineButton);
    scopeGroup->addButton(m_showWholeSiteButton);
    auto *scopeLayout = new QHBoxLayout(m_scopeBar);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->addWidget(m_showMineButton);
    scopeLayout->addWidget(m_showWholeSiteButton);
    scopeLayout->addStretch();
    m_scopeBar->hide(); // until a registry is given
    m_activeStack->setObjectName(QStringLiteral("activeRecordingsStack"));
    m_activeStack->addWidget(m_activeView);
    m_activeStack->addWidget(m_siteView);
    activeLayout->addWidget(m_scopeBar);
    activeLayout->addWidget(m_activeStack, 1);
    auto *activeButtons = new QHBoxLayout;
    activeButtons->addStretch();
    activeButtons->addWidget(m_forgetButton);
    activeButtons->addWidget(m_stopActiveButton);
    activeLayout->addLayout(activeButtons);
    addTab(activePage, QString());
    addTab(m_historyView, QString());
    addTab(m_logView, QString());

    connect(m_activeView, &ActiveRecordingsView::stopRequested, this,
        [this](const QString &userId) { Q_EMIT stopRequested({ userId }); });
    connect(m_activeView, &ActiveRecordingsView::forgetRequested, this,
        [this](const QString &userId) { askToForget({ userId }); });
    connect(m_activeView, &ActiveRecordingsView::extendRequested, this,
        [this](const QString &userId) { Q_EMIT extendRequested({ userId }); });
    m_stopSelectedAction->setObjectName(QStringLiteral("actionStopSelectedActive"));
    m_forgetSelectedAction->setObjectName(QStringLiteral("actionForgetSelectedUnconfirmed"));
    ActionBinding::bind(m_stopActiveButton, m_stopSelectedAction);
    ActionBinding::bind(m_forgetButton, m_forgetSelectedAction);
    connect(m_stopSelectedAction, &QAction::triggered, this,
        [this] { Q_EMIT stopRequested(m_activeView->selectedUserIds()); });
    connect(m_forgetSelectedAction, &QAction::triggered, this,
        [this] { askToForget(m_activeView->selectedUserIds(true)); });
    connect(
        m_activeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordingsTabs::updateButtons);
    connect(m_activeModel, &QAbstractItemModel::modelReset, this, &RecordingsTabs::updateButtons);
    connect(m_showWholeSiteButton, &QRadioButton::toggled, this, &RecordingsTabs::showWholeSite);
    connect(m_siteModel, &QAbstractItemModel::modelReset, this, &RecordingsTabs::showEmptyStates);
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(m_activeModel), static_cast<QAbstractItemModel *>(m_historyModel) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RecordingsTabs::showEmptyStates);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordingsTabs::showEmptyStates);
        connect(model, &QAbstractItemModel::modelReset, this, &RecordingsTabs::showEmptyStates);
    }
    retranslate();
    updateButtons();
}

void RecordingsTabs::setUpHistoryColumns()
{
    // Names and dates whole; how it ended takes what is left, the purpose its share of it.
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecordingHistoryModel::PurposeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RecordingHistoryModel::OutcomeColumn, QHeaderView::Stretch);
}

void RecordingsTabs::showEmptyStates()
{
    // Locked, the views hold no model and say nothing.
    const bool shown = m_activeView->model() != nullptr;
    m_activePlaceholder->showMessage(shown && m_activeModel->rowCount() == 0
            ? tr("No recording is running. Select agents and press Start.")
            : QString());
    m_historyPlaceholder->showMessage(
        shown && m_historyModel->rowCount() == 0 ? tr("No recording has ended yet.") : QString());
    QString siteMessage;
    if (shown && m_siteRegistry && m_siteModel->rowCount() == 0) {
        siteMessage = m_siteRegistry->isUp()
            ? tr("No station of the site is recording.")
            : tr("The site registry cannot be reached: other stations' recordings are not shown.");
    }
    m_sitePlaceholder->showMessage(siteMessage);
}

void RecordingsTabs::setSiteRegistry(const SiteRegistry *registry)
{
    m_siteRegistry = registry;
    m_siteModel->setSiteRegistry(registry);
    m_siteView->setModel(registry ? m_siteModel : nullptr);
    m_scopeBar->setVisible(registry != nullptr);
    if (registry) {
        connect(registry, &SiteRegistry::availabilityChanged, this, &RecordingsTabs::showEmptyStates);
    } else {
        m_showMineButton->setChecked(true);
    }
    showEmptyStates();
}

void RecordingsTabs::showWholeSite(bool wholeSite)
{
    m_activeStack->setCurrentWidget(wholeSite ? static_cast<QWidget *>(m_siteView) : m_activeView);
    // They act on this station's recordings: another station's is stopped from the agent list.
    m_stopActiveButton->setVisible(!wholeSite);
    m_forgetButton->setVisible(!wholeSite);
}

void RecordingsTabs::updateButtons()
{
    // Enabled only when pressing them does something: an empty list has nothing to stop.
    m_stopSelectedAction->setEnabled(m_stopsAllowed && !m_activeView->selectedUserIds().isEmpty());
    m_forgetSelectedAction->setEnabled(!m_activeView->selectedUserIds(true).isEmpty());
}

void RecordingsTabs::setStopsAllowed(bool allowed)
{
    m_stopsAllowed = allowed;
    m_activeView->setStopsAllowed(allowed);
    updateButtons();
}

void RecordingsTabs::askToForget(const QStringList &userIds)
{
    if (userIds.isEmpty()) {
        return;
    }
    QStringList agents;
    for (int row = 0; row < m_activeModel->rowCount(); ++row) {
        const QModelIndex agent = m_activeModel->index(row, ActiveRecordingsModel::AgentColumn);
        if (userIds.contains(agent.data(ActiveRecordingsModel::UserIdRole).toString())) {
            agents.append(agent.data().toString());
        }
    }
    QMessageBox question(QMessageBox::Warning, tr("Forget unconfirmed recordings"),
        tr("CXone never confirmed these recordings: %1. If CXone did start them, they go on until the end time "
           "shown and Vigie will no longer be able to stop them. Stop asking CXone about them?")
            .arg(agents.join(QStringLiteral(", "))),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("forgetQuestion"));
    question.setTextFormat(Qt::PlainText); // agent names
    QPushButton *forget = question.addButton(tr("Forget them"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetConfirmButton"));
    question.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("forgetCancelButton"));
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == forget) {
        Q_EMIT forgetRequested(userIds);
    }
}

void RecordingsTabs::setConcealed(bool concealed)
{
    m_activeView->setConcealed(concealed);
    m_historyView->setModel(concealed ? nullptr : m_historyModel);
    if (!concealed) {
        setUpHistoryColumns(); // a new model gives the header new sections
    }
    m_logView->setModel(concealed ? nullptr : m_log);
    m_siteView->setModel(concealed || !m_siteRegistry ? nullptr : m_siteModel);
    showEmptyStates();
}

void RecordingsTabs::retranslate()
{
    setTabText(0, tr("Active recordings"));
    //: Tab of the recordings that have ended
    setTabText(1, tr("History"));
    setTabText(2, tr("Activity log"));
    setAccessibleName(tr("Recordings"));
    m_activeView->setAccessibleName(tr("Active recordings"));
    m_activeView->setToolTip(
        tr("Delete stops the selected recordings; the Menu key or Shift+F10 opens the actions of the current one"));
    m_stopSelectedAction->setText(tr("Stop the selected recordings"));
    m_forgetSelectedAction->setText(tr("Forget the selected unconfirmed recordings"));
    m_stopActiveButton->setText(tr("Stop the selected recordings"));
    m_stopActiveButton->setAccessibleName(tr("Stop the selected recordings"));
    m_stopActiveButton->setToolTip(tr("Stop the recordings selected in this list (Delete); an unconfirmed one is "
                                      "confirmed with CXone first, then stopped"));
    m_forgetButton->setText(tr("Forget the selected unconfirmed recordings"));
    m_forgetButton->setAccessibleName(tr("Forget the selected unconfirmed recordings"));
    m_forgetButton->setToolTip(tr("Stop asking CXone about the unconfirmed recordings selected in this list"));
    m_historyView->setAccessibleName(tr("Recording history"));
    m_logView->setAccessibleName(tr("Activity log"));
    //: Active recordings: show this station's recordings only
    m_showMineButton->setText(tr("Mine"));
    m_showMineButton->setAccessibleName(tr("Show my recordings"));
    m_showMineButton->setToolTip(tr("The recordings started from this station"));
    //: Active recordings: show the recordings of every station of the site
    m_showWholeSiteButton->setText(tr("Whole site"));
    m_showWholeSiteButton->setAccessibleName(tr("Show the whole site's recordings"));
    m_showWholeSiteButton->setToolTip(tr("Every station's recordings, as the site registry shows them, with who "
                                         "started each and from which station"));
    m_siteView->setAccessibleName(tr("Recordings of the whole site"));
    m_siteModel->retranslate();
    m_activeModel->retranslate();
    m_historyModel->retranslate();
    showEmptyStates();
    AccessibleParts::name(this);
}
