// SPDX-License-Identifier: Apache-2.0
#include "panels/RecordingPanel.h"

#include "policy/PolicyGate.h"
#include "presenters/SessionAnnouncer.h"
#include "recording/RecordingController.h"
#include "shell/UiSettings.h"
#include "text/PolicyText.h"
#include "text/QuestionText.h"
#include "widgets/AccessibleParts.h"
#include "widgets/ActionBinding.h"
#include "widgets/DurationPicker.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

RecordingPanel::RecordingPanel(RecordingController *controller, const Setup &setup, QWidget *parent)
    : Retranslating(parent)
    , m_purposes(setup.purposes)
    , m_policy(setup.policy)
    , m_controller(controller)
    , m_duration(new DurationPicker(this))
    , m_selectionLabel(new QLabel(this))
    // Shortcuts live on actions, not on the buttons: a button's mnemonic (&r) would replace them.
    , m_startAction(addRecordingAction("actionStartRecording", Qt::CTRL | Qt::Key_R, QStringLiteral("record")))
    , m_stopAction(addRecordingAction("actionStopRecording", Qt::CTRL | Qt::SHIFT | Qt::Key_R, QStringLiteral("stop")))
    , m_extendAction(addRecordingAction("actionExtendRecording", Qt::CTRL | Qt::Key_E, QString()))
    , m_startButton(addRecordingButton("startRecordingButton", m_startAction, QStringLiteral("record")))
    , m_stopButton(addRecordingButton("stopSelectedButton", m_stopAction, QStringLiteral("stop")))
    , m_extendButton(addRecordingButton("extendButton", m_extendAction, QString()))
    , m_purposeLabel(new QLabel(this))
    , m_purpose(new QComboBox(this))
    , m_justificationLabel(new QLabel(this))
    , m_justification(new QLineEdit(this))
    , m_allowanceLabel(new QLabel(this))
    , m_batchProgress(new QProgressBar(this))
    , m_cancelBatchButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("recordingBox"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setWordWrap(true);
    m_selectionLabel->setTextFormat(Qt::PlainText); // agent names
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    // A kiosk station records only for the administrator's purposes, as does any station whose
    // recording policy lists them.
    const bool purposesFixed = setup.kiosk || (m_policy && !m_policy->policy().purposes.isEmpty());
    m_purpose->setEditable(!purposesFixed);
    if (!purposesFixed) {
        m_purpose->setInsertPolicy(QComboBox::NoInsert);
        m_purpose->lineEdit()->setMaxLength(120);
    }
    m_purposeLabel->setBuddy(m_purpose);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setMaxLength(300);
    m_justificationLabel->setBuddy(m_justification);
    m_allowanceLabel->setObjectName(QStringLiteral("policyAllowanceLabel"));
    m_allowanceLabel->setWordWrap(true);
    m_allowanceLabel->setTextFormat(Qt::PlainText);
    m_batchProgress->setObjectName(QStringLiteral("batchProgress"));
    m_batchProgress->setVisible(false);
    m_cancelBatchButton->setObjectName(QStringLiteral("cancelBatchButton"));
    m_cancelBatchButton->setVisible(false);

    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_purposeLabel);
    purposeRow->addWidget(m_purpose, 1);
    auto *justificationRow = new QHBoxLayout;
    justificationRow->addWidget(m_justificationLabel);
    justificationRow->addWidget(m_justification, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_extendButton);
    buttons->addStretch();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_batchProgress, 1);
    progressRow->addWidget(m_cancelBatchButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_duration);
    layout->addLayout(purposeRow);
    layout->addLayout(justificationRow);
    layout->addWidget(m_selectionLabel);
    layout->addWidget(m_allowanceLabel);
    layout->addLayout(buttons);
    layout->addLayout(progressRow);
    layout->addStretch();

    // A kiosk station starts every session from the administrator's default; elsewhere the
    // supervisor's last choice wins over it.
    const int provisioned = setup.defaultDurationSeconds;
    const std::optional<int> saved = setup.kiosk ? std::nullopt : UiSettings::durationSeconds();
    m_duration->setSeconds(saved.value_or(provisioned > 0 ? provisioned : m_duration->seconds()));
    connect(m_duration, &DurationPicker::durationChanged, this, &UiSettings::setDurationSeconds);

    connect(m_purpose, &QComboBox::currentTextChanged, this, &RecordingPanel::applyPurposeRules);
    if (m_policy) {
        connect(m_policy, &PolicyGate::countsChanged, this, &RecordingPanel::showAllowance);
        // The allowed hours open and close as time passes.
        auto *clock = new QTimer(this);
        clock->start(30 * 1000);
        connect(clock, &QTimer::timeout, this, &RecordingPanel::showAllowance);
        // A start or a stop changes what the policy still allows.
        connect(controller, &RecordingController::batchFinished, this, &RecordingPanel::showAllowance);
    }
    connect(m_startAction, &QAction::triggered, this, &RecordingPanel::requestStart);
    connect(m_stopAction, &QAction::triggered, this, &RecordingPanel::stopRequested);
    connect(m_extendAction, &QAction::triggered, this, [this] { Q_EMIT extendRequested(m_duration->seconds()); });
    connect(m_cancelBatchButton, &QPushButton::clicked, controller, &RecordingController::cancelQueued);
    connect(controller, &RecordingController::batchProgress, this, &RecordingPanel::showBatchProgress);
    connect(controller, &RecordingController::batchFinished, this, [this] {
        m_batchProgress->setVisible(false);
        m_cancelBatchButton->setVisible(false);
    });
    retranslate();
}

