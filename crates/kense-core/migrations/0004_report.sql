-- Kense schema 4: indexes for the activity report.

-- People ticked present at an event, in person order: the report counts
-- distinct people per event and per period from this index alone.
CREATE INDEX attendance_event_present ON attendance (event_id, person_id) WHERE present = 1;

-- The (few) deleted people, left out of every count.
CREATE INDEX person_deleted ON person (id) WHERE deleted_at IS NOT NULL;

-- Media and memoranda of live rows by event.
CREATE INDEX media_item_live_event ON media_item (event_id, views) WHERE deleted_at IS NULL;
