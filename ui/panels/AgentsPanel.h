// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include "cxone/Agent.h"
#include "recording/TrackedRecording.h"

#include <QGroupBox>

class AgentFilterProxy;
class AgentTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class SupervisorSession;

// The agents and the supervisor's choice among them: which agents the station's scope lists,
// search, team and state filters, the table with each agent's live state and recording, and the
// selection the recording controls act on. Keeps itself up to date from the directory and the
// controller.
class AgentsPanel : public Retranslating<QGroupBox>
{
    Q_OBJECT
public:
    explicit AgentsPanel(SupervisorSession *session, QWidget *parent = nullptr);

    QVector<Agent> selectedAgents() const;
    int selectedCount() const;
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
    QAction *m_copyContactIdAction; // carries the contact ID while the row's menu is open
};
