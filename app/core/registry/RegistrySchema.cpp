// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistrySchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace {
// Each migration runs once, in its own transaction, by the owner role (vigie --registry-migrate).
// Never edit one that has shipped: add the next. docs/registry.md explains the design.
const char *const kMigrations[] = {
    // 1: the append-only event log, the state derived from it, and the station role's rights.
    R"sql(
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vigie_station') THEN
        RAISE EXCEPTION 'create the role vigie_station first (docs/registry.md)';
    END IF;
END $$;

CREATE SCHEMA vigie;
CREATE TABLE vigie.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
REVOKE ALL ON SCHEMA vigie FROM PUBLIC;
GRANT USAGE ON SCHEMA vigie TO vigie_station;

-- Which database role may write under which station name: filled by the administrator.
CREATE TABLE vigie.stations (
    name text PRIMARY KEY,
    db_role name NOT NULL
);

CREATE TABLE vigie.events (
    seq bigserial PRIMARY KEY,
    event_id uuid NOT NULL UNIQUE, -- chosen by the station: a replay inserts nothing twice
    station text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('claim', 'release', 'start', 'unconfirmed', 'stop', 'end', 'forget')),
    agent_user_id text NOT NULL,
    agent_name text NOT NULL DEFAULT '',
    contact_id bigint,
    interaction_id text,
    duration_s integer,
    seconds_left integer CHECK (seconds_left >= 0), -- from the station's monotonic clock
    purpose text NOT NULL DEFAULT '',
    supervisor text NOT NULL,
    replaces_contact_id bigint,
    detail text NOT NULL DEFAULT '',
    station_time timestamptz, -- the station's wall clock, for people comparing; never used for ends
    recorded_at timestamptz NOT NULL,
    ends_at timestamptz
);
CREATE INDEX events_agent ON vigie.events (agent_user_id, seq);

-- Times come from the database's clock whatever a station sends: a station whose clock is wrong
-- cannot move anyone's end.
CREATE FUNCTION vigie.stamp_event() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    NEW.recorded_at := clock_timestamp();
    NEW.ends_at := CASE WHEN NEW.seconds_left IS NULL THEN NULL
                        ELSE NEW.recorded_at + make_interval(secs => NEW.seconds_left) END;
    RETURN NEW;
END $f$;
CREATE TRIGGER events_stamp BEFORE INSERT ON vigie.events FOR EACH ROW EXECUTE FUNCTION vigie.stamp_event();

CREATE FUNCTION vigie.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'vigie.% is append-only', TG_TABLE_NAME;
END $f$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON vigie.events
    FOR EACH ROW EXECUTE FUNCTION vigie.refuse_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON vigie.events
    FOR EACH STATEMENT EXECUTE FUNCTION vigie.refuse_change();

-- Each agent's recording as the events leave it; written only by the trigger below.
CREATE TABLE vigie.recording_state (
    agent_user_id text PRIMARY KEY,
    last_seq bigint NOT NULL,
    kind text NOT NULL,
    station text NOT NULL,
    supervisor text NOT NULL,
    agent_name text NOT NULL,
    contact_id bigint,
    interaction_id text,
    duration_s integer,
    purpose text NOT NULL,
    started_at timestamptz,
    ends_at timestamptz,
    ended_by_station text, -- who stopped it, when a stop ended it
    ended_by text
);

CREATE FUNCTION vigie.apply_event() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, vigie AS $f$
DECLARE
    cur vigie.recording_state;
