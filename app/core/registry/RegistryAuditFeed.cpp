// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryAuditFeed.h"

#include "audit/AuditLog.h"
#include "registry/SiteRegistry.h"

#include <utility>

RegistryAuditFeed::RegistryAuditFeed(AuditLog *log, SiteRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_registry(registry)
    , m_durable(log->head().count) // what a previous run wrote is on disk
{
    connect(registry, &SiteRegistry::auditReached, this, &RegistryAuditFeed::takeReached);
    connect(registry, &SiteRegistry::auditStored, this, &RegistryAuditFeed::takeStored);
    connect(registry, &SiteRegistry::availabilityChanged, this, [this](bool up) {
        if (!up) {
            // What was in flight may be lost: the registry says where to resume when it is back.
            m_positionKnown = false;
        }
    });
}

void RegistryAuditFeed::send(const AuditHead &head)
{
    m_durable = qMax(m_durable, head.count);
    pump();
}

void RegistryAuditFeed::takeReached(qint64 sequence, const QByteArray &hash)
{
    // The registry's last entry of this station must be this trail's: otherwise the trail was
    // replaced or rewritten since it was sent (or another station writes under this one's name).
    // What follows is sent all the same; --verify-audit --against registry names every difference.
    const AuditHead head = m_log->head();
    if (sequence > head.count) {
        Q_EMIT problem(QStringLiteral("the site registry holds this station's audit entries up to %1, but this trail "
                                      "ends at entry %2: it was cut or replaced")
                           .arg(sequence)
                           .arg(head.count));
    } else if (sequence >= m_log->firstSequence() && m_log->hashAt(sequence) != hash) {
        Q_EMIT problem(QStringLiteral("the site registry's audit entry %1 of this station differs from this trail's: "
                                      "the trail was rewritten or replaced since it was sent")
                           .arg(sequence));
    }
    m_positionKnown = true;
    m_stored = sequence;
    m_sent = sequence; // lines sent after this one before the outage are sent again
    Q_EMIT storedUpTo(sequence);
    pump();
}

void RegistryAuditFeed::takeStored(qint64 sequence)
{
    if (sequence > m_stored) {
        m_stored = sequence;
        Q_EMIT storedUpTo(sequence);
    }
}

void RegistryAuditFeed::pump()
{
    if (!m_positionKnown || m_sent >= m_durable) {
        return;
    }
    qint64 from = m_sent + 1;
    const qint64 first = m_log->firstSequence();
    if (from < first) {
        Q_EMIT problem(QStringLiteral("audit entries %1 to %2 were purged by retention before the site registry "
                                      "held them; the registry's copy starts at entry %3")
                           .arg(from)
                           .arg(first - 1)
                           .arg(first));
        from = first;
    }
    // One read of the file for a catch-up; a single line for the usual one entry at a time.
    const QByteArrayList all = m_durable - from >= kBatch / 10 ? m_log->lines() : QByteArrayList();
    QVector<AuditTrailLine> batch;
    for (qint64 sequence = from; sequence <= m_durable; ++sequence) {
        const qsizetype index = sequence - first;
        const std::optional<QByteArray> line = all.isEmpty() ? m_log->line(sequence)
            : index < all.size()                             ? std::optional<QByteArray>(all.at(index))
                                                             : std::nullopt;
        if (!line) {
            break; // the trail was purged meanwhile: the next appended() resumes from its first entry
        }
        batch.append({ sequence, *line });
        if (batch.size() == kBatch) {
            m_registry->storeAudit(std::exchange(batch, {}));
        }
        m_sent = sequence;
    }
    if (!batch.isEmpty()) {
        m_registry->storeAudit(batch);
    }
}
