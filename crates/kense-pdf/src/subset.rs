//! Font subsetting: reduce an embedded face to the glyphs a document uses.
//!
//! printpdf 0.12 without its `html` feature embeds whole font files, so the
//! subsetting happens here, with the same `allsorts` printpdf itself links.

use std::collections::{BTreeMap, BTreeSet};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use allsorts::tag;

use crate::error::PdfError;
use crate::fonts::{Face, missing_glyphs};
use crate::measure::FontMetrics;

/// Tables kept in a subset (besides `glyf` and `loca`): what a PDF viewer
/// reads (ISO 32000-1, 9.9: `head`, `hhea`, `hmtx`, `maxp`, `loca`, `glyf` and
/// the hinting programs `cvt`, `fpgm`, `prep`), `cmap`, and `OS/2`, whose
/// weight class printpdf turns into the font descriptor's `/StemV`. `name`
/// (6 KB of licence text per face) and `post` (glyph names) are left out, as
/// most PDF producers do: with three faces in a certificate they were a sixth
/// of the file.
const PDF_TABLES: [u32; 9] = [
    tag::CMAP,
    tag::HEAD,
    tag::CVT,
    tag::FPGM,
    tag::HHEA,
    tag::HMTX,
    tag::MAXP,
    tag::OS_2,
    tag::PREP,
];

/// A face reduced to the glyphs for a set of characters.
#[derive(Debug, Clone)]
pub struct SubsetFont {
    /// The face this subset was made from.
    pub face: Face,
    /// PDF font name with the subset tag, e.g. `KQWBDH+PTSerif-Bold`.
    pub base_name: String,
    /// The reduced TrueType font program.
    pub program: Vec<u8>,
    /// Each requested character and its glyph id in `program`.
    pub glyph_ids: BTreeMap<char, u16>,
}

/// Subsets `face` to the glyphs that draw `chars`.
///
/// Glyph 0 (`.notdef`) is always kept; the other glyphs are renumbered in the order
/// of their original ids. Fails with [`PdfError::MissingGlyphs`] when the face has
/// no glyph for some of the characters.
pub fn subset_face(face: Face, chars: &BTreeSet<char>) -> Result<SubsetFont, PdfError> {
    let text: String = chars.iter().collect();
    let missing = missing_glyphs(face, &text);
    if !missing.is_empty() {
        return Err(PdfError::MissingGlyphs {
            face,
            chars: missing,
        });
    }
    let metrics = FontMetrics::for_face(face)?;
    let subset_error = |reason: String| PdfError::Subset { face, reason };

    // Original glyph ids: .notdef first (allsorts requires it), then ascending, unique.
    let used: BTreeSet<u16> = chars.iter().filter_map(|&c| metrics.glyph_id(c)).collect();
    let old_ids: Vec<u16> = std::iter::once(0).chain(used).collect();

    let font = ReadScope::new(face.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| subset_error(e.to_string()))?;
    let provider = font
        .table_provider(0)
        .map_err(|e| subset_error(e.to_string()))?;
    let program = allsorts::subset::subset(
        &provider,
        &old_ids,
        &SubsetProfile::Custom(PDF_TABLES.to_vec()),
        CmapTarget::Unicode,
    )
    .map_err(|e| subset_error(e.to_string()))?;

    // allsorts gives requested glyph i the new id i (composite components are
    // appended after them), so the new id is the position in `old_ids`.
    let new_id: BTreeMap<u16, u16> = old_ids
        .iter()
        .zip(0u16..)
        .map(|(&old, new)| (old, new))
        .collect();
    let glyph_ids = chars
        .iter()
        .filter_map(|&c| {
            let old = metrics.glyph_id(c)?;
            new_id.get(&old).map(|&new| (c, new))
        })
        .collect();

    Ok(SubsetFont {
        face,
        base_name: format!("{}+{}", subset_tag(face, &old_ids), face.postscript_name()),
        program,
        glyph_ids,
    })
}