QAction *RecordingPanel::addRecordingAction(const char *objectName, const QKeySequence &shortcut, const QString &icon)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (!icon.isEmpty()) {
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    }
    return action;
}

QPushButton *RecordingPanel::addRecordingButton(const char *objectName, QAction *action, const QString &icon)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QLatin1String(objectName));
    if (!icon.isEmpty()) {
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    }
    ActionBinding::bind(button, action);
    return button;
}

QList<QAction *> RecordingPanel::actions() const { return { m_startAction, m_stopAction, m_extendAction }; }

int RecordingPanel::durationSeconds() const { return m_duration->seconds(); }

void RecordingPanel::showSelection(const QString &firstName, int selected, const Allowed &allowed)
{
    m_startAction->setEnabled(allowed.start);
    m_stopAction->setEnabled(allowed.stop);
    m_extendAction->setEnabled(allowed.extend);
    if (selected == 0) {
        m_selectionLabel->setText(tr("Select one or more agents in the list."));
    } else if (selected == 1) {
        m_selectionLabel->setText(firstName);
    } else {
        //: The selected agents: the first one listed, and how many more
        m_selectionLabel->setText(tr("%1 and %n other(s)", nullptr, selected - 1).arg(firstName));
    }
    m_selectionLabel->setAccessibleName(m_selectionLabel->text());
    m_selectionLabel->setAccessibleDescription(
        selected == 0 ? QString() : tr("%n agent(s) selected.", nullptr, selected));
    showAllowance();
}

void RecordingPanel::showAllowance()
{
    const QVector<Agent> agents = m_policy && m_selectedAgents ? m_selectedAgents() : QVector<Agent>();
    QString text;
    if (agents.size() == 1) {
        text = PolicyText::allowance(m_policy->allowance(m_controller->userIdFor(agents.first())), m_policy->policy());
    } else if (agents.size() > 1) {
        const auto atCap = std::count_if(agents.cbegin(), agents.cend(),
            [this](const Agent &agent) { return m_policy->allowance(m_controller->userIdFor(agent)).atCap(); });
        QStringList parts;
        if (atCap > 0) {
            //: The recording policy's caps, for a selection of several agents
            parts.append(tr("%n of the selected agents reached a cap of the recording policy.", nullptr, int(atCap)));
        }
        // The hours are the same for every agent.
        if (const std::optional<PolicyAllowance::Hours> hours = m_policy->allowance(QString()).hours) {
            parts.append(PolicyText::hours(*hours, QDateTime::currentDateTimeUtc()));
        }
        text = parts.join(QStringLiteral(" · "));
    }
    m_allowanceLabel->setText(text);
    m_allowanceLabel->setAccessibleName(text);
    m_allowanceLabel->setVisible(!text.isEmpty());
}

void RecordingPanel::applyPurposeRules()
{
    const QString purpose = m_purpose->currentText().trimmed();
    m_duration->setLongest(m_policy ? m_policy->policy().longestSecondsFor(purpose) : std::nullopt);
    const bool justify = m_policy && m_policy->policy().requiresJustification(purpose);
    m_justificationLabel->setVisible(justify);
    m_justification->setVisible(justify);
}

void RecordingPanel::focusDuration() { m_duration->setFocus(Qt::OtherFocusReason); }

void RecordingPanel::requestStart()
{
    if (!m_startAction->isEnabled()) {
        return;
    }
    const QString purpose = m_purpose->currentText().trimmed();
    if (purpose.isEmpty()) {
        Q_EMIT purposeMissing();
        m_purpose->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_justification->isVisible() && m_justification->text().trimmed().isEmpty()) {
        Q_EMIT justificationMissing();
        m_justification->setFocus(Qt::OtherFocusReason);
        return;
    }
    continueStart(m_duration->seconds(), purpose);
}

void RecordingPanel::continueStart(int seconds, const QString &purpose)
{
    QStringList teamRecordingOff;
    for (const Agent &agent : m_selectedAgents ? m_selectedAgents() : QVector<Agent>()) {
        if (agent.teamRecording == Agent::TeamRecording::Disabled) {
            teamRecordingOff.append(agent.displayName());
        }
    }
    if (!teamRecordingOff.isEmpty()) {
        confirmTeamRecordingOff(teamRecordingOff, seconds, purpose);
        return;
    }
    Q_EMIT startRequested(seconds, purpose, justification());
}

