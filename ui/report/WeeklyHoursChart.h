// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditReport.h"

#include <QImage>
#include <QSize>

// Recorded hours per team and week as stacked bars, drawn into an image for the PDF report.
// Qt Charts draws on a QGraphicsScene, which needs a QApplication (not a window).
namespace WeeklyHoursChart {
QImage render(const AuditReport::Figures &figures, const QSize &size, qreal scale);
} // namespace WeeklyHoursChart
