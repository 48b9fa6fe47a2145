// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QWidget>

#include <optional>

class DurationEdit;
class DurationSlider;
class QLabel;
class QPushButton;

// Chooses a recording duration three ways that stay in sync: a slider with a scale that is
// fine where it matters, an exact h:mm:ss entry, and presets; shows when it would end.
// Out-of-range values cannot be entered: every control is bounded to 5 s – 3 h 30 (12,600 s),
// the longest the product offers (RecordingDuration::kLongestOffered), or to the purpose's
// longest duration when the works council's policy sets one (setLongest).
class DurationPicker : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    explicit DurationPicker(QWidget *parent = nullptr);

    int seconds() const { return m_seconds; }
    void setSeconds(int seconds);
    // The longest the chosen purpose allows (nullopt: the product's own longest): the slider, the
    // entry and the presets stop there, and a longer duration already chosen comes down to it.
    void setLongest(std::optional<int> seconds);
    int longest() const { return m_longest; }

    static QList<int> presetSeconds();

Q_SIGNALS:
    void durationChanged(int seconds);

private:
    void retranslate() override;
    void updateEndTime();
    void showSeconds();

    int m_seconds;
    int m_longest;
    DurationSlider *m_slider;
    DurationEdit *m_edit;
    QLabel *m_sliderLabel;
    QLabel *m_editLabel;
    QLabel *m_endsAt;
    QList<QPushButton *> m_presets;
};
