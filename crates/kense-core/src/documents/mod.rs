//! Documents: templates, the numbered register, batches of gratitude letters,
//! diplomas and certificates, sign-in sheets, verification.
//!
//! - [`templates`]: editable templates with `{placeholders}`.
//! - [`placeholders`]: the known placeholders and filling them in.
//! - [`register`]: the register of issued documents (gapless numbers).
//! - [`verify`]: register numbers and verification codes.
//! - [`content`]: what a document prints, as stored in the register.
//! - [`docx`]: the same documents as editable DOCX.
//! - [`issue`]: batches for an event, checked before anything is written.
//! - [`sheet`]: participant lists / sign-in sheets.
//! - [`journal`]: the register exported and printed.
//! - [`translations`]: the check that printed fields are in the page's language.

pub mod content;
pub mod docx;
pub(crate) mod glyphs;
pub mod issue;
pub mod journal;
pub mod placeholders;
pub mod register;
pub mod sheet;
pub mod templates;
pub mod translations;
pub mod verify;

pub use translations::{MissingTranslation, missing_translations};

use crate::kinds::{DocLang, DocStatus, TemplateKind};
use crate::progress::Progress;
use crate::{Error, FieldName, Invalid, Result, Store};
use issue::{IssueRequest, IssuedBatch, issue_batch_replacing, issue_batch_with_progress};
use register::{IssuedDocument, get_document, get_document_content, set_status};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Where a batch goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "path")]
pub enum BatchOutput {
    /// One PDF with every document.
    Combined(String),
    /// One PDF per person in this folder, named «АХ-2026-0042 Surname Name.pdf».
    PerPerson(String),
}

/// The file format of issued documents: the PDF to print as it is, or a
/// DOCX to edit in Word first (the same texts, number and QR code).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DocFormat {
    /// PDF.
    #[default]
    Pdf,
    /// Word document.
    Docx,
}

impl DocFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
        }
    }

    /// The format a path asks for by its extension (any case): DOCX for
    /// `.docx`, else PDF.
    pub fn of_path(path: &Path) -> Self {
        let docx = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
        if docx { Self::Docx } else { Self::Pdf }
    }
}

/// What a batch issued and wrote.
///
/// `unprinted` lists register numbers that are committed but whose file is
/// not there (a crash after COMMIT, or a rename that failed): print them
/// again with «print again» (`kense doc print NUMBER`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IssueOutcome {
    /// The register rows.
    pub documents: Vec<IssuedDocument>,
    /// The files written (full paths).
    pub files: Vec<String>,
    /// Numbers in the register without their file (this batch or an earlier,
    /// interrupted one into the same folder): print them again.
    pub unprinted: Vec<String>,
}

/// Prefix of a batch's private folder inside its output folder.
const BATCH_DIR_PREFIX: &str = ".kense-batch-";
/// The list of numbers and files a batch folder holds.
const MANIFEST: &str = "manifest.tsv";

/// A batch's files, rendered into a private folder inside the output folder
/// (same disk, so publishing is a rename) and moved to their names only
/// after COMMIT. The folder is removed when this is dropped; one left by a
/// killed run is removed by the next batch into the same folder.
struct TempFiles {
    dir: PathBuf,
    files: Vec<(PathBuf, PathBuf, Vec<String>)>,
    manifest: String,
}

impl TempFiles {
    fn create(out_dir: &Path) -> Result<Self> {
        let dir = out_dir.join(format!(
            "{BATCH_DIR_PREFIX}{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        fs::create_dir(&dir).map_err(|source| Error::Io {
            path: out_dir.to_path_buf(),
            source,
        })?;
        Ok(Self {
            dir,
            files: Vec::new(),
            manifest: String::new(),
        })
    }

