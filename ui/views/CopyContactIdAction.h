// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAction>

// "Copy the contact ID" in the context menus of agents and of active recordings: the row's menu
// gives it the contact ID of the recording it is about, and it puts that on the clipboard. An
// action is not told of a language switch: its owner calls retranslate() from its own.
class CopyContactIdAction : public QAction
{
    Q_OBJECT
public:
    CopyContactIdAction(const QString &objectName, QObject *parent);

    void setContactId(qint64 contactId) { setData(contactId); }
    void retranslate();
};
