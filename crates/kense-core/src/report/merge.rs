//! Several offices' reports of one query as one report: the regional
//! hub's total, computed from the offices' reports instead of from one
//! database holding all their rows.
//!
//! [`merge_reports`] gives the report [`super::compute_report`] would give
//! on a database holding every part's rows, when the parts' rows are
//! disjoint (ids unique across the parts, every person in one part only)
//! and each part's campaigns and categories are named by the merged
//! report's ([`Part`]):
//!
//! - the figures of both spans are summed field by field (people are rows
//!   of one part, so even the distinct people add up), and the indicators
//!   are computed from the sums as a single report computes them;
//! - the events, publications, memoranda and event records are the parts'
//!   together, in the order a single report lists them (by start or date,
//!   then id);
//! - the plan, the chart, the kind × campaign table and the held events
//!   with proposals are computed from the merged events by the single
//!   report's own code;
//! - reach by category is summed per merged category; the documents table
//!   per kind.

use super::compute::{
    Frame, category_reach, chart, document_rows, held_with_proposals, indicators,
    kind_campaign_table, plan_rows,
};
use super::presence::Presence;
use super::records::EventRecords;
use super::{Figures, Report, ReportEvent, ReportQuery};
use crate::Result;
use crate::campaigns::Campaign;
use crate::categories::Category;
use std::collections::HashMap;

/// One report to merge, and what its campaigns and categories are in the
/// merged report.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    /// The report (of the query merged).
    pub report: &'a Report,
    /// The merged report's campaign id of each of the part's campaign ids
    /// (an event whose campaign is missing has none in the merged report).
    pub campaigns: &'a HashMap<i64, i64>,
    /// The merged report's category id of each of the part's category ids
    /// (a category missing is left out). Two categories of one part never
    /// map to one: their people would count twice.
    pub categories: &'a HashMap<i64, i64>,
}

/// The merged report's campaigns and categories, as
/// [`crate::campaigns::list_campaigns`] and
/// [`crate::categories::list_categories`] list them (live ones, in their
/// order): the columns of the kind × campaign table and the rows of reach
/// by category.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    /// The campaigns.
    pub campaigns: Vec<Campaign>,
    /// The categories.
    pub categories: Vec<Category>,
}

/// The report of `query` over all of `parts` together (see the module's
/// documentation for what is summed and what is listed).
pub fn merge_reports(query: &ReportQuery, columns: &Columns, parts: &[Part<'_>]) -> Result<Report> {
    let Frame {
        period,
        comparison,
        whole: _,
        current: current_scope,
        previous: previous_scope,
        query: echoed,
    } = Frame::new(query)?;
    let mut current = Figures {
        from: current_scope.from.clone(),
        to: current_scope.to.clone(),
        ..Figures::default()
    };
    let mut previous = Figures {
        from: previous_scope.from.clone(),
        to: previous_scope.to.clone(),
        ..Figures::default()
    };
    let mut events = Vec::new();
    let mut media = Vec::new();
    let mut memoranda = Vec::new();
    let mut records = EventRecords::default();
    let mut documents: [HashMap<String, i64>; 3] = Default::default();
    let mut reach = Presence::default();
    for part in parts {
        let Report {
            query: _,
            current: part_current,
            previous: part_previous,
            running: _,
            days_elapsed: _,
            barely_begun: _,
            indicators: _,
            by_kind_campaign: _,
            by_category,
            documents: part_documents,
            media: part_media,
            memoranda: part_memoranda,
            proposals: _,
            plan: _,
            events: part_events,
            chart_unit: _,
            chart_kinds: _,
            chart: _,
            records: part_records,
        } = part.report;
        current.add(part_current);
        previous.add(part_previous);
        events.extend(part_events.iter().map(|e| ReportEvent {
            campaign_id: e.campaign_id.and_then(|c| part.campaigns.get(&c).copied()),
            ..e.clone()
        }));
        media.extend(part_media.iter().cloned());
        memoranda.extend(part_memoranda.iter().cloned());
        records
            .handovers
            .extend(part_records.handovers.iter().cloned());
        records
            .initiatives
            .extend(part_records.initiatives.iter().cloned());
        records
            .proposals
            .extend(part_records.proposals.iter().cloned());
        records
            .photo_page
            .extend(part_records.photo_page.iter().cloned());
        for d in part_documents {
            for (counts, n) in documents
                .iter_mut()
                .zip([d.count, d.previous, d.for_events])
            {
                *counts.entry(d.kind.clone()).or_insert(0) += n;
            }
        }
        let mut counted = Presence::default();
        for c in by_category {
            match c.category_id {
                Some(id) => {
                    counted.per_category.insert(id, (c.people, c.attendances));
                }
                None => counted.uncategorised = (c.people, c.attendances),
            }
        }
        reach.add_office(&counted, Some, |c| part.categories.get(&c).copied());
    }

    // The orders of the single report's queries.
    events.sort_by(|a, b| (&a.starts_at, a.id).cmp(&(&b.starts_at, b.id)));
    let day_of: HashMap<i64, &str> = events
        .iter()
        .map(|e| (e.id, e.starts_at.get(..10).unwrap_or(&e.starts_at)))
        .collect();
    let day = |own: &Option<String>, event: i64| -> String {
        own.clone()
            .unwrap_or_else(|| day_of.get(&event).copied().unwrap_or("").to_owned())
    };
    media.sort_by_cached_key(|m| (day(&m.published_on, m.event_id), m.id));
    memoranda.sort_by_cached_key(|m| (day(&m.signed_on, m.event_id), m.id));
    records
        .handovers
        .sort_by_cached_key(|h| (day(&h.handed_on, h.event_id), h.id));
    records
        .initiatives
        .sort_by(|a, b| (&a.starts_at, a.id).cmp(&(&b.starts_at, b.id)));
    records
        .proposals
        .sort_by(|a, b| (&a.starts_at, a.id).cmp(&(&b.starts_at, b.id)));
    records.photo_page.sort_by(|a, b| {
        (&a.starts_at, a.event_id, a.photo_id).cmp(&(&b.starts_at, b.event_id, b.photo_id))
    });

    let [issued, issued_before, for_events] = &documents;
    let (chart_unit, chart_kinds, chart) = chart(period, &events);
    Ok(Report {
        query: echoed,
        indicators: indicators(&current, &previous),
        current,
        previous,
        running: comparison.running,
        days_elapsed: comparison.days_elapsed,
        barely_begun: comparison.barely_begun(),
        by_kind_campaign: kind_campaign_table(columns.campaigns.clone(), &events),
        by_category: category_reach(columns.categories.clone(), &reach),
        documents: document_rows(issued, issued_before, for_events),
        media,
        memoranda,
        proposals: held_with_proposals(&events),
        plan: plan_rows(&events),
        chart_unit,
        chart_kinds,
        chart,
        events,
        records,
    })
}

#[cfg(test)]
mod tests;
