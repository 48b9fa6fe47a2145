// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryLink.h"

#include "registry/RegistrySchema.h"
#include "system/SystemClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kChannel = QStringLiteral("vigie_events");

// Every pending event in one statement, committed on its own: one round trip to the server, where a
// transaction of one insert per event took four more (BEGIN, PREPARE, DEALLOCATE, COMMIT). The events
// travel as one JSON array, kept in order; ids are strings there, exact past 2^53.
const QString kInsertEvents = QStringLiteral(
    "INSERT INTO vigie.events (event_id, station, kind, agent_user_id, agent_name, contact_id, interaction_id, "
    "duration_s, seconds_left, purpose, supervisor, replaces_contact_id, detail, station_time) "
    "SELECT (e->>'event_id')::uuid, ?, e->>'kind', e->>'agent_user_id', e->>'agent_name', "
    "(e->>'contact_id')::bigint, e->>'interaction_id', (e->>'duration_s')::integer, (e->>'seconds_left')::integer, "
    "e->>'purpose', e->>'supervisor', (e->>'replaces_contact_id')::bigint, e->>'detail', "
    "(e->>'station_time')::timestamptz FROM json_array_elements(?::json) WITH ORDINALITY AS pending(e, n) "
    "ORDER BY n ON CONFLICT (event_id) DO NOTHING");

// QPSQL binds a null QString as NULL: the columns that hold "nothing" as '' get ''. PostgreSQL's text
// holds no NUL either, and its JSON reading refuses "\u0000": one such character from CXone (an
// agent's name) would fail the whole batch on every retry, and every later event with it.
QString textOf(QString text)
{
    text.remove(QChar(u'\0'));
    return text.isNull() ? QStringLiteral("") : text;
}

SiteRecording::State stateNamed(const QString &kind)
{
    return kind == QLatin1String("claim")      ? SiteRecording::State::Claimed
        : kind == QLatin1String("unconfirmed") ? SiteRecording::State::Unconfirmed
        : kind == QLatin1String("stop")        ? SiteRecording::State::StoppedElsewhere
                                               : SiteRecording::State::Recording;
}

QString errorOf(const QSqlQuery &query) { return query.lastError().text().trimmed(); }

QJsonValue nullableId(qint64 id) { return id == 0 ? QJsonValue() : QJsonValue(QString::number(id)); }

// The events as kInsertEvents reads them: the columns' names, SQL NULL as JSON null.
QString eventsJson(const QVector<RegistryEvent> &events)
{
    QJsonArray rows;
    for (const RegistryEvent &event : events) {
        const std::optional<int> secondsLeft = event.secondsLeftNow();
        rows.append(QJsonObject {
            { QStringLiteral("event_id"), event.eventId.toString(QUuid::WithoutBraces) },
            { QStringLiteral("kind"), RegistryEvent::kindName(event.kind) },
            { QStringLiteral("agent_user_id"), textOf(event.agentUserId) },
            { QStringLiteral("agent_name"), textOf(event.agentName) },
            { QStringLiteral("contact_id"), nullableId(event.contactId) },
            { QStringLiteral("interaction_id"),
                event.interactionId.isEmpty() ? QJsonValue() : QJsonValue(textOf(event.interactionId)) },
            { QStringLiteral("duration_s"), event.durationSeconds },
            { QStringLiteral("seconds_left"), secondsLeft ? QJsonValue(*secondsLeft) : QJsonValue() },
            { QStringLiteral("purpose"), textOf(event.purpose) },
            { QStringLiteral("supervisor"), textOf(event.supervisor) },
            { QStringLiteral("replaces_contact_id"), nullableId(event.replacesContactId) },
            { QStringLiteral("detail"), textOf(event.detail) },
            { QStringLiteral("station_time"),
                event.stationTimeUtc.isValid() ? QJsonValue(event.stationTimeUtc.toUTC().toString(Qt::ISODateWithMs))
                                               : QJsonValue() },
        });
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}
} // namespace

RegistryLink::RegistryLink(const RegistrySettings &settings, const QString &outboxPath)
    : m_settings(settings)
    , m_station(settings.stationName())
    , m_connectionName(QStringLiteral("vigie-registry-%1").arg(quintptr(this)))
    , m_outbox(outboxPath)
    , m_poll(this) // children: they move to the link's thread with it
    , m_coalesce(this)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RegistryLink::refresh);
    // A burst of events (a bulk start elsewhere) is read once.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &RegistryLink::refresh);
}

RegistryLink::~RegistryLink() { close(); }

