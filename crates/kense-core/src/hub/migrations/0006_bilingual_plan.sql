-- Hub schema 6: an itinerary's meeting point and transport, an event's
-- district, a stop's site and address, a memorandum's parties and subject
-- are sent in both languages (office schema 12). The existing text stays in the _kk column,
-- as sent before: the office sends every row again in both columns with its
-- next change set of that row.
ALTER TABLE hub.event RENAME COLUMN meeting_point TO meeting_point_kk;
ALTER TABLE hub.event ADD COLUMN meeting_point_ru text;
ALTER TABLE hub.event RENAME COLUMN transport TO transport_kk;
ALTER TABLE hub.event ADD COLUMN transport_ru text;
ALTER TABLE hub.event RENAME COLUMN district TO district_kk;
ALTER TABLE hub.event ADD COLUMN district_ru text;
ALTER TABLE hub.visit_stop RENAME COLUMN site TO site_kk;
ALTER TABLE hub.visit_stop ADD COLUMN site_ru text;
ALTER TABLE hub.visit_stop RENAME COLUMN address TO address_kk;
ALTER TABLE hub.visit_stop ADD COLUMN address_ru text;
ALTER TABLE hub.memorandum RENAME COLUMN parties TO parties_kk;
ALTER TABLE hub.memorandum ADD COLUMN parties_ru text;
ALTER TABLE hub.memorandum RENAME COLUMN subject TO subject_kk;
ALTER TABLE hub.memorandum ADD COLUMN subject_ru text;
