// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QMenu>

class QDialog;
class SupervisorSession;

// The window's Audit menu: the trail (filter, CSV export) and the monthly report. It words itself
// in the active language and opens both dialogs the same way, on the session's trail, so the
// window needs one line to offer them.
class AuditMenu : public Retranslating<QMenu>
{
    Q_OBJECT
public:
    AuditMenu(SupervisorSession *session, const QString &kioskExportFolder, QWidget *parent);

private:
    void retranslate() override;
    // Modeless, and gone once closed: the window stays usable beside the trail.
    void open(QDialog *dialog);

    QAction *m_trailAction;
    QAction *m_reportAction;
};
