//! Text measuring: glyph coverage, advance widths and vertical metrics of the
//! embedded faces, read once from the font tables with `allsorts`.
//!
//! Widths are plain sums of advance widths, with no kerning. That is exactly how
//! the PDF writer positions the glyphs, so a measured width is the drawn width.

use std::collections::HashMap;
use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tables::cmap::Cmap;
use allsorts::tables::os2::Os2;
use allsorts::tables::{FontTableProvider, HeadTable, HheaTable, HmtxTable, MaxpTable};
use allsorts::tag;

use crate::error::PdfError;
use crate::fonts::Face;

/// Metrics of one embedded face, in font units.
#[derive(Debug)]
pub struct FontMetrics {
    face: Face,
    units_per_em: u16,
    ascender: i16,
    descender: i16,
    line_gap: i16,
    cap_height: i16,
    /// Glyph ids of the scalars below [`DENSE_CHARS`] (Latin, Cyrillic with
    /// the Kazakh letters, the punctuation a document uses), indexed by the
    /// scalar, 0 for none: measuring a line is a table read per character,
    /// not a hash lookup (a 1,000-page batch measures millions).
    dense: Vec<u16>,
    /// Unicode scalar → glyph id for the scalars above, from the font's
    /// Unicode `cmap` subtable.
    glyphs: HashMap<char, u16>,
    /// Advance width per glyph id, from `hmtx`.
    advances: Vec<u16>,
}

/// Scalars up to here (all of General Punctuation, «№» and «€») have their
/// glyph ids in a table; the rest in a map.
const DENSE_CHARS: usize = 0x2200;

/// Parsed metrics per face, filled on first use.
static METRICS: [OnceLock<Result<FontMetrics, String>>; 8] = [const { OnceLock::new() }; 8];

impl FontMetrics {
    /// The metrics of `face`, parsed on first use and cached for the process.
    pub fn for_face(face: Face) -> Result<&'static FontMetrics, PdfError> {
        METRICS[face.index()]
            .get_or_init(|| parse(face))
            .as_ref()
            .map_err(|reason| PdfError::FontParse {
                face,
                reason: reason.clone(),
            })
    }

    /// The face these metrics belong to.
    pub fn face(&self) -> Face {
        self.face
    }

    /// Font units per em (1000 for the PT fonts).
    pub fn units_per_em(&self) -> u16 {
        self.units_per_em
    }

    /// The glyph that draws `c`, or `None` when the face has none for it.
    pub fn glyph_id(&self, c: char) -> Option<u16> {
        match self.dense.get(c as usize) {
            Some(&gid) => Some(gid),
            None => self.glyphs.get(&c).copied(),
        }
        .filter(|&gid| gid != 0)
    }

    /// Advance width of glyph `gid` in font units (0 for an unknown glyph id).
    pub fn glyph_advance(&self, gid: u16) -> u16 {
        self.advances.get(usize::from(gid)).copied().unwrap_or(0)
    }

    /// Advance width of `c` in points at `size_pt`. A character without a glyph is
    /// drawn as the `.notdef` glyph and measured as such.
    pub fn char_width(&self, c: char, size_pt: f32) -> f32 {
        let gid = self.glyph_id(c).unwrap_or(0);
        self.to_points(i32::from(self.glyph_advance(gid)), size_pt)
    }

    /// Width of `text` in points when set on one line at `size_pt`.
    pub fn text_width(&self, text: &str, size_pt: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.glyph_advance(self.glyph_id(c).unwrap_or(0))))
            .sum();
        // Font units fit f32 exactly far beyond any realistic line length.
        units as f32 * size_pt / f32::from(self.units_per_em)
    }

    /// Height of the tallest glyphs above the baseline, in points (`hhea` ascender).
    pub fn ascent(&self, size_pt: f32) -> f32 {
        self.to_points(i32::from(self.ascender), size_pt)
    }

    /// Depth below the baseline, in points, as a positive number (`hhea` descender).
    pub fn descent(&self, size_pt: f32) -> f32 {
        -self.to_points(i32::from(self.descender), size_pt)
    }

    /// Height of capital letters above the baseline, in points.
    pub fn cap_height(&self, size_pt: f32) -> f32 {
        self.to_points(i32::from(self.cap_height), size_pt)
    }

    /// Recommended distance between consecutive baselines, in points.
    pub fn line_height(&self, size_pt: f32) -> f32 {
        self.to_points(
            i32::from(self.ascender) - i32::from(self.descender) + i32::from(self.line_gap),
            size_pt,
        )
    }

    fn to_points(&self, units: i32, size_pt: f32) -> f32 {
        units as f32 * size_pt / f32::from(self.units_per_em)
    }
}