void RegistryLink::open()
{
    if (const int unreadable = m_outbox.load(); unreadable > 0) {
        Q_EMIT outboxProblem(QStringLiteral("%1 unreadable lines in %2 (cut by a crash before they were sent)")
                                 .arg(unreadable)
                                 .arg(m_outbox.path()));
    }
}

void RegistryLink::close()
{
    m_poll.stop();
    m_coalesce.stop();
    m_insert.reset(); // its prepared statement is freed while the connection is still open
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool RegistryLink::ensureOpen()
{
    QSqlDatabase database = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (database.isOpen()) {
        return true;
    }
    if (!database.isValid()) {
        lose(QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
        return false;
    }
    m_settings.applyTo(database, m_password);
    if (!database.open()) {
        lose(database.lastError().text().trimmed());
        return false;
    }
    if (const QString problem = RegistrySchema::checkUsable(database); !problem.isEmpty()) {
        database.close();
        lose(problem);
        return false;
    }
    m_insert = std::make_unique<QSqlQuery>(database);
    if (!m_insert->prepare(kInsertEvents)) {
        const QString problem = errorOf(*m_insert);
        m_insert.reset();
        database.close();
        lose(problem);
        return false;
    }
    database.driver()->subscribeToNotification(kChannel);
    connect(database.driver(), &QSqlDriver::notification, this, &RegistryLink::refreshSoon, Qt::UniqueConnection);
    return true;
}

void RegistryLink::lose(const QString &problem)
{
    m_insert.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
    }
    if (m_up || !m_everTried) {
        m_up = false;
        m_everTried = true;
        Q_EMIT availabilityChanged(false, problem);
    }
}

void RegistryLink::refreshSoon()
{
    if (!m_coalesce.isActive()) {
        m_coalesce.start();
    }
}

void RegistryLink::publish(const QVector<RegistryEvent> &events)
{
    QString error;
    // On disk before they are sent: a write that hangs on a dead link, then a crash of the machine,
    // must not lose them (docs/registry.md: the fsync costs a fraction of the write).
    if (!m_outbox.append(events, &error)) {
        // Not on disk: they are still sent, but a crash before the registry holds them loses them.
        Q_EMIT outboxProblem(error);
    }
    if (m_up) {
        sendOutbox();
    }
}

bool RegistryLink::sendOutbox()
{
    if (m_outbox.pending().isEmpty()) {
        return true;
    }
    if (!m_insert) {
        lose(QStringLiteral("not connected"));
        return false;
    }
    m_insert->bindValue(0, m_station);
    m_insert->bindValue(1, eventsJson(m_outbox.pending()));
    if (!m_insert->exec()) {
        lose(errorOf(*m_insert));
        return false;
    }
    m_outbox.clear();
    return true;
}

void RegistryLink::claim(quint64 requestId, const QVector<RegistryClaim> &claims)
{
    QVector<RegistryClaimAnswer> answers = RegistryClaimAnswer::unavailableFor(claims);
    // The outbox first: a claim must see this station's own earlier events (a stop, a release).
    if (!m_up || !sendOutbox()) {
        Q_EMIT claimed(requestId, answers);
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT granted, holder_station, holder_supervisor, holder_contact, "
                                 "holder_seconds_left FROM vigie.claim_agent(?::uuid, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < claims.size(); ++i) {
        const RegistryClaim &claim = claims.at(i);
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(m_station);
        query.addBindValue(claim.agentUserId);
        query.addBindValue(textOf(claim.agentName));
        query.addBindValue(textOf(claim.supervisor));
        query.addBindValue(textOf(claim.purpose));
        query.addBindValue(claim.durationSeconds);
        query.addBindValue(kClaimSeconds);
        if (!query.exec() || !query.next()) {
            const QString problem = errorOf(query);
            query.clear();
            lose(problem);
            break; // this one and the rest stay Unavailable
        }
        RegistryClaimAnswer &answer = answers[i];
        if (query.value(0).toBool()) {
            answer.verdict = RegistryClaimAnswer::Verdict::Granted;
            continue;
        }
        answer.verdict = RegistryClaimAnswer::Verdict::HeldElsewhere;
        answer.holder.agentUserId = claim.agentUserId;
        answer.holder.agentName = claim.agentName;
        answer.holder.station = query.value(1).toString();
        answer.holder.supervisor = query.value(2).toString();
        answer.holder.contactId = query.value(3).toLongLong();
        answer.holder.state = answer.holder.contactId ? SiteRecording::State::Recording : SiteRecording::State::Claimed;
        answer.holder.deadlineMs = SystemClock::sinceBootMs() + 1000LL * query.value(4).toInt();
    }
    Q_EMIT claimed(requestId, answers);
}

void RegistryLink::refresh()
{
    if (!ensureOpen()) {
        return;
    }
    if (!m_up) {
        // Back: what waited in the outbox goes first, in order, then the station says so.
        if (!sendOutbox()) {
            return;
        }
        if (!announceAuditPosition()) {
            return;
        }
        m_up = true;
        Q_EMIT availabilityChanged(true, {});
    } else if (!sendOutbox()) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT agent_user_id, kind, station, supervisor, agent_name, contact_id, "
                           "interaction_id, duration_s, purpose, started_at, seconds_left, ended_by_station, ended_by "
                           "FROM vigie.live_recordings ORDER BY agent_user_id"))) {
        const QString problem = errorOf(query);
        query.clear();
        lose(problem);
        return;
    }
    const qint64 now = SystemClock::sinceBootMs();
    QVector<SiteRecording> live;
    while (query.next()) {
        SiteRecording recording;
        recording.agentUserId = query.value(0).toString();
        recording.state = stateNamed(query.value(1).toString());
        recording.station = query.value(2).toString();
        recording.supervisor = query.value(3).toString();
        recording.agentName = query.value(4).toString();
        recording.contactId = query.value(5).toLongLong();
        recording.interactionId = query.value(6).toString();
        recording.durationSeconds = query.value(7).toInt();
        recording.purpose = query.value(8).toString();
        recording.startedAtUtc = query.value(9).toDateTime().toUTC();
        recording.deadlineMs = now + 1000LL * qMax(0, query.value(10).toInt());
        recording.stoppedByStation = query.value(11).toString();
        recording.stoppedBy = query.value(12).toString();
        live.append(recording);
    }
    Q_EMIT siteRead(live);
    readStarts();
}

