// SPDX-License-Identifier: Apache-2.0
#include "launch/AuditCommands.h"

#include "launch/KeptRegistryPassword.h"

#include "audit/AuditComparison.h"
#include "audit/AuditLog.h"
#include "audit/AuditReport.h"
#include "recording/RecordingLedger.h"
#include "registry/RegistryAuditCopy.h"
#include "report/AuditReportDocument.h"

#include <QTextStream>

namespace {
int printComparison(const AuditComparison::Result &comparison, const QString &copyName, QTextStream &out)
{
    out << '\n';
    for (const QString &line : comparison.overview) {
        out << line << '\n';
    }
    for (const QString &difference : comparison.differences) {
        out << "- " << difference << '\n';
    }
    for (const QString &note : comparison.notes) {
        out << "Note: " << note << '\n';
    }
    if (!comparison.compared) {
        return 1;
    }
    out << (comparison.differs ? QStringLiteral("The trail DIFFERS from %1's copy.\n").arg(copyName)
                               : QStringLiteral("The trail matches %1's copy.\n").arg(copyName));
    return comparison.differs ? 1 : 0;
}

int compareWithCollector(const QString &auditPath, const QString &exportPath, QTextStream &out)
{
    return printComparison(AuditComparison::compare(auditPath, exportPath), QStringLiteral("the collector"), out);
}

int compareWithRegistry(const QString &auditPath, const RegistrySettings &settings, QTextStream &out)
{
    RegistryAuditCopy copy(settings, KeptRegistryPassword::read(settings));
    const QString station = settings.stationName();
    if (const QString error = copy.readStation(station); !error.isEmpty()) {
        out << "\nThe site registry's copy of station " << station << " cannot be read: " << error << '\n';
        return 1;
    }
    const QString copyName = QStringLiteral("the site registry");
    const AuditComparison::Result comparison = AuditComparison::compareWithCopy(
        auditPath, copy.linesOf(station), QStringLiteral("%1 (station %2)").arg(copyName, station));
    return printComparison(comparison, copyName, out);
}

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
    } else if (ledger.status == RecordingLedger::LoadStatus::NoFile) {
        out << "There is no recording ledger at " << ledgerPath
            << ": the end of the trail could not be checked against it.\n";
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
// The site's figures, from every station's trail as the registry holds it; verified when each
// station's chain is unbroken there.
std::optional<AuditReport::Figures> siteFigures(const LaunchOptions &options, QTextStream &out)
{
    RegistryAuditCopy copy(options.registry, KeptRegistryPassword::read(options.registry));
    if (const QString error = copy.readSite(); !error.isEmpty()) {
        out << "vigie: the site registry's copy of the audit trails cannot be read: " << error << '\n';
        return std::nullopt;
    }
    AuditReport::Figures figures = AuditReport::compute(copy.entries(), options.report.options, copy.verification());
    figures.stations = copy.stations();
    // A recording counts at the station whose trail holds its start, whoever stopped it.
    for (const QString &station : figures.stations) {
        const AuditReport::Figures own
            = AuditReport::compute(copy.entriesOf(station), options.report.options, copy.verification());
        figures.byStation.append({ station, own.recordings, 0, 0 });
    }
    return figures;
}

int auditReport(const LaunchOptions &options, const QString &auditPath, const QString &ledgerPath, QTextStream &out)
{
    AuditReport::Figures figures;
    if (options.report.wholeSite) {
        const std::optional<AuditReport::Figures> site = siteFigures(options, out);
        if (!site) {
            return 1;
        }
        figures = *site;
    } else {
        AuditLog log(auditPath);
        figures
            = AuditReport::compute(log, RecordingLedger(ledgerPath).load().contents.auditHead, options.report.options);
    }
    const QString error = AuditReportDocument::write(figures, options.report.format, options.report.output);
    if (!error.isEmpty()) {
        out << "vigie: the report could not be written to " << options.report.output << ": " << error << '\n';
        return 1;
    }
    out << "Report for " << options.report.options.from.toString(Qt::ISODate) << " to "
        << options.report.options.to.toString(Qt::ISODate) << " written to " << options.report.output << ": "
        << figures.recordings << " recordings";
    if (options.report.wholeSite) {
        out << " at " << figures.stations.size() << " station(s) of the site";
    }
    out << ".\n";
    if (!figures.trailVerified) {
        // The report says so too; a scheduled job should hear it.
        out << (options.report.wholeSite ? QStringLiteral("The site registry's copy of the audit trails")
                                         : QStringLiteral("The audit trail ") + auditPath)
            << " did NOT verify: " << figures.trailStatus << '\n';
        return 1;
    }
    return 0;
}
} // namespace

std::optional<int> AuditCommands::run(const LaunchOptions &options, const QString &auditPath, const QString &ledgerPath)
{
    QTextStream out(stdout);
    if (options.verifyAudit) {
        const int local = verifyAudit(auditPath, ledgerPath, out);
        const int collector = options.verifyAgainst.isEmpty() ? 0
            : options.verifiesAgainstRegistry()               ? compareWithRegistry(auditPath, options.registry, out)
                                                : compareWithCollector(auditPath, options.verifyAgainst, out);
        return qMax(local, collector);
    }
    if (options.report.requested) {
        return auditReport(options, auditPath, ledgerPath, out);
    }
    return std::nullopt;
}
