// SPDX-License-Identifier: Apache-2.0
#include "report/AuditReportDocument.h"

#include "report/AuditReportText.h"
#include "report/WeeklyHoursChart.h"
#include "system/PrivateFile.h"
#include "text/AuditText.h"
#include "text/Formatting.h"
#include "text/PolicyText.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace {
using Label = AuditReport::Label;

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString label(Label label) { return AuditReportText::label(label); }

QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty()) {
        return QStringLiteral("<p><i>%1</i></p>").arg(escaped(empty));
    }
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: #999\"><thead><tr>");
    for (int column = 0; column < headers.size(); ++column) {
        html += QStringLiteral("<th align=\"%1\" bgcolor=\"#e8edf3\">%2</th>")
                    .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"), escaped(headers.at(column)));
    }
    // A header row in <thead> is repeated on each page a long table runs onto.
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(column == 0 ? QStringLiteral("left") : QStringLiteral("right"), escaped(row.at(column)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString heading(const QString &text) { return QStringLiteral("<h2>%1</h2>").arg(escaped(text)); }

// The PDF's page, which its preview shows as it will print.
QPageLayout pageLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

// When a policy was in force, within the report's period: "In force from Sunday, November 1, 2026 12:00 AM to …".
QString inForceWhen(const PolicyInForce &policy, const AuditReport::Options &options)
{
    if (!policy.recorded()) {
        return label(Label::PolicySetNow);
    }
    const QLocale locale;
    const QDateTime from = std::max(policy.sinceUtc, options.from.startOfDay().toUTC());
    const QDateTime to = policy.untilUtc.isValid() ? std::min(policy.untilUtc, options.to.endOfDay().toUTC())
                                                   : options.to.endOfDay().toUTC();
    const auto moment = [&locale](const QDateTime &utc) -> QString {
        const QDateTime local = utc.toLocalTime();
        return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), QLocale::ShortFormat);
    };
    //: The report's policy section: from when to when, within the period, a policy was in force
    return AuditReportDocument::tr("In force from %1 to %2").arg(moment(from), moment(to));
}

// The works council's policy: what it allowed during the period, each agent against its caps, and
// every start it refused.
QString policySection(const AuditReport::Figures &figures)
{
    // A station that never had a policy says nothing of one.
    if (figures.policiesInForce.isEmpty() && figures.policyRefusals.isEmpty()) {
        return {};
    }
    const QLocale locale;
    const RecordingPolicy &policy = figures.caps;
    QString html = heading(label(Label::PolicyInForce));
    if (figures.policiesInForce.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(AuditReportDocument::tr("No recording policy was in force during this period.")));
    }
    for (const PolicyInForce &inForce : figures.policiesInForce) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(inForceWhen(inForce, figures.options)));
        html += inForce.lines.isEmpty()
            ? QStringLiteral("<p><i>%1</i></p>").arg(escaped(label(Label::NoPolicy)))
            : QStringLiteral("<pre>%1</pre>")
                  .arg(escaped(QStringLiteral("[Policy]\n") + inForce.lines.join(QLatin1Char('\n'))));
    }
    if (policy.hasRollingCaps()) {
        const auto against = [&locale](int value, int cap) {
            return cap > 0 ? AuditReportDocument::tr("%1 of %2").arg(locale.toString(value), locale.toString(cap))
                           : locale.toString(value);
        };
        QList<QStringList> rows;
        for (const AuditReport::AgentAgainstCaps &agent : figures.againstCaps) {
            rows.append(
                { agent.name, locale.toString(agent.recordings), against(agent.most7Days, policy.recordingsPer7Days),
                    against(agent.most30Days, policy.recordingsPer30Days),
                    against(agent.mostMinutes30Days, policy.minutesPer30Days) });
        }
        html += heading(AuditReportDocument::tr("Recordings per agent against the policy's caps"));
        html += table({ AuditReportDocument::tr("Agent"), label(Label::Recordings), label(Label::MostIn7Days),
                          label(Label::MostIn30Days), label(Label::MostMinutesIn30Days) },
            rows, AuditReportDocument::tr("No recordings in this period."));
    }
    QList<QStringList> refusals;
    for (const AuditReport::PolicyRefusal &refusal : figures.policyRefusals) {
        refusals.append({ Formatting::dateTime(refusal.atUtc), refusal.agent, refusal.supervisor,
            PolicyText::refusal(refusal.verdict) });
    }
    html += heading(label(Label::RefusedByPolicy));
    html += table({ AuditReportDocument::tr("When"), AuditReportDocument::tr("Agent"),
                      AuditReportDocument::tr("Supervisor"), AuditReportDocument::tr("Rule") },
        refusals, AuditReportDocument::tr("None."));
    return html;
}
} // namespace

