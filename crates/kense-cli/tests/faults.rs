//! Fault suites, bounded for CI, each printing its trials and failures:
//! kill -9 at random points of an import, a backup and a restore (the batch
//! has its own in documents.rs); a full disk (a small tmpfs, as root) during
//! an import, a batch, a backup and an export; damaged database files.
#![allow(clippy::disallowed_methods)] // spawning the binary under test is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn people(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM person WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// A cheap pseudo-random sequence (no dependency, reproducible).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Runs `args` and kills it (SIGKILL) after `after`; true when it was killed.
fn run_and_kill(db: &Path, args: &[&str], after: Duration) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kense"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("KENSE_LANG")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Poll, so a run that ends early does not hold the suite up.
    let started = Instant::now();
    while started.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let killed = child.try_wait().unwrap().is_none();
    if killed {
        child.kill().unwrap();
    }
    child.wait().unwrap();
    killed
}

fn timed(db: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    ok(&kense(db, args));
    started.elapsed()
}

fn hidden_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".kense-"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn kill_9_during_imports_backups_and_restores_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["demo", "--people", "500", "--months", "2"]));
    let base = people(&db);
    let backups = dir.path().join("office-backups");
    let mut rng = Lcg(12);
    let (mut trials, mut killed, mut failures) = (0, 0, Vec::<String>::new());

    // Imports of 500 new people each: all or nothing.
    let rows = 500;
    let csv = |round: u32| {
        let path = dir.path().join(format!("import-{round}.csv"));
        let mut text = String::from("Тегі;Аты;Телефон\n");
        for i in 0..rows {
            text.push_str(&format!("Импорт{round}x{i};Нұрлан;8701{round:03}{i:04}\n"));
        }
        fs::write(&path, text).unwrap();
        path
    };
    let first = csv(0);
    let full = timed(&db, &["import", "people", first.to_str().unwrap()]);
    let mut expected_min = base + rows;
    for round in 1..=34u32 {
        let file = csv(round);
        let after = full.mul_f64(rng.below(1200) as f64 / 1000.0);
        trials += 1;
        killed += usize::from(run_and_kill(
            &db,
            &["import", "people", file.to_str().unwrap()],
            after,
        ));
        let n = people(&db);
        if (n - base) % rows != 0 || n < expected_min {
            failures.push(format!("import round {round}: {n} people (base {base})"));
        }
        expected_min = n;
        if integrity(&db) != "ok" {
            failures.push(format!("import round {round}: integrity"));
        }
    }

    // Backups: every listed one passes its check; the next run leaves no temp file.
    let full = timed(&db, &["backup"]);
    for _ in 0..33u32 {
        let after = full.mul_f64(rng.below(1200) as f64 / 1000.0);
        trials += 1;
        killed += usize::from(run_and_kill(&db, &["backup"], after));
    }
    ok(&kense(&db, &["backup"]));
    let list: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["backups", "--json"]))).unwrap();
    for b in list["backups"].as_array().unwrap() {
        if b["checked"] != true {
            failures.push(format!("unchecked backup listed: {}", b["path"]));
        }
    }
    if !hidden_files(&backups).is_empty() {
        failures.push(format!("backup leftovers: {:?}", hidden_files(&backups)));
    }

    // Restores of the latest backup: the database is either the old or the
    // restored state, never broken or missing.
    let restored_people = people(&db);
    let full = timed(&db, &["restore", "--latest", "--yes"]);
    for round in 0..33u32 {
        let after = full.mul_f64(rng.below(1200) as f64 / 1000.0);
        trials += 1;
        killed += usize::from(run_and_kill(&db, &["restore", "--latest", "--yes"], after));
        if !db.exists() {
            failures.push(format!("restore round {round}: the database is gone"));
            break;
        }
        if integrity(&db) != "ok" || people(&db) != restored_people {
            failures.push(format!(
                "restore round {round}: {} people, integrity {}",
                people(&db),
                integrity(&db)
            ));
        }
    }
    ok(&kense(&db, &["restore", "--latest", "--yes"]));
    if !hidden_files(dir.path()).is_empty() {
        failures.push(format!("restore leftovers: {:?}", hidden_files(dir.path())));
    }
    ok(&kense(&db, &["check"]));
    println!(
        "kill -9 suite: {trials} trials, {killed} killed mid-way, {} failures",
        failures.len()
    );
    assert!(
        killed >= trials / 3,
        "only {killed} of {trials} runs were killed mid-way"
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A tmpfs of `size` at a fresh folder; None when not allowed (not root).
struct Tmpfs(PathBuf);
impl Tmpfs {
    fn mount(parent: &Path, size: &str) -> Option<Self> {
        let dir = parent.join("small-disk");
        fs::create_dir_all(&dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Self(dir))
    }
}
impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Fills the disk holding `dir` until fewer than `leave` bytes are free.
fn fill(dir: &Path, leave: u64) -> PathBuf {
    let filler = dir.join("filler");
    let mut file = fs::File::create(&filler).unwrap();
    let chunk = vec![0x55u8; 64 * 1024];
    use std::io::Write;
    loop {
        let free = free_bytes(dir);
        if free <= leave {
            break;
        }
        let n = (free - leave).min(chunk.len() as u64) as usize;
        if file.write_all(&chunk[..n]).is_err() {
            break;
        }
        let _ = file.sync_all();
    }
    filler
}

fn free_bytes(dir: &Path) -> u64 {
    let out = Command::new("df")
        .args(["-B1", "--output=avail"])
        .arg(dir)
        .output()
        .unwrap();
    text(&out.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_full_disk_is_reported_and_nothing_committed_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    // Room for the demo office (with its photos) before the filler takes the rest.
    let Some(disk) = Tmpfs::mount(dir.path(), "16M") else {
        eprintln!("skipped: cannot mount a tmpfs here (not root)");
        return;
    };
    let db = disk.0.join("office.db");
    ok(&kense(&db, &["demo", "--people", "300", "--months", "2"]));
    let before = people(&db);
    let events: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["events", "list", "--json"]))).unwrap();
    let event = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["status"] == "held" && e["attendanceCount"].as_i64().unwrap_or(0) > 0)
        .unwrap()["id"]
        .to_string();
    let csv = dir.path().join("big.csv");
    let mut body = String::from("Тегі;Аты;Лауазымы\n");
    for i in 0..20_000 {
        body.push_str(&format!("Толық{i};Нұрлан;{}\n", "қызметкер ".repeat(8)));
    }
    fs::write(&csv, body).unwrap();
    let filler = fill(&disk.0, 200 * 1024);
    let out_pdf = disk.0.join("batch.pdf");
    let export = disk.0.join("people.xlsx");
    let mut trials = 0;
    let mut refused = 0;
    let mut failures = Vec::new();
    for (what, args) in [
        (
            "import",
            vec!["--lang", "ru", "import", "people", csv.to_str().unwrap()],
        ),
        (
            "batch",
            vec![
                "--lang",
                "ru",
                "doc",
                "issue",
                "--event",
                &event,
                "--kind",
                "certificate",
                "--out",
                out_pdf.to_str().unwrap(),
            ],
        ),
        ("backup", vec!["--lang", "ru", "backup"]),
        (
            "export",
            vec![
                "--lang",
                "ru",
                "export",
                "people",
                "--out",
                export.to_str().unwrap(),
            ],
        ),
    ] {
        trials += 1;
        let out = kense(&db, &args);
        let stderr = text(&out.stderr);
        println!("  {what}: exit {:?}", out.status.code());
        if out.status.success() {
            // The work fitted: then it must be whole (checked below).
            continue;
        }
        refused += 1;
        if !stderr.contains("нет места") {
            failures.push(format!("{what}: not reported as a full disk: {stderr}"));
        }
        if out.status.code() == Some(101) || stderr.contains("panicked") {
            failures.push(format!("{what}: panicked"));
        }
    }
    fs::remove_file(&filler).unwrap();
    if integrity(&db) != "ok" {
        failures.push("integrity after the full disk".to_owned());
    }
    let after = people(&db);
    if after != before && after != before + 20_000 {
        failures.push(format!("a partial import: {before} → {after}"));
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let issued: i64 = conn
        .query_row("SELECT count(*) FROM issued_document", [], |r| r.get(0))
        .unwrap();
    if issued > 0 && !out_pdf.exists() {
        failures.push(format!("{issued} numbers committed without their file"));
    }
    if export.exists() && fs::metadata(&export).unwrap().len() == 0 {
        failures.push("an empty export was left".to_owned());
    }
    let leftovers = hidden_files(&disk.0);
    if !leftovers.is_empty() {
        failures.push(format!("leftovers: {leftovers:?}"));
    }
    ok(&kense(&db, &["check"]));
    println!(
        "disk-full suite: {trials} trials, {refused} refused for a full disk, {} failures",
        failures.len()
    );
    // With 200 KB left the import and the backup run out; a batch and an
    // export of this size fit (and are then checked whole).
    assert!(refused >= 2, "only {refused} of {trials} ran out of space");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn damaged_database_files_are_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.db");
    ok(&kense(&good, &["demo", "--people", "300", "--months", "2"]));
    {
        let conn = rusqlite::Connection::open(&good).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let bytes = fs::read(&good).unwrap();
    let mut rng = Lcg(7);
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..8 {
        let len = 1 + rng.below(64 * 1024) as usize;
        cases.push((
            format!("random-{i}"),
            (0..len).map(|_| rng.next() as u8).collect(),
        ));
    }
    for i in 0..8 {
        let cut = 1 + rng.below(bytes.len() as u64 - 1) as usize;
        cases.push((format!("truncated-{i}"), bytes[..cut].to_vec()));
    }
    let pages = bytes.len() / 4096;
    for _ in 0..8 {
        let page = 1 + rng.below(pages as u64 - 1) as usize;
        let mut scribbled = bytes.clone();
        for b in &mut scribbled[page * 4096..(page + 1) * 4096] {
            *b = rng.next() as u8;
        }
        cases.push((format!("scribbled-page-{page}"), scribbled));
    }
    cases.push(("zero-length".to_owned(), Vec::new()));
    let mut trials = 0;
    let mut failures = Vec::new();
    for (name, content) in &cases {
        let db = dir.path().join(format!("{name}.db"));
        fs::write(&db, content).unwrap();
        for args in [vec!["check"], vec!["people", "search", "а"]] {
            trials += 1;
            let out = kense(&db, &args);
            let stderr = text(&out.stderr);
            if out.status.code() == Some(101) || stderr.contains("panicked") {
                failures.push(format!("{name} {args:?}: panicked"));
            }
            // A scribbled page may sit in free space or an index the quick
            // check reads past: then the file may open, but never be changed.
            if out.status.success() && !name.starts_with("scribbled") {
                failures.push(format!("{name} {args:?}: accepted"));
            }
            if fs::read(&db).unwrap() != *content {
                failures.push(format!("{name} {args:?}: bytes changed"));
                break;
            }
        }
    }
    // A folder where the database should be.
    let folder = dir.path().join("folder.db");
    fs::create_dir(&folder).unwrap();
    trials += 1;
    let out = kense(&folder, &["check"]);
    if out.status.success() || out.status.code() == Some(101) {
        failures.push(format!("a folder: {}", text(&out.stderr)));
    }
    println!(
        "damaged-file suite: {trials} trials, {} failures",
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}
