-- Kense schema 6: personal data kept in. The IIN leaves the full-text index
-- (a 12-digit search matches the `iin` column exactly), a person can be
-- erased, and operations that take personal data out are audited.

-- The IIN was the last word of a person's search text: take it out and
-- rebuild the index from the new text.
UPDATE person SET search_text = trim(replace(' ' || search_text || ' ', ' ' || iin || ' ', ' '))
WHERE iin IS NOT NULL;
INSERT INTO person_fts (person_fts) VALUES ('rebuild');

-- When a person's data was erased (withdrawn consent, a request under the
-- law on personal data). The row stays, emptied, so attendance and the
-- register keep their references; the register keeps the name as printed.
ALTER TABLE person ADD COLUMN erased_at TEXT;

-- The change log learns the action 'erase' (a CHECK cannot be altered in
-- place: the table is copied).
CREATE TABLE change_log_new (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import', 'erase')),
    summary   TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO change_log_new (id, at, entity, entity_id, action, summary)
SELECT id, at, entity, entity_id, action, summary FROM change_log;
DROP TABLE change_log;
ALTER TABLE change_log_new RENAME TO change_log;
CREATE INDEX change_log_entity ON change_log (entity, entity_id);

-- The audit trail of personal data leaving the app: what kind of operation,
-- what it covered, how many rows, which file. Never the data itself.
CREATE TABLE data_audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('export', 'backup', 'erase')),
    subject   TEXT NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    file      TEXT NOT NULL DEFAULT '',
    with_iin  INTEGER NOT NULL DEFAULT 0 CHECK (with_iin IN (0, 1))
) STRICT;

CREATE INDEX data_audit_at ON data_audit (at);