std::unique_ptr<QTextDocument> AuditReportDocument::document(const AuditReport::Figures &figures)
{
    const QLocale locale;
    const AuditReport::Options &options = figures.options;
    const auto count = [&locale](qint64 value) { return locale.toString(value); };
    const auto tallies = [&](const QVector<AuditReport::Tally> &list, Label fallback, bool withTime) {
        QList<QStringList> rows;
        for (const AuditReport::Tally &tally : list) {
            QStringList row { tally.name.isEmpty() ? label(fallback) : tally.name, count(tally.recordings) };
            if (withTime) {
                row.append(AuditReportText::duration(tally.seconds));
            }
            rows.append(row);
        }
        return rows;
    };

    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt\">");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Screen recording report")));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(escaped(tr("From %1 to %2")
                                 .arg(locale.toString(options.from, QLocale::LongFormat),
                                     locale.toString(options.to, QLocale::LongFormat))));
    const QString producedOn = locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(figures.stations.isEmpty()
                        ? tr("Produced by Vigie on %1, station %2, from the audit trail of the station.")
                              .arg(producedOn, QSysInfo::machineHostName())
                        : tr("Produced by Vigie on %1 for the whole site, from the site registry's copy of the audit "
                             "trails of %n station(s): %2.",
                            nullptr, int(figures.stations.size()))
                              .arg(producedOn, locale.createSeparatedList(figures.stations))));
    if (options.pseudonymise) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Agents and supervisors appear under pseudonyms (A01, S01…), numbered in the "
                                    "order they first appear in this period.")));
    }
    QString verification;
    if (!figures.trailVerified) {
        verification = QStringLiteral("<b><font color=\"#b00020\">%1</font></b>")
                           .arg(escaped(tr("The audit trail did NOT verify: %1. The figures below come from a trail "
                                           "that may have been altered.")
                                            .arg(figures.trailStatus)));
    } else if (!figures.stations.isEmpty()) {
        verification = escaped(tr("Audit trails verified: the site registry holds %n entries, each station's an "
                                  "unbroken chain.",
            nullptr, int(figures.trailEntries)));
    } else if (figures.trailEndChecked) {
        verification = escaped(tr("Audit trail verified: its %n entries form an unbroken chain, and its end is the "
                                  "one the recording ledger kept.",
            nullptr, int(figures.trailEntries)));
    } else {
        verification = escaped(tr("Audit trail verified: its %n entries form an unbroken chain. The recording ledger "
                                  "kept no end to compare it with.",
            nullptr, int(figures.trailEntries)));
    }
    html += QStringLiteral("<p>%1</p>").arg(verification);

    auto document = std::make_unique<QTextDocument>();
    // The chart carries its title: an image is never split from it at a page break.
    // Drawn at three times its pixel size, for print. QTextDocument prints 96 units per
    // inch within its own 2 cm margins: 520 units fill the width of A4.
    const QSize chartSize(620, 330);
    const double onPage = 520.0 / chartSize.width();
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("vigie:chart.png")),
        WeeklyHoursChart::render(figures, chartSize, 3.0));
    html += QStringLiteral("<p><img src=\"vigie:chart.png\" width=\"%1\" height=\"%2\"></p>")
                .arg(qRound(chartSize.width() * onPage))
                .arg(qRound(chartSize.height() * onPage));

    html += heading(tr("Summary"));
    html += table({ tr("Figure"), tr("Value") },
        { { label(Label::Recordings), count(figures.recordings) },
            { label(Label::Extensions), count(figures.extensions) },
            { tr("Total recorded time"), AuditReportText::duration(figures.recordedSeconds) },
            { label(Label::StoppedEarly), count(figures.stoppedEarly) },
            { label(Label::EndedByTime), count(figures.endedByTime) },
            { label(Label::Extended), count(figures.extended) }, { label(Label::Forgotten), count(figures.forgotten) },
            { label(Label::EndNotRecorded), count(figures.endNotRecorded) } },
        {});
    html += heading(label(Label::Unconfirmed));
    html += table({ tr("Outcome"), tr("Count") },
        { { label(Label::AnswersLost), count(figures.answersLost) },
            { label(Label::ConfirmedLater), count(figures.confirmedLater) },
            { label(Label::EndedUnconfirmed), count(figures.endedUnconfirmed) } },
        {});

    html += heading(label(Label::RecordingsPerTeam));
    html += table({ tr("Team"), label(Label::Recordings), tr("Recorded time") },
        tallies(figures.byTeam, Label::UnknownTeam, true), tr("No recordings in this period."));
    if (!figures.byStation.isEmpty()) {
        html += heading(label(Label::RecordingsPerStation));
        html += table({ label(Label::Station), label(Label::Recordings) },
            tallies(figures.byStation, Label::UnknownTeam, false), tr("No recordings in this period."));
    }
    html += heading(label(Label::RecordingsPerSupervisor));
    html += table({ tr("Supervisor"), label(Label::Recordings), tr("Recorded time") },
        tallies(figures.bySupervisor, Label::UnknownTeam, true), tr("No recordings in this period."));
    html += heading(label(Label::Purposes));
    QList<QStringList> purposes;
    for (const AuditReport::Tally &purpose : figures.byPurpose) {
        purposes.append({ purpose.name.isEmpty() ? label(Label::NoPurpose) : purpose.name, count(purpose.recordings),
            AuditReportText::duration(purpose.seconds), AuditReportText::duration(purpose.longestSeconds) });
    }
    //: Column of the report's purposes table: the longest single recording for that purpose
    html += table({ tr("Purpose"), label(Label::Recordings), tr("Recorded time"), tr("Longest") }, purposes,
        tr("No recordings in this period."));
    html += heading(label(Label::Refusals));
    QList<QStringList> refusals;
    for (const AuditReport::Refusals &refusal : figures.refusals) {
        refusals.append({ AuditText::result(refusal.result), refusal.reason, count(refusal.count) });
    }
    html += table({ tr("Result"), tr("Reason"), tr("Count") }, refusals, tr("None."));
    html += heading(tr("Agents recorded more than %n time(s)", nullptr, options.recordedMoreThan));
    html += table({ tr("Agent"), label(Label::Recordings), tr("Recorded time") },
        tallies(figures.frequentAgents, Label::UnknownTeam, true), tr("None."));
    html += policySection(figures);
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
    return document;
}

