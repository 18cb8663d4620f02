//! The few pieces of Kazakh and Russian grammar a press release needs:
//! dates in words, Russian plural forms after numbers, and quoting names.

use crate::grammar::{KkCase, dates};
use chrono::{Datelike, NaiveDate};

/// «2026 жылғы 8 қарашада» (on 8 November 2026).
pub fn date_kk(day: NaiveDate) -> String {
    dates::kk_date(day, KkCase::Locative)
}

/// «8 ноября 2026 года».
pub fn date_ru(day: NaiveDate) -> String {
    format!(
        "{} {} {} года",
        day.day(),
        dates::ru_month_genitive(day.month()),
        day.year()
    )
}

/// The Russian form of a noun after the number `n`: `one` (1, 21, 101…),
/// `few` (2–4, 22–24…) or `many` (0, 5–20, 25…).
pub fn plural_ru<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (n10, n100) = (n.abs() % 10, n.abs() % 100);
    if n10 == 1 && n100 != 11 {
        one
    } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
        few
    } else {
        many
    }
}

/// `name` in «guillemets», unless it already is quoted.
pub fn quoted(name: &str) -> String {
    let name = name.trim();
    if name.starts_with('«') || name.starts_with('"') {
        name.to_owned()
    } else {
        format!("«{name}»")
    }
}

/// Joins items as a list: «a, b және c» / «a, b и c».
pub fn join_and(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// `text` with its first letter in lower case (a category or position in
/// the middle of a sentence), unless the second letter is a capital too
/// (an abbreviation such as «ҮЕҰ»).
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_owned(),
    }
}

/// The first words of positions and categories that are common nouns
/// (written small in the middle of a sentence); anything else may be a
/// proper name («Қонаев қаласы әкімінің…») and keeps its capital.
const COMMON_STARTS: &[&str] = &[
    "облыс",
    "облыстың",
    "облыстық",
    "аудан",
    "ауданның",
    "аудандық",
    "қала",
    "қаланың",
    "қалалық",
    "прокурор",
    "прокурордың",
    "прокуратура",
    "әкім",
    "әкімнің",
    "бөлім",
    "басқарма",
    "басқарманың",
    "депутат",
    "мәслихат",
    "жобалық",
    "төраға",
    "директор",
    "бас",
    "аға",
    "заместитель",
    "первый",
    "помощник",
    "старший",
    "аким",
    "руководитель",
    "начальник",
    "председатель",
    "главный",
    "член",
    "секретарь",
    "представитель",
    "сотрудник",
    "общественный",
    "студент",
    "государственный",
    "журналист",
    "блогер",
    "предприниматель",
    "лидер",
    "қоғам",
    "жастар",
    "мемлекеттік",
    "құқық",
    "полицияның",
    "кәсіпкер",
    "ұстаз",
    "учитель",
    "мұғалім",
];

/// [`lower_first`] for a position or category, only when its first word
/// is a common noun of [`COMMON_STARTS`].
pub fn lower_common(text: &str) -> String {
    let first = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    if COMMON_STARTS.contains(&first.as_str()) {
        lower_first(text)
    } else {
        text.to_owned()
    }
}

/// `text` ending with a full stop (unless it ends with one already, or
/// with another closing mark).
pub fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', '…']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 8).unwrap();
        assert_eq!(date_kk(day), "2026 жылғы 8 қарашада");
        assert_eq!(date_ru(day), "8 ноября 2026 года");
        let day = NaiveDate::from_ymd_opt(2027, 4, 21).unwrap();
        assert_eq!(date_kk(day), "2027 жылғы 21 сәуірде");
        assert_eq!(date_ru(day), "21 апреля 2027 года");
    }

    #[test]
    fn russian_plurals_follow_the_last_digits() {
        let forms = |n| plural_ru(n, "диплом", "диплома", "дипломов");
        assert_eq!(
            [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(forms),
            [
                "диплом",
                "диплома",
                "диплома",
                "дипломов",
                "дипломов",
                "дипломов",
                "дипломов",
                "диплом",
                "диплома",
                "дипломов",
                "диплом",
                "дипломов"
            ]
        );
    }

    #[test]
    fn lists_quotes_and_case() {
        let items = ["а".to_owned(), "б".to_owned(), "в".to_owned()];
        assert_eq!(join_and(&items, "және"), "а, б және в");
        assert_eq!(join_and(&items[..1], "и"), "а");
        assert_eq!(quoted("Киберпол"), "«Киберпол»");
        assert_eq!(quoted("«Киберпол»"), "«Киберпол»");
        assert_eq!(lower_first("Мәслихат депутаты"), "мәслихат депутаты");
        assert_eq!(lower_first("ҮЕҰ өкілі"), "ҮЕҰ өкілі");
        assert_eq!(
            lower_common("Облыс прокурорының орынбасары"),
            "облыс прокурорының орынбасары"
        );
        assert_eq!(lower_common("Заместитель акима"), "заместитель акима");
        assert_eq!(
            lower_common("Қонаев қаласы әкімінің орынбасары"),
            "Қонаев қаласы әкімінің орынбасары"
        );
        assert_eq!(sentence("Бітті"), "Бітті.");
        assert_eq!(sentence("Бітті?"), "Бітті?");
    }
}
