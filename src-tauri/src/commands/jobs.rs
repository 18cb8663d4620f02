//! Cancelling a long command (a document batch, an import) by the job id
//! the UI gave it; see [`crate::jobs`].

crate::commands! {
    /// Asks the running job `job` to stop; it then fails with `cancelled`
    /// and writes nothing. False when no such job runs (it has finished).
    fn cancel_job(state, job: u64) -> bool {
        Ok(state.jobs().cancel(job))
    }
}
