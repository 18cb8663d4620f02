//! The report as a PDF in the shape of an office report: the office and the
//! period, the indicator table against the previous period, two vector
//! charts, the tables, and the signatory. Kazakh, Russian, or both in one
//! file (Kazakh first).

use super::photo_page::PhotoPage;
use super::xlsx::{document_kind, indicator_name};
use super::{BucketUnit, Report, ReportLang, period_label, short_date, span_label};
use crate::i18n::Translator;
use crate::signatories::{self, Signatory};
use crate::{Error, Lang, Result, office};
use kense_pdf::Face;
use kense_pdf::{
    Block, Chart, ChartKind, Column, ColumnWidth, FlowDocument, PALETTE, PageSetup, Paragraph,
    Series, Table, TextAlign,
};
use rusqlite::Connection;

/// Who the report is from: the office and the signatory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Letterhead {
    /// Office name in Kazakh.
    pub office_kk: String,
    /// Office name in Russian.
    pub office_ru: String,
    /// Region in Kazakh.
    pub region_kk: String,
    /// Region in Russian.
    pub region_ru: String,
    /// The default signatory, if one is chosen.
    pub signatory: Option<Signatory>,
}

impl Letterhead {
    /// The office profile and default signatory from the database.
    pub fn load(conn: &Connection) -> Result<Self> {
        let profile = office::get_office_profile(conn)?;
        let signatory = signatories::list_signatories(conn)?
            .into_iter()
            .find(|s| s.is_default);
        Ok(Self {
            office_kk: profile.name(Lang::Kk).to_owned(),
            office_ru: profile.name(Lang::Ru).to_owned(),
            region_kk: profile.region_kk,
            region_ru: profile.region_ru,
            signatory,
        })
    }

    fn office(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.office_kk,
            Lang::Ru => &self.office_ru,
        }
    }
}

/// A paragraph block.
pub(crate) fn para(face: Face, size: f32, align: TextAlign, text: &str) -> Block {
    Block::Paragraph(Paragraph::new(face, size, align, text))
}

/// A line of PT Sans kept on one page with what follows (the signature
/// block with the date line under it).
fn kept(size: f32, text: &str) -> Block {
    Block::Paragraph(
        Paragraph::new(Face::SansRegular, size, TextAlign::Left, text).kept_with_next(),
    )
}

/// `block` (a paragraph) kept on one page with the last rows of the table
/// before it.
fn with_previous(block: Block) -> Block {
    match block {
        Block::Paragraph(p) => Block::Paragraph(p.kept_with_previous()),
        other => other,
    }
}

/// A section heading, kept on one page with the start of its section.
fn heading(text: &str) -> Vec<Block> {
    vec![
        Block::Space(10.0),
        Block::Paragraph(
            Paragraph::new(Face::SansBold, 12.0, TextAlign::Left, text).kept_with_next(),
        ),
        Block::Space(3.0),
    ]
}

/// A table column.
pub(crate) fn col(header: String, width: ColumnWidth, align: TextAlign) -> Column {
    Column {
        header,
        width,
        align,
    }
}

/// A table block in PT Sans 9 pt.
pub(crate) fn table(columns: Vec<Column>, rows: Vec<Vec<String>>) -> Block {
    let mut t = Table::new(columns, rows);
    t.size_pt = 9.0;
    t.padding_pt = 3.0;
    Block::Table(t)
}

/// Thousands grouped with a space: `12 345`.
fn n(v: i64) -> String {
    kense_pdf::number_label(v as f64)
}

fn signed(v: i64) -> String {
    if v > 0 { format!("+{}", n(v)) } else { n(v) }
}

fn percent(p: Option<f64>) -> String {
    match p {
        Some(p) if p > 0.0 => format!("+{p:.1}%"),
        Some(p) => format!("{p:.1}%"),
        None => "—".to_owned(),
    }
    .replace('.', ",")
}

