-- Hub schema 7: the people of each category, kept by every push and load
-- (as `hub.event_presence` keeps each event's people), so that a
-- consolidated report reads a few rows per office instead of scanning
-- every person of the region.
--
-- `category_people.people` holds the hub's numbers (`person.num`) of the
-- office's people, not deleted, whose categories include the category,
-- sorted, each once. `hub.refresh_category_people` rebuilds an office's
-- rows.
CREATE TABLE hub.category_people (
    office_id     uuid NOT NULL REFERENCES hub.office (id),
    category_uuid uuid NOT NULL,
    people        bigint[] NOT NULL,
    PRIMARY KEY (office_id, category_uuid)
);

ALTER TABLE hub.category_people ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_rows ON hub.category_people TO kense_office
    USING (office_id = (SELECT hub.current_office()))
    WITH CHECK (office_id = (SELECT hub.current_office()));
CREATE POLICY manager_reads ON hub.category_people FOR SELECT TO kense_manager USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON hub.category_people TO kense_office;
GRANT SELECT ON hub.category_people TO kense_manager;

CREATE FUNCTION hub.refresh_category_people(office uuid) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM hub.category_people WHERE office_id = office;
    INSERT INTO hub.category_people (office_id, category_uuid, people)
    SELECT p.office_id, c.category, array_agg(DISTINCT p.num ORDER BY p.num)
    FROM hub.person p CROSS JOIN LATERAL unnest(p.categories) AS c (category)
    WHERE p.office_id = office AND NOT p.deleted
    GROUP BY p.office_id, c.category;
$$;
GRANT EXECUTE ON FUNCTION hub.refresh_category_people(uuid) TO kense_office;

SELECT hub.refresh_category_people(id) FROM hub.office;
