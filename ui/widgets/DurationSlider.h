// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSlider>

// A slider over recording durations. Its positions follow DurationScale, but what it holds, and
// tells screen readers and automation tools through the accessibility Value interface, is the
// duration in seconds: Qt's own slider interface would expose a position on a non-linear scale,
// and a typed duration between two positions would be rounded away.
class DurationSlider : public QSlider
{
    Q_OBJECT
public:
    explicit DurationSlider(QWidget *parent = nullptr);

    int seconds() const { return m_seconds; }
    // Shows a duration chosen elsewhere (the exact entry, a preset): no secondsChosen.
    void setSeconds(int seconds);
    // A duration chosen on the slider itself, or through its accessibility interface.
    void chooseSeconds(int seconds);
    // Said to screen readers as the value's text ("10 min"), in the current language.
    void setSpokenValue(const QString &spoken) { m_spoken = spoken; }
    QString spokenValue() const { return m_spoken; }

Q_SIGNALS:
    void secondsChosen(int seconds);

private:
    int m_seconds;
    QString m_spoken;
};
