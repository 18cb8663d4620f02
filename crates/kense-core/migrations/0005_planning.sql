-- Kense schema 5: planning — the itinerary of a visit or tour (stops, the
-- meeting point and transport), the delegation (invited / confirmed /
-- declined on attendance rows), and edits to the public holidays of
-- Kazakhstan (the built-in list itself is computed in Rust, per year).

ALTER TABLE event ADD COLUMN meeting_point TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN transport TEXT NOT NULL DEFAULT '';

-- One stop of a visit: an organisation from the registry or a named site,
-- with local arrival and departure times (`YYYY-MM-DDTHH:MM`). `site_key`
-- names the place for the "one site, two visits at once" check: `o:<id>`
-- for an organisation, else the folded site name.
CREATE TABLE visit_stop (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    event_id        INTEGER NOT NULL REFERENCES event (id),
    position        INTEGER NOT NULL CHECK (position >= 1),
    organisation_id INTEGER REFERENCES organisation (id),
    site            TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    arrives_at      TEXT NOT NULL,
    departs_at      TEXT NOT NULL CHECK (departs_at >= arrives_at),
    host_name       TEXT NOT NULL DEFAULT '',
    host_phone      TEXT NOT NULL DEFAULT '',
    showing         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    site_key        TEXT NOT NULL CHECK (length(site_key) > 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (organisation_id IS NOT NULL OR length(trim(site)) > 0)
) STRICT;

CREATE INDEX visit_stop_event ON visit_stop (event_id, position);
CREATE INDEX visit_stop_site ON visit_stop (site_key, arrives_at);
CREATE INDEX visit_stop_organisation ON visit_stop (organisation_id);

-- A delegation member is an attendance row with an invitation status;
-- walk-ins and people recorded after the fact have none.
ALTER TABLE attendance ADD COLUMN invitation TEXT
    CHECK (invitation IS NULL OR invitation IN ('invited', 'confirmed', 'declined'));

-- The overlap checks read live events by time.
CREATE INDEX event_span ON event (starts_at, ends_at) WHERE deleted_at IS NULL;

-- The office's edits to the built-in holidays: a day added or renamed
-- (`off` = 1), or a built-in day taken out (`off` = 0).
CREATE TABLE public_holiday (
    day        TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    name_kk    TEXT NOT NULL,
    name_ru    TEXT NOT NULL,
    off        INTEGER NOT NULL CHECK (off IN (0, 1)),
    updated_at TEXT NOT NULL,
    CHECK (off = 0 OR (length(trim(name_kk)) > 0 AND length(trim(name_ru)) > 0))
) STRICT, WITHOUT ROWID;
