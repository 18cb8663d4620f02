//! The regional hub, the office's half: what this database sends to a
//! PostgreSQL hub and how it remembers what the hub has.
//!
//! - [`tables`]: the sent tables and their columns (one list for every
//!   use);
//! - [`changes`]: the change set since the last send, read by comparing
//!   each table with `hub_sent`, and [`changes::mark_sent`] once the hub has
//!   it;
//! - [`package`]: the same change set as a `.kpack` file;
//! - [`status`]: what Settings shows of the sending (the hub address, the
//!   last send, the month due);
//! - [`MIGRATIONS`] and the role SQL: the hub's schema, applied by the
//!   `kense-hub` crate (which holds the PostgreSQL client, so the core and
//!   the desktop app do not link it).
//!
//! The office's identity (UUID and code) is in [`crate::office`].

pub mod changes;
pub mod package;
pub mod status;
pub mod tables;

pub use changes::{ChangeRow, ChangeSet, HubValue, TableChanges, collect_changes, mark_sent};

/// The hub's schema migrations (PostgreSQL), in order; version N is the
/// N-th. Applied in one transaction each by `kense hub init`.
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_hub.sql"),
    include_str!("migrations/0002_records.sql"),
    include_str!("migrations/0003_bilingual.sql"),
    include_str!("migrations/0004_fields.sql"),
    include_str!("migrations/0005_presence.sql"),
    include_str!("migrations/0006_bilingual_plan.sql"),
    include_str!("migrations/0007_category_people.sql"),
];

/// The hub schema version this build creates and understands.
pub fn latest_hub_schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The group role of the offices (each office role is a member).
pub const OFFICE_GROUP: &str = "kense_office";
/// The group role of managers: reads every office's rows.
pub const MANAGER_GROUP: &str = "kense_manager";

/// The PostgreSQL role an office with `code` pushes as:
/// `kense_office_<code>`, lower case, `-` as `_`.
pub fn office_role_name(code: &str) -> String {
    let code: String = code
        .trim()
        .chars()
        .map(|c| match c {
            '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    format!("kense_office_{code}")
}

/// Quotes `text` as an SQL string literal.
pub fn sql_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The SQL a region's administrator runs (in `psql`, as the hub's owner)
/// to give a manager a login: printed by `kense hub init`.
pub fn manager_role_sql(login: &str) -> String {
    format!(
        "-- A manager's login: reads every office's rows (row-level security).\n\
         CREATE ROLE {login} LOGIN IN ROLE {MANAGER_GROUP};\n\
         \\password {login}\n"
    )
}

/// The SQL that registers an office on the hub and creates its login role:
/// printed by `kense hub add-office`. The password is set interactively
/// (`\password` in psql), so it is written nowhere.
pub fn office_role_sql(code: &str, office_id: &str, name: &str) -> String {
    let role = office_role_name(code);
    format!(
        "-- Office {code}: its login role, a member of {OFFICE_GROUP} (reads and writes its own rows only).\n\
         CREATE ROLE {role} LOGIN IN ROLE {OFFICE_GROUP};\n\
         \\password {role}\n\
         INSERT INTO hub.office (id, code, name, role_name)\n    VALUES ({}, {}, {}, {})\n    \
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, role_name = excluded.role_name;\n",
        sql_literal(office_id),
        sql_literal(code),
        sql_literal(name),
        sql_literal(&role),
    )
}

#[cfg(test)]
mod tests;
