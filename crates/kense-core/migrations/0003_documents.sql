-- Kense schema 3: document templates and the register of issued documents
-- (журнал регистрации).

-- A template of a document kind: texts with {placeholders} in Kazakh and
-- Russian, the register series, layout options. Built-in templates are seeded
-- by the application (documents::templates::seed_builtin_templates).
CREATE TABLE doc_template (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('sheet', 'gratitude', 'diploma', 'certificate')),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    series          TEXT NOT NULL CHECK (length(trim(series)) > 0),
    title_kk        TEXT NOT NULL DEFAULT '',
    title_ru        TEXT NOT NULL DEFAULT '',
    subtitle_kk     TEXT NOT NULL DEFAULT '',
    subtitle_ru     TEXT NOT NULL DEFAULT '',
    salutation_kk   TEXT NOT NULL DEFAULT '',
    salutation_ru   TEXT NOT NULL DEFAULT '',
    body_kk         TEXT NOT NULL DEFAULT '',
    body_ru         TEXT NOT NULL DEFAULT '',
    orientation     TEXT NOT NULL DEFAULT 'portrait' CHECK (orientation IN ('portrait', 'landscape')),
    accent_color    TEXT NOT NULL DEFAULT '#1F3A68' CHECK (accent_color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    signatory_id    INTEGER REFERENCES signatory (id),
    logo            BLOB,
    logo_mime       TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg')),
    show_qr         INTEGER NOT NULL DEFAULT 1 CHECK (show_qr IN (0, 1)),
    builtin         INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
) STRICT;

CREATE INDEX doc_template_kind ON doc_template (kind) WHERE deleted_at IS NULL;

-- One row per issued document. The number is gapless per (series, year): it is
-- allocated as MAX + 1 inside the transaction that inserts the row, and rows
-- are never deleted (spoiled and revoked documents keep their numbers). A
-- kk/ru pair of separate documents is one row with lang 'pair'.
CREATE TABLE issued_document (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    series          TEXT NOT NULL,
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    number          INTEGER NOT NULL CHECK (number > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('gratitude', 'diploma', 'certificate')),
    lang            TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'both', 'pair')),
    person_id       INTEGER REFERENCES person (id),
    recipient       TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
    organisation    TEXT NOT NULL DEFAULT '',
    search_text     TEXT NOT NULL DEFAULT '',
    event_id        INTEGER REFERENCES event (id),
    template_id     INTEGER REFERENCES doc_template (id),
    issued_on       TEXT NOT NULL,
    check_code      TEXT NOT NULL,
    content         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'issued'
                    CHECK (status IN ('issued', 'spoiled', 'revoked', 'reissued')),
    reason          TEXT NOT NULL DEFAULT '',
    status_at       TEXT,
    replaces_id     INTEGER REFERENCES issued_document (id),
    replaced_by_id  INTEGER REFERENCES issued_document (id),
    batch           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    UNIQUE (series, year, number)
) STRICT;

CREATE INDEX issued_document_person ON issued_document (person_id, kind, issued_on);
CREATE INDEX issued_document_event ON issued_document (event_id);
CREATE INDEX issued_document_year_number ON issued_document (year, number);
CREATE INDEX issued_document_issued_on ON issued_document (issued_on);

CREATE TRIGGER issued_document_never_deleted BEFORE DELETE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued documents are never deleted');
END;

CREATE TRIGGER issued_document_number_fixed
BEFORE UPDATE OF series, year, number, kind, recipient, issued_on, check_code, content ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'the number and content of an issued document never change');
END;

-- The secret behind the verification codes printed on documents (a forged
-- code needs it). Made once, per database.
INSERT INTO app_setting (key, value) VALUES ('documents.secret', lower(hex(randomblob(16))));
INSERT INTO app_setting (key, value) VALUES ('documents.repeat_warning_months', '12');

-- The built-in templates, one per kind. They can be edited or duplicated in
-- the app; {placeholders} are listed in documents/placeholders.rs.
INSERT INTO doc_template (uuid, kind, name, series, title_kk, title_ru, subtitle_kk, subtitle_ru,
    salutation_kk, salutation_ru, body_kk, body_ru, orientation, builtin, created_at, updated_at)
VALUES
(lower(hex(randomblob(16))), 'sheet', 'Қатысушылар тізімі / Список участников', 'ТЗ',
 'ҚАТЫСУШЫЛАР ТІЗІМІ', 'СПИСОК УЧАСТНИКОВ', '{event}', '{event}', '', '',
 '{event_date} · {place}', '{event_date} · {place}', 'portrait', 1,
 strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
(lower(hex(randomblob(16))), 'gratitude', 'Алғыс хат / Благодарственное письмо', 'АХ',
 'АЛҒЫС ХАТ', 'БЛАГОДАРСТВЕННОЕ ПИСЬМО', '', '',
 'Құрметті {name_patronymic}!', '{dear} {name_patronymic}!',
 '{office} Сізге «{event}» іс-шарасына белсенді қатысқаныңыз және азаматтардың құқықтық мәдениетін арттыруға қосқан үлесіңіз үшін алғыс білдіреді.

Сізге зор денсаулық, отбасыңызға амандық және жаңа табыстар тілейміз!',
 '{office} выражает Вам благодарность за активное участие в мероприятии «{event}» и вклад в повышение правовой культуры граждан.

Желаем Вам крепкого здоровья, благополучия и новых успехов!',
 'portrait', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
(lower(hex(randomblob(16))), 'diploma', 'Диплом', 'ДП',
 'ДИПЛОМ', 'ДИПЛОМ', 'марапатталады', 'награждается', '', '',
 '«{event}» іс-шарасындағы ({event_date}) жоғары нәтижесі үшін',
 'за высокие результаты в мероприятии «{event}» ({event_date})',
 'landscape', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
(lower(hex(randomblob(16))), 'certificate', 'Сертификат', 'СТ',
 'СЕРТИФИКАТ', 'СЕРТИФИКАТ', 'осы сертификат', 'настоящий сертификат подтверждает, что', '', '',
 '{event_date} өткен «{event}» іс-шарасына қатысқанын растайды',
 'принял(а) участие в мероприятии «{event}», {event_date}',
 'landscape', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
