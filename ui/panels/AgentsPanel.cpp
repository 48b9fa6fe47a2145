// SPDX-License-Identifier: Apache-2.0
#include "panels/AgentsPanel.h"

#include "models/AgentFilterProxy.h"
#include "models/AgentTableModel.h"
#include "session/SupervisorSession.h"
#include "shell/UiSettings.h"
#include "text/AgentStateText.h"
#include "text/OutcomeText.h"
#include "text/ScopeText.h"
#include "views/CopyContactIdAction.h"
#include "views/RowContextMenu.h"
#include "views/RowTable.h"
#include "widgets/AccessibleParts.h"
#include "widgets/ViewPlaceholder.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

AgentsPanel::AgentsPanel(SupervisorSession *session, QWidget *parent)
    : Retranslating(parent)
    , m_session(session)
    , m_model(new AgentTableModel(session->tracker(), session->controller(), this))
    , m_proxy(new AgentFilterProxy(m_model, this))
    , m_scopeLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_teamFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_searchAction(new QAction(this))
    , m_copyContactIdAction(new CopyContactIdAction(QStringLiteral("actionCopyAgentContactId"), this))
    , m_placeholder(nullptr)
    , m_listedCount(new QLabel(this))
{
    if (session->siteRegistry()) {
        m_model->setSiteRegistry(session->siteRegistry());
    }
    m_model->setPolicyGate(session->policyGate());
    setObjectName(QStringLiteral("agentsBox"));
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setWordWrap(true);
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setClearButtonEnabled(true);
    m_teamFilter->setObjectName(QStringLiteral("teamFilter"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchAction->setObjectName(QStringLiteral("actionSearch"));
    m_searchAction->setShortcut(QKeySequence::Find);

    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentTableModel::NameColumn, Qt::AscendingOrder);
    setUpRowTable(m_table);
    // Uniform rows: the view never measures 20,000 rows to lay itself out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    // Room for a whole team name after the mark of a team whose screen recording is off.
    m_table->setColumnWidth(AgentTableModel::NameColumn, 20 * character);
    m_table->setColumnWidth(AgentTableModel::TeamColumn, 26 * character);
    m_table->setColumnWidth(AgentTableModel::StateColumn, 18 * character);
    m_table->setColumnWidth(AgentTableModel::TimeInStateColumn, 15 * character);
    m_table->horizontalHeader()->restoreState(UiSettings::agentHeader());
    m_placeholder = new ViewPlaceholder(m_table, QStringLiteral("clearSearchButton"));
    m_listedCount->setObjectName(QStringLiteral("listedCountLabel"));
    m_listedCount->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_teamFilter);
    filters->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    setTabOrder(m_search, m_teamFilter);
    setTabOrder(m_teamFilter, m_stateFilter);
    setTabOrder(m_stateFilter, m_table);

    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AgentFilterProxy::setSearchText);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setTeam(m_teamFilter->currentData().toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setState(m_stateFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgentsPanel::selectionChanged);
    // A filter or a state change that hides selected agents drops them from the selection with
    // no selectionChanged: the proxy moves rows by layout changes and single removals.
    const auto listingChanged = [this] {
        Q_EMIT selectionChanged();
        showListing();
    };
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, listingChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, listingChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, listingChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AgentsPanel::showListing);
    connect(m_placeholder, &ViewPlaceholder::buttonClicked, this, &AgentsPanel::clearFilters);
    connect(m_table, &QTableView::activated, this, &AgentsPanel::agentActivated);
    connect(new RowContextMenu(m_table), &RowContextMenu::filling, this, &AgentsPanel::fillRowMenu);

    connect(session->directory(), &AgentDirectory::agentsArriving, m_model, &AgentTableModel::appendAgents);
    connect(session->directory(), &AgentDirectory::agentsLoaded, this, [this](const QVector<Agent> &agents) {
        m_loadFailed = false;
        m_model->setAgents(agents);
        refreshFilterChoices();
        showListing();
    });
    connect(session->directory(), &AgentDirectory::loadFailed, this, [this] {
        m_loadFailed = true;
        showListing();
    });
    connect(session->directory(), &AgentDirectory::loadProgress, this, &AgentsPanel::showListing);
    connect(session->tokens(), &TokenProvider::stateChanged, this, [this](TokenProvider::State state) {
        // Signed out, the list would go stale: no state follows, and no one may act on it.
        if (state == TokenProvider::State::SignedOut) {
            conceal();
        }
        showListing();
    });
    connect(session->directory(), &AgentDirectory::scopeResolved, this, &AgentsPanel::showScope);
    connect(session->directory(), &AgentDirectory::statesChanged, m_model, &AgentTableModel::applyStateChanges);
    connect(session->controller(), &RecordingController::startFailed, this,
        [this](const QString &userId, const QString &, const StartResult &result) {
            if (result.extendsContactId != 0) {
                return; // a refused Extend: the recording goes on, nothing failed to start
            }
            m_model->setFailure(userId, OutcomeText::shortReason(result.outcome));
        });
    connect(session->tracker(), &RecordingTracker::ticked, this, &AgentsPanel::repaintClocks);
    retranslate();
}

