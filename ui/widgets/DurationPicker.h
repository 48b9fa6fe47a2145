// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QWidget>

class DurationEdit;
class DurationSlider;
class QLabel;
class QPushButton;

// Chooses a recording duration three ways that stay in sync: a slider with a scale that is
// fine where it matters, an exact h:mm:ss entry, and presets; shows when it would end.
// Out-of-range values cannot be entered: every control is bounded to 5 s – 3 h 30 (12,600 s),
// the longest the product offers (RecordingDuration::kLongestOffered).
class DurationPicker : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    explicit DurationPicker(QWidget *parent = nullptr);

    int seconds() const { return m_seconds; }
    void setSeconds(int seconds);

    static QList<int> presetSeconds();

Q_SIGNALS:
    void durationChanged(int seconds);

private:
    void retranslate() override;
    void updateEndTime();
    void showSeconds();

    int m_seconds;
    DurationSlider *m_slider;
    DurationEdit *m_edit;
    QLabel *m_sliderLabel;
    QLabel *m_editLabel;
    QLabel *m_endsAt;
    QList<QPushButton *> m_presets;
};
