//! `kense bench`: the speed targets, measured on a generated data set.
//! Run it on a release build: `cargo run --release -p kense-cli -- bench`.

use kense_core::demo::{self, DemoSize};
use kense_core::events::EventFilter;
use kense_core::export::{self, ExportFormat};
use kense_core::import::{self, ImportKind, read_table};
use kense_core::people::{self, PersonFilter};
use kense_core::planning;
use kense_core::report::{self, ReportQuery};
use kense_core::{Error, Lang, Store};
use serde::Serialize;
use std::path::Path;
use std::time::{Duration, Instant};

/// The import may take at most this many times the `sqlite3` shell's
/// `.import` of the same people (which validates, folds and matches
/// nothing); measured ×1.9 on the 2-core build machine.
const IMPORT_MAX_RATIO: f64 = 3.0;

/// A search may take at most this many times a bare FTS5 prefix query
/// (which neither joins the person rows nor sorts by the alphabet).
const SEARCH_MAX_RATIO: f64 = 8.0;

/// What to measure.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    /// Rows of the import benchmark.
    pub import_rows: usize,
    /// People in the search benchmark's registry.
    pub people: usize,
    /// Search queries to time.
    pub queries: usize,
    /// Certificates in the document benchmarks.
    pub documents: usize,
    /// People in the report benchmark's registry (its events scale with it).
    pub report_people: usize,
    /// A PostgreSQL login that may create databases: runs the hub
    /// benchmarks (push, consolidated report) on the report's office.
    pub hub: Option<String>,
    /// Offices in the consolidated report benchmark.
    pub hub_offices: usize,
}

/// One measured figure against its target.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// What was measured.
    pub name: String,
    /// The measured value, milliseconds.
    pub millis: f64,
    /// The target, milliseconds.
    pub target_millis: f64,
    /// Whether the target was met: the ratio to the peer where there is
    /// one (a loaded machine moves both alike), else the time.
    pub ok: bool,
    /// The same job done by a peer in the same run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peer: Option<Peer>,
}

/// A peer's time for the same job, measured in the same run.
#[derive(Debug, Clone, Serialize)]
pub struct Peer {
    /// Who did it («sqlite3 .import»).
    pub name: String,
    /// The peer's time, milliseconds.
    pub millis: f64,
    /// Kense's time as a multiple of the peer's.
    pub ratio: f64,
    /// The largest ratio the target allows.
    pub max_ratio: f64,
}

/// A time against its target.
pub fn figure(name: String, took: Duration, target: Duration) -> Figure {
    Figure {
        name,
        millis: took.as_secs_f64() * 1000.0,
        target_millis: target.as_secs_f64() * 1000.0,
        ok: took <= target,
        peer: None,
    }
}

impl Figure {
    /// The figure beside `peer`'s time for the same job; the target is then
    /// at most `max_ratio` times the peer.
    pub fn against(mut self, peer: &str, took: Duration, max_ratio: f64) -> Self {
        let millis = took.as_secs_f64() * 1000.0;
        let ratio = if millis > 0.0 {
            self.millis / millis
        } else {
            f64::INFINITY
        };
        self.ok = ratio <= max_ratio;
        self.peer = Some(Peer {
            name: peer.to_owned(),
            millis,
            ratio,
            max_ratio,
        });
        self
    }

    /// The figure as a line of the report.
    pub fn line(&self) -> String {
        let verdict = if self.ok { "ok" } else { "SLOW" };
        let mut line = format!(
            "{:<62} {:>10.2}  (target {:>7.0})  {verdict}",
            self.name, self.millis, self.target_millis
        );
        if let Some(peer) = &self.peer {
            line.push_str(&format!(
                "  ×{:.2} of {} ({:.2}; target ×{})",
                peer.ratio, peer.name, peer.millis, peer.max_ratio
            ));
        }
        line
    }
}

/// The median and the 95th percentile of `times` (sorted here).
pub fn median_p95(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort_unstable();
    if times.is_empty() {
        return (Duration::ZERO, Duration::ZERO);
    }
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}

