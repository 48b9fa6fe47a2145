// SPDX-License-Identifier: Apache-2.0
#include "widgets/AnnouncementLabel.h"

#include "text/Formatting.h"

#include <QAccessible>
#include <QEvent>

AnnouncementLabel::AnnouncementLabel(QWidget *parent)
    : Retranslating(parent)
{
    setObjectName(QStringLiteral("announcementLabel"));
    setTextFormat(Qt::PlainText); // sentences quote agent names and server answers: never markup
    retranslate();
}

void AnnouncementLabel::announce(ActivityLogModel::Severity severity, const QString &message)
{
    setText(message);
    setToolTip(Formatting::plainToolTip(message));
    setAccessibleName(message);
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    if (severity == ActivityLogModel::Severity::Error || severity == ActivityLogModel::Severity::Warning) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void AnnouncementLabel::retranslate()
{
    //: Accessible description of the status bar text that shows the latest event
    setAccessibleDescription(tr("Latest event"));
}
