-- Hub schema 4: a participant's nomination or place at an event («I орын» /
-- «I место», office schema 10) is sent with their attendance, in both
-- languages. Rows sent before stay empty (NULL) until the office sends them
-- again, which its next change set does for every attendance row.
ALTER TABLE hub.attendance ADD COLUMN nomination_kk text;
ALTER TABLE hub.attendance ADD COLUMN nomination_ru text;
