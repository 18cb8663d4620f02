//! The report's figures: a few aggregate queries per period.

use super::presence::{LocalPresence, Presence, PresenceSource};
use super::{
    BucketUnit, CampaignColumn, CategoryReach, ChartBucket, Dashboard, DocumentCount, Figures,
    Indicator, IndicatorKey, KindCampaignTable, KindRow, MediaRow, MemorandumRow, Period, PlanRow,
    Report, ReportEvent, ReportQuery,
};
use crate::error::SqlContext;
use crate::events::{self, EventFilter};
use crate::kinds::{EventKind, EventStatus};
use crate::{Result, categories};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::{Connection, params};
use std::collections::{BTreeMap, HashMap};

/// The document kinds of the register, in display order.
pub(crate) const DOCUMENT_KINDS: [&str; 3] = ["gratitude", "diploma", "certificate"];

/// The events of a period and the report's filters, as the SQL
/// parameters ?1..?4 of the report's queries.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scope {
    /// The first day, `YYYY-MM-DD`.
    pub from: String,
    /// The last day with `T99` appended: every `starts_at` of that day is below it.
    pub to_end: String,
    /// The last day, `YYYY-MM-DD`.
    pub to: String,
    /// Only the events of this campaign.
    pub campaign: Option<i64>,
    /// Only the events of this district, by its key (empty: all; see
    /// [`crate::events::Event::district_key`]).
    pub district: String,
}

impl Scope {
    fn new(period: Period, query: &ReportQuery) -> Self {
        Self {
            from: period.from.format("%Y-%m-%d").to_string(),
            to_end: format!("{}T99", period.to.format("%Y-%m-%d")),
            to: period.to.format("%Y-%m-%d").to_string(),
            campaign: query.campaign_id,
            district: query
                .district
                .as_deref()
                .map(str::trim)
                .unwrap_or("")
                .to_owned(),
        }
    }
}

/// The events of the scope (`e`), not deleted.
pub(super) const EVENTS_IN_SCOPE: &str =
    "e.deleted_at IS NULL AND e.starts_at >= ?1 AND e.starts_at <= ?2
    AND (?3 IS NULL OR e.campaign_id = ?3) AND (?4 = '' OR e.district_key = ?4)";

/// Publications (`m`) dated in the scope (?1..?2, dates; the event's date
/// when a publication has none) about live events (`e`) of the filters.
const MEDIA_IN_SCOPE: &str = "m.deleted_at IS NULL AND e.deleted_at IS NULL
    AND coalesce(m.published_on, substr(e.starts_at, 1, 10)) BETWEEN ?1 AND ?2
    AND (?3 IS NULL OR e.campaign_id = ?3) AND (?4 = '' OR e.district_key = ?4)";

/// Memoranda (`m`) signed in the scope (?1..?2; the event's date when no
/// signing date is recorded) at live events (`e`) of the filters.
const MEMORANDA_IN_SCOPE: &str = "m.deleted_at IS NULL AND e.deleted_at IS NULL
    AND coalesce(m.signed_on, substr(e.starts_at, 1, 10)) BETWEEN ?1 AND ?2
    AND (?3 IS NULL OR e.campaign_id = ?3) AND (?4 = '' OR e.district_key = ?4)";

/// What a report of a query compares: its spans and the query as the
/// report repeats it (dates checked, the district trimmed).
pub(super) struct Frame {
    /// The whole period.
    pub(super) period: Period,
    /// What is compared with what.
    pub(super) comparison: super::Comparison,
    /// The whole period's events (the lists, the plan and the chart).
    pub(super) whole: Scope,
    /// The span of the current figures (the whole period, or its days so far).
    pub(super) current: Scope,
    /// The span of the previous figures.
    pub(super) previous: Scope,
    /// The query as the report repeats it.
    pub(super) query: ReportQuery,
}

