//! The check before printing: every character of every text against the
//! faces documents are drawn with. A batch with characters the embedded fonts
//! lack is refused with the list (who, which characters) instead of printing.

use crate::error::GlyphProblem;
use crate::{Error, Result};
use kense_pdf::Face;
use std::collections::HashMap;

/// The faces of documents, sheets and the journal. (The PT families cover the
/// same characters in every style; checking each keeps that an observation.)
const FACES: [Face; 5] = [
    Face::SerifRegular,
    Face::SerifBold,
    Face::SerifItalic,
    Face::SansRegular,
    Face::SansBold,
];

/// Collects, per owner of a text, the characters no font can draw.
#[derive(Debug, Default)]
pub(crate) struct GlyphCheck {
    known: HashMap<char, bool>,
    problems: Vec<GlyphProblem>,
}

impl GlyphCheck {
    /// Checks `text`, which belongs to `what` (a recipient, a row, a template).
    /// Line breaks are layout, not characters, and are skipped.
    pub(crate) fn check(&mut self, what: &str, text: &str) {
        for c in text.chars().filter(|c| *c != '\n') {
            let drawable = *self.known.entry(c).or_insert_with(|| {
                let s = c.to_string();
                FACES
                    .iter()
                    .all(|&f| kense_pdf::missing_glyphs(f, &s).is_empty())
            });
            if drawable {
                continue;
            }
            let described = describe(c);
            match self.problems.iter_mut().find(|p| p.what == what) {
                Some(p) if p.chars.contains(&described) => {}
                Some(p) => p.chars.push(described),
                None => self.problems.push(GlyphProblem {
                    what: what.to_owned(),
                    chars: vec![described],
                }),
            }
        }
    }

    /// The problems found, in the order their owners were checked.
    pub(crate) fn problems(self) -> Vec<GlyphProblem> {
        self.problems
    }

    /// `Ok` when every character can be drawn, else [`Error::MissingGlyphs`].
    pub(crate) fn finish(self) -> Result<()> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(Error::MissingGlyphs(self.problems))
        }
    }
}

/// `«中» U+4E2D`, or just the code point for an invisible character.
fn describe(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("«{c}» U+{:04X}", u32::from(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_each_missing_character_once_per_owner() {
        let mut check = GlyphCheck::default();
        check.check("Әлденей Әлібек", "Әлденей Әлібек\nҰлжан");
        check.check("Ли 李", "Ли 李 李 😀");
        check.check("Ли 李", "李\u{7}");
        let problems = check.problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].what, "Ли 李");
        assert_eq!(problems[0].chars, ["«李» U+674E", "«😀» U+1F600", "U+0007"]);
        assert!(GlyphCheck::default().finish().is_ok());
    }
}
