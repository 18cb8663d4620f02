-- Hub schema 2: the event records the region counts — IDs handed over
-- («Общественный помощник полиции» and others; the number is the issuing
-- body's) and the proposals drafted at events.

CREATE TABLE hub.id_handover (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    uuid        uuid NOT NULL,
    event_uuid  uuid,
    person_uuid uuid,
    kind        text,
    kind_other  text,
    number      text,
    issuer      text,
    handed_on   text,
    updated_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);
CREATE INDEX id_handover_event ON hub.id_handover (office_id, event_uuid);

CREATE TABLE hub.proposal (
    office_id   uuid NOT NULL REFERENCES hub.office (id),
    uuid        uuid NOT NULL,
    event_uuid  uuid,
    text        text,
    addressee   text,
    status      text,
    updated_at  text,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, uuid)
);
CREATE INDEX proposal_event ON hub.proposal (office_id, event_uuid);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['id_handover', 'proposal']
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
