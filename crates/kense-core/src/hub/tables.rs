//! What is sent to the hub: the tables, their columns and the local query
//! that reads each one. One list drives the change sets, the package
//! format, the hub's staging tables and the consolidated report's loader.

/// The type of a sent column, on the hub (PostgreSQL) and in a package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    /// A UUID (`uuid`).
    Uuid,
    /// Text (`text`).
    Text,
    /// A 64-bit integer (`bigint`).
    Int,
    /// A flag (`boolean`; 0/1 locally).
    Bool,
    /// A sorted list of UUIDs (`uuid[]`; comma-separated locally).
    UuidList,
}

impl ColType {
    /// The PostgreSQL type.
    pub fn pg_type(self) -> &'static str {
        match self {
            Self::Uuid => "uuid",
            Self::Text => "text",
            Self::Int => "bigint",
            Self::Bool => "boolean",
            Self::UuidList => "uuid[]",
        }
    }
}

/// One table sent to the hub.
#[derive(Debug)]
pub struct HubTable {
    /// The table's name, locally and on the hub (schema `hub`).
    pub name: &'static str,
    /// The columns that identify a row within the office.
    pub key: &'static [&'static str],
    /// Every column sent, key columns first.
    pub columns: &'static [(&'static str, ColType)],
    /// The local query: the columns in order, then 1 when the row is
    /// (soft-)deleted.
    pub select: &'static str,
}

impl HubTable {
    /// The position of `column`.
    pub fn index(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|(c, _)| *c == column)
    }
}

use ColType::{Bool, Int, Text, Uuid, UuidList};

