#pragma once

#include "widgets/Retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QTimeEdit;

// Chooses a recording duration three ways that stay in sync: a slider with a scale that is
// fine where it matters, an exact h:mm:ss entry, and presets; shows when it would end.
// Out-of-range values cannot be entered: both controls are bounded to 5 s – 13,200 s.
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
    QSlider *m_slider;
    QTimeEdit *m_edit;
    QLabel *m_sliderLabel;
    QLabel *m_editLabel;
    QLabel *m_endsAt;
    QList<QPushButton *> m_presets;
};