/// The content of the report in one language.
pub fn blocks(report: &Report, head: &Letterhead, lang: Lang, generated_on: &str) -> Vec<Block> {
    let t = Translator::new(lang);
    let t = &t;
    let tr = |key: &str| t.tr(key, &[]);
    let kind_name = |kind: &dyn std::fmt::Display| tr(&format!("event-kind-{kind}"));
    let num = |w: f32| ColumnWidth::Mm(w);
    let right = TextAlign::Right;
    let left = TextAlign::Left;
    let mut b = Vec::new();

    let office = head.office(lang);
    if !office.is_empty() {
        b.push(para(Face::SansBold, 12.0, TextAlign::Center, office));
    }
    b.push(Block::Space(10.0));
    b.push(para(
        Face::SansBold,
        15.0,
        TextAlign::Center,
        &tr("report-title"),
    ));
    let title = period_label(t, &report.query.from, &report.query.to);
    b.push(para(
        Face::SansRegular,
        12.0,
        TextAlign::Center,
        &super::period_heading(t, &report.query.from, &report.query.to),
    ));
    b.push(Block::Space(6.0));
    // The indicators' columns: the period, or its days so far.
    let (current, previous) = if report.running {
        (
            span_label(t, &report.current.from, &report.current.to),
            span_label(t, &report.previous.from, &report.previous.to),
        )
    } else {
        (
            title.clone(),
            period_label(t, &report.previous.from, &report.previous.to),
        )
    };
    let mut lines = vec![t.tr(
        "report-period-line",
        &[
            ("from", &short_date(&report.query.from)),
            ("to", &short_date(&report.query.to)),
            ("pfrom", &short_date(&report.previous.from)),
            ("pto", &short_date(&report.previous.to)),
        ],
    )];
    if report.running {
        lines.push(t.tr(
            "report-running-line",
            &[("current", &current), ("previous", &previous)],
        ));
    }
    lines.push(tr("report-documents-rule"));
    if let Some(id) = report.query.campaign_id {
        let name = report
            .events
            .iter()
            .find(|e| e.campaign_id == Some(id))
            .map(|e| e.campaign(lang).to_owned())
            .unwrap_or_else(|| id.to_string());
        lines.push(format!("{}: {name}", tr("report-filter-campaign")));
    }
    if let Some(d) = &report.query.district {
        // The filter is the district's key; an event of it names it in
        // the page's language.
        let named = report
            .events
            .iter()
            .find(|e| e.district_key() == d.trim())
            .map_or(d.as_str(), |e| e.district(lang));
        lines.push(format!("{}: {named}", tr("report-filter-district")));
    }
    for line in lines {
        b.push(para(Face::SansRegular, 9.5, TextAlign::Left, &line));
    }

    // 1. Indicators.
    b.extend(heading(&tr("report-section-indicators")));
    b.push(table(
        vec![
            col(tr("report-col-indicator"), ColumnWidth::Fraction(1.0), left),
            col(current.clone(), num(28.0), right),
            col(previous, num(28.0), right),
            col(tr("report-col-change"), num(22.0), right),
            col("%".to_owned(), num(18.0), right),
        ],
        report
            .indicators
            .iter()
            .map(|i| {
                let name = indicator_name(t, i.key);
                vec![
                    if i.key.is_part() {
                        format!("    {name}")
                    } else {
                        name
                    },
                    n(i.current),
                    n(i.previous),
                    signed(i.change),
                    percent(i.change_percent),
                ]
            })
            .collect(),
    ));

    // Charts.
    let unit_key = match report.chart_unit {
        BucketUnit::Week => "report-chart-by-week",
        BucketUnit::Month => "report-chart-by-month",
    };
    let labels: Vec<String> = report
        .chart
        .iter()
        .map(|c| match report.chart_unit {
            BucketUnit::Week => short_date(&c.from).get(..5).unwrap_or("").to_owned(),
            BucketUnit::Month => c
                .from
                .get(5..7)
                .and_then(|m| m.parse::<u32>().ok())
                .map(|m| tr(&format!("month-{m}")).chars().take(3).collect())
                .unwrap_or_default(),
        })
        .collect();
    let series: Vec<Series> = report
        .chart_kinds
        .iter()
        .enumerate()
        .map(|(k, kind)| Series {
            name: kind_name(kind),
            color: PALETTE[k % PALETTE.len()],
            values: report.chart.iter().map(|c| c.counts[k] as f64).collect(),
        })
        .collect();
    b.push(Block::Space(10.0));
    b.push(Block::Chart(Chart {
        title: tr(unit_key),
        height_pt: 210.0,
        kind: ChartKind::StackedColumns { labels, series },
    }));
    let reached: Vec<_> = report.by_category.iter().filter(|c| c.people > 0).collect();
    if !reached.is_empty() {
        b.push(Block::Space(10.0));
        b.push(Block::Chart(Chart::horizontal_bars(
            &tr("report-chart-by-category"),
            reached.iter().map(|c| category_name(t, lang, c)).collect(),
            reached.iter().map(|c| c.people as f64).collect(),
            PALETTE[10],
        )));
    }

    // 2. Events by kind × campaign.
    b.extend(heading(&tr("report-section-kinds")));
    let kc = &report.by_kind_campaign;
    if kc.rows.is_empty() {
        b.push(para(Face::SansRegular, 10.0, left, &tr("report-none")));
    } else {
        let campaign_w = if kc.campaigns.len() > 6 { 16.0 } else { 22.0 };
        let mut cols = vec![col(tr("report-col-kind"), ColumnWidth::Fraction(1.0), left)];
        cols.extend(kc.campaigns.iter().map(|c| {
            let name = if c.id.is_none() {
                tr("report-no-campaign")
            } else if lang == Lang::Kk {
                c.name_kk.clone()
            } else {
                c.name_ru.clone()
            };
            col(name, num(campaign_w), right)
        }));
        cols.push(col(tr("report-col-total"), num(16.0), right));
        let mut rows: Vec<Vec<String>> = kc
            .rows
            .iter()
            .map(|r| {
                let mut row = vec![kind_name(&r.kind)];
                row.extend(r.counts.iter().map(|c| n(*c)));
                row.push(n(r.total));
                row
            })
            .collect();
        let mut total = vec![tr("report-col-total")];
        total.extend(kc.totals.iter().map(|c| n(*c)));
        total.push(n(kc.total));
        rows.push(total);
        let mut tb = Table::new(cols, rows);
        tb.size_pt = match kc.campaigns.len() {
            0..=3 => 9.0,
            4..=6 => 8.0,
            _ => 7.0,
        };
        tb.padding_pt = 3.0;
        b.push(Block::Table(tb));
    }

    // 3. Reach by category.
    b.extend(heading(&tr("report-section-categories")));
    b.push(table(
        vec![
            col(tr("report-col-category"), ColumnWidth::Fraction(1.0), left),
            col(tr("report-col-people"), num(30.0), right),
            col(tr("report-col-attendances"), num(30.0), right),
        ],
        report
            .by_category
            .iter()
            .map(|c| vec![category_name(t, lang, c), n(c.people), n(c.attendances)])
            .collect(),
    ));

    // 4. Documents by kind.
    b.extend(heading(&tr("report-section-documents")));
    b.push(table(
        vec![
            col(
                tr("report-col-document-kind"),
                ColumnWidth::Fraction(1.0),
                left,
            ),
            col(current.clone(), num(30.0), right),
            col(tr("report-col-previous"), num(30.0), right),
            col(tr("report-col-for-events"), num(34.0), right),
        ],
        report
            .documents
            .iter()
            .map(|d| {
                vec![
                    document_kind(t, &d.kind),
                    n(d.count),
                    n(d.previous),
                    n(d.for_events),
                ]
            })
            .collect(),
    ));

    // 5. Plan against actual.
    b.extend(heading(&tr("report-section-plan")));
    b.push(table(
        vec![
            col(tr("report-col-kind"), ColumnWidth::Fraction(1.0), left),
            col(tr("report-col-planned"), num(24.0), right),
            col(tr("report-col-held"), num(24.0), right),
            col(tr("report-col-cancelled"), num(24.0), right),
            col(tr("report-col-pending"), num(24.0), right),
        ],
        report
            .plan
            .iter()
            .map(|p| {
                vec![
                    p.kind
                        .map_or_else(|| tr("report-col-total"), |k| kind_name(&k)),
                    n(p.planned),
                    n(p.held),
                    n(p.cancelled),
                    n(p.pending),
                ]
            })
            .collect(),
    ));

    // 6. Media coverage.
    b.extend(heading(&tr("report-section-media")));
    if report.media.is_empty() {
        b.push(para(Face::SansRegular, 10.0, left, &tr("report-none")));
    } else {
        b.push(table(
            vec![
                col(tr("report-col-date"), num(20.0), left),
                col(tr("report-col-outlet"), ColumnWidth::Fraction(1.0), left),
                col(tr("report-col-link"), ColumnWidth::Fraction(1.4), left),
                col(tr("report-col-views"), num(20.0), right),
            ],
            report
                .media
                .iter()
                .map(|m| {
                    vec![
                        m.published_on
                            .as_deref()
                            .map(short_date)
                            .unwrap_or_default(),
                        m.outlet.clone(),
                        m.url.clone(),
                        m.views.map(n).unwrap_or_default(),
                    ]
                })
                .collect(),
        ));
    }

    // 7. Memoranda.
    b.extend(heading(&tr("report-section-memoranda")));
    if report.memoranda.is_empty() {
        b.push(para(Face::SansRegular, 10.0, left, &tr("report-none")));
    } else {
        b.push(table(
            vec![
                col(tr("report-col-date"), num(20.0), left),
                col(tr("report-col-parties"), ColumnWidth::Fraction(1.0), left),
                col(tr("report-col-subject"), ColumnWidth::Fraction(1.0), left),
            ],
            report
                .memoranda
                .iter()
                .map(|m| {
                    vec![
                        m.signed_on.as_deref().map(short_date).unwrap_or_default(),
                        m.parties(lang).to_owned(),
                        m.subject(lang).to_owned(),
                    ]
                })
                .collect(),
        ));
    }

    // 8. Proposals.
    b.extend(heading(&tr("report-section-proposals")));
    if report.proposals.is_empty() {
        b.push(para(Face::SansRegular, 10.0, left, &tr("report-none")));
    } else {
        b.push(table(
            vec![
                col(tr("report-col-date"), num(20.0), left),
                col(tr("report-col-event"), ColumnWidth::Fraction(1.0), left),
                col(tr("report-col-proposals"), num(26.0), right),
            ],
            report
                .proposals
                .iter()
                .map(|e| {
                    vec![
                        short_date(&e.starts_at),
                        e.title(lang).to_owned(),
                        n(e.proposals),
                    ]
                })
                .collect(),
        ));
    }

    // 9. The events.
    b.extend(heading(&tr("report-section-events")));
    if report.events.is_empty() {
        b.push(para(Face::SansRegular, 10.0, left, &tr("report-none")));
    } else {
        b.push(table(
            vec![
                col("№".to_owned(), num(9.0), right),
                col(tr("report-col-date"), num(20.0), left),
                col(tr("report-col-event"), ColumnWidth::Fraction(1.3), left),
                col(tr("report-col-place"), ColumnWidth::Fraction(1.0), left),
                col(tr("report-col-status"), num(22.0), left),
                col(tr("report-col-reach"), num(20.0), right),
            ],
            report
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let reach = if e.status == crate::kinds::EventStatus::Held {
                        match e.headcount {
                            Some(h) if e.participants > 0 => {
                                format!("{} + {}", n(e.participants), n(h))
                            }
                            Some(h) => n(h),
                            None => n(e.participants),
                        }
                    } else {
                        String::new()
                    };
                    vec![
                        (i + 1).to_string(),
                        short_date(&e.starts_at),
                        format!("{} ({})", e.title(lang), kind_name(&e.kind)),
                        place_and_district(e.place(lang), e.district(lang)),
                        tr(&format!("event-status-{}", e.status)),
                        reach,
                    ]
                })
                .collect(),
        ));
    }

    // Signatory.
    b.push(Block::Space(28.0));
    if let Some(s) = &head.signatory {
        let position = if lang == Lang::Kk {
            &s.position_kk
        } else {
            &s.position_ru
        };
        if !position.is_empty() {
            // The position stays with the signature line, and the block
            // with the last rows of the list above it.
            b.push(Block::Paragraph(
                Paragraph::new(Face::SansBold, 10.5, left, position)
                    .kept_with_next()
                    .kept_with_previous(),
            ));
        }
        let line = kept(
            10.5,
            &format!("_______________________  {}", s.full_name(lang)),
        );
        b.push(if position.is_empty() {
            with_previous(line)
        } else {
            line
        });
    } else {
        b.push(with_previous(kept(
            10.5,
            &format!("{}  _______________________", tr("report-signature")),
        )));
    }
    b.push(Block::Space(6.0));
    b.push(para(
        Face::SansRegular,
        9.0,
        left,
        &t.tr("report-generated", &[("date", generated_on)]),
    ));
    b
}

