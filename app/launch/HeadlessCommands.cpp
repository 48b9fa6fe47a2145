#include "launch/HeadlessCommands.h"

#include "audit/AuditLog.h"
#include "station/PinHash.h"

#include <QTextStream>

#include <cstdio>

bool HeadlessCommands::needsNoDisplay(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        const QByteArray argument(argv[index]);
        if (argument == "--self-test" || argument == "--help" || argument == "-h" || argument == "--help-all"
            || argument == "--version" || argument == "-v" || argument == "--verify-audit"
            || argument == "--hash-pin") {
            return true;
        }
    }
    return false;
}

int HeadlessCommands::verifyAudit(const QString &auditPath)
{
    const AuditLog::Verification verification = AuditLog::verify(auditPath);
    if (verification.intact) {
        std::printf("%s: intact, %d entries\n", qPrintable(auditPath), verification.entries);
        return 0;
    }
    std::printf("%s: BROKEN at line %d: %s\n", qPrintable(auditPath), verification.brokenAtLine,
        qPrintable(verification.reason));
    return 1;
}