/// Width of `text` in `face` at `size_pt`, in points. See [`FontMetrics::text_width`].
pub fn text_width(face: Face, size_pt: f32, text: &str) -> Result<f32, PdfError> {
    Ok(FontMetrics::for_face(face)?.text_width(text, size_pt))
}

/// Reads the tables needed for measuring out of the embedded font program.
fn parse(face: Face) -> Result<FontMetrics, String> {
    let font = ReadScope::new(face.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| format!("not a font file: {e}"))?;
    let provider = font.table_provider(0).map_err(|e| e.to_string())?;
    let table = |tag: u32| {
        provider
            .read_table_data(tag)
            .map_err(|e| format!("table {}: {e}", tag::DisplayTag(tag)))
    };

    let head_data = table(tag::HEAD)?;
    let head = ReadScope::new(&head_data)
        .read::<HeadTable>()
        .map_err(|e| format!("head: {e}"))?;
    let hhea_data = table(tag::HHEA)?;
    let hhea = ReadScope::new(&hhea_data)
        .read::<HheaTable>()
        .map_err(|e| format!("hhea: {e}"))?;
    let maxp_data = table(tag::MAXP)?;
    let maxp = ReadScope::new(&maxp_data)
        .read::<MaxpTable>()
        .map_err(|e| format!("maxp: {e}"))?;
    if head.units_per_em == 0 {
        return Err("head: units per em is 0".to_owned());
    }

    let hmtx_data = table(tag::HMTX)?;
    let hmtx = ReadScope::new(&hmtx_data)
        .read_dep::<HmtxTable<'_>>((
            usize::from(maxp.num_glyphs),
            usize::from(hhea.num_h_metrics),
        ))
        .map_err(|e| format!("hmtx: {e}"))?;
    let advances = (0..maxp.num_glyphs)
        .map(|gid| hmtx.horizontal_advance(gid))
        .collect::<Result<Vec<u16>, _>>()
        .map_err(|e| format!("hmtx: {e}"))?;

    let cmap_data = table(tag::CMAP)?;
    let cmap = ReadScope::new(&cmap_data)
        .read::<Cmap<'_>>()
        .map_err(|e| format!("cmap: {e}"))?;
    let (_encoding, subtable) = allsorts::font::read_cmap_subtable(&cmap)
        .map_err(|e| format!("cmap: {e}"))?
        .ok_or("cmap: no Unicode subtable")?;
    let mut glyphs = HashMap::new();
    let mut dense = vec![0u16; DENSE_CHARS];
    subtable
        .mappings_fn(|codepoint, gid| {
            if let Some(slot) = dense.get_mut(codepoint as usize) {
                *slot = gid;
            } else if let Some(c) = char::from_u32(codepoint) {
                glyphs.insert(c, gid);
            }
        })
        .map_err(|e| format!("cmap: {e}"))?;

    // OS/2 sCapHeight exists from table version 2; fall back to 70 % of the ascender.
    let cap_height = provider
        .read_table_data(tag::OS_2)
        .ok()
        .and_then(|data| {
            ReadScope::new(&data)
                .read_dep::<Os2>(data.len())
                .ok()
                .and_then(|os2| os2.version2to4.map(|v| v.s_cap_height))
        })
        .filter(|&h| h > 0)
        .unwrap_or(hhea.ascender / 10 * 7);

    Ok(FontMetrics {
        face,
        units_per_em: head.units_per_em,
        ascender: hhea.ascender,
        descender: hhea.descender,
        line_gap: hhea.line_gap,
        cap_height,
        dense,
        glyphs,
        advances,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metrics(face: Face) -> &'static FontMetrics {
        FontMetrics::for_face(face).unwrap()
    }

    #[test]
    fn glyphs_are_found_below_and_above_the_dense_table() {
        let m = metrics(Face::SerifRegular);
        // Kazakh letters, «», „“ and № lie in the table; ≈ and ◊ above it.
        for c in "ӘәҒғҚқҢңӨөҰұҮүҺһІі«»„“–—№ ≈◊".chars() {
            assert!(m.glyph_id(c).is_some(), "{c:?} has a glyph");
        }
        assert!((DENSE_CHARS as u32) < '≈' as u32);
        assert_eq!(m.glyph_id('₸'), None, "PT Serif has no tenge sign");
        assert_eq!(m.glyph_id('😀'), None);
    }

    #[test]
    fn all_faces_parse() {
        for face in Face::ALL {
            let m = metrics(face);
            assert_eq!(m.face(), face);
            assert!(m.units_per_em() > 0);
            assert!(m.ascent(10.0) > 5.0 && m.ascent(10.0) < 15.0, "{face}");
            assert!(m.descent(10.0) > 0.0 && m.descent(10.0) < 5.0, "{face}");
            assert!(m.cap_height(10.0) > 5.0 && m.cap_height(10.0) < m.ascent(10.0));
            assert!(m.line_height(10.0) >= m.ascent(10.0) + m.descent(10.0) - 1e-4);
        }
    }

    #[test]
    fn width_is_the_sum_of_advances_and_scales_with_size() {
        let m = metrics(Face::SerifRegular);
        let text = "Қазақстан Республикасы";
        let sum: f32 = text.chars().map(|c| m.char_width(c, 12.0)).sum();
        let width = m.text_width(text, 12.0);
        assert!((width - sum).abs() < 0.01, "{width} vs {sum}");
        assert!((m.text_width(text, 24.0) - 2.0 * width).abs() < 0.01);
        assert_eq!(m.text_width("", 12.0), 0.0);
        // A bold face is wider than the regular one.
        assert!(metrics(Face::SerifBold).text_width(text, 12.0) > width);
    }

    #[test]
    fn known_advance_widths() {
        // Reference values read from PTF55F.ttf's cmap/hmtx with an independent parser.
        let m = metrics(Face::SerifRegular);
        assert_eq!(m.units_per_em(), 1000);
        assert_eq!(m.glyph_id(' '), Some(3));
        assert_eq!(m.glyph_advance(3), 243);
        assert_eq!(m.glyph_id('А'), Some(329));
        assert_eq!(m.glyph_advance(329), 683);
        assert_eq!(m.glyph_id('Ә'), Some(489));
        assert_eq!(m.glyph_advance(489), 710);
        // 243 + 683 + 710 units at 10 pt (1000 units per em) = 16.36 pt.
        assert!((m.text_width(" АӘ", 10.0) - 16.36).abs() < 1e-4);
        assert!((m.ascent(10.0) - 10.18).abs() < 1e-4);
        assert!((m.descent(10.0) - 2.76).abs() < 1e-4);
    }

    #[test]
    fn missing_characters_are_measured_as_notdef() {
        let m = metrics(Face::SansRegular);
        assert_eq!(m.glyph_id('中'), None);
        assert_eq!(
            m.char_width('中', 10.0),
            f32::from(m.glyph_advance(0)) * 10.0 / 1000.0
        );
    }

    #[test]
    fn free_function_matches_method() {
        let w = text_width(Face::SansBold, 11.0, "Жобалық кеңсе").unwrap();
        assert_eq!(w, metrics(Face::SansBold).text_width("Жобалық кеңсе", 11.0));
    }
}