/// «place, district» without repeating a district the place already names.
fn place_and_district(place: &str, district: &str) -> String {
    if district.is_empty() || place.contains(district) {
        place.to_owned()
    } else if place.is_empty() {
        district.to_owned()
    } else {
        format!("{place}, {district}")
    }
}

fn category_name(t: &Translator, lang: Lang, c: &super::CategoryReach) -> String {
    match (c.category_id, lang) {
        (None, _) => t.tr("report-no-category", &[]),
        (Some(_), Lang::Kk) => c.name_kk.clone(),
        (Some(_), Lang::Ru) => c.name_ru.clone(),
    }
}

/// The report as a flowing A4 document in `lang` (both: Kazakh, then
/// Russian from a new page). `generated_on` is printed at the end
/// (`dd.mm.yyyy`).
pub fn document(
    report: &Report,
    head: &Letterhead,
    lang: ReportLang,
    generated_on: &str,
) -> FlowDocument {
    document_with_photos(report, head, &PhotoPage::default(), lang, generated_on)
}

/// [`document`] with the photo page after each language's report.
pub fn document_with_photos(
    report: &Report,
    head: &Letterhead,
    photos: &PhotoPage,
    lang: ReportLang,
    generated_on: &str,
) -> FlowDocument {
    let mut all = Vec::new();
    for (i, l) in lang.langs().iter().enumerate() {
        if i > 0 {
            all.push(Block::PageBreak);
        }
        all.extend(blocks(report, head, *l, generated_on));
        all.extend(super::photo_page::blocks(photos, *l));
    }
    let first = Translator::new(lang.langs()[0]);
    FlowDocument {
        title: format!(
            "{} — {}",
            first.tr("report-title", &[]),
            period_label(&first, &report.query.from, &report.query.to)
        ),
        setup: PageSetup::a4_portrait(18.0).numbered_in(lang.footer()),
        blocks: all,
    }
}

/// The report as PDF bytes.
pub fn render_pdf(
    report: &Report,
    head: &Letterhead,
    lang: ReportLang,
    generated_on: &str,
) -> Result<Vec<u8>> {
    let doc = document(report, head, lang, generated_on).layout()?;
    kense_pdf::render_pdf(&doc.title, &doc.pages).map_err(Error::from)
}

/// The report as PDF bytes with its photo page.
pub fn render_pdf_with_photos(
    report: &Report,
    head: &Letterhead,
    photos: &PhotoPage,
    lang: ReportLang,
    generated_on: &str,
) -> Result<Vec<u8>> {
    let doc = document_with_photos(report, head, photos, lang, generated_on).layout()?;
    kense_pdf::render_pdf(&doc.title, &doc.pages).map_err(Error::from)
}
