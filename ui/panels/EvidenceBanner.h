// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Banner.h"

class SupervisorSession;

// A red banner above the work while Vigie cannot keep its evidence: the audit trail refuses
// entries (no recording may start), or the list of active recordings cannot be saved. Raised as
// an alert for screen readers; it goes once both are written again.
class EvidenceBanner : public Banner
{
    Q_OBJECT
public:
    explicit EvidenceBanner(SupervisorSession *session, QWidget *parent = nullptr);

private:
    void retranslate() override;
    void showProblems();

    QString m_auditError; // empty while the trail takes every entry
    QString m_ledgerError; // empty while the ledger is saved
};