void RegistryLink::readStarts()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // Other stations' Extends carry the contact they replace; Unconfirmed is left out, as the
    // Start that confirms it follows (a lost answer never confirmed counts on its own station).
    query.prepare(
        QStringLiteral("SELECT seq, station, agent_user_id, coalesce(contact_id, 0), coalesce(duration_s, 0), "
                       "recorded_at, kind, replaces_contact_id IS NOT NULL FROM vigie.events "
                       "WHERE seq > ? AND kind IN ('start', 'stop') "
                       "AND recorded_at > clock_timestamp() - interval '31 days' ORDER BY seq"));
    query.addBindValue(m_lastStartSeq);
    if (!query.exec()) {
        const QString problem = errorOf(query);
        query.clear();
        lose(problem);
        return;
    }
    QVector<SiteStart> starts;
    while (query.next()) {
        m_lastStartSeq = query.value(0).toLongLong();
        SiteStart start;
        start.station = query.value(1).toString();
        start.agentUserId = query.value(2).toString();
        start.contactId = query.value(3).toLongLong();
        start.durationSeconds = query.value(4).toInt();
        start.atUtc = query.value(5).toDateTime().toUTC();
        start.stop = query.value(6).toString() == QLatin1String("stop");
        start.extension = query.value(7).toBool();
        starts.append(start);
    }
    if (!starts.isEmpty()) {
        Q_EMIT startsRead(starts);
    }
}

bool RegistryLink::announceAuditPosition()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT sequence, chain_hash FROM vigie.audit_entries WHERE station = ? "
                                 "ORDER BY sequence DESC LIMIT 1"));
    query.addBindValue(m_station);
    if (!query.exec()) {
        const QString problem = errorOf(query);
        query.clear();
        lose(problem);
        return false;
    }
    const bool holdsAny = query.next();
    Q_EMIT auditReached(
        holdsAny ? query.value(0).toLongLong() : 0, holdsAny ? query.value(1).toByteArray() : QByteArray());
    return true;
}

void RegistryLink::storeAudit(const QVector<AuditTrailLine> &lines)
{
    if (!m_up || lines.isEmpty()) {
        return;
    }
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!database.transaction()) {
        lose(database.lastError().text().trimmed());
        return;
    }
    // The columns beside the line are the trigger's to fill, from the line itself.
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO vigie.audit_entries (station, sequence, line, chain_hash, prev_hash, "
                                  "supervisor, received_at) VALUES (?, ?, ?, '', '', '', clock_timestamp()) "
                                  "ON CONFLICT (station, sequence) DO NOTHING"));
    for (const AuditTrailLine &line : lines) {
        insert.addBindValue(m_station);
        insert.addBindValue(line.sequence);
        insert.addBindValue(QString::fromUtf8(line.line));
        if (!insert.exec()) {
            const QString problem = errorOf(insert);
            insert.clear();
            database.rollback();
            lose(problem);
            return;
        }
    }
    if (!database.commit()) {
        lose(database.lastError().text().trimmed());
        return;
    }
    Q_EMIT auditStored(lines.constLast().sequence);
}
