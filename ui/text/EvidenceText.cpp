// SPDX-License-Identifier: Apache-2.0
#include "text/EvidenceText.h"

#include "audit/AuditLog.h"

QString EvidenceText::ledgerHeldElsewhere(const QString &holder)
{
    return tr("Vigie is already running (%1). Use the open window: two Vigie "
              "windows would lose track of each other's recordings.")
        .arg(holder);
}

QString EvidenceText::auditTrailFailing(const QString &error)
{
    return tr("Vigie cannot write to the audit trail (%1). No recording can start until it can; Stops still go to "
              "CXone, and their entries are written as soon as the trail takes them. Free some disk space or tell "
              "your administrator.")
        .arg(error);
}

QString EvidenceText::auditTrailHeldElsewhere(const QString &holder, const QString &auditPath)
{
    return tr("Another Vigie (%1) is writing to the audit trail %2. Use its window: two writers would break the "
              "trail's chain.")
        .arg(holder, auditPath);
}

QString EvidenceText::auditTrailUnwritable(const QString &auditPath)
{
    return tr("Vigie cannot write its audit trail %1: its folder cannot be created or written. No recording may "
              "start without a trace; tell your administrator.")
        .arg(auditPath);
}

QString EvidenceText::ledgerUnsaved(const QString &error)
{
    return tr("Vigie cannot save its list of active recordings (%1). They are kept in memory and saving is retried "
              "every second; do not close Vigie until this is solved.")
        .arg(error);
}

QString EvidenceText::purgeProblem(const AuditLog::PurgeResult &purge)
{
    switch (purge.status) {
    case AuditLog::PurgeStatus::NothingToPurge:
    case AuditLog::PurgeStatus::Purged:
        return {};
    case AuditLog::PurgeStatus::RefusedBrokenChain:
        return tr("Old entries of the audit trail were not removed: the trail does not verify (%1). Nothing was "
                  "changed; tell your administrator.")
            .arg(purge.reason);
    case AuditLog::PurgeStatus::RefusedClockBehind:
        return tr("Old entries of the audit trail were not removed: this computer's clock is behind the trail's "
                  "newest entry (%1). Check the date and time.")
            .arg(purge.reason);
    case AuditLog::PurgeStatus::Failed:
        return tr("Old entries of the audit trail could not be removed (%1). The trail keeps them and stays intact.")
            .arg(purge.reason);
    }
    return {};
}

QString EvidenceText::ledgerDamaged(const QString &error, const QString &setAsidePath)
{
    return tr("The list of active recordings was damaged (%1). It was kept aside as %2; recordings listed in it may "
              "still be running and will end by themselves.")
        .arg(error, setAsidePath);
}

QString EvidenceText::registryOutboxUnsaved(const QString &problem)
{
    return tr("Vigie cannot keep its events for the site registry on disk (%1). They are still sent, but if Vigie "
              "stops before the registry has them, the other stations will not learn of them until it reconnects.")
        .arg(problem);
}
