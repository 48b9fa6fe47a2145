// SPDX-License-Identifier: Apache-2.0
#include "widgets/DurationEdit.h"

#include "cxone/RecordingDuration.h"

namespace {
QTime timeFor(int seconds) { return QTime(0, 0).addSecs(seconds); }
} // namespace

DurationEdit::DurationEdit(QWidget *parent)
    : QTimeEdit(parent)
{
    setDisplayFormat(QStringLiteral("H:mm:ss"));
    setMinimumTime(timeFor(RecordingDuration::kMinimumSeconds));
    setMaximumTime(timeFor(RecordingDuration::kLongestOffered));
    setCurrentSection(QDateTimeEdit::MinuteSection);
    setKeyboardTracking(false);
}

int DurationEdit::seconds() const { return QTime(0, 0).secsTo(time()); }

// Bounded first: a day or more would wrap around midnight.
void DurationEdit::setSeconds(int seconds)
{
    setTime(timeFor(qBound(RecordingDuration::kMinimumSeconds, seconds, maximumSeconds())));
}

int DurationEdit::minimumSeconds() const { return RecordingDuration::kMinimumSeconds; }

int DurationEdit::maximumSeconds() const { return QTime(0, 0).secsTo(maximumTime()); }

void DurationEdit::setMaximumSeconds(int seconds)
{
    setMaximumTime(timeFor(qBound(RecordingDuration::kMinimumSeconds, seconds, RecordingDuration::kLongestOffered)));
}
