//! Progress and cancel of long work (a document batch, an import), without
//! Tauri or a terminal: the caller passes a [`Progress`] with a sink for
//! [`Step`]s (the app sends them over an IPC channel, the CLI draws a bar)
//! and a [`CancelFlag`] another thread may set.
//!
//! The work calls [`Progress::step`] between units (one document, one row):
//! it returns [`crate::Error::Cancelled`] once the flag is set, so the `?`
//! that follows leaves the transaction closure and the transaction rolls
//! back; temporary files are removed by their owners' `Drop`. Steps are
//! passed on at most every [`Progress::MIN_INTERVAL`] (and always the first
//! and the last), so a sink never slows the work down.

use crate::{Error, Result};
use serde::Serialize;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use ts_rs::TS;

/// How far a long operation is: `done` units of `total` (documents, rows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// Units finished.
    pub done: u64,
    /// Units in all (0 while not yet known).
    pub total: u64,
}

/// A flag that cancels the work it is given to; cheap to clone (one `Arc`),
/// shared between the worker and whoever may cancel it.
#[derive(Debug, Clone, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    /// A flag not set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the work to stop at its next step.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// True once [`CancelFlag::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

type Sink<'a> = Box<dyn Fn(Step) + Send + Sync + 'a>;

/// Where a long operation reports its steps and learns it was cancelled.
pub struct Progress<'a> {
    sink: Option<Sink<'a>>,
    cancel: CancelFlag,
    interval: Duration,
    last_sent: Mutex<Option<Instant>>,
}

impl std::fmt::Debug for Progress<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("sink", &self.sink.is_some())
            .field("cancel", &self.cancel)
            .finish()
    }
}

impl Progress<'static> {
    /// Reports nowhere and is never cancelled (tests, benches, scripts).
    pub fn none() -> Self {
        Self {
            sink: None,
            cancel: CancelFlag::new(),
            interval: Self::MIN_INTERVAL,
            last_sent: Mutex::new(None),
        }
    }
}

impl<'a> Progress<'a> {
    /// Steps closer together than this are not passed on (except the last),
    /// unless [`Self::every`] says otherwise.
    pub const MIN_INTERVAL: Duration = Duration::from_millis(50);

    /// Reports to `sink`; stops when `cancel` is set.
    pub fn new(sink: impl Fn(Step) + Send + Sync + 'a, cancel: CancelFlag) -> Self {
        Self {
            sink: Some(Box::new(sink)),
            cancel,
            interval: Self::MIN_INTERVAL,
            last_sent: Mutex::new(None),
        }
    }

    /// Passes on steps at most every `interval` instead of
    /// [`Self::MIN_INTERVAL`] (`Duration::ZERO`: every step, for tests).
    pub fn every(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// Fails with [`Error::Cancelled`] once the work was cancelled.
    pub fn check(&self) -> Result<()> {
        if self.cancel.is_cancelled() {
            Err(Error::Cancelled)
        } else {
            Ok(())
        }
    }

    /// Reports `done` of `total`: passed on when it is the first step, the
    /// last (`done == total`), or [`Self::MIN_INTERVAL`] after the one
    /// passed on before.
    pub fn set(&self, done: u64, total: u64) {
        let Some(sink) = &self.sink else {
            return;
        };
        let now = Instant::now();
        let send = {
            let mut last = self
                .last_sent
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let due =
                done >= total || last.is_none_or(|at| now.duration_since(at) >= self.interval);
            if due {
                *last = Some(now);
            }
            due
        };
        if send {
            sink(Step { done, total });
        }
    }

    /// [`Self::check`], then [`Self::set`]: call between units of work.
    pub fn step(&self, done: u64, total: u64) -> Result<()> {
        self.check()?;
        self.set(done, total);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_thinned_but_the_first_and_the_last_always_arrive() {
        let seen = Mutex::new(Vec::new());
        let progress = Progress::new(|s| seen.lock().unwrap().push(s), CancelFlag::new());
        for done in 0..=1000 {
            progress.step(done, 1000).unwrap();
        }
        drop(progress);
        let seen = seen.into_inner().unwrap();
        assert_eq!(
            seen.first(),
            Some(&Step {
                done: 0,
                total: 1000
            })
        );
        assert_eq!(
            seen.last(),
            Some(&Step {
                done: 1000,
                total: 1000
            })
        );
        // A tight loop of 1,001 steps takes far less than 50 ms a step.
        assert!(seen.len() < 100, "{} steps passed on", seen.len());
    }

    #[test]
    fn a_cancelled_flag_stops_the_next_step() {
        let flag = CancelFlag::new();
        let progress = Progress::new(|_| {}, flag.clone());
        progress.step(1, 10).unwrap();
        flag.cancel();
        let err = progress.step(2, 10).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Cancelled);
        assert!(Progress::none().step(1, 1).is_ok());
    }
}