/// The six-uppercase-letter subset tag (ISO 32000-1, 9.6.4). Derived from the face
/// and glyph set, so equal input gives equal output and different subsets of one
/// face in one document get different names.
fn subset_tag(face: Face, glyph_ids: &[u16]) -> String {
    // FNV-1a, 64 bit.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = face
        .postscript_name()
        .bytes()
        .chain(glyph_ids.iter().flat_map(|gid| gid.to_be_bytes()));
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|_| {
            let letter = b'A' + (hash % 26) as u8;
            hash /= 26;
            char::from(letter)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use allsorts::tables::cmap::Cmap;
    use allsorts::tables::{FontTableProvider, HheaTable, HmtxTable, MaxpTable};

    use super::*;

    fn chars(text: &str) -> BTreeSet<char> {
        text.chars().collect()
    }

    /// Reads (cmap, advance widths) back out of a font program.
    fn read_back(program: &[u8]) -> (BTreeMap<char, u16>, Vec<u16>) {
        let font = ReadScope::new(program).read::<FontData<'_>>().unwrap();
        let provider = font.table_provider(0).unwrap();
        let cmap_data = provider.read_table_data(tag::CMAP).unwrap();
        let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().unwrap();
        let (_, subtable) = allsorts::font::read_cmap_subtable(&cmap).unwrap().unwrap();
        let mut map = BTreeMap::new();
        subtable
            .mappings_fn(|cp, gid| {
                map.insert(char::from_u32(cp).unwrap(), gid);
            })
            .unwrap();
        let maxp_data = provider.read_table_data(tag::MAXP).unwrap();
        let maxp = ReadScope::new(&maxp_data).read::<MaxpTable>().unwrap();
        let hhea_data = provider.read_table_data(tag::HHEA).unwrap();
        let hhea = ReadScope::new(&hhea_data).read::<HheaTable>().unwrap();
        let hmtx_data = provider.read_table_data(tag::HMTX).unwrap();
        let hmtx = ReadScope::new(&hmtx_data)
            .read_dep::<HmtxTable<'_>>((
                usize::from(maxp.num_glyphs),
                usize::from(hhea.num_h_metrics),
            ))
            .unwrap();
        let advances = (0..maxp.num_glyphs)
            .map(|g| hmtx.horizontal_advance(g).unwrap())
            .collect();
        (map, advances)
    }

    #[test]
    fn subset_is_much_smaller_than_the_full_font() {
        let text = "Алматы облысы прокуратурасының жобалық кеңсесі Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
        for face in Face::ALL {
            let subset = subset_face(face, &chars(text)).unwrap();
            assert!(
                subset.program.len() * 10 < face.bytes().len(),
                "{face}: subset {} bytes, full {} bytes",
                subset.program.len(),
                face.bytes().len()
            );
        }
    }

    #[test]
    fn glyph_ids_agree_with_the_subset_cmap_and_widths_are_kept() {
        let text = "Кеңсе Ұлттық Әділет Һ І 2025 — «ok»";
        let face = Face::SerifBold;
        let metrics = FontMetrics::for_face(face).unwrap();
        let subset = subset_face(face, &chars(text)).unwrap();
        let (cmap, advances) = read_back(&subset.program);

        assert_eq!(subset.glyph_ids.len(), chars(text).len());
        for (&c, &gid) in &subset.glyph_ids {
            assert_ne!(gid, 0, "{c:?} mapped to .notdef");
            assert_eq!(cmap.get(&c), Some(&gid), "cmap entry for {c:?}");
            let original = metrics.glyph_advance(metrics.glyph_id(c).unwrap());
            assert_eq!(advances[usize::from(gid)], original, "advance of {c:?}");
        }
    }

    #[test]
    fn base_name_has_a_six_letter_tag_and_is_deterministic() {
        let a = subset_face(Face::SansItalic, &chars("Ақ")).unwrap();
        let (tag, name) = a.base_name.split_once('+').unwrap();
        assert_eq!(name, "PTSans-Italic");
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()), "{tag}");

        let again = subset_face(Face::SansItalic, &chars("Ақ")).unwrap();
        assert_eq!(again.base_name, a.base_name);
        assert_eq!(again.program, a.program);
        let other = subset_face(Face::SansItalic, &chars("Ақа")).unwrap();
        assert_ne!(other.base_name, a.base_name);
    }

    #[test]
    fn uncovered_characters_are_an_error() {
        let err = subset_face(Face::SerifRegular, &chars("Ақ中😀")).unwrap_err();
        match err {
            PdfError::MissingGlyphs { face, chars } => {
                assert_eq!(face, Face::SerifRegular);
                assert_eq!(chars, vec!['中', '😀']);
            }
            other => panic!("unexpected error: {other}"),
        }
    }

    #[test]
    fn empty_set_gives_a_notdef_only_font() {
        let subset = subset_face(Face::SerifRegular, &BTreeSet::new()).unwrap();
        assert!(subset.glyph_ids.is_empty());
        assert!(!subset.program.is_empty());
    }
}
