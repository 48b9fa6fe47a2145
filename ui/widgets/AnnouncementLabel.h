// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include "models/ActivityLogModel.h"

#include <QLabel>

// The status bar's latest event. Each new sentence is also given to screen readers, which
// read it out; warnings and errors are raised as alerts.
class AnnouncementLabel : public Retranslating<QLabel>
{
    Q_OBJECT
public:
    explicit AnnouncementLabel(QWidget *parent = nullptr);

    void announce(ActivityLogModel::Severity severity, const QString &message);

private:
    void retranslate() override;
};
