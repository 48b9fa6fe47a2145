#pragma once

#include "widgets/Retranslating.h"

#include <QLabel>

class SupervisorSession;

// A red banner above the work while Vigie cannot keep its evidence: the audit trail refuses
// entries (no recording may start), or the list of active recordings cannot be saved. Raised as
// an alert for screen readers; it goes once both are written again.
class EvidenceBanner : public Retranslating<QLabel>
{
    Q_OBJECT
public:
    explicit EvidenceBanner(SupervisorSession *session, QWidget *parent = nullptr);

private:
    void retranslate() override;
    void update();

    QString m_auditError; // empty while the trail takes every entry
    QString m_ledgerError; // empty while the ledger is saved
};
