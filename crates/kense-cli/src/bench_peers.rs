//! `kense bench`: the peers each figure is measured against in the same run.
//! A loaded laptop moves absolute times by 2×; the ratio to a peer doing
//! the same job on the same machine at the same moment does not.
//!
//! - the import against the `sqlite3` shell's `.import` of the same people
//!   into the same schema and indexes (a database Kense created), with the
//!   full-text index filled in one statement — no validation, no folding,
//!   no duplicate checks, no organisations matched;
//! - the search against a bare FTS5 prefix query on the same index (no
//!   join, no alphabet order);
//! - the certificates against Typst compiling the same pages (the same
//!   texts, fonts, frame and logo; no QR code, which Typst has no built-in
//!   for) as a whole process: `typst compile`, or the `typst` Python package
//!   when `KENSE_TYPST_PYTHON` names a Python that has it.

#![allow(
    clippy::disallowed_methods,
    reason = "the peers are other programs (the sqlite3 shell, Typst), run by the benchmark only, never by the app"
)]

use kense_core::documents::content::DocumentContent;
use kense_core::{Error, Store};
use rusqlite::Connection;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The people of `source` as the peer's CSV: the stored columns, the sort
/// key as hex text (the `sqlite3` shell cannot read blobs from CSV).
const PEOPLE_COLUMNS: &str = "uuid, surname, name, patronymic, gender, position_kk, position_ru, phone, email, \
     iin, consent, consent_date, notes, search_text, name_key, hex(sort_key), created_at, updated_at";

/// Times the `sqlite3` shell importing the people of `source` into a fresh
/// Kense database in `dir`; `None` (with the reason printed) when the shell
/// is not installed.
pub fn sqlite3_import(dir: &Path, source: &Path) -> Result<Option<Duration>, Error> {
    if Command::new("sqlite3").arg("-version").output().is_err() {
        eprintln!("import peer skipped: the sqlite3 shell is not installed (apt install sqlite3)");
        return Ok(None);
    }
    let csv = dir.join("peer-people.csv");
    let dump = format!(
        ".mode csv\n.headers off\n.output '{}'\nSELECT {PEOPLE_COLUMNS} FROM person WHERE deleted_at IS NULL;\n",
        csv.display()
    );
    run_sqlite3(source, &dump)?;
    let target = dir.join("peer-import.db");
    drop(Store::open(&target)?);
    let import = format!(
        "PRAGMA synchronous = FULL;\n\
         CREATE TEMP TABLE rows (uuid, surname, name, patronymic, gender, position_kk, position_ru, phone, email, \
             iin, consent, consent_date, notes, search_text, name_key, sort_hex, created_at, updated_at);\n\
         .mode csv\n\
         BEGIN;\n\
         .import '{}' rows\n\
         INSERT INTO person (uuid, surname, name, patronymic, gender, position_kk, position_ru, phone, email, iin, \
             consent, consent_date, notes, search_text, name_key, sort_key, created_at, updated_at)\n\
           SELECT uuid, surname, name, patronymic, NULLIF(gender, ''), position_kk, position_ru, phone, email, \
             NULLIF(iin, ''), CAST(consent AS INTEGER), NULLIF(consent_date, ''), notes, search_text, \
             name_key, CAST(sort_hex AS BLOB), created_at, updated_at FROM rows;\n\
         INSERT INTO person_fts (rowid, search_text) SELECT id, search_text FROM person;\n\
         COMMIT;\n",
        csv.display()
    );
    let started = Instant::now();
    run_sqlite3(&target, &import)?;
    let took = started.elapsed();
    let imported: i64 = Connection::open(&target)
        .and_then(|conn| conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0)))
        .map_err(|e| peer_error(&target, e.to_string()))?;
    if imported == 0 {
        return Err(peer_error(
            &target,
            "the sqlite3 shell imported no rows".to_owned(),
        ));
    }
    Ok(Some(took))
}

/// A peer that failed, as an error naming its file.
fn peer_error(path: &Path, message: String) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other(message),
    }
}

