// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QDialog>

class AuditLog;
class AuditTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The audit trail for a period: filter by agent, dates and result, and export to CSV. In kiosk
// mode the export goes to the administrator's folder: no file dialog can browse the station.
class AuditHistoryDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    AuditHistoryDialog(AuditLog *log, const QString &kioskExportFolder, QWidget *parent = nullptr);

    // Writes the entries on screen to path. Returns an error message, or empty on success.
    QString exportTo(const QString &path) const;

private:
    void reload();
    void exportCsv();
    void retranslate() override;

    AuditLog *m_log;
    QString m_kioskExportFolder;
    AuditTableModel *m_model;
    QLineEdit *m_agentFilter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_resultFilter;
    QTableView *m_table;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
};