QVector<Agent> AgentsPanel::selectedAgents() const
{
    QVector<Agent> agents;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    agents.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        agents.append(m_model->agentAt(m_proxy->mapToSource(row).row()));
    }
    return agents;
}

QVector<TrackedRecording> AgentsPanel::selectedRecordings() const
{
    QVector<TrackedRecording> recordings;
    for (const Agent &agent : selectedAgents()) {
        const QString userId = m_session->controller()->userIdFor(agent);
        if (const TrackedRecording *recording = m_session->tracker()->activeForUser(userId)) {
            recordings.append(*recording);
        }
    }
    return recordings;
}

void AgentsPanel::clearFailures(const QVector<Agent> &agents)
{
    for (const Agent &agent : agents) {
        m_model->clearFailure(m_session->controller()->userIdFor(agent));
    }
}

void AgentsPanel::conceal()
{
    m_model->setAgents({});
    m_search->clear(); // what was searched for is a name too
    refreshFilterChoices(); // and the teams
}

void AgentsPanel::showListing()
{
    const int total = m_model->rowCount();
    const int listed = m_proxy->rowCount();
    if (total == 0) {
        m_listedCount->clear();
    } else if (listed == total) {
        m_listedCount->setText(tr("%n agent(s) listed", nullptr, total));
    } else {
        //: Status bar: agents the search and filters leave in the table, of the agents of the station
        m_listedCount->setText(tr("%1 of %n agent(s) listed", nullptr, total).arg(QLocale().toString(listed)));
    }
    m_listedCount->setAccessibleName(m_listedCount->text());

    const TokenProvider *tokens = m_session->tokens();
    const QString searched = m_search->text().trimmed();
    //: Button in the agent table when the search or the filters leave no agent: lists them all again
    m_placeholder->setButtonText(searched.isEmpty() ? tr("Clear the filters") : tr("Clear the search"));
    if (listed > 0) {
        m_placeholder->showMessage(QString());
    } else if (total > 0) {
        m_placeholder->showMessage(searched.isEmpty() ? tr("No agent matches the chosen team and state.")
                                                      : tr("No agent matches “%1”.").arg(searched),
            true);
    } else if (tokens->state() == TokenProvider::State::SignedOut) {
        m_placeholder->showMessage(tr("Sign in to CXone to see your agents (Session > Sign in)."));
    } else if (tokens->state() == TokenProvider::State::SigningIn || m_session->directory()->isLoading()) {
        m_placeholder->showMessage(tr("Loading the agents…"));
    } else if (m_loadFailed) {
        m_placeholder->showMessage(tr("The agent list could not be loaded. Try again with View > Reload agents (F5)."));
    } else {
        m_placeholder->showMessage(tr("No agent is listed for this station."));
    }
}

void AgentsPanel::clearFilters()
{
    m_search->clear();
    m_teamFilter->setCurrentIndex(0);
    m_stateFilter->setCurrentIndex(0);
    m_table->setFocus(Qt::OtherFocusReason);
}

void AgentsPanel::saveLayout() const { UiSettings::setAgentHeader(m_table->horizontalHeader()->saveState()); }

