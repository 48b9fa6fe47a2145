// SPDX-License-Identifier: Apache-2.0
#include "panels/EndingSoonBanner.h"

#include "recording/RecordingTracker.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

EndingSoonBanner::EndingSoonBanner(RecordingTracker *tracker, QWidget *parent)
    : Retranslating(parent)
    , m_tracker(tracker)
    , m_text(new QLabel(this))
    , m_extend(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("endingSoonBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette bannerPalette = palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82)); // amber: attention, not a fault
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    setPalette(bannerPalette);
    m_text->setObjectName(QStringLiteral("endingSoonText"));
    m_text->setTextFormat(Qt::PlainText); // agent names
    m_text->setWordWrap(true);
    m_extend->setObjectName(QStringLiteral("extendEndingButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissEndingButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_extend);
    layout->addWidget(m_dismiss);
    connect(m_extend, &QPushButton::clicked, this, [this] {
        const QStringList userIds = std::exchange(m_userIds, {});
        hide();
        Q_EMIT extendRequested(userIds);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &EndingSoonBanner::dismiss);
    connect(m_tracker, &RecordingTracker::recordingEnded, this, &EndingSoonBanner::showRecordings);
    setVisible(false);
    retranslate();
}

void EndingSoonBanner::warn(const QStringList &userIds)
{
    for (const QString &userId : userIds) {
        if (!m_userIds.contains(userId)) {
            m_userIds.append(userId);
        }
    }
    showRecordings();
    QAccessibleEvent alert(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void EndingSoonBanner::dismiss()
{
    m_userIds.clear();
    hide();
}

void EndingSoonBanner::showRecordings()
{
    QStringList names;
    QStringList running;
    for (const QString &userId : std::as_const(m_userIds)) {
        if (const TrackedRecording *recording = m_tracker->activeForUser(userId)) {
            running.append(userId);
            names.append(recording->agentName);
        }
    }
    m_userIds = running;
    if (running.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(tr("%n recording(s) end soon: %1.", nullptr, int(names.size()))
                        .arg(names.mid(0, 10).join(QStringLiteral(", "))));
    m_text->setAccessibleName(m_text->text());
    show();
}

void EndingSoonBanner::retranslate()
{
    //: Button of the banner shown shortly before recordings end
    m_extend->setText(tr("&Extend them"));
    m_extend->setAccessibleName(tr("Extend the recordings that end soon"));
    m_extend->setToolTip(tr("Give them the duration chosen under Screen recording, from now: Vigie stops each "
                            "one and starts a new one"));
    //: Button of the banner shown shortly before recordings end: hide it and let them end
    m_dismiss->setText(tr("Let them end"));
    m_dismiss->setAccessibleName(tr("Let the recordings end and hide this warning"));
    if (!m_userIds.isEmpty()) {
        showRecordings();
    }
}