/// The sent tables, parents before children.
pub static TABLES: &[HubTable] = &[
    HubTable {
        name: "organisation",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("name_kk", Text),
            ("name_ru", Text),
            ("kind", Text),
            ("district", Text),
            ("address", Text),
            ("phone", Text),
            ("email", Text),
            ("contact", Text),
            ("updated_at", Text),
        ],
        select: "SELECT uuid, name_kk, name_ru, kind, district, address, phone, email, contact,
                        updated_at, deleted_at IS NOT NULL
                 FROM organisation",
    },
    HubTable {
        name: "category",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("code", Text),
            ("name_kk", Text),
            ("name_ru", Text),
            ("sort_order", Int),
            ("updated_at", Text),
        ],
        select:
            "SELECT uuid, code, name_kk, name_ru, sort_order, updated_at, deleted_at IS NOT NULL
                 FROM category",
    },
    HubTable {
        name: "campaign",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("name_kk", Text),
            ("name_ru", Text),
            ("description", Text),
            ("updated_at", Text),
        ],
        select: "SELECT uuid, name_kk, name_ru, description, updated_at, deleted_at IS NOT NULL
                 FROM campaign",
    },
    HubTable {
        name: "person",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("surname", Text),
            ("name", Text),
            ("patronymic", Text),
            ("gender", Text),
            ("organisation_uuid", Uuid),
            ("position_kk", Text),
            ("position_ru", Text),
            ("phone", Text),
            ("email", Text),
            ("iin", Text),
            ("consent", Bool),
            ("consent_date", Text),
            ("categories", UuidList),
            ("updated_at", Text),
        ],
        select: "SELECT p.uuid, p.surname, p.name, p.patronymic, p.gender, o.uuid, p.position_kk,
                        p.position_ru, p.phone, p.email, p.iin, p.consent, p.consent_date,
                        (SELECT group_concat(c.uuid, ',') FROM person_category pc
                         JOIN category c ON c.id = pc.category_id WHERE pc.person_id = p.id),
                        p.updated_at, p.deleted_at IS NOT NULL
                 FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id",
    },
    HubTable {
        name: "event",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("kind", Text),
            ("campaign_uuid", Uuid),
            ("title_kk", Text),
            ("title_ru", Text),
            ("starts_at", Text),
            ("ends_at", Text),
            ("place_kk", Text),
            ("place_ru", Text),
            ("district_kk", Text),
            ("district_ru", Text),
            ("status", Text),
            ("headcount", Int),
            ("outcomes", Text),
            ("proposals_count", Int),
            ("meeting_point_kk", Text),
            ("meeting_point_ru", Text),
            ("transport_kk", Text),
            ("transport_ru", Text),
            ("updated_at", Text),
        ],
        select: "SELECT e.uuid, e.kind, c.uuid, e.title_kk, e.title_ru, e.starts_at, e.ends_at,
                        e.place_kk, e.place_ru, e.district_kk, e.district_ru, e.status, e.headcount,
                        e.outcomes, e.proposals_count,
                        e.meeting_point_kk, e.meeting_point_ru, e.transport_kk, e.transport_ru,
                        e.updated_at, e.deleted_at IS NOT NULL
                 FROM event e LEFT JOIN campaign c ON c.id = e.campaign_id",
    },
    HubTable {
        name: "visit_stop",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("event_uuid", Uuid),
            ("position", Int),
            ("organisation_uuid", Uuid),
            ("site_kk", Text),
            ("site_ru", Text),
            ("address_kk", Text),
            ("address_ru", Text),
            ("arrives_at", Text),
            ("departs_at", Text),
            ("host_name", Text),
            ("host_phone", Text),
            ("showing_kk", Text),
            ("showing_ru", Text),
            ("notes", Text),
            ("updated_at", Text),
        ],
        select: "SELECT s.uuid, e.uuid, s.position, o.uuid, s.site_kk, s.site_ru, s.address_kk,
                        s.address_ru, s.arrives_at, s.departs_at, s.host_name, s.host_phone,
                        s.showing_kk, s.showing_ru, s.notes, s.updated_at, 0
                 FROM visit_stop s JOIN event e ON e.id = s.event_id
                 LEFT JOIN organisation o ON o.id = s.organisation_id",
    },
    HubTable {
        name: "attendance",
        key: &["event_uuid", "person_uuid", "role"],
        columns: &[
            ("event_uuid", Uuid),
            ("person_uuid", Uuid),
            ("role", Text),
            ("present", Bool),
            ("invitation", Text),
            ("created_at", Text),
            ("nomination_kk", Text),
            ("nomination_ru", Text),
        ],
        select: "SELECT e.uuid, p.uuid, a.role, a.present, a.invitation, a.created_at,
                        a.nomination_kk, a.nomination_ru, 0
                 FROM attendance a JOIN event e ON e.id = a.event_id
                 JOIN person p ON p.id = a.person_id",
    },
    HubTable {
        name: "media_item",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("event_uuid", Uuid),
            ("outlet", Text),
            ("url", Text),
            ("published_on", Text),
            ("views", Int),
            ("updated_at", Text),
        ],
        select: "SELECT m.uuid, e.uuid, m.outlet, m.url, m.published_on, m.views, m.updated_at,
                        m.deleted_at IS NOT NULL
                 FROM media_item m JOIN event e ON e.id = m.event_id",
    },
    HubTable {
        name: "memorandum",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("event_uuid", Uuid),
            ("parties_kk", Text),
            ("parties_ru", Text),
            ("subject_kk", Text),
            ("subject_ru", Text),
            ("signed_on", Text),
            ("updated_at", Text),
        ],
        select: "SELECT m.uuid, e.uuid, m.parties_kk, m.parties_ru, m.subject_kk, m.subject_ru,
                        m.signed_on, m.updated_at,
                        m.deleted_at IS NOT NULL
                 FROM memorandum m JOIN event e ON e.id = m.event_id",
    },
    HubTable {
        name: "id_handover",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("event_uuid", Uuid),
            ("person_uuid", Uuid),
            ("kind", Text),
            ("kind_other", Text),
            ("number", Text),
            ("issuer", Text),
            ("handed_on", Text),
            ("updated_at", Text),
        ],
        select: "SELECT h.uuid, e.uuid, p.uuid, h.kind, h.kind_other, h.number, h.issuer,
                        h.handed_on, h.updated_at, h.deleted_at IS NOT NULL
                 FROM id_handover h JOIN event e ON e.id = h.event_id
                 JOIN person p ON p.id = h.person_id",
    },
    HubTable {
        name: "proposal",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("event_uuid", Uuid),
            ("text", Text),
            ("addressee", Text),
            ("status", Text),
            ("updated_at", Text),
        ],
        select: "SELECT r.uuid, e.uuid, r.text, r.addressee, r.status, r.updated_at,
                        r.deleted_at IS NOT NULL
                 FROM proposal r JOIN event e ON e.id = r.event_id",
    },
    HubTable {
        name: "issued_document",
        key: &["uuid"],
        columns: &[
            ("uuid", Uuid),
            ("series", Text),
            ("year", Int),
            ("number", Int),
            ("kind", Text),
            ("lang", Text),
            ("recipient", Text),
            ("organisation", Text),
            ("event_uuid", Uuid),
            ("person_uuid", Uuid),
            ("issued_on", Text),
            ("status", Text),
            ("reason", Text),
            ("status_at", Text),
            ("replaces_uuid", Uuid),
            ("replaced_by_uuid", Uuid),
            ("created_at", Text),
        ],
        select: "SELECT d.uuid, d.series, d.year, d.number, d.kind, d.lang, d.recipient,
                        d.organisation, e.uuid, p.uuid, d.issued_on, d.status, d.reason,
                        d.status_at, r.uuid, b.uuid, d.created_at, 0
                 FROM issued_document d LEFT JOIN event e ON e.id = d.event_id
                 LEFT JOIN person p ON p.id = d.person_id
                 LEFT JOIN issued_document r ON r.id = d.replaces_id
                 LEFT JOIN issued_document b ON b.id = d.replaced_by_id",
    },
];

/// The sent table called `name`.
pub fn table(name: &str) -> Option<&'static HubTable> {
    TABLES.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn every_local_query_runs_and_matches_its_columns() {
        let store = Store::open_in_memory().unwrap();
        for t in TABLES {
            let stmt = store.conn().prepare(t.select).unwrap();
            assert_eq!(stmt.column_count(), t.columns.len() + 1, "{}", t.name);
            for k in t.key {
                assert!(t.index(k).is_some(), "{}.{k}", t.name);
            }
        }
    }
}
