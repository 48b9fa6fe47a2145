// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditReport.h"

#include <QCoreApplication>

// The words of the monthly report, in the active language: the CSV's labels and the PDF's.
class AuditReportText
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportText)
public:
    static QString label(AuditReport::Label label);
    static AuditReport::Words words();
    // "12 h 05 min": recorded time as a works council reads it.
    static QString duration(qint64 seconds);
};
