// SPDX-License-Identifier: Apache-2.0
#include "views/CopyContactIdAction.h"

#include <QClipboard>
#include <QGuiApplication>

CopyContactIdAction::CopyContactIdAction(const QString &objectName, QObject *parent)
    : QAction(parent)
{
    setObjectName(objectName);
    connect(this, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(QString::number(data().toLongLong())); });
    retranslate();
}

void CopyContactIdAction::retranslate()
{
    //: Context menu of an agent being recorded, or of an active recording
    setText(tr("&Copy the contact ID"));
    setToolTip(tr("Put the CXone contact ID of this recording on the clipboard"));
}
