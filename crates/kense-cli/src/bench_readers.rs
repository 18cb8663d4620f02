//! `kense bench`: what the window feels while the office works — the
//! people list read through a reader connection while a document batch
//! writes, and a page of a 100,000-person registry at any offset.

use crate::bench::{Figure, figure};
use kense_core::documents::{BatchOutput, DocFormat, issue_to_files};
use kense_core::people::{self, PersonFilter};
use kense_core::store::Readers;
use kense_core::{Error, Store};
use std::path::Path;
use std::time::{Duration, Instant};

/// Rows of one page of the people list, as the window asks for them.
const PAGE: u32 = 100;

/// `list_people` through a reader while a batch of `documents` certificates
/// writes: the median and the 95th percentile.
pub fn reads_during_batch(dir: &Path, documents: usize) -> Result<Vec<Figure>, Error> {
    let today = kense_core::time::local_now().date_naive();
    let (mut store, request) = crate::bench_docs::certificate_office(
        &dir.join("bench-readers.db"),
        documents.max(5_000),
        documents,
        today,
    )?;
    let readers = store.readers()?;
    let out = dir.join("readers-batch.pdf");
    let batch = std::thread::spawn(move || {
        issue_to_files(
            &mut store,
            &request,
            &BatchOutput::Combined(out.display().to_string()),
            DocFormat::Pdf,
        )
        .map(|outcome| outcome.documents.len())
    });
    let queries = ["", "нұр", "әлі", "иванова", "қасым"];
    let mut times = Vec::new();
    while !batch.is_finished() || times.is_empty() {
        let filter = PersonFilter {
            query: queries[times.len() % queries.len()].to_owned(),
            limit: Some(PAGE),
            ..PersonFilter::default()
        };
        let started = Instant::now();
        let found = readers.with_reader(|c| people::list_people(c, &filter))?;
        times.push(started.elapsed());
        std::hint::black_box(found);
        std::thread::sleep(Duration::from_millis(5));
    }
    let issued = batch
        .join()
        .map_err(|_| Error::Render("the benchmark's batch thread panicked".to_owned()))??;
    let samples = times.len();
    let (median, p95) = crate::bench::median_p95(&mut times);
    Ok(vec![
        figure(
            format!("people list while {issued} certificates are issued, median of {samples}"),
            median,
            Duration::from_millis(20),
        ),
        figure(
            "people list while certificates are issued, 95th percentile".to_owned(),
            p95,
            Duration::from_millis(20),
        ),
    ])
}

/// A page of the people list (and its count) at five offsets of the
/// registry of `store`, through a reader: the slowest offset's median.
pub fn pages(store: &Store) -> Result<Vec<Figure>, Error> {
    let readers: Readers = store.readers()?;
    let total = readers.with_reader(|c| people::count_people(c, &PersonFilter::default()))?;
    let total = u32::try_from(total).unwrap_or(u32::MAX);
    let last = total.saturating_sub(PAGE);
    let mut slowest = Duration::ZERO;
    let mut slowest_at = 0;
    for offset in [0, last / 4, last / 2, last / 4 * 3, last] {
        let filter = PersonFilter {
            limit: Some(PAGE),
            offset: Some(offset),
            ..PersonFilter::default()
        };
        let mut times = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            let page = readers.with_reader(|c| {
                Ok((
                    people::list_people(c, &filter)?,
                    people::count_people(c, &filter)?,
                ))
            })?;
            times.push(started.elapsed());
            std::hint::black_box(page);
        }
        times.sort_unstable();
        if times[2] > slowest {
            slowest = times[2];
            slowest_at = offset;
        }
    }
    Ok(vec![figure(
        format!("people page of {PAGE} with its count in {total}, slowest offset ({slowest_at})"),
        slowest,
        Duration::from_millis(10),
    )])
}
