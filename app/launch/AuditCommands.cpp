#include "launch/AuditCommands.h"

#include "audit/AuditLog.h"
#include "recording/RecordingLedger.h"

#include <QTextStream>

namespace {
int verifyAudit(const QString &auditPath, const QString &ledgerPath, QTextStream &out)
{
    // The ledger keeps the head the trail had at its last write: a tail cut off since shows.
    const RecordingLedger::LoadResult ledger = RecordingLedger(ledgerPath).load();
    const AuditHead expected = ledger.contents.auditHead;
    const AuditLog::Verification verification = AuditLog::verify(auditPath, expected);
    if (!verification.intact) {
        out << auditPath << ": BROKEN at line " << verification.brokenAtLine << ": " << verification.reason << '\n';
        return 1;
    }
    out << auditPath << ": intact, " << verification.entries << " entries";
    if (verification.purged > 0) {
        out << " (after " << verification.purged << " purged by retention)";
    }
    out << '\n';
    if (!expected.isNull()) {
        out << "The recording ledger " << ledgerPath << " saw entry " << expected.count
            << "; the trail holds it, unchanged.\n";
    } else if (ledger.status == RecordingLedger::LoadStatus::Damaged) {
        out << "The recording ledger " << ledgerPath << " is damaged (" << ledger.error
            << "): the end of the trail could not be checked against it.\n";
    } else {
        out << "The recording ledger " << ledgerPath
            << " holds no audit head yet: the end of the trail could not be checked against it.\n";
    }
    if (verification.unfinishedLastLine) {
        out << "Note: " << verification.reason << ".\n";
    }
    return 0;
}
} // namespace

std::optional<int> AuditCommands::run(const LaunchOptions &options, const QString &auditPath, const QString &ledgerPath)
{
    QTextStream out(stdout);
    if (options.verifyAudit) {
        return verifyAudit(auditPath, ledgerPath, out);
    }
    return std::nullopt;
}