QString AuditReportDocument::write(const AuditReport::Figures &figures, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!PrivateFile::open(file)) {
        return file.errorString();
    }
    if (format == Format::Csv) {
        if (!AuditReport::writeCsv(&file, figures, AuditReportText::words(), QLocale())) {
            return file.errorString();
        }
    } else {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout());
        writer.setResolution(150);
        writer.setTitle(tr("Screen recording report"));
        writer.setCreator(QStringLiteral("Vigie"));
        const std::unique_ptr<QTextDocument> document = AuditReportDocument::document(figures);
        document->print(&writer);
    }
    if (!file.commit()) {
        return file.errorString();
    }
    return {};
}

QImage AuditReportDocument::firstPage(const AuditReport::Figures &figures)
{
    // QTextDocument lays out for print in units of 1/96 inch, whatever the printer's resolution:
    // the same page size in those units gives the same first page.
    constexpr int kLayoutDpi = 96;
    const QPageLayout layout = pageLayout();
    const QRect body = layout.paintRectPixels(kLayoutDpi);
    const std::unique_ptr<QTextDocument> document = AuditReportDocument::document(figures);
    // print() also sets 2 cm margins inside the page's own before laying out.
    const int margin = int(2 / 2.54 * kLayoutDpi);
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setMargin(margin);
    document->rootFrame()->setFrameFormat(frame);
    document->setPageSize(body.size());
    QImage page(layout.fullRectPixels(kLayoutDpi).size(), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.translate(body.topLeft());
    document->drawContents(&painter, QRectF(QPointF(0, 0), body.size()));
    return page;
}

QString AuditReportDocument::fileName(const AuditReport::Options &options, Format format)
{
    //: File name of the monthly audit report; %1 and %2 are the first and last day, %3 the extension
    return tr("vigie-report-%1-%2.%3")
        .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate),
            format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
}
