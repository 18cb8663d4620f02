-- Kense schema: the records of an event as it is reported — IDs handed
-- over (issued and numbered by another body, e.g. the police), speakers and
-- officials with their position on the day, initiatives presented,
-- proposals drafted, equipment handed over, and photos (kept inside the
-- database, so backups cover them). Every row is exchangeable (UUID v7,
-- updated_at) and soft-deleted.

-- An ID or badge issued by another body and handed to a person at an event.
-- `kind_other` names an ID of kind 'other'; Kense does not number these.
CREATE TABLE id_handover (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    event_id    INTEGER NOT NULL REFERENCES event (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    kind        TEXT NOT NULL CHECK (kind IN ('police_assistant', 'other')),
    kind_other  TEXT NOT NULL DEFAULT '',
    number      TEXT NOT NULL DEFAULT '',
    issuer      TEXT NOT NULL DEFAULT '',
    handed_on   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK (kind <> 'other' OR length(trim(kind_other)) > 0)
) STRICT;

CREATE INDEX id_handover_event ON id_handover (event_id) WHERE deleted_at IS NULL;
CREATE INDEX id_handover_person ON id_handover (person_id) WHERE deleted_at IS NULL;

-- A speaker or official: a person of the registry or a name as written,
-- with the position as said on the day, in both languages; `seq` orders
-- them as they spoke.
CREATE TABLE event_speaker (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    event_id    INTEGER NOT NULL REFERENCES event (id),
    seq         INTEGER NOT NULL DEFAULT 0,
    person_id   INTEGER REFERENCES person (id),
    name        TEXT NOT NULL DEFAULT '',
    position_kk TEXT NOT NULL DEFAULT '',
    position_ru TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK (person_id IS NOT NULL OR length(trim(name)) > 0)
) STRICT;

CREATE INDEX event_speaker_event ON event_speaker (event_id, seq) WHERE deleted_at IS NULL;
CREATE INDEX event_speaker_person ON event_speaker (person_id);

-- An initiative presented: a campaign of the office or a project named as
-- written.
CREATE TABLE initiative (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    event_id    INTEGER NOT NULL REFERENCES event (id),
    campaign_id INTEGER REFERENCES campaign (id),
    name_kk     TEXT NOT NULL DEFAULT '',
    name_ru     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK (campaign_id IS NOT NULL OR length(trim(name_kk)) > 0 OR length(trim(name_ru)) > 0)
) STRICT;

CREATE INDEX initiative_event ON initiative (event_id) WHERE deleted_at IS NULL;

-- A proposal drafted at an event, to whom it goes and where it stands.
CREATE TABLE proposal (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    event_id    INTEGER NOT NULL REFERENCES event (id),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    addressee   TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted', 'sent', 'accepted')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX proposal_event ON proposal (event_id) WHERE deleted_at IS NULL;

-- Equipment handed over: what, and to how many people.
CREATE TABLE equipment_handover (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    event_id    INTEGER NOT NULL REFERENCES event (id),
    what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
    recipients  INTEGER NOT NULL CHECK (recipients >= 1),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX equipment_handover_event ON equipment_handover (event_id) WHERE deleted_at IS NULL;

-- A photo of an event: its description and a small JPEG thumbnail here,
-- the original bytes in `event_photo_blob` (lists never read them).
CREATE TABLE event_photo (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    event_id    INTEGER NOT NULL REFERENCES event (id),
    mime        TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    byte_size   INTEGER NOT NULL CHECK (byte_size > 0),
    sha256      TEXT NOT NULL,
    caption     TEXT NOT NULL DEFAULT '',
    credit      TEXT NOT NULL DEFAULT '',
    chosen      INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    thumbnail   BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX event_photo_event ON event_photo (event_id, chosen) WHERE deleted_at IS NULL;

CREATE TABLE event_photo_blob (
    photo_id    INTEGER PRIMARY KEY REFERENCES event_photo (id),
    bytes       BLOB NOT NULL
) STRICT;
