-- Both languages for every printed field, continued (issue 14): the fields
-- a programme, an invitation list and a calendar file print that were one
-- text, printed as it was on Kazakh and Russian pages alike: the meeting
-- point and transport of an itinerary, a stop's site and address, an
-- event's district (programme, calendar file, monthly report), a
-- memorandum's parties and subject (monthly report, press release). Each
-- becomes a Kazakh and a Russian column, as schema 11 did for positions,
-- places and what a stop shows.
--
-- The existing text is renamed into the _kk column here; the migration's
-- hook (`store::split_schema_12`, in the same transaction) then moves each
-- text to the column of the language it is written in, by the rule of
-- `i18n::split_by_language` (see 0011_bilingual.sql). The check before
-- printing then lists the empty side for the user to fill.

ALTER TABLE event RENAME COLUMN meeting_point TO meeting_point_kk;
ALTER TABLE event ADD COLUMN meeting_point_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE event RENAME COLUMN transport TO transport_kk;
ALTER TABLE event ADD COLUMN transport_ru TEXT NOT NULL DEFAULT '';

-- An event's district. The report and the events list filter by one key
-- whatever the languages filled: `district_key`, the Kazakh name, else the
-- Russian one (computed, never written).
ALTER TABLE event RENAME COLUMN district TO district_kk;
ALTER TABLE event ADD COLUMN district_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN district_key TEXT GENERATED ALWAYS AS
    (CASE WHEN trim(district_kk) <> '' THEN district_kk ELSE district_ru END) VIRTUAL;

-- A stop's site and address. The table is rebuilt: its check that a stop
-- without an organisation names its site must accept a site in either
-- language. `site_key` stays as it was (the folded site, the Kazakh one
-- first, `planning::stops`). No table refers to visit_stop.
CREATE TABLE visit_stop_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    event_id        INTEGER NOT NULL REFERENCES event (id),
    position        INTEGER NOT NULL CHECK (position >= 1),
    organisation_id INTEGER REFERENCES organisation (id),
    site_kk         TEXT NOT NULL DEFAULT '',
    site_ru         TEXT NOT NULL DEFAULT '',
    address_kk      TEXT NOT NULL DEFAULT '',
    address_ru      TEXT NOT NULL DEFAULT '',
    arrives_at      TEXT NOT NULL,
    departs_at      TEXT NOT NULL CHECK (departs_at >= arrives_at),
    host_name       TEXT NOT NULL DEFAULT '',
    host_phone      TEXT NOT NULL DEFAULT '',
    showing_kk      TEXT NOT NULL DEFAULT '',
    showing_ru      TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    site_key        TEXT NOT NULL CHECK (length(site_key) > 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (organisation_id IS NOT NULL OR length(trim(site_kk)) > 0 OR length(trim(site_ru)) > 0)
) STRICT;

INSERT INTO visit_stop_new (id, uuid, event_id, position, organisation_id, site_kk, address_kk,
                            arrives_at, departs_at, host_name, host_phone, showing_kk,
                            showing_ru, notes, site_key, created_at, updated_at)
SELECT id, uuid, event_id, position, organisation_id, site, address, arrives_at, departs_at,
       host_name, host_phone, showing_kk, showing_ru, notes, site_key, created_at, updated_at
FROM visit_stop;

DROP TABLE visit_stop;
ALTER TABLE visit_stop_new RENAME TO visit_stop;
CREATE INDEX visit_stop_event ON visit_stop (event_id, position);
CREATE INDEX visit_stop_site ON visit_stop (site_key, arrives_at);
CREATE INDEX visit_stop_organisation ON visit_stop (organisation_id);

-- A memorandum's parties and subject. Rebuilt as visit_stop is: the parties
-- are required in one language at least. No table refers to memorandum.
CREATE TABLE memorandum_new (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    event_id   INTEGER NOT NULL REFERENCES event (id),
    parties_kk TEXT NOT NULL DEFAULT '',
    parties_ru TEXT NOT NULL DEFAULT '',
    subject_kk TEXT NOT NULL DEFAULT '',
    subject_ru TEXT NOT NULL DEFAULT '',
    signed_on  TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (length(trim(parties_kk)) > 0 OR length(trim(parties_ru)) > 0)
) STRICT;

INSERT INTO memorandum_new (id, uuid, event_id, parties_kk, subject_kk, signed_on, created_at,
                            updated_at, deleted_at)
SELECT id, uuid, event_id, parties, subject, signed_on, created_at, updated_at, deleted_at
FROM memorandum;

DROP TABLE memorandum;
ALTER TABLE memorandum_new RENAME TO memorandum;
CREATE INDEX memorandum_event ON memorandum (event_id);
