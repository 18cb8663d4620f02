//! The embedded ParaType faces (PT Serif and PT Sans).
//!
//! `build.rs` copies the font files into `OUT_DIR` and they are compiled into the
//! binary: nothing is read from disk at run time. Both families cover Latin and full
//! Cyrillic, including the Kazakh letters Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі.

use std::fmt;

use crate::measure::FontMetrics;

/// One embedded face: PT Serif or PT Sans in one of four styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// PT Serif Regular.
    SerifRegular,
    /// PT Serif Bold.
    SerifBold,
    /// PT Serif Italic.
    SerifItalic,
    /// PT Serif Bold Italic.
    SerifBoldItalic,
    /// PT Sans Regular.
    SansRegular,
    /// PT Sans Bold.
    SansBold,
    /// PT Sans Italic.
    SansItalic,
    /// PT Sans Bold Italic.
    SansBoldItalic,
}

impl Face {
    /// Every embedded face, in declaration order.
    pub const ALL: [Face; 8] = [
        Face::SerifRegular,
        Face::SerifBold,
        Face::SerifItalic,
        Face::SerifBoldItalic,
        Face::SansRegular,
        Face::SansBold,
        Face::SansItalic,
        Face::SansBoldItalic,
    ];

    /// The complete TrueType font program, embedded at build time.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::SerifRegular => include_bytes!(concat!(env!("OUT_DIR"), "/PTF55F.ttf")),
            Face::SerifItalic => include_bytes!(concat!(env!("OUT_DIR"), "/PTF56F.ttf")),
            Face::SerifBold => include_bytes!(concat!(env!("OUT_DIR"), "/PTF75F.ttf")),
            Face::SerifBoldItalic => include_bytes!(concat!(env!("OUT_DIR"), "/PTF76F.ttf")),
            Face::SansRegular => include_bytes!(concat!(env!("OUT_DIR"), "/PTS55F.ttf")),
            Face::SansItalic => include_bytes!(concat!(env!("OUT_DIR"), "/PTS56F.ttf")),
            Face::SansBold => include_bytes!(concat!(env!("OUT_DIR"), "/PTS75F.ttf")),
            Face::SansBoldItalic => include_bytes!(concat!(env!("OUT_DIR"), "/PTS76F.ttf")),
        }
    }

    /// The licence the embedded file declares: "ParaType Free Font License"
    /// for Debian's `fonts-paratype`, "SIL Open Font License 1.1" for newer
    /// downloads (see [`crate::licence::declared_licence`]).
    pub fn licence(self) -> String {
        crate::licence::declared_licence(self.bytes())
            .unwrap_or_else(|| "the licence in the font file".to_owned())
    }

    /// The face's PostScript name, e.g. `PTSerif-Bold` (used as the PDF font name).
    pub fn postscript_name(self) -> &'static str {
        match self {
            Face::SerifRegular => "PTSerif-Regular",
            Face::SerifBold => "PTSerif-Bold",
            Face::SerifItalic => "PTSerif-Italic",
            Face::SerifBoldItalic => "PTSerif-BoldItalic",
            Face::SansRegular => "PTSans-Regular",
            Face::SansBold => "PTSans-Bold",
            Face::SansItalic => "PTSans-Italic",
            Face::SansBoldItalic => "PTSans-BoldItalic",
        }
    }

    /// The human-readable name, e.g. `PT Serif Bold` (used in messages).
    pub fn display_name(self) -> &'static str {
        match self {
            Face::SerifRegular => "PT Serif Regular",
            Face::SerifBold => "PT Serif Bold",
            Face::SerifItalic => "PT Serif Italic",
            Face::SerifBoldItalic => "PT Serif Bold Italic",
            Face::SansRegular => "PT Sans Regular",
            Face::SansBold => "PT Sans Bold",
            Face::SansItalic => "PT Sans Italic",
            Face::SansBoldItalic => "PT Sans Bold Italic",
        }
    }

    /// Position in [`Face::ALL`]; indexes per-face caches.
    pub(crate) fn index(self) -> usize {
        match self {
            Face::SerifRegular => 0,
            Face::SerifBold => 1,
            Face::SerifItalic => 2,
            Face::SerifBoldItalic => 3,
            Face::SansRegular => 4,
            Face::SansBold => 5,
            Face::SansItalic => 6,
            Face::SansBoldItalic => 7,
        }
    }
}

impl fmt::Display for Face {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.display_name())
    }
}

/// The characters of `text` that `face` has no glyph for (per its `cmap`), each listed
/// once, in order of first appearance. Control characters such as `\n` are included:
/// a face cannot draw them, so callers must split lines before drawing.
///
/// Returns an empty vector when the face can draw the whole text.
pub fn missing_glyphs(face: Face, text: &str) -> Vec<char> {
    let metrics = FontMetrics::for_face(face).ok();
    let mut missing = Vec::new();
    for c in text.chars() {
        // A font that cannot be read draws nothing at all.
        let covered = metrics.is_some_and(|m| m.glyph_id(c).is_some());
        if !covered && !missing.contains(&c) {
            missing.push(c);
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    const KAZAKH_LETTERS: &str = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";

    #[test]
    fn every_face_is_a_truetype_font() {
        for face in Face::ALL {
            let bytes = face.bytes();
            assert!(bytes.len() > 100_000, "{face}: {} bytes", bytes.len());
            assert_eq!(&bytes[..4], &[0, 1, 0, 0], "{face}");
        }
    }

    #[test]
    fn index_matches_position_in_all() {
        for (i, face) in Face::ALL.into_iter().enumerate() {
            assert_eq!(face.index(), i);
        }
    }

    #[test]
    fn every_face_covers_kazakh_and_russian() {
        let text = format!(
            "{KAZAKH_LETTERS} АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя \
             0123456789 «»—–№.,:;!?()/"
        );
        for face in Face::ALL {
            assert_eq!(missing_glyphs(face, &text), Vec::<char>::new(), "{face}");
        }
    }

    #[test]
    fn reports_cjk_and_emoji_once_in_order() {
        let missing = missing_glyphs(Face::SerifRegular, "Ақ 中文 😀 中 кеңсе\n");
        assert_eq!(missing, vec!['中', '文', '😀', '\n']);
    }

    #[test]
    fn postscript_names_match_the_font_files() {
        // The `name` table's PostScript name (name id 6) must be the one we advertise.
        for face in Face::ALL {
            let needle: Vec<u8> = face
                .postscript_name()
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect();
            let found = face.bytes().windows(needle.len()).any(|w| w == needle);
            assert!(found, "{} not in {face}", face.postscript_name());
        }
    }
}