BEGIN
    SELECT * INTO cur FROM vigie.recording_state WHERE agent_user_id = NEW.agent_user_id FOR UPDATE;
    IF NEW.kind IN ('claim', 'start', 'unconfirmed') THEN
        -- Another station's live recording is never replaced: CXone keeps one recording per
        -- agent, so a start that names it created nothing, and a claim that raced it (granted
        -- before its start was committed) is refused by claim_agent's check below. What CXone
        -- answered outranks a claim: another station's claim gives way to a start or a lost
        -- answer told late (from an outbox). A recording that ended stays ended: a station told
        -- late never brings it back. The conditions sit in the upsert's WHERE, which sees the
        -- row as another transaction committed it, when this insert had to wait for it.
        INSERT INTO vigie.recording_state AS s VALUES (NEW.agent_user_id, NEW.seq, NEW.kind, NEW.station,
            NEW.supervisor, NEW.agent_name, NEW.contact_id, NEW.interaction_id, NEW.duration_s, NEW.purpose,
            CASE WHEN NEW.kind = 'claim' THEN NULL ELSE NEW.recorded_at END, NEW.ends_at, NULL, NULL)
        ON CONFLICT (agent_user_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, kind = EXCLUDED.kind,
            station = EXCLUDED.station, supervisor = EXCLUDED.supervisor, agent_name = EXCLUDED.agent_name,
            contact_id = EXCLUDED.contact_id, interaction_id = EXCLUDED.interaction_id,
            duration_s = EXCLUDED.duration_s, purpose = EXCLUDED.purpose,
            started_at = CASE WHEN s.contact_id IS NOT DISTINCT FROM EXCLUDED.contact_id AND s.started_at IS NOT NULL
                              THEN s.started_at ELSE EXCLUDED.started_at END,
            ends_at = EXCLUDED.ends_at, ended_by_station = NULL, ended_by = NULL
        WHERE NOT ((s.station <> EXCLUDED.station AND s.kind IN ('claim', 'start', 'unconfirmed')
                    AND s.ends_at > NEW.recorded_at AND (EXCLUDED.kind = 'claim' OR s.kind <> 'claim'))
                   OR (s.contact_id IS NOT NULL AND s.contact_id = EXCLUDED.contact_id
                       AND s.kind NOT IN ('claim', 'start', 'unconfirmed')));
    ELSIF FOUND AND ((NEW.kind = 'stop' AND NEW.contact_id IS NOT NULL AND cur.contact_id = NEW.contact_id)
                     -- end, forget and release speak only of the station's own recording or claim
                     OR (NEW.kind <> 'stop' AND cur.station = NEW.station
                         AND cur.contact_id IS NOT DISTINCT FROM NULLIF(NEW.contact_id, 0))) THEN
        UPDATE vigie.recording_state SET last_seq = NEW.seq, kind = NEW.kind, ends_at = NEW.recorded_at,
            ended_by_station = NEW.station, ended_by = NEW.supervisor
            WHERE agent_user_id = NEW.agent_user_id;
    END IF;
    PERFORM pg_notify('vigie_events', NEW.seq::text);
    RETURN NULL;
END $f$;
CREATE TRIGGER events_apply AFTER INSERT ON vigie.events FOR EACH ROW EXECUTE FUNCTION vigie.apply_event();

-- Claims an agent for a start, in one transaction: refused while another station holds a live
-- claim or recording for it. Agents are locked one at a time, so two stations pressing Start on
-- one agent at once get one grant between them.
CREATE FUNCTION vigie.claim_agent(p_event uuid, p_station text, p_agent text, p_agent_name text,
        p_supervisor text, p_purpose text, p_duration integer, p_claim_seconds integer)
RETURNS TABLE (granted boolean, holder_station text, holder_supervisor text, holder_contact bigint,
               holder_seconds_left integer)
LANGUAGE plpgsql AS $f$
DECLARE
    cur vigie.recording_state;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_agent, 0));
    SELECT * INTO cur FROM vigie.recording_state WHERE agent_user_id = p_agent
        AND kind IN ('claim', 'start', 'unconfirmed') AND ends_at > clock_timestamp();
    IF FOUND AND cur.station <> p_station THEN
        RETURN QUERY SELECT false, cur.station, cur.supervisor, cur.contact_id,
            ceil(extract(epoch FROM cur.ends_at - clock_timestamp()))::integer;
        RETURN;
    END IF;
    IF FOUND AND cur.kind <> 'claim' THEN
        -- This station's own recording: CXone will name it, and its state must not be lost.
        RETURN QUERY SELECT true, NULL::text, NULL::text, NULL::bigint, NULL::integer;
        RETURN;
    END IF;
    INSERT INTO vigie.events (event_id, station, kind, agent_user_id, agent_name, duration_s, seconds_left,
                              purpose, supervisor, recorded_at)
        VALUES (p_event, p_station, 'claim', p_agent, p_agent_name, p_duration, p_claim_seconds, p_purpose,
                p_supervisor, clock_timestamp())
        ON CONFLICT (event_id) DO NOTHING;
    -- The insert's trigger waited for any station's uncommitted event for this agent (a replayed
    -- start, say): what it left decides, not what was read before.
    SELECT * INTO cur FROM vigie.recording_state WHERE agent_user_id = p_agent;
    IF FOUND AND cur.station <> p_station AND cur.kind IN ('claim', 'start', 'unconfirmed')
            AND cur.ends_at > clock_timestamp() THEN
        RETURN QUERY SELECT false, cur.station, cur.supervisor, cur.contact_id,
            ceil(extract(epoch FROM cur.ends_at - clock_timestamp()))::integer;
        RETURN;
    END IF;
    RETURN QUERY SELECT true, NULL::text, NULL::text, NULL::bigint, NULL::integer;
