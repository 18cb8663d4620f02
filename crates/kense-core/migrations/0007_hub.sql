-- Kense hub bookkeeping: the office's identity on a regional hub and what
-- this database last sent there (crates/kense-core/src/hub/).

-- The office's identity, carried with everything it sends: a UUID v7 made
-- once, here, and a short code the region gives (e.g. ALM-01).
ALTER TABLE office_profile ADD COLUMN office_uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN office_code TEXT NOT NULL DEFAULT '';
UPDATE office_profile SET office_uuid = (
    WITH t (h) AS (SELECT printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)))
    SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(hex(randomblob(2)), 2)
                 || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
                 || '-' || hex(randomblob(6)))
    FROM t)
WHERE id = 1;

-- What the hub has of this office as far as this database knows: one row
-- per row sent (its table, its key, a hash of what was sent). A push or
-- package sends the rows whose hash changed and a tombstone for each key
-- gone from the table, then records them here — only after the hub
-- committed (or the package file was written). Many write paths do not
-- touch `updated_at` (attendance, stop order, a document's status, a
-- deletion), so comparing what is there with what was sent is the one
-- rule that cannot miss a change.
CREATE TABLE hub_sent (
    tbl  TEXT NOT NULL,
    key  TEXT NOT NULL,
    hash INTEGER NOT NULL,
    PRIMARY KEY (tbl, key)
) STRICT, WITHOUT ROWID;

-- hub.sent_seq: the number of the last change set the hub committed (or
-- that was written to a package); hub.sent_at: when; hub.send_iin: 'true'
-- when the office opted in to sending IINs.
INSERT INTO app_setting (key, value) VALUES ('hub.sent_seq', '0');
INSERT INTO app_setting (key, value) VALUES ('hub.send_iin', 'false');