    /// Writes `bytes` for `target` into the private folder; `sync` flushes
    /// it to disk first. One-file-per-person batches do not sync each file
    /// (a thousand fsyncs took seconds): the register is what must survive a
    /// power cut, and every document can be printed again from it.
    fn write(
        &mut self,
        target: PathBuf,
        bytes: &[u8],
        sync: bool,
        documents: &[&IssuedDocument],
    ) -> Result<()> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = self.dir.join(format!("{}.part", self.files.len()));
        let io = |source| Error::Io {
            path: target.clone(),
            source,
        };
        let mut file = fs::File::create(&tmp).map_err(io)?;
        file.write_all(bytes).map_err(io)?;
        if sync {
            file.sync_all().map_err(io)?;
        }
        for d in documents {
            self.manifest.push_str(&format!(
                "{}\t{}\t{name}\n",
                d.number,
                d.person_id.map_or(String::new(), |p| p.to_string())
            ));
        }
        self.files.push((
            tmp,
            target,
            documents.iter().map(|d| d.number.clone()).collect(),
        ));
        Ok(())
    }

    /// Writes the manifest (numbers → files) before the commit, so a run
    /// killed after COMMIT can tell which numbers lost their files.
    fn seal(&self) -> Result<()> {
        let path = self.dir.join(MANIFEST);
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let mut file = fs::File::create(&path).map_err(io)?;
        file.write_all(self.manifest.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)
    }

    /// Renames every file to its target. Files that cannot be moved are
    /// removed and their numbers returned as unprinted.
    fn publish(mut self) -> (Vec<String>, Vec<String>) {
        let files = std::mem::take(&mut self.files);
        let mut done = Vec::with_capacity(files.len());
        let mut unprinted = Vec::new();
        for (tmp, target, numbers) in files {
            let published = crate::files::check_output_path(&target).and_then(|()| {
                fs::rename(&tmp, &target).map_err(|source| Error::Io {
                    path: target.clone(),
                    source,
                })
            });
            match published {
                Ok(()) => done.push(target.display().to_string()),
                Err(err) => {
                    tracing::error!(
                        code = err.code().as_str(),
                        documents = numbers.len(),
                        "a committed document's file could not be published"
                    );
                    unprinted.extend(numbers);
                }
            }
        }
        (done, unprinted)
    }
}

impl Drop for TempFiles {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Removes what interrupted batches left in `out_dir` (private folders and
/// the temporary files of older versions) and returns the numbers the
/// register holds for their recipients whose file is missing.
fn clean_leftovers(conn: &rusqlite::Connection, out_dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(out_dir) else {
        return Vec::new();
    };
    let mut unprinted = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with(BATCH_DIR_PREFIX) && path.is_dir() {
            if let Ok(manifest) = fs::read_to_string(path.join(MANIFEST)) {
                for line in manifest.lines() {
                    let mut cols = line.split('\t');
                    let (Some(number), Some(person), Some(file)) =
                        (cols.next(), cols.next(), cols.next())
                    else {
                        continue;
                    };
                    let committed = register::find_document(conn, number).is_ok_and(|d| {
                        d.person_id.map_or(String::new(), |p| p.to_string()) == person
                    });
                    if committed && !out_dir.join(file).exists() {
                        unprinted.push(number.to_owned());
                    }
                }
            }
            let _ = fs::remove_dir_all(&path);
        } else if name.starts_with('.') && name.ends_with(".kense-tmp") {
            let _ = fs::remove_file(&path);
        }
    }
    unprinted.sort();
    unprinted.dedup();
    unprinted
}

/// Issues a batch and writes it. The files are rendered into a private
/// folder first; the register rows are committed in one write transaction;
/// the files get their real names only after the commit. So a crash leaves
/// either nothing in the register (and a private folder the next batch into
/// that folder removes), or the whole batch in the register; every number on
/// a published file is in the register for that recipient, and a number
/// without its file is listed in [`IssueOutcome::unprinted`]. The files are
/// PDFs or DOCX files as `format` says, named «….pdf» / «….docx» in a folder.
pub fn issue_to_files(
    store: &mut Store,
    req: &IssueRequest,
    output: &BatchOutput,
    format: DocFormat,
) -> Result<IssueOutcome> {
    issue_to_files_with_progress(store, req, output, format, &Progress::none())
}

/// [`issue_to_files`] reporting its steps to `progress` (documents entered
/// and rendered, see [`issue::batch_progress`]). Cancelled, it stops between
/// two documents with [`Error::Cancelled`] before the commit: the
/// transaction rolls back (no register row, no number taken) and the
/// private folder with the files rendered so far is removed.
pub fn issue_to_files_with_progress(
    store: &mut Store,
    req: &IssueRequest,
    output: &BatchOutput,
    format: DocFormat,
    progress: &Progress<'_>,
) -> Result<IssueOutcome> {
    let started = std::time::Instant::now();
    let issued = issue_to_files_now(store, req, output, format, progress);
    let ms = started.elapsed().as_millis();
    let combined = matches!(output, BatchOutput::Combined(_));
    match &issued {
        Ok(outcome) => tracing::info!(
            event = req.event_id,
            template = req.template_id,
            documents = outcome.documents.len(),
            files = outcome.files.len(),
            unprinted = outcome.unprinted.len(),
            combined,
            docx = format == DocFormat::Docx,
            ms,
            "document batch issued"
        ),
        Err(err) => tracing::warn!(
            event = req.event_id,
            template = req.template_id,
            code = err.code().as_str(),
            combined,
            ms,
            "document batch refused"
        ),
    }
    issued
}

fn issue_to_files_now(
    store: &mut Store,
    req: &IssueRequest,
    output: &BatchOutput,
    format: DocFormat,
    progress: &Progress<'_>,
) -> Result<IssueOutcome> {
    let out_dir = match output {
        BatchOutput::PerPerson(dir) => {
            if !Path::new(dir).is_dir() {
                return Err(Error::Io {
                    path: PathBuf::from(dir),
                    source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
                });
            }
            PathBuf::from(dir)
        }
        BatchOutput::Combined(path) => {
            let path = Path::new(path);
            crate::files::check_output_path(path)?;
            match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            }
        }
    };
    let mut unprinted = clean_leftovers(store.conn(), &out_dir);
    let (documents, temps) = store.with_write_tx(|tx| {
        let batch = issue_batch_with_progress(tx, req, progress)?;
        let temps = write_batch(&batch, output, &out_dir, format, progress)?;
        // The last moment to stop: after the commit the batch is issued.
        progress.check()?;
        temps.seal()?;
        Ok((batch.documents, temps))
    })?;
    let (files, failed) = temps.publish();
    unprinted.extend(failed);
    progress.set(documents.len() as u64, documents.len() as u64);
    Ok(IssueOutcome {
        documents,
        files,
        unprinted,
    })
}