void AgentsPanel::repaintClocks()
{
    // Time in state and the countdowns move every second for many rows: repainting the two
    // visible columns reads the new values, where a dataChanged per row would make the proxy
    // map thousands of rows each second. The active recordings list signals its countdowns.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : { int(AgentTableModel::TimeInStateColumn), int(AgentTableModel::RecordingColumn) }) {
        const int x = header->sectionViewportPosition(column);
        m_table->viewport()->update(QRect(x, 0, header->sectionSize(column), m_table->viewport()->height()));
    }
}

void AgentsPanel::fillRowMenu(QMenu *menu, const QModelIndex &row)
{
    // The recording actions act on the selection: from the keyboard the current row may not be
    // part of it, and the menu is about that row.
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection->isRowSelected(row.row(), row.parent())) {
        selection->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const Agent &agent = m_model->agentAt(m_proxy->mapToSource(row).row());
    menu->setTitle(agent.displayName());
    menu->addActions(m_rowActions);
    const TrackedRecording *recording = m_session->tracker()->activeForUser(m_session->controller()->userIdFor(agent));
    if (recording && recording->contactId > 0) {
        m_copyContactIdAction->setContactId(recording->contactId);
        menu->addSeparator();
        menu->addAction(m_copyContactIdAction);
    }
}

void AgentsPanel::showScope()
{
    const SupervisorScope &scope = m_session->directory()->scope();
    const QString summary = ScopeText::summary(scope);
    m_scopeLabel->setText(summary);
    m_scopeLabel->setToolTip(ScopeText::explanation(scope));
    m_scopeLabel->setAccessibleName(summary);
    // A scope that lists nobody is a fault to fix, not a state: it must stand out.
    QFont font = m_scopeLabel->font();
    font.setBold(scope.problem() == SupervisorScope::Problem::NoTeamMatches
        || scope.problem() == SupervisorScope::Problem::SupervisorUnknown);
    m_scopeLabel->setFont(font);
}

void AgentsPanel::refreshFilterChoices()
{
    const QString team = m_teamFilter->currentData().toString();
    const QString state = m_stateFilter->currentData().toString();
    {
        const QSignalBlocker blockTeams(m_teamFilter);
        const QSignalBlocker blockStates(m_stateFilter);
        m_teamFilter->clear();
        m_teamFilter->addItem(tr("All teams"), QString());
        for (const QString &name : m_model->teams()) {
            m_teamFilter->addItem(name, name);
        }
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"), QString());
        for (const QString &name : m_model->states()) {
            m_stateFilter->addItem(AgentStateText::name(name), name);
        }
        m_teamFilter->setCurrentIndex(qMax(0, m_teamFilter->findData(team)));
        m_stateFilter->setCurrentIndex(qMax(0, m_stateFilter->findData(state)));
    }
    m_proxy->setTeam(m_teamFilter->currentData().toString());
    m_proxy->setState(m_stateFilter->currentData().toString());
}

void AgentsPanel::retranslate()
{
    //: Title of the box listing the agents
    setTitle(tr("Agents"));
    m_searchAction->setText(tr("&Find an agent"));
    m_copyContactIdAction->retranslate();
    m_search->setPlaceholderText(tr("Search by name, user name or team (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search agents"));
    m_search->setToolTip(tr("Type part of a name, a user name or a team"));
    m_teamFilter->setAccessibleName(tr("Filter by team"));
    m_teamFilter->setToolTip(tr("Show only the agents of one team"));
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->setToolTip(tr("Show only the agents in one state"));
    //: Accessible description of the line saying which agents this station lists
    m_scopeLabel->setAccessibleDescription(tr("Agents you may see and record"));
    showScope();
    m_table->setAccessibleName(tr("Agents"));
    m_table->setToolTip(tr("Select one or more agents; Enter moves to the duration, the Menu key or Shift+F10 "
                           "opens the actions of the current one"));
    AccessibleParts::name(this);
    refreshFilterChoices();
    m_model->retranslate();
    showListing();
    // Titles differ in length between languages: a column is never narrower than its title.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : { int(AgentTableModel::NameColumn), int(AgentTableModel::TeamColumn),
             int(AgentTableModel::StateColumn), int(AgentTableModel::TimeInStateColumn) }) {
        header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
    }
}
