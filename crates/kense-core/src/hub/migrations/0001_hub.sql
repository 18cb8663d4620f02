-- Kense hub schema 1 (PostgreSQL 14+): the offices, their rows keyed by
-- (office, row UUID) with a tombstone, and row-level security: an office
-- role reads and writes its own rows only, the manager role reads all.
-- Applied by `kense hub init` in one transaction; the runner keeps
-- hub.schema_version.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kense_office') THEN
        CREATE ROLE kense_office NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kense_manager') THEN
        CREATE ROLE kense_manager NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA hub TO kense_office, kense_manager;
GRANT SELECT ON hub.schema_version TO kense_office, kense_manager;

-- One row per office; `role_name` is the PostgreSQL role it pushes as.
CREATE TABLE hub.office (
    id           uuid PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    name         text NOT NULL DEFAULT '',
    role_name    text UNIQUE,
    last_seq     bigint NOT NULL DEFAULT 0,
    last_sent_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE hub.office ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_own ON hub.office TO kense_office
    USING (role_name = current_user) WITH CHECK (role_name = current_user);
CREATE POLICY manager_reads ON hub.office FOR SELECT TO kense_manager USING (true);
GRANT SELECT ON hub.office TO kense_office, kense_manager;
GRANT UPDATE (name, last_seq, last_sent_at) ON hub.office TO kense_office;

-- The office of the connected role (NULL for other roles).
CREATE FUNCTION hub.current_office() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT id FROM hub.office WHERE role_name = current_user $$;
GRANT EXECUTE ON FUNCTION hub.current_office() TO kense_office, kense_manager;

-- Every data table: the office, the row's key, its columns (NULL in a
-- tombstone), `deleted`, the change set that last wrote it (`seq`) and when.
CREATE TABLE hub.organisation (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    uuid        uuid NOT NULL,
    name_kk     text,
    name_ru     text,
    kind        text,
    district    text,
    address     text,
    phone       text,
    email       text,
    contact     text,
    updated_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);

CREATE TABLE hub.category (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    uuid        uuid NOT NULL,
    code        text,
    name_kk     text,
    name_ru     text,
    sort_order  bigint,
    updated_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);

CREATE TABLE hub.campaign (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    uuid        uuid NOT NULL,
    name_kk     text,
    name_ru     text,
    description text,
    updated_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);

-- `iin` is NULL unless the office opted in to sending IINs.
CREATE TABLE hub.person (
    office_id         uuid NOT NULL REFERENCES hub.office (id),
    uuid              uuid NOT NULL,
    surname           text,
    name              text,
    patronymic        text,
    gender            text,
    organisation_uuid uuid,
    position          text,
    phone             text,
    email             text,
    iin               text,
    consent           boolean,
    consent_date      text,
    categories        uuid[],
    updated_at        text,
    deleted           boolean NOT NULL DEFAULT false,
    seq               bigint NOT NULL,
    received_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);

-- Local times as the office wrote them (`YYYY-MM-DDTHH:MM`).
CREATE TABLE hub.event (
    office_id       uuid NOT NULL REFERENCES hub.office (id),
    uuid            uuid NOT NULL,
    kind            text,
    campaign_uuid   uuid,
    title_kk        text,
    title_ru        text,
    starts_at       text,
    ends_at         text,
    place           text,
    district        text,
    status          text,
    headcount       bigint,
    outcomes        text,
    proposals_count bigint,
    meeting_point   text,
    transport       text,
    updated_at      text,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);
CREATE INDEX event_starts_at ON hub.event (starts_at) WHERE NOT deleted;

CREATE TABLE hub.visit_stop (
    office_id         uuid NOT NULL REFERENCES hub.office (id),
    uuid              uuid NOT NULL,
    event_uuid        uuid,
    position          bigint,
    organisation_uuid uuid,
    site              text,
    address           text,
    arrives_at        text,
    departs_at        text,
    host_name         text,
    host_phone        text,
    showing           text,
    notes             text,
    updated_at        text,
    deleted           boolean NOT NULL DEFAULT false,
    seq               bigint NOT NULL,
    received_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);

-- Attendance has no UUID of its own: (event, person, role) names it.
CREATE TABLE hub.attendance (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    event_uuid  uuid NOT NULL,
    person_uuid uuid NOT NULL,
    role        text NOT NULL,
    present     boolean,
    invitation  text,
    created_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, event_uuid, person_uuid, role)
);

CREATE TABLE hub.media_item (
    office_id    uuid NOT NULL REFERENCES hub.office (id),
    uuid         uuid NOT NULL,
    event_uuid   uuid,
    outlet       text,
    url          text,
    published_on text,
    views        bigint,
    updated_at   text,
    deleted      boolean NOT NULL DEFAULT false,
    seq          bigint NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);
CREATE INDEX media_item_event ON hub.media_item (office_id, event_uuid);

CREATE TABLE hub.memorandum (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    uuid        uuid NOT NULL,
    event_uuid  uuid,
    parties     text,
    subject     text,
    signed_on   text,
    updated_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);
CREATE INDEX memorandum_event ON hub.memorandum (office_id, event_uuid);

-- The register: number, kind, recipient and status (not the document's
-- text or its verification code).
CREATE TABLE hub.issued_document (
    office_id        uuid NOT NULL REFERENCES hub.office (id),
    uuid             uuid NOT NULL,
    series           text,
    year             bigint,
    number           bigint,
    kind             text,
    lang             text,
    recipient        text,
    organisation     text,
    event_uuid       uuid,
    person_uuid      uuid,
    issued_on        text,
    status           text,
    reason           text,
    status_at        text,
    replaces_uuid    uuid,
    replaced_by_uuid uuid,
    created_at       text,
    deleted          boolean NOT NULL DEFAULT false,
    seq              bigint NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);
CREATE INDEX issued_document_issued_on ON hub.issued_document (issued_on);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'category', 'campaign', 'person', 'event',
                             'visit_stop', 'attendance', 'media_item', 'memorandum',
                             'issued_document']
    LOOP
        EXECUTE format('ALTER TABLE hub.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY office_rows ON hub.%I TO kense_office
                        USING (office_id = (SELECT hub.current_office()))
                        WITH CHECK (office_id = (SELECT hub.current_office()))', t);
        EXECUTE format('CREATE POLICY manager_reads ON hub.%I FOR SELECT TO kense_manager
                        USING (true)', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON hub.%I TO kense_office', t);
        EXECUTE format('GRANT SELECT ON hub.%I TO kense_manager', t);
    END LOOP;
END
$$;
