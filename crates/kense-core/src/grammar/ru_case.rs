//! Russian case forms (падежи) of people's names: surname, given name and
//! patronymic, for Russian and Kazakh names.
//!
//! Rules (Розенталь, «Справочник по правописанию и стилистике», §§ on
//! surnames; gramota.ru on Korean and Kazakh names):
//! - surnames in -ов/-ев/-ин/-ын and -ова/-ева/-ина/-ына follow their own
//!   pattern (Иванову, Ивановой); adjectival ones (-ский, -ская, -ой, -ая)
//!   decline as adjectives;
//! - a man's surname ending in a consonant declines (Киму, Цою, Шмидту); a
//!   woman's does not (Ким Ольге);
//! - surnames in -ых/-их, -ко and other vowels than -а/-я never decline
//!   (Черных, Шевченко, Ли);
//! - a name in -а/-я declines for men and women (Никите, Ақботе, Марии);
//!   a woman's name in a consonant does not (Айгерім, Балжан), a woman's name
//!   in -ь does (Любови);
//! - Kazakh and Turkic patronymics (-ұлы, -қызы, оглы, кызы) stay as they are.

use crate::kinds::Gender;
use serde::{Deserialize, Serialize};

/// A Russian case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuCase {
    /// Именительный.
    Nominative,
    /// Родительный (кого?).
    Genitive,
    /// Дательный (кому?).
    Dative,
    /// Винительный (кого?).
    Accusative,
    /// Творительный (кем?).
    Instrumental,
    /// Предложный (о ком?).
    Prepositional,
}

impl RuCase {
    /// Every case, nominative first.
    pub const ALL: [RuCase; 6] = [
        RuCase::Nominative,
        RuCase::Genitive,
        RuCase::Dative,
        RuCase::Accusative,
        RuCase::Instrumental,
        RuCase::Prepositional,
    ];

    /// The case a placeholder modifier names (`genitive`, `dative`, …); the
    /// Kazakh `locative` and `ablative` map to the prepositional and genitive.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "nominative" => RuCase::Nominative,
            "genitive" | "ablative" => RuCase::Genitive,
            "dative" => RuCase::Dative,
            "accusative" => RuCase::Accusative,
            "instrumental" => RuCase::Instrumental,
            "prepositional" | "locative" => RuCase::Prepositional,
            _ => return None,
        })
    }
}

/// Which part of a name a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamePart {
    /// Фамилия.
    Surname,
    /// Имя.
    Given,
    /// Отчество.
    Patronymic,
}

fn is_velar_or_sibilant(c: char) -> bool {
    "гкхжшщчқғһ".contains(c)
}

fn is_sibilant_or_ts(c: char) -> bool {
    "жшщчц".contains(c)
}

fn is_consonant(c: char) -> bool {
    c.is_alphabetic() && !"аәеёиоөуұүыіэюяьъ".contains(c)
}

/// Splits `word` into the part kept and the last `n` characters.
fn cut(word: &str, n: usize) -> (&str, &str) {
    let at = word
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0);
    word.split_at(at)
}

fn last_char(word: &str) -> Option<char> {
    word.chars().last()
}

/// A noun of the first declension (-а/-я): Анна, Никита, Мария, Илья.
fn first_declension(word: &str, case: RuCase) -> String {
    let lower = word.to_lowercase();
    if lower.ends_with("ия") {
        let (stem, _) = cut(word, 1);
        let end = match case {
            RuCase::Nominative => "я",
            RuCase::Genitive | RuCase::Dative | RuCase::Prepositional => "и",
            RuCase::Accusative => "ю",
            RuCase::Instrumental => "ей",
        };
        return format!("{stem}{end}");
    }
    let (stem, last) = cut(word, 1);
    let soft = last == "я" || last == "Я";
    let before = last_char(&stem.to_lowercase());
    let end = match (case, soft) {
        (RuCase::Nominative, _) => last,
        (RuCase::Genitive, true) => "и",
        (RuCase::Genitive, false) if before.is_some_and(is_velar_or_sibilant) => "и",
        (RuCase::Genitive, false) => "ы",
        (RuCase::Dative | RuCase::Prepositional, _) => "е",
        (RuCase::Accusative, true) => "ю",
        (RuCase::Accusative, false) => "у",
        // Илья → Ильёй (stressed); Софья, Наталья → Софьей, Натальей.
        (RuCase::Instrumental, true) if lower == "илья" => "ёй",
        (RuCase::Instrumental, true) => "ей",
        (RuCase::Instrumental, false) if before.is_some_and(is_sibilant_or_ts) => "ей",
        (RuCase::Instrumental, false) => "ой",
    };
    format!("{stem}{end}")
}

