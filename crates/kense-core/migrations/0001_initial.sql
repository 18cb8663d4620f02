-- Kense schema 1: the office, its signatories, campaigns and app settings.
PRAGMA application_id = 1262833235; -- 'KENS'

CREATE TABLE office_profile (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name_kk     TEXT NOT NULL DEFAULT '',
    name_ru     TEXT NOT NULL DEFAULT '',
    region_kk   TEXT NOT NULL DEFAULT '',
    region_ru   TEXT NOT NULL DEFAULT '',
    city_kk     TEXT NOT NULL DEFAULT '',
    city_ru     TEXT NOT NULL DEFAULT '',
    address_kk  TEXT NOT NULL DEFAULT '',
    address_ru  TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    time_zone   TEXT NOT NULL DEFAULT 'Asia/Almaty',
    logo        BLOB,
    logo_mime   TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg')),
    updated_at  TEXT NOT NULL
) STRICT;

INSERT INTO office_profile (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE signatory (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    full_name_kk TEXT NOT NULL CHECK (length(trim(full_name_kk)) > 0),
    full_name_ru TEXT NOT NULL CHECK (length(trim(full_name_ru)) > 0),
    position_kk  TEXT NOT NULL DEFAULT '',
    position_ru  TEXT NOT NULL DEFAULT '',
    is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

CREATE UNIQUE INDEX signatory_one_default ON signatory (is_default)
    WHERE is_default = 1 AND deleted_at IS NULL;

CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name_kk     TEXT NOT NULL CHECK (length(trim(name_kk)) > 0),
    name_ru     TEXT NOT NULL CHECK (length(trim(name_ru)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
