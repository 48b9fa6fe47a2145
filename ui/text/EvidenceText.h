// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>

// The words for Vigie's evidence that cannot be kept: the ledger or the audit trail held by
// another Vigie, or refusing to be written. Said before a window exists, in a banner, and in
// the activity log, the same words each time.
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
public:
    // For the message box of a second Vigie that finds the ledger taken (no window yet).
    static QString ledgerHeldElsewhere(const QString &holder);
    // What the audit trail refusing an entry means for the supervisor (also the banner's words).
    static QString auditTrailFailing(const QString &error);
    static QString auditTrailHeldElsewhere(const QString &holder, const QString &auditPath);
    static QString auditTrailUnwritable(const QString &auditPath);
    // The recording ledger found at start-up could not be read, and was set aside.
    static QString ledgerDamaged(const QString &error, const QString &setAsidePath);
    // The recording ledger cannot be saved: recordings are kept in memory meanwhile.
    static QString ledgerUnsaved(const QString &error);
    // The events for the site registry cannot be kept on disk until the registry has them.
    static QString registryOutboxUnsaved(const QString &problem);
    // Why old entries of the trail were not purged at start-up; empty when nothing went wrong.
    static QString purgeProblem(const AuditLog::PurgeResult &purge);
};
