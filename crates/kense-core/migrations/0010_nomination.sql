-- A recipient's nomination or place at an event («I орын» / «I место»,
-- «Сала көшбасшысы» / «Лидер отрасли»), in both languages, printed on their
-- diploma under the title: a contest's winners are issued in one batch.
ALTER TABLE attendance ADD COLUMN nomination_kk TEXT NOT NULL DEFAULT '';
ALTER TABLE attendance ADD COLUMN nomination_ru TEXT NOT NULL DEFAULT '';
