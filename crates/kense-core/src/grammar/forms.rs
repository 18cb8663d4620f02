//! Gendered wording and sentence capitals.
//!
//! Nothing printed carries «(а)» or «(ая)». When the gender is not known (and
//! not shown by the IIN, patronymic or surname), the wording is neutral:
//! - the Russian salutation is «Здравствуйте, Мария Сергеевна!» — the neutral
//!   form accepted in business letters (Kazakh «Құрметті» has no gender);
//! - a gendered verb is replaced by a construction without one (the
//!   template's third alternative: «является участником», «подтверждено»).

use crate::kinds::Gender;

/// `male`, `female` or `neutral` by `gender`.
pub fn by_gender<'a>(
    gender: Option<Gender>,
    male: &'a str,
    female: &'a str,
    neutral: &'a str,
) -> &'a str {
    match gender {
        Some(Gender::Male) => male,
        Some(Gender::Female) => female,
        None => neutral,
    }
}

/// The word that opens a Russian letter before «Имя Отчество!»:
/// «Уважаемый», «Уважаемая», or «Здравствуйте,» when the gender is unknown.
pub fn ru_dear(gender: Option<Gender>) -> &'static str {
    by_gender(gender, "Уважаемый", "Уважаемая", "Здравствуйте,")
}

/// The word that opens a Kazakh letter: «Құрметті» (no gender).
pub fn kk_dear() -> &'static str {
    "Құрметті"
}

/// `text` with its first letter in capitals.
pub fn capitalize_first(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = false;
    for c in text.chars() {
        if !done && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            done = true;
        } else {
            if !done && c.is_ascii_digit() {
                done = true;
            }
            out.push(c);
        }
    }
    out
}

/// Abbreviations a full stop follows without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "ж", "жж", "г", "гг", "қ", "обл", "ауд", "р-н", "им", "т.б", "т.е", "т.д", "т.с.с", "см", "ул",
    "көш", "пр", "д", "кв", "тел", "№", "млн", "млрд", "тыс", "мың",
];

/// `text` with a capital at the start of every sentence after the first
/// (after «.», «!», «?» and at each paragraph), and at the very start when
/// `first_starts_sentence`. A full stop after an abbreviation («2026 ж.»,
/// «г.») or an initial («А.») does not end a sentence.
pub fn capitalize_sentences(text: &str, first_starts_sentence: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = first_starts_sentence;
    let mut word = String::new();
    let mut newlines = 0;
    for c in text.chars() {
        if pending && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            pending = false;
            word.clear();
            word.push(c);
            newlines = 0;
            continue;
        }
        if pending && c.is_ascii_digit() {
            pending = false;
        }
        match c {
            '.' | '!' | '?' => {
                let w = word.trim_start_matches(['(', '«', '„']).to_lowercase();
                let abbreviation =
                    c == '.' && (ABBREVIATIONS.contains(&w.as_str()) || w.chars().count() == 1);
                if !abbreviation {
                    pending = true;
                }
                word.push(c);
            }
            '\n' => {
                newlines += 1;
                if newlines >= 2 {
                    pending = true;
                }
                word.clear();
            }
            c if c.is_whitespace() => word.clear(),
            c => {
                if !"»“)".contains(c) && !c.is_alphanumeric() && c != '-' && c != '.' {
                    pending = false;
                }
                if c.is_alphanumeric() {
                    newlines = 0;
                }
                word.push(c);
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_parenthesised_endings() {
        assert_eq!(ru_dear(Some(Gender::Female)), "Уважаемая");
        assert_eq!(ru_dear(Some(Gender::Male)), "Уважаемый");
        assert_eq!(ru_dear(None), "Здравствуйте,");
        assert!(!ru_dear(None).contains('('));
        assert_eq!(
            by_gender(None, "Подтвердил", "Подтвердила", "Подтверждено"),
            "Подтверждено"
        );
    }

    #[test]
    fn capitals_at_sentence_starts_only() {
        assert_eq!(capitalize_first("осы сертификат"), "Осы сертификат");
        assert_eq!(capitalize_first("«заң» байқауы"), "«Заң» байқауы");
        assert_eq!(capitalize_first("8 қараша"), "8 қараша");
        assert_eq!(
            capitalize_sentences(
                "приняла участие. спасибо! 2026 ж. қараша, г. Алматы. А. Б. Иванов",
                false
            ),
            "приняла участие. Спасибо! 2026 ж. қараша, г. Алматы. А. Б. Иванов"
        );
        assert_eq!(
            capitalize_sentences("бірінші.\n\nекінші", true),
            "Бірінші.\n\nЕкінші"
        );
    }
}
