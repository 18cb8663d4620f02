//! Long commands with progress and cancel: the UI gives the command a job
//! id it chose and a `tauri::ipc::Channel` for [`Step`]s; `cancel_job`
//! (another command, so it runs while the first still works) sets that
//! job's [`CancelFlag`]. kense-core checks the flag between units of work
//! and rolls back (see [`kense_core::progress`]).

use crate::IpcError;
use kense_core::progress::{CancelFlag, Progress, Step};
use std::collections::HashMap;
use std::sync::Mutex;
use tauri::ipc::Channel;
use thread_priority::ThreadPriority;

/// The running jobs by the id the UI gave them.
#[derive(Debug, Default)]
pub struct Jobs {
    running: Mutex<HashMap<u64, CancelFlag>>,
}

/// A running job: its progress, and its entry in [`Jobs`] until dropped.
pub struct Job<'a> {
    jobs: &'a Jobs,
    id: u64,
    progress: Progress<'static>,
}

impl Jobs {
    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<u64, CancelFlag>> {
        self.running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Starts job `id`, whose steps go to `channel`. A step the window no
    /// longer receives (it was reloaded) is dropped; the work goes on.
    pub fn start(&self, id: u64, channel: Channel<Step>) -> Job<'_> {
        let flag = CancelFlag::new();
        self.running().insert(id, flag.clone());
        let progress = Progress::new(
            move |step| {
                if let Err(err) = channel.send(step) {
                    tracing::debug!(job = id, error = %err, "a progress step was not delivered");
                }
            },
            flag,
        );
        Job {
            jobs: self,
            id,
            progress,
        }
    }

    /// Asks job `id` to stop; false when no such job runs (it finished).
    pub fn cancel(&self, id: u64) -> bool {
        match self.running().get(&id) {
            Some(flag) => {
                flag.cancel();
                tracing::info!(job = id, "job cancelled");
                true
            }
            None => false,
        }
    }
}

impl Job<'_> {
    /// What kense-core reports to and checks.
    pub fn progress(&self) -> &Progress<'static> {
        &self.progress
    }

    /// Runs `work` on a thread of its own at the lowest priority the system
    /// gives (niceness 19 on Linux), so that on a busy two-core laptop the
    /// window's drawing and the reads of the lists come first; the thread
    /// ends with the work, so no pooled thread stays slowed down.
    pub fn run<T: Send>(
        &self,
        work: impl FnOnce(&Progress<'static>) -> Result<T, IpcError> + Send,
    ) -> Result<T, IpcError> {
        let progress = &self.progress;
        std::thread::scope(|scope| {
            scope
                .spawn(move || {
                    if let Err(err) = ThreadPriority::Min.set_for_current() {
                        tracing::debug!(error = ?err, "a job runs at normal priority");
                    }
                    work(progress)
                })
                .join()
                .unwrap_or_else(|_| Err(IpcError::internal("a job stopped with a panic")))
        })
    }
}

impl Drop for Job<'_> {
    fn drop(&mut self) {
        self.jobs.running().remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_is_cancelled_by_its_id_while_it_runs_and_forgotten_after() {
        let jobs = Jobs::default();
        let channel = Channel::new(|_| Ok(()));
        let job = jobs.start(7, channel);
        assert!(job.progress().check().is_ok());
        assert!(!jobs.cancel(8), "another id cancels nothing");
        assert!(jobs.cancel(7));
        assert_eq!(
            job.progress().check().unwrap_err().code(),
            kense_core::ErrorCode::Cancelled
        );
        drop(job);
        assert!(!jobs.cancel(7), "a finished job is gone");
    }

    /// The niceness of the calling thread (Linux: field 19 of its stat).
    #[cfg(target_os = "linux")]
    fn niceness() -> i64 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        after_name.split(' ').nth(16).unwrap().parse().unwrap()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_job_runs_at_the_lowest_priority_and_leaves_the_caller_as_it_was() {
        let jobs = Jobs::default();
        let job = jobs.start(1, Channel::new(|_| Ok(())));
        let before = niceness();
        let inside = job.run(|_| Ok(niceness())).unwrap();
        assert_eq!(inside, 19);
        assert_eq!(niceness(), before);
        let err = job
            .run(|p| -> Result<(), IpcError> {
                Err(IpcError::from(
                    p.check().err().unwrap_or(kense_core::Error::Cancelled),
                ))
            })
            .unwrap_err();
        assert_eq!(err.code, kense_core::ErrorCode::Cancelled);
    }
}
