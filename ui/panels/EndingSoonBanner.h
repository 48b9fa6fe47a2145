// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QFrame>

class QLabel;
class QPushButton;
class RecordingTracker;

// A strip above the work, the warning time before recordings end: who, and Extend at hand, so
// keeping them recording is one press. It goes when they end, are extended or it is dismissed.
class EndingSoonBanner : public Retranslating<QFrame>
{
    Q_OBJECT
public:
    EndingSoonBanner(RecordingTracker *tracker, QWidget *parent = nullptr);

    // These agents' recordings end soon; joins those already shown.
    void warn(const QStringList &userIds);
    void dismiss();

Q_SIGNALS:
    // Give these agents' recordings the duration chosen under Screen recording, from now.
    void extendRequested(const QStringList &userIds);

private:
    void retranslate() override;
    // Drops the agents whose recording has ended, and says who is left.
    void showRecordings();

    RecordingTracker *m_tracker;
    QStringList m_userIds;
    QLabel *m_text;
    QPushButton *m_extend;
    QPushButton *m_dismiss;
};