fn write_batch(
    batch: &IssuedBatch,
    output: &BatchOutput,
    out_dir: &Path,
    format: DocFormat,
    progress: &Progress<'_>,
) -> Result<TempFiles> {
    let mut temps = TempFiles::create(out_dir)?;
    match output {
        BatchOutput::Combined(path) => {
            let title = match (batch.documents.first(), batch.documents.last()) {
                (Some(a), Some(b)) if a.id != b.id => format!("{} … {}", a.number, b.number),
                (Some(a), _) => a.number.clone(),
                _ => String::new(),
            };
            let all: Vec<&IssuedDocument> = batch.documents.iter().collect();
            let bytes = match format {
                DocFormat::Pdf => batch.render_combined_with_progress(&title, progress)?,
                DocFormat::Docx => batch.render_docx_combined()?,
            };
            temps.write(PathBuf::from(path), &bytes, true, &all)?;
        }
        BatchOutput::PerPerson(dir) => {
            let files = match format {
                DocFormat::Pdf => batch.render_separate_with_progress(progress)?,
                DocFormat::Docx => batch.render_docx_separate()?,
            };
            // One file per content, in the same order.
            for (content, (name, bytes)) in batch.contents.iter().zip(files) {
                let docs: Vec<&IssuedDocument> = batch
                    .documents
                    .iter()
                    .filter(|d| d.number == content.number)
                    .collect();
                temps.write(Path::new(dir).join(name), &bytes, false, &docs)?;
            }
        }
    }
    Ok(temps)
}

/// Prints a register entry again from its stored content (any status).
pub fn render_document(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    render_document_as(conn, id, DocFormat::Pdf)
}

/// A register entry from its stored content (any status) as a PDF or a
/// DOCX: the same texts, number and QR code either way.
pub fn render_document_as(conn: &Connection, id: i64, format: DocFormat) -> Result<Vec<u8>> {
    let doc = get_document(conn, id)?;
    let json = get_document_content(conn, id)?;
    let content: content::DocumentContent = serde_json::from_str(&json)
        .map_err(|e| Error::Render(format!("stored content of {}: {e}", doc.number)))?;
    let logo = match doc.template_id.map(|t| templates::get_template(conn, t)) {
        Some(Ok(t)) => issue::batch_logo_bytes(conn, &t)?,
        _ => None,
    };
    match format {
        DocFormat::Pdf => {
            let logo = logo.as_deref().map(kense_pdf::Image::decode).transpose()?;
            let pages = content.pages(logo.as_ref())?;
            kense_pdf::render_pdf(&doc.number, &pages).map_err(Error::from)
        }
        DocFormat::Docx => {
            let logo = logo
                .as_deref()
                .map(docx::DocxPicture::from_image_bytes)
                .transpose()?;
            docx::render_docx(std::slice::from_ref(&content), logo.as_ref())
        }
    }
}