/// Runs the `sqlite3` shell on `db` with `script` on its standard input;
/// any message on its standard error is a failure (the shell exits 0 on
/// many errors).
fn run_sqlite3(db: &Path, script: &str) -> Result<(), Error> {
    let fail = |what: String| peer_error(db, format!("sqlite3: {what}"));
    let mut child = Command::new("sqlite3")
        .arg("-bail")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(script.as_bytes())
            .map_err(|e| fail(e.to_string()))?;
    }
    let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !stderr.trim().is_empty() {
        return Err(fail(stderr.trim().to_owned()));
    }
    Ok(())
}

/// Times a bare FTS5 prefix query for each of `queries` (folded as Kense
/// folds them), the first 50 hits, on `conn`.
pub fn bare_fts(conn: &Connection, queries: &[&str]) -> Result<Vec<Duration>, Error> {
    let mut stmt = conn
        .prepare("SELECT rowid FROM person_fts WHERE person_fts MATCH ?1 LIMIT 50")
        .map_err(|source| Error::Sqlite {
            context: "preparing the bare FTS5 query",
            source,
        })?;
    let mut times = Vec::with_capacity(queries.len());
    for query in queries {
        let Some(matched) = kense_core::fold::fts_prefix_query(query) else {
            continue;
        };
        let started = Instant::now();
        let ids = stmt
            .query_map([&matched], |r| r.get::<_, i64>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|source| Error::Sqlite {
                context: "running the bare FTS5 query",
                source,
            })?;
        times.push(started.elapsed());
        std::hint::black_box(ids);
    }
    Ok(times)
}

/// How Typst is run: its own command line, or the Python package.
enum Typst {
    /// `typst compile` (on the `PATH`, or `KENSE_TYPST`).
    Cli(String),
    /// A Python with the `typst` package (`KENSE_TYPST_PYTHON`).
    Python(String),
}

impl Typst {
    /// The Typst this machine has, or why there is none.
    fn find() -> Result<Self, String> {
        let cli = std::env::var("KENSE_TYPST").unwrap_or_else(|_| "typst".to_owned());
        if Command::new(&cli)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Ok(Self::Cli(cli));
        }
        let Ok(python) = std::env::var("KENSE_TYPST_PYTHON") else {
            return Err(
                "no `typst` command (set KENSE_TYPST, or KENSE_TYPST_PYTHON to a Python \
                 with `pip install typst`)"
                    .to_owned(),
            );
        };
        let probe = Command::new(&python).args(["-c", "import typst"]).output();
        match probe {
            Ok(out) if out.status.success() => Ok(Self::Python(python)),
            _ => Err(format!("{python} cannot import the typst package")),
        }
    }

    /// The command that compiles `source` to `pdf` with only the fonts in `fonts`.
    fn command(&self, source: &Path, pdf: &Path, fonts: &Path) -> Command {
        match self {
            Self::Cli(cli) => {
                let mut command = Command::new(cli);
                command
                    .arg("compile")
                    .arg("--ignore-system-fonts")
                    .arg("--font-path")
                    .arg(fonts)
                    .arg(source)
                    .arg(pdf);
                command
            }
            Self::Python(python) => {
                let mut command = Command::new(python);
                command
                    .arg("-c")
                    .arg(
                        "import sys, typst\n\
                         typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]], \
                         ignore_system_fonts=True)",
                    )
                    .arg(source)
                    .arg(pdf)
                    .arg(fonts);
                command
            }
        }
    }
}

