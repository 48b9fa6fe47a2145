// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include "cxone/Agent.h"

#include <QGroupBox>

#include <functional>

class DurationPicker;
class PolicyGate;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RecordingController;

// What to do with the selected agents: the duration, the purpose, Start, Stop and Extend (as
// buttons and as the Recording menu's actions, which carry the shortcuts), and the progress of
// a batch of requests with its Cancel. It asks; the window decides which agents it applies to.
// Before a start that CXone will likely not carry out (screen recording off for the agent's
// team), it asks the supervisor to confirm, naming the agents and the reason.
class RecordingPanel : public Retranslating<QGroupBox>
{
    Q_OBJECT
public:
    struct Setup
    {
        QStringList purposes; // the administrator's list; empty: Vigie's defaults
        bool kiosk = false; // only the administrator's purposes and default duration
        int defaultDurationSeconds = 0; // 0: none provisioned
        // The works council's policy: the purpose's longest duration, its justification and what it
        // still allows the selected agents. None: no policy.
        const PolicyGate *policy = nullptr;
    };

    RecordingPanel(RecordingController *controller, const Setup &setup, QWidget *parent = nullptr);

    // What the selection allows now: Start for agents neither recorded nor waiting for CXone,
    // Stop for agents being recorded (or maybe, unconfirmed), Extend for confirmed recordings.
    struct Allowed
    {
        bool start = false;
        bool stop = false;
        bool extend = false;
    };
    // Names the selection ("Claire Martin and 2 others", firstName the first agent listed) and
    // enables only the actions it allows.
    void showSelection(const QString &firstName, int selected, const Allowed &allowed);
    QList<QAction *> actions() const;
    // The duration a start or an extension asks for now, in seconds.
    int durationSeconds() const;

    void requestStart();
    // Enter or a double click on an agent: the duration is next, never a start by itself (a
    // start has legal weight: it takes the Start button, its shortcut or the menu).
    void focusDuration();
    // The agents a start would apply to, read when Start is pressed.
    void setSelectionSource(std::function<QVector<Agent>()> selectedAgents)
    {
        m_selectedAgents = std::move(selectedAgents);
    }

Q_SIGNALS:
    void startRequested(int seconds, const QString &purpose, const QString &justification);
    void stopRequested();
    void extendRequested(int seconds);
    void purposeMissing();
    void justificationMissing();

private:
    void retranslate() override;
    void retranslatePurposes();
    void showBatchProgress(int done, int total);
    void confirmTeamRecordingOff(const QStringList &agentNames, int seconds, const QString &purpose);
    void continueStart(int seconds, const QString &purpose);
    // Why this recording, when the policy asks for it; empty when it does not.
    QString justification() const;
    void applyPurposeRules();
    void showAllowance();
    QAction *addRecordingAction(const char *objectName, const QKeySequence &shortcut, const QString &icon);
    QPushButton *addRecordingButton(const char *objectName, QAction *action, const QString &icon);

    QStringList m_purposes;
    const PolicyGate *m_policy;
    RecordingController *m_controller;
    std::function<QVector<Agent>()> m_selectedAgents;
    DurationPicker *m_duration;
    QLabel *m_selectionLabel;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_extendAction;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QPushButton *m_extendButton;
    QLabel *m_purposeLabel;
    QComboBox *m_purpose;
    QLabel *m_justificationLabel;
    QLineEdit *m_justification;
    QLabel *m_allowanceLabel;
    QProgressBar *m_batchProgress;
    QPushButton *m_cancelBatchButton;
};