END $f$;

-- What every station reads: the live recordings and claims, with the time left on the
-- database's clock.
CREATE VIEW vigie.live_recordings AS
    SELECT agent_user_id, kind, station, supervisor, agent_name, contact_id, interaction_id, duration_s, purpose,
           started_at, ends_at, ceil(extract(epoch FROM ends_at - clock_timestamp()))::integer AS seconds_left,
           ended_by_station, ended_by
    FROM vigie.recording_state
    WHERE (kind IN ('claim', 'start', 'unconfirmed') AND ends_at > clock_timestamp())
       -- Stopped by another station lately: the station that holds it learns it was stopped.
       OR (kind = 'stop' AND ended_by_station <> station AND ends_at > clock_timestamp() - interval '1 day');

-- A station may add events naming itself and read everything; never change or remove a row.
ALTER TABLE vigie.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_read ON vigie.events FOR SELECT USING (true);
CREATE POLICY events_own_station ON vigie.events FOR INSERT
    WITH CHECK (EXISTS (SELECT FROM vigie.stations s WHERE s.name = station AND s.db_role = session_user));
REVOKE ALL ON ALL TABLES IN SCHEMA vigie FROM PUBLIC;
GRANT SELECT, INSERT ON vigie.events TO vigie_station;
GRANT USAGE ON SEQUENCE vigie.events_seq_seq TO vigie_station;
GRANT SELECT ON vigie.recording_state, vigie.live_recordings, vigie.stations, vigie.schema_version TO vigie_station;
REVOKE ALL ON FUNCTION vigie.claim_agent FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vigie.claim_agent TO vigie_station;
)sql",
    // 2: the site's audit evidence: every station's trail, line for line, append-only like the events.
    R"sql(
CREATE TABLE vigie.audit_entries (
    station text NOT NULL,
    sequence bigint NOT NULL CHECK (sequence > 0), -- the entry's number in its station's trail
    line text NOT NULL, -- the trail's line as written there, without its line end
    chain_hash text NOT NULL, -- SHA-256 of the line: what the station's next line names as "prev"
    prev_hash text NOT NULL,
    entry_at timestamptz, -- the entry's own time, for the site's report; null for a line that is no entry
    supervisor text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (station, sequence) -- a line sent again after an outage is stored once
);
CREATE INDEX audit_entries_at ON vigie.audit_entries (entry_at);

-- What is read from the line is read here, whatever a station sends beside it: the hash is the
-- line's own, so the copy proves the station's chain by itself. A line that is not JSON (a trail
-- damaged on the station) is kept as it is: the comparison names it.
CREATE FUNCTION vigie.stamp_audit_entry() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
    entry jsonb;
BEGIN
    BEGIN
        entry := NEW.line::jsonb;
        NEW.entry_at := (entry->>'at')::timestamptz;
    EXCEPTION WHEN others THEN
        entry := NULL;
        NEW.entry_at := NULL;
    END;
    NEW.chain_hash := encode(sha256(convert_to(NEW.line, 'UTF8')), 'hex');
    NEW.prev_hash := coalesce(entry->>'prev', '');
    NEW.supervisor := coalesce(entry->>'supervisor', '');
    NEW.received_at := clock_timestamp();
    RETURN NEW;
END $f$;
CREATE TRIGGER audit_entries_stamp BEFORE INSERT ON vigie.audit_entries
    FOR EACH ROW EXECUTE FUNCTION vigie.stamp_audit_entry();
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON vigie.audit_entries
    FOR EACH ROW EXECUTE FUNCTION vigie.refuse_change();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON vigie.audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION vigie.refuse_change();

