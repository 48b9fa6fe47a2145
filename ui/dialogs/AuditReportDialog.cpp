// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditReportDialog.h"

#include "audit/AuditLog.h"
#include "widgets/AccessibleParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
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
    : QDialog(parent)
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
{
    setObjectName(QStringLiteral("auditReportDialog"));
    // The month before this one: what a monthly report is asked for.
    const QDate firstOfThisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    m_from->setObjectName(QStringLiteral("reportFromDate"));
    m_from->setDate(firstOfThisMonth.addMonths(-1));
    m_to->setObjectName(QStringLiteral("reportToDate"));
    m_to->setDate(firstOfThisMonth.addDays(-1));
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

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

void AuditReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
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
    AccessibleParts::name(this);
}
