-- Hub schema 5: who was present at each event, kept by every push and load,
-- so that a consolidated report reads one row per event instead of grouping
-- millions of attendance rows each time it runs.
--
-- `person.num` is a number of the person's own on the hub (the office's
-- UUID stays the key); `event_presence.people` holds the numbers of the
-- people present at the event (attendance present and not deleted, person
-- not deleted), sorted, each once. `hub.refresh_presence` rebuilds the rows
-- of an office's events: all of them (`events` NULL) or the ones named.
ALTER TABLE hub.person ADD COLUMN num bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX person_num ON hub.person (num);

CREATE TABLE hub.event_presence (
    office_id  uuid NOT NULL REFERENCES hub.office (id),
    event_uuid uuid NOT NULL,
    people     bigint[] NOT NULL,
    PRIMARY KEY (office_id, event_uuid)
);

ALTER TABLE hub.event_presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_rows ON hub.event_presence TO kense_office
    USING (office_id = (SELECT hub.current_office()))
    WITH CHECK (office_id = (SELECT hub.current_office()));
CREATE POLICY manager_reads ON hub.event_presence FOR SELECT TO kense_manager USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON hub.event_presence TO kense_office;
GRANT SELECT ON hub.event_presence TO kense_manager;

CREATE INDEX attendance_person ON hub.attendance (office_id, person_uuid);

CREATE FUNCTION hub.refresh_presence(office uuid, events uuid[]) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM hub.event_presence
    WHERE office_id = office AND (events IS NULL OR event_uuid = ANY (events));
    INSERT INTO hub.event_presence (office_id, event_uuid, people)
    SELECT a.office_id, a.event_uuid, array_agg(DISTINCT p.num ORDER BY p.num)
    FROM hub.attendance a
    JOIN hub.person p ON p.office_id = a.office_id AND p.uuid = a.person_uuid
    WHERE a.office_id = office AND (events IS NULL OR a.event_uuid = ANY (events))
      AND a.present AND NOT a.deleted AND NOT p.deleted
    GROUP BY a.office_id, a.event_uuid;
$$;
GRANT EXECUTE ON FUNCTION hub.refresh_presence(uuid, uuid[]) TO kense_office;

SELECT hub.refresh_presence(id, NULL) FROM hub.office;
