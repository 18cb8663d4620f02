//! Fonts prepared once for a whole batch of documents.
//!
//! A [`FontSet`] is built from every character of a batch: each face in use is
//! checked, subset and compressed exactly once, and the same prepared font program
//! is embedded into every PDF rendered with the set (one combined PDF or many
//! separate files).

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect,
    TextItem,
};

use crate::error::PdfError;
use crate::fonts::{Face, missing_glyphs};
use crate::subset::{SubsetFont, subset_face};

/// One face reduced to the batch's glyphs, ready to embed.
#[derive(Debug, Clone)]
pub(crate) struct PreparedFont {
    /// The subset font program and its character → glyph map.
    pub(crate) subset: SubsetFont,
    /// The subset wrapped for printpdf (parsed once).
    pub(crate) pdf_font: PdfFont,
    /// `subset.program` compressed with FlateDecode, or `None` if that would not
    /// make it smaller.
    pub(crate) compressed: Option<Vec<u8>>,
    /// The glyph code of each character below [`DENSE_CODES`] (0 when the
    /// subset has none), read by index while content streams are written.
    dense_codes: Vec<u16>,
    /// The character drawn by each glyph code (`None` for `.notdef` and
    /// glyphs no character maps to).
    chars_by_code: Vec<Option<char>>,
}

/// Characters below this code point (Latin, Cyrillic with Kazakh, general
/// punctuation) have their glyph codes in a table; the rest are looked up.
const DENSE_CODES: usize = 0x2200;

impl PreparedFont {
    fn new(subset: SubsetFont, pdf_font: PdfFont) -> Self {
        let mut dense_codes = vec![0; DENSE_CODES];
        let glyphs = subset.glyph_ids.values().max().map_or(0, |&gid| gid + 1);
        let mut chars_by_code = vec![None; usize::from(glyphs)];
        for (&c, &gid) in &subset.glyph_ids {
            if let Some(slot) = dense_codes.get_mut(c as usize) {
                *slot = gid;
            }
            if let Some(slot) = chars_by_code.get_mut(usize::from(gid)) {
                slot.get_or_insert(c);
            }
        }
        Self {
            subset,
            pdf_font,
            compressed: None,
            dense_codes,
            chars_by_code,
        }
    }

    /// How many glyph codes the subset has (codes are below this).
    pub(crate) fn code_count(&self) -> usize {
        self.chars_by_code.len()
    }

    /// The character glyph `code` draws, if any.
    pub(crate) fn char_of(&self, code: usize) -> Option<char> {
        self.chars_by_code.get(code).copied().flatten()
    }

    /// The code `c` is written with in a content stream: its glyph id in the
    /// subset (the font is embedded `Identity-H`), or 0 (`.notdef`) if the
    /// subset does not draw it — the code printpdf used for such a character.
    pub(crate) fn code(&self, c: char) -> u16 {
        match self.dense_codes.get(c as usize) {
            Some(&code) => code,
            None => self.subset.glyph_ids.get(&c).copied().unwrap_or(0),
        }
    }
}

/// The faces a batch uses, each subset and compressed once.
#[derive(Debug, Clone, Default)]
pub struct FontSet {
    fonts: BTreeMap<Face, PreparedFont>,
}

impl FontSet {
    /// Prepares the faces for every `(face, text)` run of a batch.
    ///
    /// All text is checked before anything is subset: if some characters cannot be
    /// drawn, the error is [`PdfError::MissingGlyphs`] for the first face lacking
    /// glyphs, listing every such character of the whole batch once.
    pub fn new<'a>(runs: impl IntoIterator<Item = (Face, &'a str)>) -> Result<Self, PdfError> {
        let mut chars_by_face: BTreeMap<Face, BTreeSet<char>> = BTreeMap::new();
        for (face, text) in runs {
            chars_by_face.entry(face).or_default().extend(text.chars());
        }
        for (&face, chars) in &chars_by_face {
            let text: String = chars.iter().collect();
            let mut missing = missing_glyphs(face, &text);
            if !missing.is_empty() {
                // Code point order: stable however the batch was assembled.
                missing.sort_unstable();
                return Err(PdfError::MissingGlyphs {
                    face,
                    chars: missing,
                });
            }
        }
        let mut fonts = BTreeMap::new();
        for (face, chars) in chars_by_face {
            let subset = subset_face(face, &chars)?;
            let pdf_font = pdf_font(&subset)?;
            fonts.insert(face, PreparedFont::new(subset, pdf_font));
        }
        let mut set = Self { fonts };
        set.compress_programs();
        Ok(set)
    }

    /// The faces in the set.
    pub fn faces(&self) -> impl Iterator<Item = Face> + '_ {
        self.fonts.keys().copied()
    }

    /// The embedded font program of `face` exactly as it is written into every PDF
    /// rendered with this set (compressed when that is smaller), if the face is used.
    pub fn embedded_program(&self, face: Face) -> Option<&[u8]> {
        self.fonts
            .get(&face)
            .map(|f| f.compressed.as_deref().unwrap_or(&f.subset.program))
    }

    pub(crate) fn get(&self, face: Face) -> Option<&PreparedFont> {
        self.fonts.get(&face)
    }

    /// Checks that the set can draw `text` in `face`.
    pub(crate) fn check(&self, face: Face, text: &str) -> Result<(), PdfError> {
        let mut missing: Vec<char> = Vec::new();
        let glyphs = self.fonts.get(&face).map(|f| &f.subset.glyph_ids);
        for c in text.chars() {
            let covered = glyphs.is_some_and(|g| g.contains_key(&c));
            if !covered && !missing.contains(&c) {
                missing.push(c);
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(PdfError::MissingGlyphs {
                face,
                chars: missing,
            })
        }
    }

    /// Compresses every font program once, with the PDF writer's own compressor, on
    /// a scratch document that uses each face.
    fn compress_programs(&mut self) {
        let mut doc = PdfDocument::new("fonts");
        show_on_scratch_page(
            &mut doc,
            self.fonts.iter().filter_map(|(face, font)| {
                let &c = font.subset.glyph_ids.keys().next()?;
                Some((*face, font, c.to_string()))
            }),
        );
        let mut warnings = Vec::new();
        let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
        for object in pdf.objects.values_mut() {
            let Ok(stream) = object.as_stream_mut() else {
                continue;
            };
            if stream.dict.get(b"Length1").is_err() {
                continue;
            }
            let Some(font) = self
                .fonts
                .values_mut()
                .find(|f| f.subset.program == stream.content)
            else {
                continue;
            };
            if stream.compress().is_ok() && stream.dict.get(b"Filter").is_ok() {
                font.compressed = Some(stream.content.clone());
            }
        }
    }
}

