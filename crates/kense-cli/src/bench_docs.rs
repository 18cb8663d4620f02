//! `kense bench`: the document targets — 1,000 certificates in one PDF, and
//! as 1,000 separate files of at most 60 KB each.

use crate::bench::{Figure, figure};
use kense_core::demo::{self, DemoSize};
use kense_core::documents::issue::{IssueRequest, issue_batch};
use kense_core::documents::templates::{default_template, get_template_logo};
use kense_core::documents::{BatchOutput, DocFormat, issue_to_files};
use kense_core::kinds::{DocLang, TemplateKind};
use kense_core::office::get_office_logo;
use kense_core::{Error, Store};
use std::path::Path;
use std::time::{Duration, Instant};

/// Largest file of a separate-files batch, in bytes.
const MAX_FILE_BYTES: u64 = 60 * 1024;

/// The batch in one PDF may take at most this part of Typst's time for the
/// same pages (issues 11 and 14).
const TYPST_MAX_RATIO: f64 = 0.5;

/// A demo office at `path` with `people` in its registry and a held event
/// today with the first `attendees` present, and the request for their
/// Kazakh certificates: the data set of the document benchmarks.
pub fn certificate_office(
    path: &Path,
    people: usize,
    attendees: usize,
    today: chrono::NaiveDate,
) -> Result<(Store, IssueRequest), Error> {
    let mut store = Store::open(path)?;
    demo::seed_demo_office(&mut store)?;
    demo::generate_registry(&mut store, DemoSize { people, months: 0 }, today)?;
    let event_id = demo::event_with_attendees(&mut store, attendees, today)?;
    let template_id = default_template(store.conn(), TemplateKind::Certificate)?.id;
    let request = IssueRequest {
        event_id,
        template_id,
        lang: DocLang::Kk,
        role: None,
        person_ids: None,
        issued_on: None,
        confirm_future: Some(true),
    };
    Ok((store, request))
}

/// Issues `count` certificates twice into a fresh demo office in `dir`.
pub fn run(dir: &Path, count: usize) -> Result<Vec<Figure>, Error> {
    let today = kense_core::time::local_now().date_naive();
    let (mut store, request) = certificate_office(&dir.join("bench-docs.db"), count, count, today)?;
    let mut figures = Vec::new();

    let combined = dir.join("certificates.pdf");
    let started = Instant::now();
    let outcome = issue_to_files(
        &mut store,
        &request,
        &BatchOutput::Combined(combined.display().to_string()),
        DocFormat::Pdf,
    )?;
    let one_pdf = figure(
        format!("{} certificates in one PDF", outcome.documents.len()),
        started.elapsed(),
        Duration::from_millis(500),
    );
    // Typst typesets the same pages: the contents of one more batch (not
    // timed), with the template's or the office's logo.
    let batch = store.with_write_tx(|tx| issue_batch(tx, &request))?;
    let logo = match get_template_logo(store.conn(), request.template_id)? {
        Some(bytes) => Some(bytes),
        None => get_office_logo(store.conn())?.map(|(bytes, _)| bytes),
    };
    figures.push(
        match crate::bench_peers::typst_certificates(dir, &batch.contents, logo.as_deref())? {
            Some(peer) => one_pdf.against("Typst, whole process", peer, TYPST_MAX_RATIO),
            None => one_pdf,
        },
    );

    let folder = dir.join("certificates");
    std::fs::create_dir_all(&folder).map_err(|source| Error::Io {
        path: folder.clone(),
        source,
    })?;
    let started = Instant::now();
    let outcome = issue_to_files(
        &mut store,
        &request,
        &BatchOutput::PerPerson(folder.display().to_string()),
        DocFormat::Pdf,
    )?;
    figures.push(figure(
        format!("{} certificates as separate files", outcome.files.len()),
        started.elapsed(),
        Duration::from_secs(2),
    ));
    let mut largest = 0;
    for file in &outcome.files {
        let size = std::fs::metadata(file)
            .map_err(|source| Error::Io {
                path: file.into(),
                source,
            })?
            .len();
        largest = largest.max(size);
    }
    figures.push(Figure {
        name: "largest separate certificate, KB".to_owned(),
        millis: largest as f64 / 1024.0,
        target_millis: MAX_FILE_BYTES as f64 / 1024.0,
        ok: largest <= MAX_FILE_BYTES,
        peer: None,
    });
    Ok(figures)
}
