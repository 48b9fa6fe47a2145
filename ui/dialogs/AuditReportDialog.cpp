// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditReportDialog.h"

#include "audit/AuditLog.h"
#include "widgets/AccessibleParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// The administrator's default (system-wide configuration), or the supervisor's last choice.
const QString kThresholdKey = QStringLiteral("Audit/ReportAgentsRecordedMoreThan");
} // namespace

AuditReportDialog::AuditReportDialog(
    AuditLog *log, const AuditHead &ledgerHead, const QString &kioskExportFolder, QWidget *parent)
    : Retranslating(parent)
    , m_log(log)
    , m_ledgerHead(ledgerHead)
    , m_kioskExportFolder(kioskExportFolder)
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_pseudonymise(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_createButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("auditReportDialog"));
    m_from->setObjectName(QStringLiteral("reportFromDate"));
    m_to->setObjectName(QStringLiteral("reportToDate"));
    choosePeriodWithEntries();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_formatLabel->setBuddy(m_format);
    m_threshold->setObjectName(QStringLiteral("reportThreshold"));
    m_threshold->setRange(0, 1000);
    m_threshold->setValue(QSettings().value(kThresholdKey, AuditReport::kDefaultRecordedMoreThan).toInt());
    m_thresholdLabel->setBuddy(m_threshold);
    m_pseudonymise->setObjectName(QStringLiteral("reportPseudonymise"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_createButton->setObjectName(QStringLiteral("reportCreateButton"));
    m_createButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("reportCloseButton"));

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_pseudonymise);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_closeButton);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setFocusPolicy(Qt::TabFocus); // a screen reader user can reach what it says
    auto *controls = new QVBoxLayout;
    controls->addLayout(form);
    controls->addWidget(m_status);
    controls->addStretch(1);
    controls->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_preview, 1);
    m_previewUpdate.setSingleShot(true);
    m_previewUpdate.setInterval(150);
    connect(&m_previewUpdate, &QTimer::timeout, this, &AuditReportDialog::showPreview);
    const auto previewAgain = [this] { m_previewUpdate.start(); };
    connect(m_from, &QDateEdit::dateChanged, this, previewAgain);
    connect(m_to, &QDateEdit::dateChanged, this, previewAgain);
    connect(m_threshold, &QSpinBox::valueChanged, this, previewAgain);
    connect(m_pseudonymise, &QCheckBox::toggled, this, previewAgain);

    connect(m_createButton, &QPushButton::clicked, this, &AuditReportDialog::create);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_threshold, &QSpinBox::valueChanged, this, [](int value) { QSettings().setValue(kThresholdKey, value); });
    retranslate();
}

AuditReport::Options AuditReportDialog::reportOptions() const
{
    AuditReport::Options options;
    options.from = qMin(m_from->date(), m_to->date());
    options.to = qMax(m_from->date(), m_to->date());
    options.recordedMoreThan = m_threshold->value();
    options.pseudonymise = m_pseudonymise->isChecked();
    options.policy = m_policy;
    return options;
}

AuditReport::Format AuditReportDialog::format() const
{
    return m_format->currentIndex() == 1 ? AuditReport::Format::Csv : AuditReport::Format::Pdf;
}

QString AuditReportDialog::createTo(const QString &path)
{
    return AuditReportDocument::write(AuditReport::compute(*m_log, m_ledgerHead, reportOptions()), format(), path);
}

void AuditReportDialog::create()
{
    const QString name = AuditReportDocument::fileName(reportOptions(), format());
    QString path;
    if (!m_kioskExportFolder.isEmpty()) {
        path = QDir(m_kioskExportFolder).filePath(name);
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Save the report"), QDir::home().filePath(name),
            format() == AuditReport::Format::Pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
    }
    const QString error = createTo(path);
    m_status->setText(error.isEmpty() ? tr("Report saved to %1").arg(QDir::toNativeSeparators(path))
                                      : tr("The report could not be saved: %1").arg(error));
}

void AuditReportDialog::choosePeriodWithEntries()
{
    // The month before this one is what a monthly report is asked for; when it holds nothing (a
    // new station, the demo), the month so far, so that the dialog never opens on an empty report.
    const QDate today = QDate::currentDate();
    const QDate firstOfThisMonth = today.addDays(1 - today.day());
    const QDate lastMonth = firstOfThisMonth.addMonths(-1);
    const auto hasEntries = [this](const QDate &from, const QDate &to) {
        return !m_log->entries(from.startOfDay().toUTC(), to.addDays(1).startOfDay().toUTC()).isEmpty();
    };
    const bool thisMonthOnly
        = !hasEntries(lastMonth, firstOfThisMonth.addDays(-1)) && hasEntries(firstOfThisMonth, today);
    m_from->setDate(thisMonthOnly ? firstOfThisMonth : lastMonth);
    m_to->setDate(thisMonthOnly ? today : firstOfThisMonth.addDays(-1));
}

void AuditReportDialog::showPreview()
{
    const QImage page = AuditReportDocument::firstPage(AuditReport::compute(*m_log, m_ledgerHead, reportOptions()));
    // Half the size of the page at 96 dpi: the headings and the chart read, the figures show their places.
    const qreal ratio = devicePixelRatioF();
    QPixmap preview
        = QPixmap::fromImage(page.scaledToWidth(qRound(page.width() / 2 * ratio), Qt::SmoothTransformation));
    preview.setDevicePixelRatio(ratio);
    m_preview->setPixmap(preview);
    m_preview->setMinimumSize(preview.deviceIndependentSize().toSize());
}

void AuditReportDialog::retranslate()
{
    setWindowTitle(tr("Audit report"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("First day of the report"));
    m_to->setAccessibleName(tr("Last day of the report"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setAccessibleName(tr("Report format"));
    {
        const QSignalBlocker blocker(m_format);
        const int current = qMax(0, m_format->currentIndex());
        m_format->clear();
        m_format->addItems({ tr("PDF, with a chart"), tr("CSV, for Excel") });
        m_format->setCurrentIndex(current);
    }
    m_thresholdLabel->setText(tr("&List agents recorded more than:"));
    m_threshold->setAccessibleName(tr("List agents recorded more than this many times"));
    //: Suffix of a number of times, e.g. "5 times"
    m_threshold->setSuffix(tr(" times"));
    m_pseudonymise->setText(tr("&Pseudonymise agents and supervisors"));
    m_pseudonymise->setAccessibleName(tr("Pseudonymise agents and supervisors"));
    m_pseudonymise->setToolTip(tr("Show A01, S01… instead of names, for readers who must not see them"));
    m_createButton->setText(tr("&Create the report…"));
    m_createButton->setAccessibleName(tr("Create the report"));
    m_createButton->setToolTip(m_kioskExportFolder.isEmpty() ? tr("Choose where to save the report")
                                                             : tr("Save the report in %1").arg(m_kioskExportFolder));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_preview->setAccessibleName(tr("Preview of the report's first page"));
    m_preview->setToolTip(tr("The first page of the PDF, as it will print"));
    AccessibleParts::name(this);
    m_previewUpdate.start(); // in the new language
}
