#include "panels/EvidenceBanner.h"

#include "presenters/SessionAnnouncer.h"
#include "session/SupervisorSession.h"

#include <QAccessible>

EvidenceBanner::EvidenceBanner(SupervisorSession *session, QWidget *parent)
    : Retranslating(parent)
{
    setObjectName(QStringLiteral("evidenceBanner"));
    setTextFormat(Qt::PlainText); // the errors come from the file system
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    QPalette bannerPalette = palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xf9, 0xd0, 0xcc));
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    setPalette(bannerPalette);
    setVisible(false);
    AuditRecorder *audit = session->auditRecorder();
    connect(audit, &AuditRecorder::writeFailed, this, [this](const QString &error) {
        m_auditError = error;
        update();
    });
    connect(audit, &AuditRecorder::writeRestored, this, [this] {
        m_auditError.clear();
        update();
    });
    RecordingTracker *tracker = session->tracker();
    connect(tracker, &RecordingTracker::persistenceFailed, this, [this](const QString &error) {
        m_ledgerError = error;
        update();
    });
    connect(tracker, &RecordingTracker::persistenceRestored, this, [this] {
        m_ledgerError.clear();
        update();
    });
    retranslate();
}

void EvidenceBanner::update()
{
    QStringList problems;
    if (!m_auditError.isEmpty()) {
        problems.append(SessionAnnouncer::auditTrailFailing(m_auditError));
    }
    if (!m_ledgerError.isEmpty()) {
        problems.append(tr("Vigie cannot save its list of active recordings (%1): do not close Vigie until this is "
                           "solved.")
                            .arg(m_ledgerError));
    }
    const QString message = problems.join(QLatin1Char('\n'));
    const bool appears = !message.isEmpty() && (!isVisible() || text() != message);
    setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
    if (appears) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void EvidenceBanner::retranslate()
{
    //: Accessible description of the banner shown while the audit trail or the ledger cannot be written
    setAccessibleDescription(tr("Evidence not saved"));
    update();
}
