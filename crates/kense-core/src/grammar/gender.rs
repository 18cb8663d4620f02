//! A person's gender read from what is written down: the patronymic
//! (-ұлы/-қызы, -ович/-овна, оглы/кызы …), the IIN's seventh digit, or a
//! Russian-style surname ending (-ов/-ова, -ский/-ская). The result only fills
//! an empty field; the user can always change it.

use crate::kinds::Gender;

/// The gender a patronymic shows, if it shows one: Kazakh -ұлы/-улы/-қызы/-кызы
/// (also written apart, «Серік ұлы»), Turkic «оглы»/«кызы», Russian
/// -ович/-евич/-ич and -овна/-евна/-ична/-инична.
pub fn gender_from_patronymic(patronymic: &str) -> Option<Gender> {
    let lower = patronymic.trim().to_lowercase();
    let last = lower.split([' ', '-']).rfind(|w| !w.is_empty())?;
    const MALE: &[&str] = &["ұлы", "улы", "оглы", "оғлы", "уулу", "ович", "евич", "ич"];
    const FEMALE: &[&str] = &["қызы", "кызы", "гызы", "овна", "евна", "ична", "инична"];
    if FEMALE.iter().any(|e| last.ends_with(e)) {
        Some(Gender::Female)
    } else if MALE.iter().any(|e| last.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender the IIN's seventh digit (century and gender) shows: odd male,
/// even female (1–6). Only the digit is read, so an IIN with a typo in its
/// check digit still gives the gender.
pub fn gender_from_iin(iin: &str) -> Option<Gender> {
    let digits: Vec<u8> = iin.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if digits.len() != 12 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    match digits[6] - b'0' {
        1 | 3 | 5 => Some(Gender::Male),
        2 | 4 | 6 => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a surname of the Russian pattern shows: -ов/-ев/-ин/-ский/-цкий
/// (male), -ова/-ева/-ина/-ская/-цкая (female). Kazakh surnames are written on
/// this pattern too (Әбдірахманов, Әбдірахманова).
pub fn gender_from_surname(surname: &str) -> Option<Gender> {
    let lower = surname.trim().to_lowercase();
    let last = lower.split('-').rfind(|w| !w.is_empty())?;
    const FEMALE: &[&str] = &["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"];
    const MALE: &[&str] = &["ов", "ев", "ёв", "ин", "ын", "ский", "цкий"];
    if FEMALE.iter().any(|e| last.ends_with(e)) {
        Some(Gender::Female)
    } else if MALE.iter().any(|e| last.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender to use when none is stored: the IIN first (a legal record), then
/// the patronymic, then the surname. `None` when nothing shows it.
pub fn infer_gender(surname: &str, patronymic: &str, iin: &str) -> Option<Gender> {
    gender_from_iin(iin)
        .or_else(|| gender_from_patronymic(patronymic))
        .or_else(|| gender_from_surname(surname))
}

/// `stored` when set, else [`infer_gender`].
pub fn gender_or_inferred(
    stored: Option<Gender>,
    surname: &str,
    patronymic: &str,
    iin: &str,
) -> Option<Gender> {
    stored.or_else(|| infer_gender(surname, patronymic, iin))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Gender::{Female, Male};

    #[test]
    fn patronymics_show_the_gender() {
        for (p, g) in [
            ("Дарханұлы", Some(Male)),
            ("Серік ұлы", Some(Male)),
            ("Ерланулы", Some(Male)),
            ("Асқарқызы", Some(Female)),
            ("Серик кызы", Some(Female)),
            ("Мамед оглы", Some(Male)),
            ("Сергеевич", Some(Male)),
            ("Петрович", Some(Male)),
            ("Ильич", Some(Male)),
            ("Сергеевна", Some(Female)),
            ("Ильинична", Some(Female)),
            ("Никитична", Some(Female)),
            ("ПЕТРОВНА", Some(Female)),
            ("", None),
            ("Асқар", None),
        ] {
            assert_eq!(gender_from_patronymic(p), g, "{p}");
        }
    }

    #[test]
    fn the_seventh_digit_of_the_iin_shows_the_gender() {
        assert_eq!(gender_from_iin("900101300011"), Some(Male));
        assert_eq!(gender_from_iin("900101 400011"), Some(Female));
        assert_eq!(gender_from_iin("050101500011"), Some(Male));
        assert_eq!(gender_from_iin("050101600011"), Some(Female));
        assert_eq!(gender_from_iin("050101000011"), None);
        assert_eq!(gender_from_iin("0501016"), None);
        assert_eq!(gender_from_iin(""), None);
    }

    #[test]
    fn the_iin_wins_then_the_patronymic_then_the_surname() {
        assert_eq!(
            infer_gender("Иванов", "Сергеевна", "900101400011"),
            Some(Female)
        );
        assert_eq!(infer_gender("Иванов", "Сергеевна", ""), Some(Female));
        assert_eq!(infer_gender("Әбдірахманова", "", ""), Some(Female));
        assert_eq!(infer_gender("Жаксылыков", "", ""), Some(Male));
        assert_eq!(infer_gender("Ким", "", ""), None);
        assert_eq!(
            gender_or_inferred(Some(Male), "Иванова", "", ""),
            Some(Male)
        );
    }
}