impl Frame {
    /// The frame of `query`, checked.
    pub(super) fn new(query: &ReportQuery) -> Result<Self> {
        let period = query.period()?;
        let as_of = query.as_of_date()?;
        let comparison = period.compared_on(as_of);
        let whole = Scope::new(period, query);
        let echoed = ReportQuery {
            from: whole.from.clone(),
            to: whole.to.clone(),
            campaign_id: query.campaign_id,
            district: (!whole.district.is_empty()).then(|| whole.district.clone()),
            as_of: as_of.map(|d| d.format("%Y-%m-%d").to_string()),
        };
        Ok(Self {
            period,
            comparison,
            current: Scope::new(comparison.current, query),
            previous: Scope::new(comparison.previous, query),
            whole,
            query: echoed,
        })
    }
}

/// The indicators, in display order, of two spans' figures.
pub(super) fn indicators(current: &Figures, previous: &Figures) -> Vec<Indicator> {
    IndicatorKey::ALL
        .iter()
        .map(|k| Indicator::new(*k, current, previous))
        .collect()
}

/// The documents table: per kind, in display order, those issued in the
/// current and the previous span and those for the period's events.
pub(super) fn document_rows(
    current: &HashMap<String, i64>,
    previous: &HashMap<String, i64>,
    for_events: &HashMap<String, i64>,
) -> Vec<DocumentCount> {
    let of = |counts: &HashMap<String, i64>, kind: &str| counts.get(kind).copied().unwrap_or(0);
    DOCUMENT_KINDS
        .iter()
        .map(|kind| DocumentCount {
            kind: (*kind).to_owned(),
            count: of(current, kind),
            previous: of(previous, kind),
            for_events: of(for_events, kind),
        })
        .collect()
}

/// The held events with proposals, in the events' order.
pub(super) fn held_with_proposals(events: &[ReportEvent]) -> Vec<ReportEvent> {
    events
        .iter()
        .filter(|e| e.status == EventStatus::Held && e.proposals > 0)
        .cloned()
        .collect()
}

/// Computes the report for `query`: its period (its days so far when it
/// is still running on `query.as_of`) against the previous one.
pub fn compute_report(conn: &Connection, query: &ReportQuery) -> Result<Report> {
    compute_report_with(conn, query, &LocalPresence)
}

/// [`compute_report`] with the people present counted by `source`
/// (the regional hub's consolidated report counts them from its own
/// rows; every other figure is read from `conn`).
pub fn compute_report_with(
    conn: &Connection,
    query: &ReportQuery,
    source: &dyn PresenceSource,
) -> Result<Report> {
    let Frame {
        period,
        comparison,
        whole,
        current: current_scope,
        previous: previous_scope,
        query: echoed,
    } = Frame::new(query)?;

    let mut events = load_events(conn, &whole)?;
    let presence = source.presence(conn, &whole, true)?;
    for e in &mut events {
        if e.status == EventStatus::Held {
            e.participants = presence.per_event.get(&e.id).copied().unwrap_or(0);
        }
    }
    let media = load_media(conn, &whole)?;
    let memoranda = load_memoranda(conn, &whole)?;
    let (current, documents) = if comparison.running {
        (
            period_figures(conn, &current_scope, source)?,
            count_documents(conn, &current_scope)?,
        )
    } else {
        let documents = count_documents(conn, &whole)?;
        let counted: Vec<Counted> = events.iter().map(Counted::from).collect();
        let mut current = figures(&whole, &counted, &presence, &documents);
        current.media_publications = media.len() as i64;
        current.media_views = media.iter().filter_map(|m| m.views).sum();
        current.memoranda = memoranda.len() as i64;
        super::records::count_records(conn, &whole, &mut current)?;
        (current, documents)
    };
    let records = super::records::load_records(conn, &whole)?;

    let previous = period_figures(conn, &previous_scope, source)?;
    let indicators = indicators(&current, &previous);

    let previous_documents = count_documents(conn, &previous_scope)?;
    let for_events = count_documents_for_events(conn, &whole)?;
    let documents = document_rows(&documents, &previous_documents, &for_events);

    let by_category = category_reach(categories::list_categories(conn)?, &presence);
    let by_kind_campaign = kind_campaign_table(crate::campaigns::list_campaigns(conn)?, &events);
    let plan = plan_rows(&events);
    let (chart_unit, chart_kinds, chart) = chart(period, &events);
    let proposals = held_with_proposals(&events);

    Ok(Report {
        query: echoed,
        current,
        previous,
        running: comparison.running,
        days_elapsed: comparison.days_elapsed,
        barely_begun: comparison.barely_begun(),
        indicators,
        by_kind_campaign,
        by_category,
        documents,
        media,
        memoranda,
        proposals,
        plan,
        events,
        chart_unit,
        chart_kinds,
        chart,
        records,
    })
}

