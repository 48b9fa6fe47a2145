// SPDX-License-Identifier: Apache-2.0
#include "menus/AuditMenu.h"

#include "dialogs/AuditHistoryDialog.h"
#include "dialogs/AuditReportDialog.h"
#include "session/SupervisorSession.h"

AuditMenu::AuditMenu(SupervisorSession *session, const QString &kioskExportFolder, QWidget *parent)
    : Retranslating(parent)
    , m_trailAction(addAction(QString()))
    , m_reportAction(addAction(QString()))
{
    setObjectName(QStringLiteral("auditMenu"));
    m_trailAction->setObjectName(QStringLiteral("actionAuditHistory"));
    m_trailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_reportAction->setObjectName(QStringLiteral("actionAuditReport"));
    connect(m_trailAction, &QAction::triggered, this, [this, session, kioskExportFolder] {
        open(new AuditHistoryDialog(session->auditLog(), kioskExportFolder, parentWidget()));
    });
    connect(m_reportAction, &QAction::triggered, this, [this, session, kioskExportFolder] {
        auto *dialog = new AuditReportDialog(
            session->auditLog(), session->tracker()->auditHead(), kioskExportFolder, parentWidget());
        dialog->setPolicy(session->policyGate()->policy());
        open(dialog);
    });
    retranslate();
}

void AuditMenu::open(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void AuditMenu::retranslate()
{
    setTitle(tr("A&udit"));
    //: Audit menu: the list of every action and outcome, with filters and CSV export
    m_trailAction->setText(tr("&Trail…"));
    m_reportAction->setText(tr("&Report…"));
}