/// Runs the benchmarks in `dir` (temporary databases are created there).
pub fn run(dir: &Path, options: &BenchOptions) -> Result<Vec<Figure>, Error> {
    let today = kense_core::time::local_now().date_naive();
    let mut figures = Vec::new();

    // Import: a CSV exported from a generated office, into a fresh file database.
    let source_path = dir.join("bench-source.db");
    let mut source = Store::open(&source_path)?;
    demo::generate_registry(
        &mut source,
        DemoSize {
            people: options.import_rows,
            months: 0,
        },
        today,
    )?;
    let csv = export::registry::export_people(
        source.conn(),
        Lang::Ru,
        ExportFormat::Csv,
        export::registry::PeopleExportOptions {
            with_iin: true,
            consented_only: false,
        },
    )?;
    drop(source);
    let target_path = dir.join("bench-import.db");
    let mut target = Store::open(&target_path)?;
    let started = Instant::now();
    let table = read_table("people.csv", &csv).map_err(import::registry::file_error)?;
    let outcome = target.with_tx(|tx| {
        import::registry::commit_import(tx, ImportKind::People, &table, None, false, None)
    })?;
    let took = started.elapsed();
    let import = figure(
        format!(
            "import {} CSV rows ({} created)",
            table.rows.len(),
            outcome.created
        ),
        took,
        Duration::from_secs(3),
    );
    drop(target);
    figures.push(
        match crate::bench_peers::sqlite3_import(dir, &source_path)? {
            Some(peer) => import.against("sqlite3 .import", peer, IMPORT_MAX_RATIO),
            None => import,
        },
    );

    // Search: as-you-type queries over a large registry.
    let search_path = dir.join("bench-search.db");
    let mut store = Store::open(&search_path)?;
    demo::generate_registry(
        &mut store,
        DemoSize {
            people: options.people,
            months: 0,
        },
        today,
    )?;
    let typed = [
        "ә",
        "әл",
        "әлі",
        "әлібек",
        "нұр",
        "нұрлан",
        "қасым",
        "ғалым",
        "ким",
        "ёлк",
        "елкин",
        "ива",
        "иванова е",
        "сейітқазы ә",
        "701",
        "8701",
        "мансап",
        "емхана",
        "іле",
        "ұлықбек",
    ];
    let mut times = Vec::with_capacity(options.queries);
    let mut asked = Vec::with_capacity(options.queries);
    for i in 0..options.queries {
        let query = typed[i % typed.len()];
        asked.push(query);
        let started = Instant::now();
        let found = people::list_people(
            store.conn(),
            &PersonFilter {
                query: query.to_owned(),
                limit: Some(50),
                ..PersonFilter::default()
            },
        )?;
        times.push(started.elapsed());
        std::hint::black_box(found);
    }
    let (median, p95) = median_p95(&mut times);
    let (peer_median, peer_p95) =
        median_p95(&mut crate::bench_peers::bare_fts(store.conn(), &asked)?);
    figures.push(
        figure(
            format!(
                "search {} people, median of {} queries",
                options.people,
                times.len()
            ),
            median,
            Duration::from_millis(10),
        )
        .against("bare FTS5", peer_median, SEARCH_MAX_RATIO),
    );
    figures.push(
        figure(
            format!("search {} people, 95th percentile", options.people),
            p95,
            Duration::from_millis(10),
        )
        .against("bare FTS5", peer_p95, SEARCH_MAX_RATIO),
    );
    figures.extend(crate::bench_readers::pages(&store)?);
    drop(store);

    figures.extend(crate::bench_readers::reads_during_batch(
        dir,
        options.documents,
    )?);

    figures.extend(crate::bench_docs::run(dir, options.documents)?);

    // Report: a year of a large region (≈5,000 events, ≈290,000 attendance
    // rows from the demo generator), the median of several runs.
    let report_path = dir.join("bench-report.db");
    let mut store = Store::open(&report_path)?;
    let year_end = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or(today);
    let made = demo::generate_registry(
        &mut store,
        DemoSize {
            people: options.report_people,
            months: 12,
        },
        year_end,
    )?;
    let query = ReportQuery::dates("2026-01-01", "2026-12-31")?;
    let mut times = Vec::new();
    for _ in 0..7 {
        let started = Instant::now();
        let report = report::compute_report(store.conn(), &query)?;
        times.push(started.elapsed());
        std::hint::black_box(report);
    }
    times.sort_unstable();
    figures.push(figure(
        format!(
            "report of a year: {} events, {} attendance rows, median of {}",
            made.events,
            made.attendance,
            times.len()
        ),
        times[times.len() / 2],
        Duration::from_millis(300),
    ));

    // Calendar: a month of the same region with every event's plan checked
    // (stops, the delegation against other events, sites, holidays).
    let month = EventFilter::month("2026-11")?;
    let mut times = Vec::new();
    let mut shown = 0;
    for _ in 0..7 {
        let started = Instant::now();
        let calendar = planning::calendar(store.conn(), &month)?;
        times.push(started.elapsed());
        shown = calendar.events.len();
        std::hint::black_box(calendar);
    }
    times.sort_unstable();
    figures.push(figure(
        format!(
            "calendar month with conflict checks: {shown} events, median of {}",
            times.len()
        ),
        times[times.len() / 2],
        Duration::from_millis(150),
    ));

    // The regional hub: push the same office, report over copies of it.
    match &options.hub {
        Some(url) => figures.extend(crate::bench_hub::run(url, &mut store, options.hub_offices)?),
        None => eprintln!("hub benchmarks skipped: give --hub URL or set KENSE_HUB_TEST_URL"),
    }
    Ok(figures)
}