/// Issues a replacement for an issued document (after the person's name was
/// corrected, say): a new number, made from the current registry data and the
/// same template, event and language; the old entry becomes «reissued» with
/// the reason and a link to the new one. One transaction.
pub fn reissue_document(store: &mut Store, id: i64, reason: &str) -> Result<IssuedDocument> {
    let reason = crate::text::required(FieldName::Reason, reason, register::MAX_REASON)?;
    store.with_write_tx(|tx| {
        let old = get_document(tx, id)?;
        if old.status != DocStatus::Issued {
            return Err(Error::validation(
                FieldName::Status,
                Invalid::NotIssued,
                format!("{} is already {}", old.number, old.status),
            ));
        }
        let (Some(event_id), Some(template_id), Some(person_id)) =
            (old.event_id, old.template_id, old.person_id)
        else {
            return Err(Error::validation(
                FieldName::Document,
                Invalid::UnknownReference,
                "the document's event, template or recipient is gone",
            ));
        };
        let req = IssueRequest {
            event_id,
            template_id,
            lang: old.lang,
            role: None,
            person_ids: Some(vec![person_id]),
            issued_on: None,
            // The document it replaces was issued (and confirmed) already.
            confirm_future: Some(true),
        };
        let batch = issue_batch_replacing(tx, &req, Some(id), &Progress::none())?;
        let new = batch
            .documents
            .into_iter()
            .next()
            .ok_or_else(|| Error::Render("no document was issued".to_owned()))?;
        set_status(tx, id, DocStatus::Reissued, &reason, Some(new.id))?;
        get_document(tx, new.id)
    })
}

/// A live preview of a template being edited: a sample document (or sheet)
/// as PDF bytes. Nothing is written.
pub fn render_template_preview(
    conn: &Connection,
    input: &templates::TemplateInput,
    lang: DocLang,
) -> Result<Vec<u8>> {
    let checked = templates::validate_template(input)?;
    let template = templates::Template {
        id: input.id.unwrap_or(0),
        kind: checked.kind,
        name: checked.name,
        series: checked.series,
        title_kk: checked.title_kk,
        title_ru: checked.title_ru,
        subtitle_kk: checked.subtitle_kk,
        subtitle_ru: checked.subtitle_ru,
        salutation_kk: checked.salutation_kk,
        salutation_ru: checked.salutation_ru,
        body_kk: checked.body_kk,
        body_ru: checked.body_ru,
        orientation: checked.orientation,
        accent_color: checked.accent_color,
        signatory_id: checked.signatory_id,
        has_logo: false,
        show_qr: checked.show_qr,
        builtin: false,
    };
    let logo = issue::batch_logo(conn, &template)?;
    if template.kind == TemplateKind::Sheet {
        let lang = if lang == DocLang::Pair {
            DocLang::Both
        } else {
            lang
        };
        let sheet = kense_pdf::Sheet {
            title: template.title_kk.clone(),
            landscape: template.orientation == crate::kinds::Orientation::Landscape,
            office_names: crate::office::get_office_profile(conn)?.names(),
            logo,
            titles: lang
                .langs()
                .iter()
                .map(|&l| template.title(l).to_owned())
                .collect(),
            details: vec!["Құқықтық тәртіп әліппесі / Азбука правопорядка".to_owned()],
            headings: sheet::headings(lang.langs()),
            rows: Vec::new(),
            blank_rows: 12,
            phones: false,
        };
        let doc = kense_pdf::sheet_document(&sheet)?;
        return kense_pdf::render_pdf(&doc.title, &doc.pages).map_err(Error::from);
    }
    let content = issue::sample_content(conn, &template, lang)?;
    let mut check = glyphs::GlyphCheck::default();
    check.check(&template.name, &content.all_text());
    check.finish()?;
    let pages = content.pages(logo.as_ref())?;
    kense_pdf::render_pdf(&template.name, &pages).map_err(Error::from)
}

#[cfg(test)]
mod cancel_tests;