/// A man's name or surname ending in a consonant, -й or -ь (second
/// declension): Асқар, Сергей, Игорь, Дмитрий, Ким.
fn second_declension(word: &str, case: RuCase, instrumental_ym: bool) -> String {
    let lower = word.to_lowercase();
    if case == RuCase::Nominative {
        return word.to_owned();
    }
    if lower.ends_with('й') || lower.ends_with('ь') {
        let (stem, _) = cut(word, 1);
        let ii = lower.ends_with("ий");
        let end = match case {
            RuCase::Genitive | RuCase::Accusative => "я",
            RuCase::Dative => "ю",
            RuCase::Instrumental => "ем",
            RuCase::Prepositional if ii => "и",
            RuCase::Prepositional | RuCase::Nominative => "е",
        };
        return format!("{stem}{end}");
    }
    // A fleeting vowel: Павел → Павла, Лев → Льва, Пётр → Петра.
    let stem = match lower.as_str() {
        "павел" => format!("{}л", cut(word, 2).0),
        "лев" => format!("{}ьв", cut(word, 2).0),
        "пётр" => word.replace('ё', "е").replace('Ё', "Е"),
        _ => word.to_owned(),
    };
    let last = last_char(&lower);
    let end = match case {
        RuCase::Genitive | RuCase::Accusative => "а",
        RuCase::Dative => "у",
        RuCase::Instrumental if instrumental_ym => "ым",
        RuCase::Instrumental if last.is_some_and(is_sibilant_or_ts) => "ем",
        RuCase::Instrumental => "ом",
        RuCase::Prepositional | RuCase::Nominative => "е",
    };
    format!("{stem}{end}")
}

