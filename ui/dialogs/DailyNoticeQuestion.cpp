// SPDX-License-Identifier: Apache-2.0
#include "dialogs/DailyNoticeQuestion.h"

#include "session/SupervisorSession.h"

#include <QMessageBox>
#include <QPushButton>

DailyNoticeQuestion::DailyNoticeQuestion(SupervisorSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

void DailyNoticeQuestion::then(std::function<void()> proceed)
{
    const PolicyGate *gate = m_session->policyGate();
    if (gate->noticeConfirmed(m_session->controller()->supervisor())) {
        proceed();
        return;
    }
    if (m_question && m_question->isVisible()) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    const QString notice = gate->policy().dailyNotice;
    auto *question
        = new QMessageBox(QMessageBox::Information, tr("Recording policy"), notice, QMessageBox::NoButton, m_window);
    m_question = question;
    question->setObjectName(QStringLiteral("dailyNoticeDialog"));
    question->setTextFormat(Qt::PlainText); // the administrator's words
    question->setInformativeText(tr("Confirm it before your first recording of the day."));
    //: Button of the recording policy's daily notice: the supervisor confirms what it says
    QPushButton *confirm = question->addButton(tr("I confirm"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmNoticeButton"));
    confirm->setAccessibleName(tr("Confirm the recording policy's notice"));
    QPushButton *cancel = question->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelNoticeButton"));
    cancel->setAccessibleName(tr("Do not start"));
    question->setDefaultButton(cancel); // Enter must not confirm by accident
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
        [this, confirm, notice, proceed = std::move(proceed)](QAbstractButton *button) {
            if (button == confirm) {
                // In the trail before the start it allows: the core reads it there.
                m_session->auditRecorder()->noteNoticeConfirmed(notice);
                proceed();
            }
        });
    question->open();
}
