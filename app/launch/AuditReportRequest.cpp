// SPDX-License-Identifier: Apache-2.0
#include "launch/AuditReportRequest.h"

#include "launch/WholeNumber.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {
const QString kAuditReport = QStringLiteral("audit-report");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kPseudonymise = QStringLiteral("pseudonymise");
const QString kRecordedMoreThan = QStringLiteral("recorded-more-than");
const QString kRegistry = QStringLiteral("registry");
} // namespace

QList<QCommandLineOption> AuditReportRequest::commandLineOptions()
{
    return {
        { kAuditReport,
            QStringLiteral("Write the audit report of a period (--from, --to) to --output as PDF or CSV, and exit. "
                           "In kiosk mode the file goes to the export folder.") },
        { kFrom, QStringLiteral("With --audit-report: first day of the period."), QStringLiteral("YYYY-MM-DD") },
        { kTo, QStringLiteral("With --audit-report: last day of the period."), QStringLiteral("YYYY-MM-DD") },
        { kFormat, QStringLiteral("With --audit-report: pdf (with a chart) or csv (for Excel)."),
            QStringLiteral("pdf|csv") },
        { kOutput, QStringLiteral("With --audit-report: the file to write."), QStringLiteral("FILE") },
        { kPseudonymise,
            QStringLiteral("With --audit-report: show agents and supervisors as A01, S01... instead of names.") },
        { kRecordedMoreThan,
            QStringLiteral("With --audit-report: list the agents recorded more than N times (default 5, or "
                           "Audit/ReportAgentsRecordedMoreThan)."),
            QStringLiteral("N") },
        { kRegistry,
            QStringLiteral("With --audit-report: the report of the whole site (every station, every supervisor), "
                           "from the site registry's copy of the audit trails ([Registry] in the configuration).") },
    };
}

QString AuditReportRequest::read(const QCommandLineParser &parser, bool kiosk, const QString &exportFolder)
{
    requested = parser.isSet(kAuditReport);
    if (!requested) {
        for (const QString &option : { kFrom, kTo, kFormat, kOutput, kPseudonymise, kRecordedMoreThan, kRegistry }) {
            if (parser.isSet(option)) {
                return QStringLiteral("--%1 goes with --audit-report").arg(option);
            }
        }
        return {};
    }
    options.from = QDate::fromString(parser.value(kFrom), Qt::ISODate);
    options.to = QDate::fromString(parser.value(kTo), Qt::ISODate);
    if (!options.from.isValid() || !options.to.isValid()) {
        return QStringLiteral("--audit-report needs --from and --to as dates, e.g. --from 2026-11-01 --to 2026-11-30");
    }
    if (options.from > options.to) {
        return QStringLiteral("--from %1 is after --to %2")
            .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate));
    }
    const QString formatName = parser.value(kFormat);
    if (formatName != QLatin1String("pdf") && formatName != QLatin1String("csv")) {
        return QStringLiteral("--audit-report needs --format pdf or --format csv");
    }
    format = formatName == QLatin1String("pdf") ? AuditReport::Format::Pdf : AuditReport::Format::Csv;
    if (parser.isSet(kRecordedMoreThan)
        && !readWholeNumber(parser.value(kRecordedMoreThan), 0, 100000, &options.recordedMoreThan)) {
        return QStringLiteral("--recorded-more-than must be a whole number from 0 to 100000");
    }
    options.pseudonymise = parser.isSet(kPseudonymise);
    wholeSite = parser.isSet(kRegistry);
    output = parser.value(kOutput);
    if (output.isEmpty()) {
        return QStringLiteral("--audit-report needs --output FILE");
    }
    if (kiosk) {
        // A kiosk station writes only where the administrator collects exports.
        if (exportFolder.isEmpty()) {
            return QStringLiteral("on a kiosk station the report goes to the export folder, and Kiosk/ExportFolder is "
                                  "not set in the configuration");
        }
        const QFileInfo given(output);
        if (output.contains(QLatin1Char('/')) || output.contains(QLatin1Char('\\'))) {
            if (QFileInfo(given.absolutePath()).canonicalFilePath() != QFileInfo(exportFolder).canonicalFilePath()) {
                return QStringLiteral("on a kiosk station the report goes to the export folder %1 only: give a file "
                                      "name, not %2")
                    .arg(exportFolder, output);
            }
        }
        output = QDir(exportFolder).filePath(given.fileName());
    }
    return {};
}