fn is_turkic_patronymic(lower: &str) -> bool {
    ["ұлы", "улы", "қызы", "кызы", "оглы", "оғлы", "гызы", "уулу"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// A surname in `case`.
fn surname(word: &str, gender: Gender, case: RuCase) -> String {
    let lower = word.to_lowercase();
    let n = lower.chars().count();
    if case == RuCase::Nominative || n < 2 || is_turkic_patronymic(&lower) {
        return word.to_owned();
    }
    let ends = |e: &str| lower.ends_with(e);
    if ends("ых") || ends("их") {
        return word.to_owned();
    }
    match gender {
        Gender::Female => {
            if ["ова", "ева", "ёва", "ина", "ына"].iter().any(|e| ends(e)) {
                let (stem, _) = cut(word, 1);
                let end = if case == RuCase::Accusative {
                    "у"
                } else {
                    "ой"
                };
                return format!("{stem}{end}");
            }
            if ends("ая") {
                let (stem, _) = cut(word, 2);
                let end = if case == RuCase::Accusative {
                    "ую"
                } else {
                    "ой"
                };
                return format!("{stem}{end}");
            }
            if ends("яя") {
                let (stem, _) = cut(word, 2);
                let end = if case == RuCase::Accusative {
                    "юю"
                } else {
                    "ей"
                };
                return format!("{stem}{end}");
            }
            if ends("а") || ends("я") {
                return first_declension(word, case);
            }
            word.to_owned()
        }
        Gender::Male => {
            if ["ов", "ев", "ёв", "ин", "ын"].iter().any(|e| ends(e)) {
                return second_declension(word, case, true);
            }
            let adjective_i =
                ends("ский") || ends("цкий") || ends("кий") || ends("гий") || ends("хий");
            let adjective_y = ends("ый") || ends("ской") || ends("цкой") || (ends("ой") && n > 4);
            if adjective_i || adjective_y {
                let (stem, _) = cut(word, 2);
                let end = match case {
                    RuCase::Genitive | RuCase::Accusative => "ого",
                    RuCase::Dative => "ому",
                    RuCase::Instrumental if adjective_i => "им",
                    RuCase::Instrumental => "ым",
                    RuCase::Prepositional | RuCase::Nominative => "ом",
                };
                return format!("{stem}{end}");
            }
            if ends("а") || ends("я") {
                return first_declension(word, case);
            }
            match last_char(&lower) {
                Some(c) if is_consonant(c) || c == 'й' || c == 'ь' => {
                    second_declension(word, case, false)
                }
                _ => word.to_owned(),
            }
        }
    }
}

/// A given name in `case`.
fn given(word: &str, gender: Gender, case: RuCase) -> String {
    let lower = word.to_lowercase();
    if case == RuCase::Nominative || lower.chars().count() < 2 {
        return word.to_owned();
    }
    if lower.ends_with('а') || lower.ends_with('я') {
        return first_declension(word, case);
    }
    match gender {
        Gender::Female if lower.ends_with('ь') => {
            let (stem, _) = cut(word, 1);
            let end = match case {
                RuCase::Accusative | RuCase::Nominative => "ь",
                RuCase::Instrumental => "ью",
                _ => "и",
            };
            format!("{stem}{end}")
        }
        Gender::Female => word.to_owned(),
        Gender::Male => match last_char(&lower) {
            Some(c) if is_consonant(c) || c == 'й' || c == 'ь' => {
                second_declension(word, case, false)
            }
            _ => word.to_owned(),
        },
    }
}

/// A patronymic in `case`; Kazakh and Turkic ones stay as written.
fn patronymic(word: &str, case: RuCase) -> String {
    let lower = word.to_lowercase();
    if case == RuCase::Nominative || is_turkic_patronymic(&lower) {
        return word.to_owned();
    }
    if lower.ends_with("вна") || lower.ends_with("чна") {
        return first_declension(word, case);
    }
    if lower.ends_with("ич") {
        return second_declension(word, case, false);
    }
    word.to_owned()
}

/// One part of a name in `case`. A double surname declines each half
/// (Петрова-Водкина).
pub fn ru_name_part(word: &str, part: NamePart, gender: Gender, case: RuCase) -> String {
    if word.contains('-') && part == NamePart::Surname {
        return word
            .split('-')
            .map(|w| surname(w, gender, case))
            .collect::<Vec<_>>()
            .join("-");
    }
    match part {
        NamePart::Surname => surname(word, gender, case),
        NamePart::Given => given(word, gender, case),
        NamePart::Patronymic => {
            // «Серік ұлы», «Мамед оглы»: the Turkic word decides.
            if word.split(' ').count() > 1 {
                return word.to_owned();
            }
            patronymic(word, case)
        }
    }
}

/// «Surname Name Patronymic» in `case`; with no gender known (and none shown
/// by the patronymic or surname), the name as written.
pub fn ru_full_name(
    surname: &str,
    name: &str,
    patronymic: &str,
    gender: Option<Gender>,
    case: RuCase,
) -> String {
    let gender = gender.or_else(|| super::gender::infer_gender(surname, patronymic, ""));
    let parts = [
        (surname.trim(), NamePart::Surname),
        (name.trim(), NamePart::Given),
        (patronymic.trim(), NamePart::Patronymic),
    ];
    parts
        .iter()
        .filter(|(w, _)| !w.is_empty())
        .map(|(w, part)| match gender {
            Some(g) => ru_name_part(w, *part, g, case),
            None => (*w).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::RuCase::*;
    use super::*;

    #[test]
    fn the_dative_of_the_issue() {
        assert_eq!(
            ru_full_name(
                "Иванова",
                "Мария",
                "Сергеевна",
                Some(Gender::Female),
                Dative
            ),
            "Ивановой Марии Сергеевне"
        );
        assert_eq!(
            ru_full_name("Әбдірахманов", "Асқар", "Дарханұлы", None, Dative),
            "Әбдірахманову Асқару Дарханұлы"
        );
    }

    #[test]
    fn indeclinable_and_unknown() {
        assert_eq!(
            ru_full_name("Ким", "Ольга", "", Some(Gender::Female), Dative),
            "Ким Ольге"
        );
        assert_eq!(
            ru_full_name("Ким", "Олег", "", Some(Gender::Male), Dative),
            "Киму Олегу"
        );
        assert_eq!(
            ru_full_name("Шевченко", "Тарас", "", Some(Gender::Male), Genitive),
            "Шевченко Тараса"
        );
        assert_eq!(
            ru_full_name("Черных", "Анна", "", Some(Gender::Female), Instrumental),
            "Черных Анной"
        );
        assert_eq!(ru_full_name("Ли", "Саша", "", None, Dative), "Ли Саша");
        assert_eq!(
            ru_full_name("Петрова-Водкина", "Анна", "", None, Genitive),
            "Петровой-Водкиной Анны"
        );
    }
}
