// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistrySync.h"

#include "recording/RecordingController.h"
#include "registry/SiteRegistry.h"

namespace {
RegistryEvent eventFor(RegistryEvent::Kind kind, const TrackedRecording &recording)
{
    RegistryEvent event;
    event.kind = kind;
    event.agentUserId = recording.userId;
    event.agentName = recording.agentName;
    event.contactId = recording.contactId;
    event.interactionId = recording.interactionId;
    event.durationSeconds = recording.durationSeconds;
    event.purpose = recording.purpose;
    event.supervisor = recording.startedBy;
    event.replacesContactId = recording.replacesContactId;
    event.stationTimeUtc = QDateTime::currentDateTimeUtc();
    return event;
}
} // namespace

RegistrySync::RegistrySync(
    SiteRegistry *registry, RecordingController *controller, RecordingTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_controller(controller)
    , m_tracker(tracker)
{
    connect(controller, &RecordingController::started, this,
        [this](const TrackedRecording &recording, vigie::StartKind kind, vigie::SaveState, const QString &supervisor) {
            if (kind == vigie::StartKind::New || kind == vigie::StartKind::Confirmed) {
                publishWithTimeLeft(RegistryEvent::Kind::Start, recording);
            } else if (kind == vigie::StartKind::RecordedElsewhere) {
                publishRelease(recording.userId, supervisor); // the claim of a start that created nothing
            }
        });
    connect(controller, &RecordingController::startUnconfirmed, this,
        [this](const TrackedRecording &intent) { publishWithTimeLeft(RegistryEvent::Kind::Unconfirmed, intent); });
    connect(controller, &RecordingController::startFailed, this,
        [this](const QString &userId, const QString &, const StartResult &, const QString &supervisor) {
            publishRelease(userId, supervisor);
        });
    connect(controller, &RecordingController::startsNotSent, this, [this](const QVector<TrackedRecording> &intents) {
        for (const TrackedRecording &intent : intents) {
            publishRelease(intent.userId, intent.startedBy);
        }
    });
    connect(controller, &RecordingController::stopped, this,
        [this](const TrackedRecording &recording, vigie::StopKind, const QString &supervisor) {
            RegistryEvent event = eventFor(RegistryEvent::Kind::Stop, recording);
            event.supervisor = supervisor; // who pressed Stop, whoever started it
            m_registry->publish(event);
        });
    connect(tracker, &RecordingTracker::recordingEnded, this, &RegistrySync::publishEnd);
    connect(registry, &SiteRegistry::siteChanged, this, &RegistrySync::followSite);
    connect(registry, &SiteRegistry::availabilityChanged, this, [this](bool up) {
        if (up) {
            republishAll();
        }
    });
}

void RegistrySync::followSite()
{
    for (const SiteRecording &site : m_registry->live()) {
        if (site.state != SiteRecording::State::StoppedElsewhere || site.station != m_registry->station()) {
            continue;
        }
        const TrackedRecording *recording = m_tracker->activeByContact(site.contactId);
        if (!recording || m_heardStops.contains(site.contactId)) {
            continue;
        }
        m_heardStops.insert(site.contactId);
        Q_EMIT stoppedElsewhere(*recording, site.stoppedBy, site.stoppedByStation);
        // Until CXone says so it may still be recording: signed out, it stays listed with its countdown.
        if (m_controller->isSignedIn()) {
            m_controller->stop({ site.contactId });
        }
    }
}

void RegistrySync::publishWithTimeLeft(RegistryEvent::Kind kind, const TrackedRecording &recording)
{
    RegistryEvent event = eventFor(kind, recording);
    // From the monotonic countdown: this station's wall clock never moves the registry's end.
    event.setSecondsLeft(m_tracker->secondsRemaining(recording));
    m_registry->publish(event);
}

void RegistrySync::publishRelease(const QString &userId, const QString &supervisor)
{
    RegistryEvent event;
    event.kind = RegistryEvent::Kind::Release;
    event.agentUserId = userId;
    event.supervisor = supervisor;
    event.stationTimeUtc = QDateTime::currentDateTimeUtc();
    m_registry->publish(event);
}

void RegistrySync::publishEnd(const TrackedRecording &recording)
{
    using Reason = TrackedRecording::EndReason;
    if (recording.endReason == Reason::Elapsed || recording.endReason == Reason::EndedWhileClosed) {
        m_registry->publish(eventFor(RegistryEvent::Kind::End, recording));
    } else if (recording.endReason == Reason::UnconfirmedElapsed || recording.endReason == Reason::Forgotten) {
        TrackedRecording forgotten = recording;
        forgotten.contactId = 0;
        m_registry->publish(eventFor(RegistryEvent::Kind::Forget, forgotten));
    }
    // Stopped and already ended: the controller's stopped() told it, with who pressed Stop.
}

void RegistrySync::republishAll()
{
    // The registry keeps a recording's holder and start time when told again: only its end is
    // refreshed, from this station's countdown.
    for (const TrackedRecording &recording : m_tracker->active()) {
        publishWithTimeLeft(RegistryEvent::Kind::Start, recording);
    }
    for (const TrackedRecording &intent : m_tracker->pending()) {
        if (intent.confirmation == TrackedRecording::Confirmation::Unconfirmed) {
            publishWithTimeLeft(RegistryEvent::Kind::Unconfirmed, intent);
        }
    }
}