/// The current month up to `today` against as many days of the previous
/// month, and the next `upcoming` planned events from `today`.
pub fn dashboard(conn: &Connection, today: NaiveDate, upcoming: usize) -> Result<Dashboard> {
    let month = today.format("%Y-%m").to_string();
    let report = compute_report(conn, &ReportQuery::month(&month)?.on(today))?;
    let mut next = events::list_events(
        conn,
        &EventFilter {
            from: Some(today.format("%Y-%m-%d").to_string()),
            status: Some(EventStatus::Planned),
            ..EventFilter::default()
        },
    )?;
    next.truncate(upcoming);
    Ok(Dashboard {
        report,
        upcoming: next,
    })
}

fn load_events(conn: &Connection, scope: &Scope) -> Result<Vec<ReportEvent>> {
    conn.prepare_cached(&format!(
        "SELECT e.id, e.starts_at, e.kind, e.campaign_id, e.title_kk, e.title_ru, e.place_kk,
                e.district_kk, e.status, e.headcount, e.proposals_count,
                coalesce(c.name_kk, ''), coalesce(c.name_ru, ''), e.place_ru, e.district_ru
         FROM event e LEFT JOIN campaign c ON c.id = e.campaign_id
         WHERE {EVENTS_IN_SCOPE} ORDER BY e.starts_at, e.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![scope.from, scope.to_end, scope.campaign, scope.district],
            |row| {
                Ok(ReportEvent {
                    id: row.get(0)?,
                    starts_at: row.get(1)?,
                    kind: row.get(2)?,
                    campaign_id: row.get(3)?,
                    title_kk: row.get(4)?,
                    title_ru: row.get(5)?,
                    place_kk: row.get(6)?,
                    place_ru: row.get(13)?,
                    district_kk: row.get(7)?,
                    district_ru: row.get(14)?,
                    status: row.get(8)?,
                    headcount: row.get(9)?,
                    proposals: row.get(10)?,
                    campaign_kk: row.get(11)?,
                    campaign_ru: row.get(12)?,
                    participants: 0,
                })
            },
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("reading the period's events")
}

/// Documents issued in the scope's dates, by kind.
fn count_documents(conn: &Connection, scope: &Scope) -> Result<HashMap<String, i64>> {
    let read = |row: &rusqlite::Row<'_>| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?));
    let filtered = scope.campaign.is_some() || !scope.district.is_empty();
    let counted = if filtered {
        conn.prepare_cached(
            "SELECT d.kind, count(*) FROM issued_document d JOIN event e ON e.id = d.event_id
             WHERE d.status IN ('issued', 'revoked') AND d.issued_on >= ?1 AND d.issued_on <= ?2
               AND e.deleted_at IS NULL
               AND (?3 IS NULL OR e.campaign_id = ?3) AND (?4 = '' OR e.district_key = ?4)
             GROUP BY d.kind",
        )
        .and_then(|mut stmt| {
            stmt.query_map(
                params![scope.from, scope.to, scope.campaign, scope.district],
                read,
            )?
            .collect::<std::result::Result<HashMap<_, _>, _>>()
        })
    } else {
        conn.prepare_cached(
            "SELECT d.kind, count(*) FROM issued_document d
             WHERE d.status IN ('issued', 'revoked') AND d.issued_on >= ?1 AND d.issued_on <= ?2
             GROUP BY d.kind",
        )
        .and_then(|mut stmt| {
            stmt.query_map(params![scope.from, scope.to], read)?
                .collect::<std::result::Result<HashMap<_, _>, _>>()
        })
    };
    counted.context("counting issued documents")
}

/// Documents for the scope's events, whatever their issue date, by kind.
fn count_documents_for_events(conn: &Connection, scope: &Scope) -> Result<HashMap<String, i64>> {
    conn.prepare_cached(&format!(
        "SELECT d.kind, count(*) FROM event e JOIN issued_document d ON d.event_id = e.id
         WHERE d.status IN ('issued', 'revoked') AND {EVENTS_IN_SCOPE}
         GROUP BY d.kind"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![scope.from, scope.to_end, scope.campaign, scope.district],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)),
        )?
        .collect::<std::result::Result<HashMap<_, _>, _>>()
    })
    .context("counting the documents of the period's events")
}

/// What the figures read of an event.
struct Counted {
    id: i64,
    status: EventStatus,
    headcount: Option<i64>,
    proposals: i64,
}

impl From<&ReportEvent> for Counted {
    fn from(e: &ReportEvent) -> Self {
        Self {
            id: e.id,
            status: e.status,
            headcount: e.headcount,
            proposals: e.proposals,
        }
    }
}

/// The events of the scope as [`figures`] reads them: the rows of
/// [`load_events`] without their texts.
fn load_counted(conn: &Connection, scope: &Scope) -> Result<Vec<Counted>> {
    conn.prepare_cached(&format!(
        "SELECT e.id, e.status, e.headcount, e.proposals_count FROM event e WHERE {EVENTS_IN_SCOPE}"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![scope.from, scope.to_end, scope.campaign, scope.district],
            |row| {
                Ok(Counted {
                    id: row.get(0)?,
                    status: row.get(1)?,
                    headcount: row.get(2)?,
                    proposals: row.get(3)?,
                })
            },
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("reading the period's events")
}

fn figures(
    scope: &Scope,
    events: &[Counted],
    presence: &Presence,
    documents: &HashMap<String, i64>,
) -> Figures {
    let count = |status: EventStatus| events.iter().filter(|e| e.status == status).count() as i64;
    let held = || events.iter().filter(|e| e.status == EventStatus::Held);
    // A headcount counts everybody there, the named included: what it adds
    // to the named attendance is the people counted beyond them.
    let headcount: i64 = held()
        .filter_map(|e| {
            let named = presence.per_event.get(&e.id).copied().unwrap_or(0);
            e.headcount.map(|h| (h - named).max(0))
        })
        .sum();
    let doc = |kind: &str| documents.get(kind).copied().unwrap_or(0);
    Figures {
        from: scope.from.clone(),
        to: scope.to.clone(),
        events_total: events.len() as i64,
        events_held: count(EventStatus::Held),
        events_planned: count(EventStatus::Planned),
        events_cancelled: count(EventStatus::Cancelled),
        people_reached: presence.pairs + headcount,
        named_attendance: presence.pairs,
        headcount,
        unique_people: presence.unique,
        documents_issued: DOCUMENT_KINDS.iter().map(|k| doc(k)).sum(),
        gratitude_letters: doc("gratitude"),
        diplomas: doc("diploma"),
        certificates: doc("certificate"),
        media_publications: 0,
        media_views: 0,
        memoranda: 0,
        proposals: held().map(|e| e.proposals).sum(),
        ..Figures::default()
    }
}

/// The figures of one span read for themselves (the previous period, or a
/// running period's days so far).
fn period_figures(
    conn: &Connection,
    scope: &Scope,
    source: &dyn PresenceSource,
) -> Result<Figures> {
    let events = load_counted(conn, scope)?;
    let presence = source.presence(conn, scope, false)?;
    let documents = count_documents(conn, scope)?;
    let mut f = figures(scope, &events, &presence, &documents);
    let (media, views, memoranda): (i64, i64, i64) = conn
        .prepare_cached(&format!(
            "SELECT count(*), coalesce(sum(m.views), 0),
                    (SELECT count(*) FROM memorandum m JOIN event e ON e.id = m.event_id
                      WHERE {MEMORANDA_IN_SCOPE})
             FROM media_item m JOIN event e ON e.id = m.event_id WHERE {MEDIA_IN_SCOPE}"
        ))
        .and_then(|mut stmt| {
            stmt.query_row(
                params![scope.from, scope.to, scope.campaign, scope.district],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
        })
        .context("counting media and memoranda")?;
    f.media_publications = media;
    f.media_views = views;
    f.memoranda = memoranda;
    super::records::count_records(conn, scope, &mut f)?;
    Ok(f)
}

fn load_media(conn: &Connection, scope: &Scope) -> Result<Vec<MediaRow>> {
    conn.prepare_cached(&format!(
        "SELECT m.published_on, m.outlet, m.url, m.views, e.id, e.title_kk, e.title_ru, m.id
         FROM media_item m JOIN event e ON e.id = m.event_id
         WHERE {MEDIA_IN_SCOPE}
         ORDER BY coalesce(m.published_on, substr(e.starts_at, 1, 10)), m.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![scope.from, scope.to, scope.campaign, scope.district],
            |row| {
                Ok(MediaRow {
                    id: row.get(7)?,
                    published_on: row.get(0)?,
                    outlet: row.get(1)?,
                    url: row.get(2)?,
                    views: row.get(3)?,
                    event_id: row.get(4)?,
                    event_title_kk: row.get(5)?,
                    event_title_ru: row.get(6)?,
                })
            },
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("reading media coverage")
}

fn load_memoranda(conn: &Connection, scope: &Scope) -> Result<Vec<MemorandumRow>> {
    conn.prepare_cached(&format!(
        "SELECT m.signed_on, m.parties_kk, m.subject_kk, e.id, e.title_kk, e.title_ru, m.id,
                m.parties_ru, m.subject_ru
         FROM memorandum m JOIN event e ON e.id = m.event_id
         WHERE {MEMORANDA_IN_SCOPE}
         ORDER BY coalesce(m.signed_on, substr(e.starts_at, 1, 10)), m.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![scope.from, scope.to, scope.campaign, scope.district],
            |row| {
                Ok(MemorandumRow {
                    id: row.get(6)?,
                    signed_on: row.get(0)?,
                    parties_kk: row.get(1)?,
                    parties_ru: row.get(7)?,
                    subject_kk: row.get(2)?,
                    subject_ru: row.get(8)?,
                    event_id: row.get(3)?,
                    event_title_kk: row.get(4)?,
                    event_title_ru: row.get(5)?,
                })
            },
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("reading memoranda")
}

/// Reach by category: every one of `categories` (as
/// [`categories::list_categories`] lists them), then «no category».
pub(super) fn category_reach(
    categories: Vec<categories::Category>,
    presence: &Presence,
) -> Vec<CategoryReach> {
    let mut rows: Vec<CategoryReach> = categories
        .into_iter()
        .map(|c| {
            let (people, attendances) = presence.per_category.get(&c.id).copied().unwrap_or((0, 0));
            CategoryReach {
                category_id: Some(c.id),
                name_kk: c.name_kk,
                name_ru: c.name_ru,
                people,
                attendances,
            }
        })
        .collect();
    rows.push(CategoryReach {
        category_id: None,
        name_kk: String::new(),
        name_ru: String::new(),
        people: presence.uncategorised.0,
        attendances: presence.uncategorised.1,
    });
    rows
}

/// Held events by kind × campaign: the columns are those of `campaigns`
/// (live ones, as [`crate::campaigns::list_campaigns`] lists them) with
/// held events, then «no campaign» when an event has none of them.
pub(super) fn kind_campaign_table(
    campaigns: Vec<crate::campaigns::Campaign>,
    events: &[ReportEvent],
) -> KindCampaignTable {
    let held: Vec<&ReportEvent> = events
        .iter()
        .filter(|e| e.status == EventStatus::Held)
        .collect();
    let mut columns: Vec<CampaignColumn> = campaigns
        .into_iter()
        .filter(|c| held.iter().any(|e| e.campaign_id == Some(c.id)))
        .map(|c| CampaignColumn {
            id: Some(c.id),
            name_kk: c.name_kk,
            name_ru: c.name_ru,
        })
        .collect();
    // Events of a deleted campaign or of none share the last column.
    let known: Vec<Option<i64>> = columns.iter().map(|c| c.id).collect();
    let column_of = |e: &ReportEvent| {
        known
            .iter()
            .position(|id| *id == e.campaign_id && id.is_some())
            .unwrap_or(known.len())
    };
    let needs_none = held.iter().any(|e| column_of(e) == known.len());
    if needs_none {
        columns.push(CampaignColumn {
            id: None,
            name_kk: String::new(),
            name_ru: String::new(),
        });
    }
    let width = columns.len();
    let mut rows: Vec<KindRow> = Vec::new();
    let mut totals = vec![0; width];
    for kind in EventKind::ALL {
        let mut counts = vec![0; width];
        for e in held.iter().filter(|e| e.kind == *kind) {
            counts[column_of(e)] += 1;
        }
        let total: i64 = counts.iter().sum();
        if total > 0 {
            for (t, c) in totals.iter_mut().zip(&counts) {
                *t += c;
            }
            rows.push(KindRow {
                kind: *kind,
                counts,
                total,
            });
        }
    }
    KindCampaignTable {
        campaigns: columns,
        rows,
        totals,
        total: held.len() as i64,
    }
}

/// Plan against actual by kind (those with events), then the total row.
pub(super) fn plan_rows(events: &[ReportEvent]) -> Vec<PlanRow> {
    let row = |kind: Option<EventKind>| {
        let of = |status: EventStatus| {
            events
                .iter()
                .filter(|e| kind.is_none_or(|k| e.kind == k) && e.status == status)
                .count() as i64
        };
        let (held, cancelled, pending) = (
            of(EventStatus::Held),
            of(EventStatus::Cancelled),
            of(EventStatus::Planned),
        );
        PlanRow {
            kind,
            planned: held + cancelled + pending,
            held,
            cancelled,
            pending,
        }
    };
    let mut rows: Vec<PlanRow> = EventKind::ALL
        .iter()
        .map(|k| row(Some(*k)))
        .filter(|r| r.planned > 0)
        .collect();
    rows.push(row(None));
    rows
}

/// Held and planned events per week (up to 93 days) or per month, by kind.
pub(super) fn chart(
    period: Period,
    events: &[ReportEvent],
) -> (BucketUnit, Vec<EventKind>, Vec<ChartBucket>) {
    let unit = if period.days() <= 93 {
        BucketUnit::Week
    } else {
        BucketUnit::Month
    };
    let mut buckets: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    let mut start = period.from;
    while start <= period.to {
        let natural_end = match unit {
            BucketUnit::Week => {
                start + Duration::days(6 - i64::from(start.weekday().num_days_from_monday()))
            }
            BucketUnit::Month => super::end_of_months(
                NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start),
                1,
            ),
        };
        let end = natural_end.min(period.to);
        buckets.push((start, end));
        match end.succ_opt() {
            Some(next) => start = next,
            None => break,
        }
    }
    let shown: Vec<&ReportEvent> = events
        .iter()
        .filter(|e| e.status != EventStatus::Cancelled)
        .collect();
    let kinds: Vec<EventKind> = EventKind::ALL
        .iter()
        .copied()
        .filter(|k| shown.iter().any(|e| e.kind == *k))
        .collect();
    let mut counts: BTreeMap<usize, Vec<i64>> = BTreeMap::new();
    for e in &shown {
        let day = e.starts_at.get(..10).unwrap_or("");
        let Ok(day) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
            continue;
        };
        let Some(b) = buckets.iter().position(|(f, t)| *f <= day && day <= *t) else {
            continue;
        };
        let Some(k) = kinds.iter().position(|k| *k == e.kind) else {
            continue;
        };
        counts.entry(b).or_insert_with(|| vec![0; kinds.len()])[k] += 1;
    }
    let chart = buckets
        .iter()
        .enumerate()
        .map(|(i, (f, t))| ChartBucket {
            from: f.format("%Y-%m-%d").to_string(),
            to: t.format("%Y-%m-%d").to_string(),
            counts: counts.remove(&i).unwrap_or_else(|| vec![0; kinds.len()]),
        })
        .collect();
    (unit, kinds, chart)
}
