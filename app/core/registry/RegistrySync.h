// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistryEvent.h"

#include <QObject>
#include <QSet>

class RecordingController;
class RecordingTracker;
class SiteRegistry;
struct TrackedRecording;

// Keeps this station and the site registry in step. Tells the registry what this station's
// recordings do, as the controller and the tracker report it: starts, lost answers, stops,
// natural ends, forgotten starts, and claims that came to nothing. Each time the registry comes
// back it is told again what this station records, so an event lost to a crash between the
// ledger and the outbox is made good. And when the registry says another station stopped one of
// this station's recordings, this station asks CXone (a Stop, answered "already ended" when it
// was): a row in the registry alone never ends a recording here, whoever could write it.
class RegistrySync : public QObject
{
    Q_OBJECT
public:
    RegistrySync(
        SiteRegistry *registry, RecordingController *controller, RecordingTracker *tracker, QObject *parent = nullptr);

Q_SIGNALS:
    // Another station's supervisor stopped this station's recording.
    void stoppedElsewhere(const TrackedRecording &recording, const QString &supervisor, const QString &station);

private:
    void followSite();
    // A start or a lost answer, with the seconds its countdown has left.
    void publishWithTimeLeft(RegistryEvent::Kind kind, const TrackedRecording &recording);
    void publishRelease(const QString &userId, const QString &supervisor);
    void publishEnd(const TrackedRecording &recording);
    void republishAll();

    SiteRegistry *m_registry;
    RecordingController *m_controller;
    RecordingTracker *m_tracker;
    QSet<qint64> m_heardStops; // told once per recording
};