/// Times Typst typesetting `contents` (one page each, with `logo`, a PNG or
/// JPEG, when there is one) into one PDF in `dir`, with the fonts Kense
/// embeds; `None` (with the reason printed) when Typst is not installed.
pub fn typst_certificates(
    dir: &Path,
    contents: &[DocumentContent],
    logo: Option<&[u8]>,
) -> Result<Option<Duration>, Error> {
    let typst = match Typst::find() {
        Ok(typst) => typst,
        Err(why) => {
            eprintln!("certificate peer skipped: {why}");
            return Ok(None);
        }
    };
    let folder = dir.join("typst");
    let fonts = folder.join("fonts");
    std::fs::create_dir_all(&fonts).map_err(|source| Error::Io {
        path: fonts.clone(),
        source,
    })?;
    for face in kense_pdf::Face::ALL {
        let path = fonts.join(format!("{}.ttf", face.postscript_name()));
        kense_core::files::write_atomic(&path, face.bytes())?;
    }
    let logo_name = match logo {
        Some(bytes) => {
            let name = if bytes.starts_with(b"\x89PNG") {
                "logo.png"
            } else {
                "logo.jpg"
            };
            kense_core::files::write_atomic(&folder.join(name), bytes)?;
            Some(name)
        }
        None => None,
    };
    let source = folder.join("certificates.typ");
    kense_core::files::write_atomic(&source, typst_source(contents, logo_name).as_bytes())?;
    let pdf = folder.join("certificates.pdf");
    let started = Instant::now();
    let out = typst
        .command(&source, &pdf, &fonts)
        .stdout(Stdio::null())
        .output()
        .map_err(|e| peer_error(&source, format!("typst: {e}")))?;
    let took = started.elapsed();
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(peer_error(&source, format!("typst: {}", stderr.trim())));
    }
    let bytes = std::fs::read(&pdf).map_err(|source| Error::Io {
        path: pdf.clone(),
        source,
    })?;
    let pages = count_pages(&bytes);
    if pages != contents.len() {
        return Err(peer_error(
            &pdf,
            format!("typst wrote {pages} pages, not {}", contents.len()),
        ));
    }
    Ok(Some(took))
}

/// The page objects of a PDF (`/Type /Page`, not `/Pages`).
fn count_pages(pdf: &[u8]) -> usize {
    [&b"/Type /Page"[..], &b"/Type/Page"[..]]
        .iter()
        .map(|tag| {
            pdf.windows(tag.len() + 1)
                .filter(|w| w.starts_with(tag) && w[tag.len()] != b's')
                .count()
        })
        .sum()
}

/// A Typst string literal of `text`.
fn typst_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The Typst document of `contents`: an A4 landscape page each, framed in
/// the accent colour, with the logo, the office, the title, the recipient,
/// the body, the signatory, the stamp place, the place and date, the number
/// and the verification code, in PT Serif as Kense prints them.
fn typst_source(contents: &[DocumentContent], logo: Option<&str>) -> String {
    let logo = logo.map_or("none".to_owned(), |name| {
        format!("image({}, height: 24mm)", typst_string(name))
    });
    let mut out = format!(
        r#"#set page(paper: "a4", flipped: true, margin: 12mm)
#set text(font: "PT Serif", size: 13pt, lang: "kk")
#let certificate(accent, office, title, subtitle, recipient, organisation, body, position, signatory, placedate, number, code) = rect(
  width: 100%, height: 100%, stroke: 2.5pt + rgb(accent), inset: 10mm,
)[
  #align(center)[
    #{logo}
    #text(size: 10pt, office)
    #v(6mm)
    #text(size: 44pt, weight: "bold", fill: rgb(accent), title)
    #linebreak()
    #text(size: 16pt, subtitle)
    #v(6mm)
    #text(size: 26pt, weight: "bold", recipient)
    #linebreak()
    #text(size: 12pt, style: "italic", organisation)
    #v(4mm)
    #block(width: 85%, par(justify: true, body))
  ]
  #v(1fr)
  #grid(columns: (1fr, auto, 1fr), align: (left, center, right),
    [#text(size: 12pt, position) \ #text(weight: "bold", signatory)],
    [М.О.],
    [#placedate \ #number \ #text(font: "PT Sans", size: 9pt, code)],
  )
]
"#
    );
    for (n, c) in contents.iter().enumerate() {
        let Some(t) = c.texts.first() else {
            continue;
        };
        if n > 0 {
            out.push_str("#pagebreak()\n");
        }
        let recipient = if t.recipient.is_empty() {
            &c.recipient
        } else {
            &t.recipient
        };
        let args = [
            c.accent.as_str(),
            &c.office_names.join("\n"),
            &t.title,
            &t.subtitle,
            recipient,
            &c.organisation,
            &t.body,
            &t.signatory_position,
            &t.signatory_name,
            &t.place_date,
            &c.number,
            &c.code,
        ]
        .map(typst_string);
        out.push_str(&format!("#certificate({})\n", args.join(", ")));
    }
    out
}
