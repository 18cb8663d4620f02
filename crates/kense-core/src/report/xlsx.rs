//! The report as an XLSX workbook: one sheet per table, numbers as
//! numbers, dates as dates, bold frozen header rows.

use super::{IndicatorKey, Report, period_label};
use crate::export::{Cell, Sheet, write_xlsx};
use crate::i18n::Translator;
use crate::{Error, Lang, Result};
use chrono::{NaiveDate, NaiveDateTime};

fn tr(t: &Translator, key: &str) -> String {
    t.tr(key, &[])
}

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_owned())
    }
}

fn date(s: Option<&str>) -> Cell {
    s.and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
        .map_or(Cell::Empty, Cell::Date)
}

fn date_time(s: &str) -> Cell {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .map(Cell::DateTime)
        .unwrap_or_else(|_| text(s))
}

/// The name of a kind of the register in `t`'s language.
pub(crate) fn document_kind(t: &Translator, kind: &str) -> String {
    t.tr(&format!("report-doc-{kind}"), &[])
}

/// The indicator's name in `t`'s language.
pub(crate) fn indicator_name(t: &Translator, key: IndicatorKey) -> String {
    t.tr(&format!("report-ind-{}", key.as_str()), &[])
}

/// The report's tables as sheets in `lang`.
pub fn sheets(report: &Report, lang: Lang) -> Vec<Sheet> {
    let t = Translator::new(lang);
    let t = &t;
    let label = |from: &str, to: &str| {
        if report.running {
            super::span_label(t, from, to)
        } else {
            period_label(t, from, to)
        }
    };
    let current = label(&report.current.from, &report.current.to);
    let previous = label(&report.previous.from, &report.previous.to);
    let mut sheets = Vec::new();

    sheets.push(Sheet {
        name: tr(t, "report-sheet-indicators"),
        headers: vec![
            tr(t, "report-col-indicator"),
            current,
            previous,
            tr(t, "report-col-change"),
            tr(t, "report-col-change-percent"),
        ],
        rows: report
            .indicators
            .iter()
            .map(|i| {
                let name = indicator_name(t, i.key);
                vec![
                    Cell::Text(if i.key.is_part() {
                        format!("   {name}")
                    } else {
                        name
                    }),
                    Cell::Int(i.current),
                    Cell::Int(i.previous),
                    Cell::Int(i.change),
                    i.change_percent.map_or(Cell::Empty, Cell::Number),
                ]
            })
            .collect(),
        column_widths: Some(vec![42.0, 22.0, 22.0, 12.0, 12.0]),
    });

    let table = &report.by_kind_campaign;
    let mut headers = vec![tr(t, "report-col-kind")];
    headers.extend(table.campaigns.iter().map(|c| {
        if c.id.is_none() {
            tr(t, "report-no-campaign")
        } else if lang == Lang::Kk {
            c.name_kk.clone()
        } else {
            c.name_ru.clone()
        }
    }));
    headers.push(tr(t, "report-col-total"));
    let mut rows: Vec<Vec<Cell>> = table
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![Cell::Text(tr(t, &format!("event-kind-{}", r.kind)))];
            row.extend(r.counts.iter().map(|c| Cell::Int(*c)));
            row.push(Cell::Int(r.total));
            row
        })
        .collect();
    let mut total = vec![Cell::Text(tr(t, "report-col-total"))];
    total.extend(table.totals.iter().map(|c| Cell::Int(*c)));
    total.push(Cell::Int(table.total));
    rows.push(total);
    sheets.push(Sheet {
        name: tr(t, "report-sheet-kinds"),
        headers,
        rows,
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-categories"),
        headers: vec![
            tr(t, "report-col-category"),
            tr(t, "report-col-people"),
            tr(t, "report-col-attendances"),
        ],
        rows: report
            .by_category
            .iter()
            .map(|c| {
                let name = match (c.category_id, lang) {
                    (None, _) => tr(t, "report-no-category"),
                    (Some(_), Lang::Kk) => c.name_kk.clone(),
                    (Some(_), Lang::Ru) => c.name_ru.clone(),
                };
                vec![
                    Cell::Text(name),
                    Cell::Int(c.people),
                    Cell::Int(c.attendances),
                ]
            })
            .collect(),
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-documents"),
        headers: vec![
            tr(t, "report-col-document-kind"),
            tr(t, "report-col-current"),
            tr(t, "report-col-previous"),
            tr(t, "report-col-for-events"),
        ],
        rows: report
            .documents
            .iter()
            .map(|d| {
                vec![
                    Cell::Text(document_kind(t, &d.kind)),
                    Cell::Int(d.count),
                    Cell::Int(d.previous),
                    Cell::Int(d.for_events),
                ]
            })
            .collect(),
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-media"),
        headers: vec![
            tr(t, "report-col-date"),
            tr(t, "report-col-outlet"),
            tr(t, "report-col-link"),
            tr(t, "report-col-views"),
            tr(t, "report-col-event"),
        ],
        rows: report
            .media
            .iter()
            .map(|m| {
                vec![
                    date(m.published_on.as_deref()),
                    text(&m.outlet),
                    text(&m.url),
                    m.views.map_or(Cell::Empty, Cell::Int),
                    text(if lang == Lang::Kk {
                        &m.event_title_kk
                    } else {
                        &m.event_title_ru
                    }),
                ]
            })
            .collect(),
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-memoranda"),
        headers: vec![
            tr(t, "report-col-date"),
            tr(t, "report-col-parties"),
            tr(t, "report-col-subject"),
            tr(t, "report-col-event"),
        ],
        rows: report
            .memoranda
            .iter()
            .map(|m| {
                vec![
                    date(m.signed_on.as_deref()),
                    text(m.parties(lang)),
                    text(m.subject(lang)),
                    text(if lang == Lang::Kk {
                        &m.event_title_kk
                    } else {
                        &m.event_title_ru
                    }),
                ]
            })
            .collect(),
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-proposals"),
        headers: vec![
            tr(t, "report-col-date"),
            tr(t, "report-col-event"),
            tr(t, "report-col-proposals"),
        ],
        rows: report
            .proposals
            .iter()
            .map(|e| {
                vec![
                    date(Some(&e.starts_at)),
                    text(e.title(lang)),
                    Cell::Int(e.proposals),
                ]
            })
            .collect(),
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-plan"),
        headers: vec![
            tr(t, "report-col-kind"),
            tr(t, "report-col-planned"),
            tr(t, "report-col-held"),
            tr(t, "report-col-cancelled"),
            tr(t, "report-col-pending"),
        ],
        rows: report
            .plan
            .iter()
            .map(|p| {
                let name = p.kind.map_or_else(
                    || tr(t, "report-col-total"),
                    |k| tr(t, &format!("event-kind-{k}")),
                );
                vec![
                    Cell::Text(name),
                    Cell::Int(p.planned),
                    Cell::Int(p.held),
                    Cell::Int(p.cancelled),
                    Cell::Int(p.pending),
                ]
            })
            .collect(),
        column_widths: None,
    });

    sheets.push(Sheet {
        name: tr(t, "report-sheet-events"),
        headers: vec![
            tr(t, "report-col-date"),
            tr(t, "report-col-kind"),
            tr(t, "report-col-event"),
            tr(t, "report-col-campaign"),
            tr(t, "report-col-place"),
            tr(t, "report-col-district"),
            tr(t, "report-col-status"),
            tr(t, "report-col-participants"),
            tr(t, "report-col-headcount"),
            tr(t, "report-col-reach"),
        ],
        rows: report
            .events
            .iter()
            .map(|e| {
                vec![
                    date_time(&e.starts_at),
                    Cell::Text(tr(t, &format!("event-kind-{}", e.kind))),
                    text(e.title(lang)),
                    text(e.campaign(lang)),
                    text(e.place(lang)),
                    text(e.district(lang)),
                    Cell::Text(tr(t, &format!("event-status-{}", e.status))),
                    Cell::Int(e.participants),
                    e.headcount.map_or(Cell::Empty, Cell::Int),
                    Cell::Int(e.reach()),
                ]
            })
            .collect(),
        column_widths: Some(vec![
            16.0, 24.0, 48.0, 24.0, 32.0, 18.0, 14.0, 12.0, 12.0, 12.0,
        ]),
    });
    sheets.extend(record_sheets(report, lang, t));
    sheets
}

