// SPDX-License-Identifier: Apache-2.0
#include "report/WeeklyHoursChart.h"

#include "report/AuditReportText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

QImage WeeklyHoursChart::render(const AuditReport::Figures &figures, const QSize &size, qreal scale)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(AuditReportText::label(AuditReport::Label::HoursPerTeamAndWeek));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    chart->setTitleFont(titleFont);

    auto *series = new QStackedBarSeries;
    double highest = 0;
    QVector<double> totals(figures.weeks.size(), 0.0);
    for (const QString &team : figures.teams) {
        auto *set = new QBarSet(team.isEmpty() ? AuditReportText::label(AuditReport::Label::UnknownTeam) : team);
        for (int week = 0; week < figures.weeks.size(); ++week) {
            const double hours = AuditReport::hours(figures.weeklySeconds.value(figures.weeks.at(week)).value(team));
            set->append(hours);
            totals[week] += hours;
        }
        series->append(set);
    }
    for (const double total : std::as_const(totals)) {
        highest = qMax(highest, total);
    }
    chart->addSeries(series);

    // "2 Nov": an ISO week name would not fit under a bar, and a date reads at once.
    const QLocale locale;
    QStringList weeks;
    for (const QDate &monday : figures.weeks) {
        weeks.append(locale.toString(monday, QStringLiteral("d MMM")));
    }
    auto *weekAxis = new QBarCategoryAxis;
    weekAxis->append(weeks);
    weekAxis->setTitleText(AuditReportText::tr("Week starting"));
    chart->addAxis(weekAxis, Qt::AlignBottom);
    series->attachAxis(weekAxis);
    auto *hoursAxis = new QValueAxis;
    hoursAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    hoursAxis->setLabelFormat(QStringLiteral("%.1f"));
    hoursAxis->setTitleText(AuditReportText::tr("Hours"));
    chart->addAxis(hoursAxis, Qt::AlignLeft);
    series->attachAxis(hoursAxis);

    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    chart->resize(size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * scale)), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}
