// SPDX-License-Identifier: Apache-2.0
#include "panels/EvidenceBanner.h"

#include "session/SupervisorSession.h"
#include "text/EvidenceText.h"

EvidenceBanner::EvidenceBanner(SupervisorSession *session, QWidget *parent)
    : Banner(QColor(0xf9, 0xd0, 0xcc), parent)
{
    setObjectName(QStringLiteral("evidenceBanner"));
    AuditRecorder *audit = session->auditRecorder();
    connect(audit, &AuditRecorder::writeFailed, this, [this](const QString &error) {
        m_auditError = error;
        showProblems();
    });
    connect(audit, &AuditRecorder::writeRestored, this, [this] {
        m_auditError.clear();
        showProblems();
    });
    RecordingTracker *tracker = session->tracker();
    connect(tracker, &RecordingTracker::persistenceFailed, this, [this](const QString &error) {
        m_ledgerError = error;
        showProblems();
    });
    connect(tracker, &RecordingTracker::persistenceRestored, this, [this] {
        m_ledgerError.clear();
        showProblems();
    });
    retranslate();
}

void EvidenceBanner::showProblems()
{
    QStringList problems;
    if (!m_auditError.isEmpty()) {
        problems.append(EvidenceText::auditTrailFailing(m_auditError));
    }
    if (!m_ledgerError.isEmpty()) {
        problems.append(tr("Vigie cannot save its list of active recordings (%1): do not close Vigie until this is "
                           "solved.")
                            .arg(m_ledgerError));
    }
    showMessage(problems.join(QLatin1Char('\n')));
}

void EvidenceBanner::retranslate()
{
    //: Accessible description of the banner shown while the audit trail or the ledger cannot be written
    setAccessibleDescription(tr("Evidence not saved"));
    showProblems();
}
