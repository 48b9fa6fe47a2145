// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

struct SiteRecording;

// The words of the questions asked before a recording decision with consequences beyond this
// station: recording agents whose team has screen recording off in CXone, and stopping
// recordings that other stations started.
class QuestionText
{
    Q_DECLARE_TR_FUNCTIONS(QuestionText)
public:
    static QString teamRecordingOffTitle();
    static QString teamRecordingOffQuestion(const QStringList &agentNames);
    // Before stopping recordings that other stations started (site registry).
    static QString stopElsewhereTitle();
    static QString stopElsewhereQuestion(const QVector<SiteRecording> &recordings);
    static QString stopElsewhereButton();
};