QString RecordingPanel::justification() const
{
    return m_justification->isVisible() ? m_justification->text().trimmed() : QString();
}

void RecordingPanel::confirmTeamRecordingOff(const QStringList &agentNames, int seconds, const QString &purpose)
{
    auto *question = new QMessageBox(QMessageBox::Warning, QuestionText::teamRecordingOffTitle(),
        QuestionText::teamRecordingOffQuestion(agentNames), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("teamRecordingOffDialog"));
    question->setTextFormat(Qt::PlainText); // agent names
    question->setAttribute(Qt::WA_DeleteOnClose);
    //: Button of the question asked when screen recording is off for the agents' team
    QPushButton *startAnyway = question->addButton(tr("Start anyway"), QMessageBox::AcceptRole);
    startAnyway->setObjectName(QStringLiteral("startAnywayButton"));
    startAnyway->setAccessibleName(tr("Start recording anyway"));
    QPushButton *cancel = question->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelStartButton"));
    cancel->setAccessibleName(tr("Do not start"));
    question->setDefaultButton(cancel); // Enter must not record by accident
    connect(
        question, &QMessageBox::buttonClicked, this, [this, startAnyway, seconds, purpose](QAbstractButton *button) {
            if (button == startAnyway) {
                Q_EMIT startRequested(seconds, purpose, justification());
            }
        });
    question->open();
}

void RecordingPanel::showBatchProgress(int done, int total)
{
    m_batchProgress->setRange(0, total);
    m_batchProgress->setValue(done);
    //: Progress of a batch of requests: done of total
    m_batchProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
    m_batchProgress->setAccessibleName(tr("Requests to CXone: %1 of %2 done").arg(done).arg(total));
    m_batchProgress->setVisible(true);
    m_cancelBatchButton->setVisible(total > 1);
}

void RecordingPanel::retranslate()
{
    setTitle(tr("Screen recording"));
    m_startAction->setText(tr("&Start recording the selected agents"));
    m_stopAction->setText(tr("S&top recording the selected agents"));
    m_extendAction->setText(tr("&Extend their recordings"));
    m_startButton->setText(tr("Start &recording"));
    m_startButton->setAccessibleName(tr("Start recording"));
    m_startButton->setToolTip(tr("Record the screens of the selected agents for the chosen duration (Ctrl+R)"));
    m_stopButton->setText(tr("S&top recording"));
    m_stopButton->setAccessibleName(tr("Stop recording"));
    m_stopButton->setToolTip(tr("Stop the recordings of the selected agents (Ctrl+Shift+R)"));
    //: Button: give the selected agents' recordings a new duration from now
    m_extendButton->setText(tr("Exte&nd"));
    m_extendButton->setAccessibleName(tr("Extend recording"));
    m_extendButton->setToolTip(tr("Give the selected agents' recordings the chosen duration from now (Ctrl+E): CXone "
                                  "cannot extend a recording, so Vigie stops it and starts a new one"));
    //: Label of the field saying why the screens are recorded
    m_purposeLabel->setText(tr("&Purpose:"));
    m_purpose->setAccessibleName(tr("Purpose of the recording"));
    m_purpose->setToolTip(tr("Why these screens are recorded; kept with each recording in the audit trail"));
    retranslatePurposes();
    //: Label of the field where the supervisor says why this recording, when the recording policy asks
    m_justificationLabel->setText(tr("&Justification:"));
    m_justification->setAccessibleName(tr("Justification of the recording"));
    m_justification->setToolTip(tr("The recording policy asks why this recording is needed; kept in the audit trail"));
    showAllowance();
    //: Button: do not send the requests of the batch that are still waiting
    m_cancelBatchButton->setText(tr("Cancel"));
    m_cancelBatchButton->setAccessibleName(tr("Cancel the remaining requests"));
    m_cancelBatchButton->setToolTip(tr("Requests already sent finish; the others are not sent"));
    AccessibleParts::name(this);
}

void RecordingPanel::retranslatePurposes()
{
    const QString typedPurpose = m_purpose->currentText();
    const int presetIndex = m_purpose->currentIndex();
    const bool typedIsPreset = presetIndex >= 0 && m_purpose->itemText(presetIndex) == typedPurpose;
    const QStringList purposes = !m_purposes.isEmpty()
        ? m_purposes
        : QStringList { tr("Coaching"), tr("Quality review"), tr("Back-office audit"),
              tr("Investigation of a complaint") };
    m_purpose->clear();
    m_purpose->addItems(purposes);
    if (typedIsPreset || typedPurpose.isEmpty()) {
        m_purpose->setCurrentIndex(qMax(0, presetIndex));
    } else {
        m_purpose->setCurrentText(typedPurpose);
    }
    applyPurposeRules();
}