ALTER TABLE vigie.audit_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_entries_read ON vigie.audit_entries FOR SELECT USING (true);
CREATE POLICY audit_entries_own_station ON vigie.audit_entries FOR INSERT
    WITH CHECK (EXISTS (SELECT FROM vigie.stations s WHERE s.name = station AND s.db_role = session_user));
REVOKE ALL ON vigie.audit_entries FROM PUBLIC;
GRANT SELECT, INSERT ON vigie.audit_entries TO vigie_station;
)sql",
};
constexpr int kKnownVersion = int(std::size(kMigrations));
constexpr qint64 kMigrationLock = 0x76696769; // "vigi"

QString failure(const QSqlQuery &query, const QString &what)
{
    return QStringLiteral("%1: %2").arg(what, query.lastError().text().trimmed());
}
} // namespace

int RegistrySchema::knownVersion() { return kKnownVersion; }

std::optional<int> RegistrySchema::installedVersion(QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('vigie.schema_version') IS NOT NULL"))) {
        *error = failure(query, QStringLiteral("the registry's schema cannot be read"));
        return std::nullopt;
    }
    if (!query.next() || !query.value(0).toBool()) {
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM vigie.schema_version")) || !query.next()) {
        *error = failure(query, QStringLiteral("the registry's schema version cannot be read"));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

QString RegistrySchema::checkUsable(QSqlDatabase &database)
{
    QString error;
    const std::optional<int> version = installedVersion(database, &error);
    if (!version) {
        return error;
    }
    if (*version == 0) {
        return QStringLiteral("the registry has no schema yet: its administrator runs vigie --registry-migrate");
    }
    if (*version > kKnownVersion) {
        return QStringLiteral("the registry's schema is version %1, newer than this Vigie knows (%2): "
                              "update Vigie on this station")
            .arg(*version)
            .arg(kKnownVersion);
    }
    if (*version < kKnownVersion) {
        return QStringLiteral("the registry's schema is version %1, older than this Vigie needs (%2): "
                              "its administrator runs vigie --registry-migrate")
            .arg(*version)
            .arg(kKnownVersion);
    }
    return {};
}

std::optional<int> RegistrySchema::migrate(QSqlDatabase &database, QString *error, std::optional<int> upTo)
{
    const int target = qMin(upTo.value_or(kKnownVersion), kKnownVersion);
    std::optional<int> version = installedVersion(database, error);
    if (!version) {
        return std::nullopt;
    }
    if (*version > kKnownVersion) {
        *error = QStringLiteral("the registry's schema is version %1, newer than this Vigie knows (%2)")
                     .arg(*version)
                     .arg(kKnownVersion);
        return std::nullopt;
    }
    for (int next = *version + 1; next <= target; ++next) {
        // One migration, its version row included, commits whole or not at all (PostgreSQL's DDL is
        // transactional); two administrators migrating at once are serialized by the lock.
        if (!database.transaction()) {
            *error = QStringLiteral("migration %1: %2").arg(next).arg(database.lastError().text().trimmed());
            return std::nullopt;
        }
        QSqlQuery query(database);
        const bool applied = query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock))
            && query.exec(QString::fromUtf8(kMigrations[next - 1]))
            && query.exec(QStringLiteral("INSERT INTO vigie.schema_version (version) VALUES (%1)").arg(next));
        if (!applied) {
            *error = failure(query, QStringLiteral("migration %1").arg(next));
            database.rollback();
            return std::nullopt;
        }
        if (!database.commit()) {
            *error = QStringLiteral("migration %1: %2").arg(next).arg(database.lastError().text().trimmed());
            return std::nullopt;
        }
        version = next;
    }
    return version;
}

std::optional<int> RegistrySchema::migrate(const RegistrySettings &settings, QString *error, const QString &password)
{
    const QString name = QStringLiteral("vigie-registry-migrate");
    std::optional<int> version;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database.isValid()) {
            *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
        } else {
            settings.applyTo(database, password);
            if (database.open()) {
                version = migrate(database, error);
            } else {
                *error = database.lastError().text().trimmed();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}
