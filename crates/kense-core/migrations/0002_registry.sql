-- Kense schema 2: the registry — categories, organisations, people, events,
-- attendance, media coverage, memoranda, and the change log.
-- Registry rows are soft-deleted (deleted_at); search text and sort keys are
-- computed in Rust (Kazakh-aware folding and alphabet order).

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code        TEXT UNIQUE,
    name_kk     TEXT NOT NULL CHECK (length(trim(name_kk)) > 0),
    name_ru     TEXT NOT NULL CHECK (length(trim(name_ru)) > 0),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

WITH seed (code, name_kk, name_ru, sort_order) AS (VALUES
    ('deputy', 'Мәслихат депутаты', 'Депутат маслихата', 10),
    ('activist', 'Қоғам белсендісі', 'Общественный активист', 20),
    ('youth_leader', 'Жастар көшбасшысы', 'Лидер молодёжи', 30),
    ('journalist', 'Журналист / БАҚ', 'Журналист / СМИ', 40),
    ('blogger', 'Блогер', 'Блогер', 50),
    ('ngo', 'ҮЕҰ өкілі', 'Представитель НПО', 60),
    ('student', 'Студент / оқушы', 'Студент / учащийся', 70),
    ('entrepreneur', 'Кәсіпкер', 'Предприниматель', 80),
    ('civil_servant', 'Мемлекеттік қызметші', 'Государственный служащий', 90),
    ('law_enforcement', 'Құқық қорғау органының қызметкері', 'Сотрудник правоохранительных органов', 100),
    ('police_assistant', 'Полицияның қоғамдық көмекшісі', 'Общественный помощник полиции', 110)
)
INSERT INTO category (uuid, code, name_kk, name_ru, sort_order, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2)
             || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       code, name_kk, name_ru, sort_order,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM seed;

CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name_kk     TEXT NOT NULL CHECK (length(trim(name_kk)) > 0),
    name_ru     TEXT NOT NULL CHECK (length(trim(name_ru)) > 0),
    kind        TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
                ('state_body', 'law_enforcement', 'ngo', 'education', 'business', 'media', 'other')),
    district    TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    name_key    TEXT NOT NULL DEFAULT '',
    name_key_kk TEXT NOT NULL DEFAULT '',
    sort_key    BLOB NOT NULL DEFAULT x'',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX organisation_sort ON organisation (sort_key) WHERE deleted_at IS NULL;
CREATE INDEX organisation_name_key ON organisation (name_key) WHERE deleted_at IS NULL;
CREATE INDEX organisation_name_key_kk ON organisation (name_key_kk) WHERE deleted_at IS NULL;

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    surname         TEXT NOT NULL CHECK (length(trim(surname)) > 0),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    patronymic      TEXT NOT NULL DEFAULT '',
    gender          TEXT CHECK (gender IN ('male', 'female')),
    organisation_id INTEGER REFERENCES organisation (id),
    position        TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    iin             TEXT CHECK (iin IS NULL OR (length(iin) = 12 AND iin NOT GLOB '*[^0-9]*')),
    consent         INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    consent_date    TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    search_text     TEXT NOT NULL DEFAULT '',
    name_key        TEXT NOT NULL DEFAULT '',
    sort_key        BLOB NOT NULL DEFAULT x'',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE INDEX person_sort ON person (sort_key) WHERE deleted_at IS NULL;
-- Narrow (id → sort key) lookups for ordering search hits without reading whole rows.
CREATE INDEX person_live_id_sort ON person (id, sort_key) WHERE deleted_at IS NULL;
CREATE INDEX person_name_key ON person (name_key) WHERE deleted_at IS NULL;
CREATE INDEX person_phone ON person (phone) WHERE phone <> '' AND deleted_at IS NULL;
CREATE UNIQUE INDEX person_iin ON person (iin) WHERE iin IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX person_organisation ON person (organisation_id);

CREATE TABLE person_category (
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES category (id),
    PRIMARY KEY (person_id, category_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX person_category_category ON person_category (category_id, person_id);

-- Full-text search over the folded search text (external content). The
-- index is written by the repositories in Rust (people.rs, organisations.rs),
-- not by triggers: a trigger makes every INSERT a statement savepoint, and
-- FTS5 flushes its pending index at each one (4x slower imports, measured).
CREATE VIRTUAL TABLE person_fts USING fts5 (
    search_text, content = 'person', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
);

CREATE VIRTUAL TABLE organisation_fts USING fts5 (
    search_text, content = 'organisation', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
);

CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('open_door_visit', 'site_tour', 'lecture', 'forum',
                    'council_meeting', 'master_class', 'round_table', 'contest', 'exhibition',
                    'prevention_action', 'training')),
    campaign_id     INTEGER REFERENCES campaign (id),
    title_kk        TEXT NOT NULL CHECK (length(trim(title_kk)) > 0),
    title_ru        TEXT NOT NULL CHECK (length(trim(title_ru)) > 0),
    starts_at       TEXT NOT NULL,
    ends_at         TEXT NOT NULL CHECK (ends_at >= starts_at),
    place           TEXT NOT NULL DEFAULT '',
    district        TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    headcount       INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    outcomes        TEXT NOT NULL DEFAULT '',
    proposals_count INTEGER NOT NULL DEFAULT 0 CHECK (proposals_count >= 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE INDEX event_starts_at ON event (starts_at) WHERE deleted_at IS NULL;
CREATE INDEX event_campaign ON event (campaign_id);

CREATE TABLE attendance (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES event (id),
    person_id  INTEGER NOT NULL REFERENCES person (id),
    role       TEXT NOT NULL DEFAULT 'participant' CHECK (role IN
               ('participant', 'speaker', 'organiser', 'guest', 'winner', 'awardee')),
    present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    created_at TEXT NOT NULL,
    UNIQUE (event_id, person_id, role)
) STRICT;

CREATE INDEX attendance_person ON attendance (person_id);

CREATE TABLE media_item (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    event_id     INTEGER NOT NULL REFERENCES event (id),
    outlet       TEXT NOT NULL CHECK (length(trim(outlet)) > 0),
    url          TEXT NOT NULL DEFAULT '',
    published_on TEXT,
    views        INTEGER CHECK (views IS NULL OR views >= 0),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

CREATE INDEX media_item_event ON media_item (event_id);

CREATE TABLE memorandum (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    event_id   INTEGER NOT NULL REFERENCES event (id),
    parties    TEXT NOT NULL CHECK (length(trim(parties)) > 0),
    subject    TEXT NOT NULL DEFAULT '',
    signed_on  TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

CREATE INDEX memorandum_event ON memorandum (event_id);

CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import')),
    summary   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX change_log_entity ON change_log (entity, entity_id);
