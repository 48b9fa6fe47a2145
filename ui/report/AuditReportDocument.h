// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditReport.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QImage;
class QTextDocument;

// The monthly report as a document for compliance officers and works councils: the figures in
// tables, the recorded hours per team and week as a chart, in the active language; written as
// PDF (A4) or as the core's CSV.
class AuditReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportDocument)
public:
    using Format = AuditReport::Format;

    static std::unique_ptr<QTextDocument> document(const AuditReport::Figures &figures);
    // The PDF's first page as it will print (A4, its margins), on white paper, at 96 dots per inch.
    static QImage firstPage(const AuditReport::Figures &figures);
    // Writes atomically; returns an error in words, or empty on success.
    static QString write(const AuditReport::Figures &figures, Format format, const QString &path);
    // "vigie-report-2026-11-01-2026-11-30.pdf"
    static QString fileName(const AuditReport::Options &options, Format format);
};
