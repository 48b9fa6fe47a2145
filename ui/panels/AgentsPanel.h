// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include "cxone/Agent.h"
#include "recording/TrackedRecording.h"

#include <QGroupBox>

class AgentFilterProxy;
class AgentTableModel;
class CopyContactIdAction;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class SupervisorSession;
class ViewPlaceholder;

// The agents and the supervisor's choice among them: which agents the station's scope lists,
// search, team and state filters, the table with each agent's live state and recording, and the
// selection the recording controls act on. Keeps itself up to date from the directory and the
// controller.
class AgentsPanel : public Retranslating<QGroupBox>
{
    Q_OBJECT
public:
    explicit AgentsPanel(SupervisorSession *session, QWidget *parent = nullptr);

    // The selected agents, in the order the table lists them. A filter that hides an agent drops
    // it from the selection: an action never applies to an agent out of sight.
    QVector<Agent> selectedAgents() const;
    // The active recordings of the selected agents, which Stop and Extend act on.
    QVector<TrackedRecording> selectedRecordings() const;
    // Forgets the failures shown next to these agents (before they are tried again).
    void clearFailures(const QVector<Agent> &agents);
    // Empties the table, so no name stays readable behind the lock screen.
    void conceal();

    QAction *searchAction() const { return m_searchAction; }
    // What the context menu of an agent row offers before Copy the contact ID: the recording
    // actions (Start, Stop, Extend), which act on the selection — the row the menu opened on.
    void setRowActions(const QList<QAction *> &actions) { m_rowActions = actions; }
    QTableView *table() const { return m_table; }
    // For the status bar: how many agents the table lists, of how many ("12 of 60 agents listed").
    QLabel *listedCount() const { return m_listedCount; }
    void saveLayout() const;

Q_SIGNALS:
    void selectionChanged();
    // Enter or a double click on an agent: it is selected, and nothing starts.
    void agentActivated();

private:
    void retranslate() override;
    void refreshFilterChoices();
    void showScope();
    void repaintClocks();
    void fillRowMenu(QMenu *menu, const QModelIndex &row);
    // The count in the status bar, and the sentence in the table when it lists nobody.
    void showListing();
    void clearFilters();

    SupervisorSession *m_session;
    AgentTableModel *m_model;
    AgentFilterProxy *m_proxy;
    QLabel *m_scopeLabel;
    QLineEdit *m_search;
    QComboBox *m_teamFilter;
    QComboBox *m_stateFilter;
    QTableView *m_table;
    QAction *m_searchAction;
    QList<QAction *> m_rowActions;
    CopyContactIdAction *m_copyContactIdAction; // carries the contact ID while the row's menu is open
    ViewPlaceholder *m_placeholder;
    QLabel *m_listedCount;
    bool m_loadFailed = false; // since the last list that arrived
};
