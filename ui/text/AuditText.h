// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditAction.h"

#include <QCoreApplication>
#include <QStringList>

// The words for the audit trail's actions and results, and the titles of its CSV columns.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    static QString action(vigie::AuditAction action);
    static QString result(vigie::AuditResult result);
    // Column titles for the CSV export, in AuditCsv's column order, in the active language.
    static QStringList csvHeaders();
};
