// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditReport.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

// --audit-report and its options: a period's report, written without a window.
struct AuditReportRequest
{
    bool requested = false;
    AuditReport::Options options;
    AuditReport::Format format = AuditReport::Format::Pdf;
    QString output; // on a kiosk station, inside the export folder
    bool wholeSite = false; // from the site registry's copy of every station's trail

    static QList<QCommandLineOption> commandLineOptions();
    // Reads what the command line asks; a kiosk station writes only into its export folder.
    // Returns an error to print, or empty.
    QString read(const QCommandLineParser &parser, bool kiosk, const QString &exportFolder);
};
