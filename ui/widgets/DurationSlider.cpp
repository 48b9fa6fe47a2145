// SPDX-License-Identifier: Apache-2.0
#include "widgets/DurationSlider.h"

#include "cxone/RecordingDuration.h"
#include "widgets/DurationScale.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace {
// The slider as accessibility tools see it: a slider whose value is seconds, 5 to 12,600, and
// whose value text says the duration in words. Setting the value (AT-SPI's Value.CurrentValue,
// UI Automation's RangeValue) chooses that duration, exactly as the supervisor would.
class AccessibleDurationSlider : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleDurationSlider(DurationSlider *slider)
        : QAccessibleWidget(slider, QAccessible::Slider)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface) {
            return static_cast<QAccessibleValueInterface *>(this);
        }
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Value) {
            return slider()->spokenValue();
        }
        return QAccessibleWidget::text(type);
    }

    QVariant currentValue() const override { return slider()->seconds(); }
    // AT-SPI hands over a double.
    void setCurrentValue(const QVariant &value) override { slider()->chooseSeconds(qRound(value.toDouble())); }
    QVariant maximumValue() const override { return RecordingDuration::kLongestOffered; }
    QVariant minimumValue() const override { return RecordingDuration::kMinimumSeconds; }
    QVariant minimumStepSize() const override { return 1; }

private:
    DurationSlider *slider() const { return static_cast<DurationSlider *>(object()); }
};

QAccessibleInterface *accessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("DurationSlider") && object && object->isWidgetType()) {
        return new AccessibleDurationSlider(static_cast<DurationSlider *>(object));
    }
    return nullptr;
}
} // namespace

DurationSlider::DurationSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
    , m_seconds(RecordingDuration::kDefaultSeconds)
{
    // Once per process, before any accessibility tool can ask for this slider's interface.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setRange(0, DurationScale::lastPosition());
    setValue(DurationScale::nearestPosition(m_seconds));
    connect(this, &QSlider::valueChanged, this, [this](int position) {
        // A position that shows the current duration (a typed one between two steps) changes nothing.
        if (DurationScale::nearestPosition(m_seconds) != position) {
            chooseSeconds(DurationScale::secondsAt(position));
        }
    });
}

void DurationSlider::setSeconds(int seconds)
{
    m_seconds = qBound(RecordingDuration::kMinimumSeconds, seconds, RecordingDuration::kLongestOffered);
    setValue(DurationScale::nearestPosition(m_seconds));
    QAccessibleValueChangeEvent event(this, m_seconds);
    QAccessible::updateAccessibility(&event);
}

void DurationSlider::chooseSeconds(int seconds)
{
    const int previous = m_seconds;
    setSeconds(seconds);
    if (m_seconds != previous) {
        Q_EMIT secondsChosen(m_seconds);
    }
}
