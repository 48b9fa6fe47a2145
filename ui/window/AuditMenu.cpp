// SPDX-License-Identifier: Apache-2.0
#include "window/AuditMenu.h"

#include "dialogs/AuditReportDialog.h"
#include "session/SupervisorSession.h"

#include <QEvent>

AuditMenu::AuditMenu(SupervisorSession *session, const QString &kioskExportFolder, QWidget *parent)
    : QMenu(parent)
    , m_reportAction(addAction(QString()))
{
    setObjectName(QStringLiteral("auditMenu"));
    m_reportAction->setObjectName(QStringLiteral("actionAuditReport"));
    connect(m_reportAction, &QAction::triggered, this, [this, session, kioskExportFolder] {
        auto *dialog = new AuditReportDialog(
            session->auditLog(), session->tracker()->auditHead(), kioskExportFolder, parentWidget());
        dialog->setPolicy(session->policyGate()->policy());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    retranslate();
}

void AuditMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMenu::changeEvent(event);
}

void AuditMenu::retranslate()
{
    setTitle(tr("A&udit"));
    m_reportAction->setText(tr("&Report…"));
}
