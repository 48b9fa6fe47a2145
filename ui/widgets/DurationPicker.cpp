// SPDX-License-Identifier: Apache-2.0
#include "widgets/DurationPicker.h"

#include "cxone/RecordingDuration.h"
#include "text/Formatting.h"
#include "widgets/AccessibleParts.h"
#include "widgets/DurationEdit.h"
#include "widgets/DurationSlider.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

DurationPicker::DurationPicker(QWidget *parent)
    : Retranslating(parent)
    , m_seconds(RecordingDuration::kDefaultSeconds)
    , m_longest(RecordingDuration::kLongestOffered)
    , m_slider(new DurationSlider(this))
    , m_edit(new DurationEdit(this))
    , m_sliderLabel(new QLabel(this))
    , m_editLabel(new QLabel(this))
    , m_endsAt(new QLabel(this))
{
    setObjectName(QStringLiteral("durationPicker"));
    m_slider->setObjectName(QStringLiteral("durationSlider"));
    setFocusProxy(m_slider); // focusing the picker (after Enter on an agent) lands on the slider
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(55);
    m_sliderLabel->setBuddy(m_slider);

    m_edit->setObjectName(QStringLiteral("durationEdit"));
    m_editLabel->setBuddy(m_edit);

    m_endsAt->setObjectName(QStringLiteral("endsAtLabel"));

    auto *presets = new QGridLayout;
    for (int seconds : presetSeconds()) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("preset%1s").arg(seconds));
        button->setCheckable(false);
        connect(button, &QPushButton::clicked, this, [this, seconds] { setSeconds(seconds); });
        presets->addWidget(button, int(m_presets.size()) / 3, int(m_presets.size()) % 3);
        m_presets.append(button);
    }

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sliderLabel, 0, 0);
    layout->addWidget(m_slider, 0, 1, 1, 2);
    layout->addWidget(m_editLabel, 1, 0);
    layout->addWidget(m_edit, 1, 1);
    layout->addWidget(m_endsAt, 1, 2);
    layout->addLayout(presets, 2, 1, 1, 2);
    layout->setColumnStretch(2, 1);

    connect(m_slider, &DurationSlider::secondsChosen, this, &DurationPicker::setSeconds);
    connect(m_edit, &QTimeEdit::timeChanged, this, [this] { setSeconds(m_edit->seconds()); });

    // "Ends at" moves with the clock even when the duration does not.
    auto *clock = new QTimer(this);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, this, &DurationPicker::updateEndTime);
    clock->start();

    retranslate();
}

QList<int> DurationPicker::presetSeconds() { return { 30, 5 * 60, 15 * 60, 3600, RecordingDuration::kLongestOffered }; }

void DurationPicker::setSeconds(int seconds)
{
    seconds = qBound(RecordingDuration::kMinimumSeconds, seconds, m_longest);
    if (seconds == m_seconds) {
        showSeconds(); // a slider dragged past the longest comes back to it
        return;
    }
    m_seconds = seconds;
    showSeconds();
    Q_EMIT durationChanged(seconds);
}

void DurationPicker::setLongest(std::optional<int> seconds)
{
    m_longest = qBound(RecordingDuration::kMinimumSeconds, seconds.value_or(RecordingDuration::kLongestOffered),
        RecordingDuration::kLongestOffered);
    m_edit->setMaximumSeconds(m_longest);
    for (int index = 0; index < m_presets.size(); ++index) {
        m_presets.at(index)->setEnabled(presetSeconds().at(index) <= m_longest);
    }
    retranslate(); // the entry's tooltip names the longest
    setSeconds(m_seconds);
}

void DurationPicker::showSeconds()
{
    const QString spoken = Formatting::spoken(m_seconds);
    m_slider->setSpokenValue(spoken);
    m_slider->setSeconds(m_seconds);
    m_slider->setToolTip(spoken);
    m_slider->setAccessibleDescription(spoken);
    {
        const QSignalBlocker blockEdit(m_edit);
        m_edit->setSeconds(m_seconds);
    }
    m_edit->setAccessibleDescription(spoken);
    updateEndTime();
}

void DurationPicker::updateEndTime()
{
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(m_seconds);
    m_endsAt->setText(tr("Ends at %1").arg(Formatting::timeOfDay(end)));
}

void DurationPicker::retranslate()
{
    m_sliderLabel->setText(tr("&Duration:"));
    m_editLabel->setText(tr("E&xact:"));
    m_slider->setAccessibleName(tr("Recording duration"));
    m_edit->setAccessibleName(tr("Exact recording duration"));
    m_edit->setToolTip(m_longest == RecordingDuration::kLongestOffered
            ? tr("Hours:minutes:seconds, from 0:00:05 to 3:30:00")
            //: %1: the longest duration the recording policy allows for the purpose, as 0:30:00
            : tr("Hours:minutes:seconds, from 0:00:05 to %1, the longest the recording policy allows for this purpose")
                  .arg(Formatting::clock(m_longest)));
    m_endsAt->setAccessibleName(tr("Recording end time"));
    //: Duration presets on small buttons; the last one is the longest recording Vigie offers
    const QStringList presetTexts { tr("30 s"), tr("5 min"), tr("15 min"), tr("1 h"), tr("3 h 30") };
    for (int index = 0; index < m_presets.size(); ++index) {
        m_presets.at(index)->setText(presetTexts.at(index));
        m_presets.at(index)->setAccessibleName(tr("Duration preset %1").arg(presetTexts.at(index)));
        m_presets.at(index)->setToolTip(tr("Record for %1").arg(Formatting::spoken(presetSeconds().at(index))));
    }
    showSeconds(); // the end time and the spoken duration are written in the new language
    AccessibleParts::name(this);
}