/// The sheets of the event records: IDs handed over, initiatives presented,
/// proposals drafted.
fn record_sheets(report: &Report, lang: Lang, t: &Translator) -> Vec<Sheet> {
    let r = &report.records;
    let title = |kk: &str, ru: &str| {
        text(if lang == Lang::Kk && !kk.is_empty() {
            kk
        } else {
            ru
        })
    };
    vec![
        Sheet {
            name: tr(t, "report-sheet-handovers"),
            headers: vec![
                tr(t, "report-col-date"),
                tr(t, "report-col-person"),
                tr(t, "report-col-id-kind"),
                tr(t, "report-col-id-number"),
                tr(t, "report-col-issuer"),
                tr(t, "report-col-event"),
            ],
            rows: r
                .handovers
                .iter()
                .map(|h| {
                    vec![
                        date(h.handed_on.as_deref()),
                        text(&h.person_name),
                        text(&crate::id_handovers::kind_name(h.kind, &h.kind_other, lang)),
                        text(&h.number),
                        text(&h.issuer),
                        title(&h.event_title_kk, &h.event_title_ru),
                    ]
                })
                .collect(),
            column_widths: Some(vec![12.0, 32.0, 32.0, 14.0, 28.0, 48.0]),
        },
        Sheet {
            name: tr(t, "report-sheet-initiatives"),
            headers: vec![
                tr(t, "report-col-date"),
                tr(t, "report-col-initiative"),
                tr(t, "report-col-event"),
            ],
            rows: r
                .initiatives
                .iter()
                .map(|i| {
                    vec![
                        date(Some(&i.starts_at)),
                        title(&i.name_kk, &i.name_ru),
                        title(&i.event_title_kk, &i.event_title_ru),
                    ]
                })
                .collect(),
            column_widths: Some(vec![12.0, 36.0, 48.0]),
        },
        Sheet {
            name: tr(t, "report-sheet-proposal-records"),
            headers: vec![
                tr(t, "report-col-date"),
                tr(t, "report-col-proposal"),
                tr(t, "report-col-addressee"),
                tr(t, "report-col-status"),
                tr(t, "report-col-event"),
            ],
            rows: r
                .proposals
                .iter()
                .map(|p| {
                    vec![
                        date(Some(&p.starts_at)),
                        text(&p.text),
                        text(&p.addressee),
                        Cell::Text(tr(t, &format!("proposal-status-{}", p.status))),
                        title(&p.event_title_kk, &p.event_title_ru),
                    ]
                })
                .collect(),
            column_widths: Some(vec![12.0, 60.0, 32.0, 16.0, 48.0]),
        },
    ]
}

/// The report as an XLSX workbook in `lang`.
pub fn render_xlsx(report: &Report, lang: Lang) -> Result<Vec<u8>> {
    write_xlsx(&sheets(report, lang)).map_err(|e| Error::Render(e.to_string()))
}
