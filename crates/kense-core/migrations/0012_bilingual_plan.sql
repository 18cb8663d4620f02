-- Both languages for every printed field, continued (issue 14): the fields
-- a programme, an invitation list and a calendar file print that were one
-- text, printed as it was on Kazakh and Russian pages alike: the meeting
-- point and transport of an itinerary. Each becomes a Kazakh and a Russian
-- column, as schema 11 did for positions, places and what a stop shows.
--
-- The existing text is renamed into the _kk column here; the migration's
-- hook (`store::split_schema_12`, in the same transaction) then moves each
-- text to the column of the language it is written in, by the rule of
-- `i18n::split_by_language` (see 0011_bilingual.sql). The check before
-- printing then lists the empty side for the user to fill.

ALTER TABLE event RENAME COLUMN meeting_point TO meeting_point_kk;
ALTER TABLE event ADD COLUMN meeting_point_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE event RENAME COLUMN transport TO transport_kk;
ALTER TABLE event ADD COLUMN transport_ru TEXT NOT NULL DEFAULT '';
