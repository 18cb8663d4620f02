-- Hub schema 3: a person's position, an event's place and what a visit stop
-- shows are sent in both languages (office schema 11). The existing text
-- stays in the _kk column, as sent before: the office sends every row again
-- in both columns with its next change set of that row.
ALTER TABLE hub.person RENAME COLUMN position TO position_kk;
ALTER TABLE hub.person ADD COLUMN position_ru text;
ALTER TABLE hub.event RENAME COLUMN place TO place_kk;
ALTER TABLE hub.event ADD COLUMN place_ru text;
ALTER TABLE hub.visit_stop RENAME COLUMN showing TO showing_kk;
ALTER TABLE hub.visit_stop ADD COLUMN showing_ru text;
