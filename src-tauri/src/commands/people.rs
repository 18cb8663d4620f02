//! People and categories, and the sidebar's global search.

use kense_core::attendance::{self, PersonEvent};
use kense_core::audit::{self, AuditEntry};
use kense_core::categories::{self, Category, CategoryInput};
use kense_core::documents::register::{self, IssuedDocument};
use kense_core::people::{
    self, Person, PersonFilter, PersonInput, PersonSummary, PossibleDuplicate,
};
use kense_core::privacy::{self, EraseReport};
use kense_core::search::{self, SearchLimits, SearchResults};

crate::commands! {
    /// The global search: people, organisations, events, register documents
    /// (by number or verification code) and campaigns, exact matches first,
    /// each kind with its true count.
    fn search_all(state, query: String, limits: SearchLimits) -> SearchResults {
        state.read(|c| search::search_all(c, &query, &limits))
    }

    /// People matching a search and filters, in Kazakh alphabet order.
    fn list_people(state, filter: PersonFilter) -> Vec<PersonSummary> {
        state.read(|c| people::list_people(c, &filter))
    }

    /// How many people match the filter (its page aside).
    fn count_people(state, filter: PersonFilter) -> u64 {
        state.read(|c| people::count_people(c, &filter))
    }

    /// One person.
    fn get_person(state, id: i64) -> Person {
        state.read(|c| people::get_person(c, id))
    }

    /// Adds a person.
    fn create_person(state, person: PersonInput) -> Person {
        state.write(|s| {
            s.with_tx(|tx| {
                let id = people::insert_person(tx, &person)?;
                people::get_person(tx, id)
            })
        })
    }

    /// Saves a person.
    fn update_person(state, id: i64, person: PersonInput) -> Person {
        state.write(|s| {
            s.with_tx(|tx| {
                people::update_person(tx, id, &person)?;
                people::get_person(tx, id)
            })
        })
    }

    /// Existing people who may be the one being entered.
    fn find_person_duplicates(state, person: PersonInput, except: Option<i64>) -> Vec<PossibleDuplicate> {
        state.read(|c| people::find_duplicates(c, &person, except))
    }

    /// The register's documents issued to a person (asked before deleting them).
    fn list_person_documents(state, person_id: i64) -> Vec<IssuedDocument> {
        state.read(|c| register::list_person_documents(c, person_id))
    }

    /// Deletes a person (undo with restore).
    fn delete_person(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| people::delete_person(tx, id)))
    }

    /// A person's IIN in full, when the user asks to see it on their page
    /// (everything else carries it masked).
    fn reveal_person_iin(state, id: i64) -> String {
        state.read(|c| people::reveal_iin(c, id))
    }

    /// Erases a person's personal data for good (documents keep the printed
    /// name); recorded in the change log and the audit trail without the data.
    /// A backup is taken first (kept among the last 10 before risky operations).
    fn erase_person(state, id: i64) -> EraseReport {
        state.backup_before(kense_core::backup::BackupReason::BeforeErase)?;
        state.write(|s| privacy::erase_person(s, id))
    }

    /// The audit trail of operations that took personal data out, newest first.
    fn list_audit(state, limit: u32) -> Vec<AuditEntry> {
        state.read(|c| audit::list_audit(c, limit))
    }

    /// Brings back a deleted person.
    fn restore_person(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| people::restore_person(tx, id)))
    }

    /// A person's events, newest first.
    fn list_person_events(state, id: i64) -> Vec<PersonEvent> {
        state.read(|c| attendance::list_person_events(c, id))
    }

    /// The categories of people.
    fn list_categories(state) -> Vec<Category> {
        state.read(categories::list_categories)
    }

    /// Adds or renames a category.
    fn save_category(state, category: CategoryInput) -> i64 {
        state.write(|s| s.with_tx(|tx| categories::save_category(tx, &category)))
    }
}