/// Makes `doc`'s only page a scratch page that shows each face's text,
/// with the face's font in `doc`'s resources: printpdf writes a font's
/// program, its `/W` widths and its `ToUnicode` map for the glyphs its pages
/// show.
pub(crate) fn show_on_scratch_page<'a>(
    doc: &mut PdfDocument,
    shown: impl IntoIterator<Item = (Face, &'a PreparedFont, String)>,
) {
    let mut ops = vec![Op::StartTextSection];
    for (face, font, text) in shown {
        let id = crate::document::font_id(face);
        doc.resources
            .fonts
            .map
            .insert(id.clone(), font.pdf_font.clone());
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(id),
            size: Pt(10.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
    }
    ops.push(Op::EndTextSection);
    let media_box = Rect::from_wh(Pt(100.0), Pt(100.0));
    doc.pages = vec![PdfPage {
        media_box: media_box.clone(),
        trim_box: media_box.clone(),
        crop_box: media_box,
        ops,
    }];
}

/// Wraps a subset font program for printpdf.
///
/// Without its `html` feature printpdf embeds the font bytes it is given as they
/// are, takes `/BaseFont` from `font_name`, maps characters to glyphs through
/// `codepoint_to_glyph` and writes `/W` widths and the `/ToUnicode` map from them.
/// Handing it the subset with its tagged name therefore yields an embedded subset.
fn pdf_font(subset: &SubsetFont) -> Result<PdfFont, PdfError> {
    let mut warnings = Vec::new();
    let mut parsed =
        ParsedFont::from_bytes(&subset.program, 0, &mut warnings).ok_or_else(|| {
            PdfError::Subset {
                face: subset.face,
                reason: format!("printpdf cannot read the subset font: {warnings:?}"),
            }
        })?;
    parsed.font_name = Some(subset.base_name.clone());
    parsed.codepoint_to_glyph = subset
        .glyph_ids
        .iter()
        .map(|(&c, &gid)| (u32::from(c), gid))
        .collect();
    Ok(PdfFont::new(parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_compressed_once_and_smaller() {
        let set = FontSet::new([
            (Face::SerifBold, "Құрмет грамотасы"),
            (Face::SansRegular, "Алғыс хат"),
        ])
        .unwrap();
        assert_eq!(
            set.faces().collect::<Vec<_>>(),
            vec![Face::SerifBold, Face::SansRegular]
        );
        for face in set.faces() {
            let font = set.get(face).unwrap();
            let compressed = font.compressed.as_ref().unwrap();
            assert!(compressed.len() < font.subset.program.len());
        }
    }

    #[test]
    fn missing_glyphs_for_the_whole_batch_are_one_error() {
        let err = FontSet::new([
            (Face::SerifRegular, "Ақ 😀"),
            (Face::SerifRegular, "ok 中"),
            (Face::SansBold, "fine"),
        ])
        .unwrap_err();
        match err {
            PdfError::MissingGlyphs { face, chars } => {
                assert_eq!(face, Face::SerifRegular);
                assert_eq!(chars, vec!['中', '😀']);
            }
            other => panic!("unexpected: {other}"),
        }
    }

    #[test]
    fn check_rejects_characters_outside_the_set() {
        let set = FontSet::new([(Face::SerifRegular, "абв")]).unwrap();
        assert!(set.check(Face::SerifRegular, "ваб").is_ok());
        assert!(set.check(Face::SerifRegular, "г").is_err());
        assert!(set.check(Face::SansBold, "а").is_err());
    }
}
