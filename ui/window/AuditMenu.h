// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>

class SupervisorSession;

// The window's Audit menu: the monthly report. It words itself in the active language and opens
// the report dialog on the session's trail, so the window needs one line to offer it.
class AuditMenu : public QMenu
{
    Q_OBJECT
public:
    AuditMenu(SupervisorSession *session, const QString &kioskExportFolder, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_reportAction;
};
