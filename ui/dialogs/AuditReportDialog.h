// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditHead.h"
#include "audit/AuditReport.h"
#include "report/AuditReportDocument.h"

#include "widgets/Retranslating.h"

#include <QDialog>
#include <QTimer>

class AuditLog;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

// The monthly report for compliance officers and works councils: a period, PDF or CSV, how often
// an agent must have been recorded to be listed, and names or pseudonyms, with a preview of the
// PDF's first page. It opens on the last month, or on the month of the latest entries when the
// last one has none. In kiosk mode the report goes to the administrator's folder: no file dialog
// can browse the station.
class AuditReportDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    // ledgerHead: where the trail stood at its last write, as the recording ledger keeps it.
    AuditReportDialog(
        AuditLog *log, const AuditHead &ledgerHead, const QString &kioskExportFolder, QWidget *parent = nullptr);

    // The works council's policy the report states and measures the agents against.
    void setPolicy(const RecordingPolicy &policy) { m_policy = policy; }
    AuditReport::Options reportOptions() const;
    AuditReport::Format format() const;
    // Writes the report to path. Returns an error message, or empty on success.
    QString createTo(const QString &path);

private:
    void create();
    void retranslate() override;
    void choosePeriodWithEntries();
    void showPreview();

    AuditLog *m_log;
    AuditHead m_ledgerHead;
    QString m_kioskExportFolder;
    RecordingPolicy m_policy;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_thresholdLabel;
    QSpinBox *m_threshold;
    QCheckBox *m_pseudonymise;
    QLabel *m_status;
    QPushButton *m_createButton;
    QPushButton *m_closeButton;
    QLabel *m_preview;
    QTimer m_previewUpdate; // one preview for a burst of changes: the figures read the whole period
};
