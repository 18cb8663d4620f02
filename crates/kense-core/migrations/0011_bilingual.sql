-- Both languages for every printed field (issue 14): a person's position, an
-- event's place and what a visit stop shows were one text, printed as it was
-- on Kazakh and Russian pages alike. Each becomes a Kazakh and a Russian
-- column (organisations already have name_kk / name_ru).
--
-- The existing text is renamed into the _kk column here; the migration's
-- hook (`store::split_one_language_texts`, in the same transaction) then
-- moves each text to the column of the language it is written in, by the
-- rule of `i18n::split_by_language` (the import's rule too):
-- - a letter only Kazakh has (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі): Kazakh;
-- - else a mark of Russian (ё ъ ь э щ ц ф в ч, or a Russian ending such as
--   -ый/-ий/-ая/-ое/-ого/-ция/-ние/-сть): Russian («Главный специалист»);
-- - else Kazakh, the office's first language («Бас маман», «Директор»);
-- - no Cyrillic letter at all («IT Park», «101»): the same in both.
-- The check before printing then lists the empty side for the user to fill.
-- The search text keeps its words: the values only change columns.

ALTER TABLE person RENAME COLUMN position TO position_kk;
ALTER TABLE person ADD COLUMN position_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE event RENAME COLUMN place TO place_kk;
ALTER TABLE event ADD COLUMN place_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE visit_stop RENAME COLUMN showing TO showing_kk;
ALTER TABLE visit_stop ADD COLUMN showing_ru TEXT NOT NULL DEFAULT '';
