//! Organisations.

use kense_core::documents::register;
use kense_core::organisations::{
    self, District, Organisation, OrganisationFilter, OrganisationInput,
};

crate::commands! {
    /// Organisations matching a search and filters.
    fn list_organisations(state, filter: OrganisationFilter) -> Vec<Organisation> {
        state.read(|c| organisations::list_organisations(c, &filter))
    }

    /// How many organisations match the filters, all pages together.
    fn count_organisations(state, filter: OrganisationFilter) -> u64 {
        state.read(|c| organisations::count_organisations(c, &filter))
    }

    /// One organisation.
    fn get_organisation(state, id: i64) -> Organisation {
        state.read(|c| organisations::get_organisation(c, id))
    }

    /// Adds an organisation.
    fn create_organisation(state, organisation: OrganisationInput) -> Organisation {
        state.write(|s| {
            s.with_tx(|tx| {
                let id = organisations::insert_organisation(tx, &organisation)?;
                organisations::get_organisation(tx, id)
            })
        })
    }

    /// Saves an organisation.
    fn update_organisation(state, id: i64, organisation: OrganisationInput) -> Organisation {
        state.write(|s| {
            s.with_tx(|tx| {
                organisations::update_organisation(tx, id, &organisation)?;
                organisations::get_organisation(tx, id)
            })
        })
    }

    /// How many of the register's documents went to the organisation's people
    /// (asked before deleting it).
    fn count_organisation_documents(state, organisation_id: i64) -> i64 {
        state.read(|c| register::count_organisation_documents(c, organisation_id))
    }

    /// Deletes an organisation (undo with restore).
    fn delete_organisation(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| organisations::delete_organisation(tx, id)))
    }

    /// Brings back a deleted organisation.
    fn restore_organisation(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| organisations::restore_organisation(tx, id)))
    }

    /// Districts in use, for filters: the key a filter takes and the names
    /// in both languages.
    fn list_districts(state) -> Vec<District> {
        state.read(organisations::list_districts)
    }
}
