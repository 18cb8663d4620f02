//! The error type of this crate.

use crate::fonts::Face;

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The text contains characters the chosen face has no glyph for.
    #[error(
        "{face} has no glyphs for {}: {}; the embedded PT fonts cover Latin and Cyrillic \
         (Kazakh and Russian) text only",
        plural(chars.len()),
        describe_chars(chars)
    )]
    MissingGlyphs {
        /// The face that was asked to draw the text.
        face: Face,
        /// The characters without a glyph, each listed once, in order of appearance.
        chars: Vec<char>,
    },

    /// An embedded font program could not be read (a broken build).
    #[error("embedded font {face} could not be read: {reason}")]
    FontParse {
        /// The face whose font program is broken.
        face: Face,
        /// What the font parser reported.
        reason: String,
    },

    /// Reducing a font to the glyphs in use failed.
    #[error("could not subset font {face}: {reason}")]
    Subset {
        /// The face that was being subset.
        face: Face,
        /// What the subsetter reported.
        reason: String,
    },

    /// The content is too long for the page it has to fit on.
    #[error("{what} are too long to fit on the page")]
    DoesNotFit {
        /// Which content overflowed.
        what: String,
    },

    /// An image could not be decoded (only PNG and JPEG are supported).
    #[error("the image could not be read: {0}")]
    Image(String),

    /// The PDF writer reported errors.
    #[error("the PDF writer failed: {}", .0.join("; "))]
    Write(Vec<String>),
}

/// "1 character" / "3 characters".
fn plural(n: usize) -> String {
    if n == 1 {
        "1 character".to_owned()
    } else {
        format!("{n} characters")
    }
}

/// `«中» U+4E2D, «😀» U+1F600`: the glyph itself and its code point, since the glyph
/// alone may be invisible (control characters) or look like another letter.
fn describe_chars(chars: &[char]) -> String {
    chars
        .iter()
        .map(|c| {
            if c.is_control() {
                format!("U+{:04X}", u32::from(*c))
            } else {
                format!("«{c}» U+{:04X}", u32::from(*c))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_glyphs_message_lists_characters_and_code_points() {
        let err = PdfError::MissingGlyphs {
            face: Face::SerifBold,
            chars: vec!['中', '😀', '\t'],
        };
        assert_eq!(
            err.to_string(),
            "PT Serif Bold has no glyphs for 3 characters: «中» U+4E2D, «😀» U+1F600, U+0009; \
             the embedded PT fonts cover Latin and Cyrillic (Kazakh and Russian) text only"
        );
    }
}
