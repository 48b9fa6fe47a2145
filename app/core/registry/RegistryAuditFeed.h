// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditHead.h"

#include <QObject>

class AuditLog;
class SiteRegistry;

// Sends every audit entry of this station to the site registry's audit table once it is on
// disk, each line as the trail holds it, so the site keeps each station's hash chain. The trail
// is the queue: each time the registry is reached it says the last entry it holds of this
// station, and whatever follows is sent from the trail. An outage, a crash or a restart loses
// nothing; a line sent twice (its answer lost) is stored once, by its number.
class RegistryAuditFeed : public QObject
{
    Q_OBJECT
public:
    // Lines per transaction when catching up: one fsync on the server each.
    static constexpr int kBatch = 500;

    RegistryAuditFeed(AuditLog *log, SiteRegistry *registry, QObject *parent = nullptr);

    // Sends the entries up to `head`, which reached the disk; connected to AuditRecorder::appended.
    void send(const AuditHead &head);
    // The last entry the registry is known to hold; 0 before it answered.
    qint64 stored() const { return m_stored; }

Q_SIGNALS:
    void storedUpTo(qint64 sequence);
    // In English, for the log: entries the trail no longer holds could not be sent.
    void problem(const QString &description);

private:
    void takeReached(qint64 sequence, const QByteArray &hash);
    void takeStored(qint64 sequence);
    void pump();

    AuditLog *m_log;
    SiteRegistry *m_registry;
    bool m_positionKnown = false; // the registry said what it holds since it was last reached
    qint64 m_durable = 0;
    qint64 m_sent = 0; // handed to the registry's connection
    qint64 m_stored = 0;
};
