//! Press-release drafts from an event's records, in Kazakh and in Russian:
//! headline, lead (what, when — the date in words — where, who organised
//! and led it), the programme (the itinerary's stops in order, with what
//! was shown), the participants by category, the speakers with their
//! positions, the documents handed out by kind, memoranda, initiatives, IDs
//! handed over, equipment, proposals, and a closing line.
//!
//! The author edits the draft before it goes out: [`PressRelease::to_text`]
//! gives plain text (for a website or a messenger), and [`docx::render_docx`]
//! turns that text, edited or not, into a DOCX with the photos chosen for
//! the report.

mod compose;
pub mod docx;
pub mod facts;
pub mod words;

use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::Connection;
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A part of the draft's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "type", content = "text")]
pub enum Block {
    /// A paragraph.
    Para(String),
    /// A numbered list (the programme, the proposals).
    List(Vec<String>),
}

/// A press-release draft in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PressRelease {
    /// Its language.
    pub lang: Lang,
    /// The headline.
    pub headline: String,
    /// The body, in order.
    pub blocks: Vec<Block>,
    /// The photos chosen for the report (ids), in order.
    pub photo_ids: Vec<i64>,
}

impl PressRelease {
    /// Plain text: the headline, then the paragraphs separated by blank
    /// lines; list items on lines of their own, numbered.
    pub fn to_text(&self) -> String {
        let mut out = self.headline.clone();
        for block in &self.blocks {
            out.push_str("\n\n");
            match block {
                Block::Para(text) => out.push_str(text),
                Block::List(items) => {
                    let lines: Vec<String> = items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| format!("{}. {item}", i + 1))
                        .collect();
                    out.push_str(&lines.join("\n"));
                }
            }
        }
        out.push('\n');
        out
    }
}

/// The draft of event `event_id` in `lang`.
pub fn draft_press_release(conn: &Connection, event_id: i64, lang: Lang) -> Result<PressRelease> {
    let facts = facts::load_facts(conn, event_id)?;
    Ok(compose::compose(&facts, lang))
}

/// The draft of event `event_id` in both languages, Kazakh first.
pub fn draft_both(conn: &Connection, event_id: i64) -> Result<[PressRelease; 2]> {
    let facts = facts::load_facts(conn, event_id)?;
    Ok([
        compose::compose(&facts, Lang::Kk),
        compose::compose(&facts, Lang::Ru),
    ])
}

/// Writes the draft of event `event_id` in `lang` to `path` (atomically):
/// plain UTF-8 text for `.txt`, a DOCX with the chosen photos for `.docx`.
pub fn save_press_release(conn: &Connection, event_id: i64, lang: Lang, path: &Path) -> Result<()> {
    let release = draft_press_release(conn, event_id, lang)?;
    write_text(conn, &release.to_text(), &release.photo_ids, path)
}

/// Writes `text` — a draft of event `event_id` as its author edited it — to
/// `path` (atomically): plain UTF-8 text for `.txt`, a DOCX with the photos
/// of the event chosen for the report for `.docx`. An empty text is refused
/// (a validation error on `text`).
pub fn save_edited_press_release(
    conn: &Connection,
    event_id: i64,
    text: &str,
    path: &Path,
) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::validation(
            FieldName::Text,
            Invalid::Required,
            "the press release is empty",
        ));
    }
    let photo_ids: Vec<i64> = crate::photos::list_photos(conn, event_id, true)?
        .iter()
        .map(|p| p.id)
        .collect();
    write_text(conn, text, &photo_ids, path)
}

fn write_text(conn: &Connection, text: &str, photo_ids: &[i64], path: &Path) -> Result<()> {
    let bytes = match extension(path).as_deref() {
        Some("txt") => text.as_bytes().to_vec(),
        Some("docx") => docx::render_docx(conn, text, photo_ids)?,
        _ => {
            return Err(Error::validation(
                FieldName::File,
                Invalid::UnknownValue,
                format!("{} should end in .txt or .docx", path.display()),
            ));
        }
    };
    crate::files::write_atomic(path, &bytes)
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests;
