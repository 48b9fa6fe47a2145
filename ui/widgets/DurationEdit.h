// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimeEdit>

// The exact h:mm:ss entry of a recording duration. Qt's accessibility interface for spin boxes
// reads and writes the "value", "minimum" and "maximum" properties, which a time edit lacks:
// these give it the duration in seconds, so that a screen reader hears the number and an
// automation tool can set 600 through the Value interface as well as type 0:10:00.
class DurationEdit : public QTimeEdit
{
    Q_OBJECT
    Q_PROPERTY(int value READ seconds WRITE setSeconds)
    Q_PROPERTY(int minimum READ minimumSeconds CONSTANT)
    Q_PROPERTY(int maximum READ maximumSeconds)
    Q_PROPERTY(int stepSize READ stepSeconds CONSTANT)
public:
    explicit DurationEdit(QWidget *parent = nullptr);

    int seconds() const;
    void setSeconds(int seconds);
    int minimumSeconds() const;
    int maximumSeconds() const;
    // Lowered by the recording policy's longest duration for a purpose; never above the product's.
    void setMaximumSeconds(int seconds);
    int stepSeconds() const { return 1; }
};
