// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditHistoryDialog.h"

#include "audit/AuditCsv.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "models/AuditTableModel.h"
#include "system/PrivateFile.h"
#include "text/AuditText.h"
#include "views/RowTable.h"
#include "widgets/AccessibleParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

AuditHistoryDialog::AuditHistoryDialog(AuditLog *log, const QString &kioskExportFolder, QWidget *parent)
    : Retranslating(parent)
    , m_log(log)
    , m_kioskExportFolder(kioskExportFolder)
    , m_model(new AuditTableModel(this))
    , m_agentFilter(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_resultFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_exportButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditHistoryDialog"));
    m_agentFilter->setObjectName(QStringLiteral("auditAgentFilter"));
    m_agentFilter->setClearButtonEnabled(true);
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_resultFilter->setObjectName(QStringLiteral("auditResultFilter"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    setUpRowTable(m_table); // one line per entry: names and dates are not wrapped
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // a folder's name
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_closeButton->setObjectName(QStringLiteral("auditCloseButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_agentFilter, 1);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_resultFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_agentFilter, &QLineEdit::textChanged, this, &AuditHistoryDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditHistoryDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditHistoryDialog::reload);
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &AuditHistoryDialog::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditHistoryDialog::exportCsv);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);

    retranslate();
    resize(980, 560);
}

void AuditHistoryDialog::reload()
{
    AuditQuery query;
    query.fromUtc = m_from->date().startOfDay().toUTC();
    query.toUtc = m_to->date().endOfDay().toUTC();
    query.agentContains = m_agentFilter->text().trimmed();
    if (const QVariant result = m_resultFilter->currentData(); result.isValid()) {
        query.result = result.value<vigie::AuditResult>();
    }
    const QVector<AuditEntry> entries = m_log->query(query);
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n entry(ies)", nullptr, int(entries.size())));
}

QString AuditHistoryDialog::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!PrivateFile::open(file)) {
        return file.errorString();
    }
    QVector<AuditEntry> entries = m_model->entries();
    std::reverse(entries.begin(), entries.end()); // oldest first, as a period reads
    if (!AuditCsv::write(&file, entries, AuditText::csvHeaders(), QLocale()) || !file.commit()) {
        return file.errorString();
    }
    return {};
}

void AuditHistoryDialog::exportCsv()
{
    const QString name
        = tr("vigie-audit-%1-%2.csv").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    QString path;
    if (!m_kioskExportFolder.isEmpty()) {
        path = QDir(m_kioskExportFolder).filePath(name);
    } else {
        path = QFileDialog::getSaveFileName(
            this, tr("Export the audit trail"), QDir::home().filePath(name), tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
    }
    const QString error = exportTo(path);
    m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                                      : tr("The export failed: %1").arg(error));
}

void AuditHistoryDialog::retranslate()
{
    setWindowTitle(tr("Audit trail"));
    m_agentFilter->setPlaceholderText(tr("Filter by agent"));
    m_agentFilter->setAccessibleName(tr("Filter by agent"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_resultFilter->setAccessibleName(tr("Filter by result"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_exportButton->setText(tr("&Export to CSV…"));
    m_exportButton->setAccessibleName(tr("Export to CSV"));
    m_exportButton->setToolTip(m_kioskExportFolder.isEmpty()
            ? tr("Save the entries shown as a CSV file that Excel opens")
            : tr("Save the entries shown as a CSV file in %1").arg(m_kioskExportFolder));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    const int current = m_resultFilter->currentIndex();
    {
        const QSignalBlocker blocker(m_resultFilter);
        m_resultFilter->clear();
        m_resultFilter->addItem(tr("All results"));
        for (const vigie::AuditResult result : vigie::allAuditResults()) {
            m_resultFilter->addItem(AuditText::result(result), QVariant::fromValue(result));
        }
        m_resultFilter->setCurrentIndex(qMax(0, current));
    }
    AccessibleParts::name(this);
    reload();
}
