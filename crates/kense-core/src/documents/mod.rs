//! Documents: templates, the numbered register, batches of gratitude letters,
//! diplomas and certificates, sign-in sheets, verification.
//!
//! - [`templates`]: editable templates with `{placeholders}`.
//! - [`placeholders`]: the known placeholders and filling them in.
//! - [`register`]: the register of issued documents (gapless numbers).
//! - [`verify`]: register numbers and verification codes.
//! - [`content`]: what a document prints, as stored in the register.
//! - [`issue`]: batches for an event, checked before anything is written.
//! - [`sheet`]: participant lists / sign-in sheets.
//! - [`journal`]: the register exported and printed.

pub mod content;
pub(crate) mod glyphs;
pub mod issue;
pub mod journal;
pub mod placeholders;
pub mod register;
pub mod sheet;
pub mod templates;
pub mod verify;

use crate::kinds::{DocLang, DocStatus, TemplateKind};
use crate::{Error, Invalid, Result, Store};
use issue::{IssueRequest, IssuedBatch, issue_batch, issue_batch_replacing};
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

/// What a batch issued and wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IssueOutcome {
    /// The register rows.
    pub documents: Vec<IssuedDocument>,
    /// The files written (full paths).
    pub files: Vec<String>,
}

/// Temporary files of a batch, removed unless the batch commits.
struct TempFiles(Vec<(PathBuf, PathBuf)>);

impl TempFiles {
    /// Writes `bytes` under a temporary name next to `target`; `sync` flushes
    /// it to disk first. One-file-per-person batches do not sync each file
    /// (a thousand fsyncs took seconds): the register is what must survive a
    /// power cut, and every document can be printed again from it.
    fn write(&mut self, target: PathBuf, bytes: &[u8], sync: bool) -> Result<()> {
        let dir = target
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.kense-tmp", std::process::id()));
        let io = |source| Error::Io {
            path: tmp.clone(),
            source,
        };
        let mut file = fs::File::create(&tmp).map_err(io)?;
        self.0.push((tmp.clone(), target));
        file.write_all(bytes).map_err(io)?;
        if sync {
            file.sync_all().map_err(io)?;
        }
        Ok(())
    }

    /// Renames every temporary file to its target.
    fn publish(mut self) -> Result<Vec<String>> {
        let files = std::mem::take(&mut self.0);
        let mut done = Vec::with_capacity(files.len());
        for (tmp, target) in files {
            fs::rename(&tmp, &target).map_err(|source| Error::Io {
                path: target.clone(),
                source,
            })?;
            done.push(target.display().to_string());
        }
        Ok(done)
    }
}

impl Drop for TempFiles {
    fn drop(&mut self) {
        for (tmp, _) in &self.0 {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// Issues a batch and writes it. The register rows are committed in one
/// write transaction after every file has been written under a temporary
/// name; the files get their real names only after the commit. So a crash
/// leaves either nothing in the register (and only temporary files), or the
/// whole batch in the register; every number on a finished file is in the
/// register, and any document can be printed again from it.
pub fn issue_to_files(
    store: &mut Store,
    req: &IssueRequest,
    output: &BatchOutput,
) -> Result<IssueOutcome> {
    if let BatchOutput::PerPerson(dir) = output
        && !Path::new(dir).is_dir()
    {
        return Err(Error::Io {
            path: PathBuf::from(dir),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
        });
    }
    let (documents, temps) = store.with_write_tx(|tx| {
        let batch = issue_batch(tx, req)?;
        let temps = write_batch(&batch, output)?;
        Ok((batch.documents, temps))
    })?;
    let files = temps.publish()?;
    Ok(IssueOutcome { documents, files })
}

fn write_batch(batch: &IssuedBatch, output: &BatchOutput) -> Result<TempFiles> {
    let mut temps = TempFiles(Vec::new());
    match output {
        BatchOutput::Combined(path) => {
            let title = match (batch.documents.first(), batch.documents.last()) {
                (Some(a), Some(b)) if a.id != b.id => format!("{} … {}", a.number, b.number),
                (Some(a), _) => a.number.clone(),
                _ => String::new(),
            };
            temps.write(PathBuf::from(path), &batch.render_combined(&title)?, true)?;
        }
        BatchOutput::PerPerson(dir) => {
            for (name, bytes) in batch.render_separate()? {
                temps.write(Path::new(dir).join(name), &bytes, false)?;
            }
        }
    }
    Ok(temps)
}

/// Prints a register entry again from its stored content (any status).
pub fn render_document(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    let doc = get_document(conn, id)?;
    let json = get_document_content(conn, id)?;
    let content: content::DocumentContent = serde_json::from_str(&json)
        .map_err(|e| Error::Render(format!("stored content of {}: {e}", doc.number)))?;
    let logo = match doc.template_id.map(|t| templates::get_template(conn, t)) {
        Some(Ok(t)) => issue::batch_logo(conn, &t)?,
        _ => None,
    };
    let pages = content.pages(logo.as_ref())?;
    kense_pdf::render_pdf(&doc.number, &pages).map_err(Error::from)
}

/// Issues a replacement for an issued document (after the person's name was
/// corrected, say): a new number, made from the current registry data and the
/// same template, event and language; the old entry becomes «reissued» with
/// the reason and a link to the new one. One transaction.
pub fn reissue_document(store: &mut Store, id: i64, reason: &str) -> Result<IssuedDocument> {
    let reason = crate::text::required("reason", reason, register::MAX_REASON)?;
    store.with_write_tx(|tx| {
        let old = get_document(tx, id)?;
        if old.status != DocStatus::Issued {
            return Err(Error::validation(
                "status",
                Invalid::NotIssued,
                format!("{} is already {}", old.number, old.status),
            ));
        }
        let (Some(event_id), Some(template_id), Some(person_id)) =
            (old.event_id, old.template_id, old.person_id)
        else {
            return Err(Error::validation(
                "document",
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
        };
        let batch = issue_batch_replacing(tx, &req, Some(id))?;
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
