//! Kazakh case forms (септіктер) of names and titles.
//!
//! The ending follows the word's last sound and its vowel harmony:
//! - harmony: back (а о ұ ы, also я ё) or front (ә е ө ү і э и) by the last
//!   vowel; у and ю are looked past; a final ь makes the word front (Игорьге);
//! - the last sound: a vowel; a sonorant (л р й у, and и/у/ю, which Kazakh
//!   says as -ій/-ұу); a nasal (м н ң); a voiced з ж; or voiceless (к қ п с т ф
//!   х һ ц ч ш щ and the б в г д ғ of loanwords, said voiceless at a word's
//!   end: Ивановтың, Олегке);
//! - a word in the 3rd-person possessive (-ұлы/-улы/-қызы/-кызы: ұл + ы;
//!   the Azerbaijani «оглы» is built the same way)
//!   takes -на/-не, -н, -нда/-нде, -нан/-нен (Серікұлына, Серікұлын).
//!
//! A phrase (a full name, a title) inflects its last word only:
//! «Әбдірахманов Асқар Дарханұлының».

use serde::{Deserialize, Serialize};

/// A Kazakh case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KkCase {
    /// Атау септік: the word itself.
    Nominative,
    /// Ілік септік: -ның/-нің/-дың/-дің/-тың/-тің.
    Genitive,
    /// Барыс септік: -ға/-ге/-қа/-ке/-на/-не.
    Dative,
    /// Табыс септік: -ны/-ні/-ды/-ді/-ты/-ті/-н.
    Accusative,
    /// Жатыс септік: -да/-де/-та/-те/-нда/-нде.
    Locative,
    /// Шығыс септік: -дан/-ден/-тан/-тен/-нан/-нен.
    Ablative,
    /// Көмектес септік: -мен.
    Instrumental,
}

impl KkCase {
    /// Every case, nominative first.
    pub const ALL: [KkCase; 7] = [
        KkCase::Nominative,
        KkCase::Genitive,
        KkCase::Dative,
        KkCase::Accusative,
        KkCase::Locative,
        KkCase::Ablative,
        KkCase::Instrumental,
    ];

    /// The case a placeholder modifier names (`genitive`, `dative`, …).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "nominative" => KkCase::Nominative,
            "genitive" => KkCase::Genitive,
            "dative" => KkCase::Dative,
            "accusative" => KkCase::Accusative,
            "locative" | "prepositional" => KkCase::Locative,
            "ablative" => KkCase::Ablative,
            "instrumental" => KkCase::Instrumental,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sound {
    Vowel,
    Sonorant,
    Nasal,
    Voiced,
    Voiceless,
}

fn is_vowel(c: char) -> bool {
    "аәеёиоөуұүыіэюя".contains(c)
}

/// True for a word that is front by its last vowel.
fn is_front(word: &str) -> bool {
    if word.ends_with('ь') {
        return true;
    }
    for c in word.chars().rev() {
        match c {
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => return false,
            'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' | 'и' => return true,
            _ => {}
        }
    }
    false
}

fn last_sound(word: &str) -> Sound {
    let Some(c) = word.chars().rev().find(|c| !matches!(c, 'ь' | 'ъ')) else {
        return Sound::Vowel;
    };
    match c {
        'и' | 'у' | 'ю' | 'л' | 'р' | 'й' => Sound::Sonorant,
        'м' | 'н' | 'ң' => Sound::Nasal,
        'з' | 'ж' => Sound::Voiced,
        c if is_vowel(c) => Sound::Vowel,
        c if c.is_alphabetic() => Sound::Voiceless,
        _ => Sound::Vowel,
    }
}

/// True for a patronymic-like word in the 3rd-person possessive.
fn is_possessive(word: &str) -> bool {
    ["ұлы", "улы", "қызы", "кызы", "оглы", "оғлы"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// The ending `word` takes in `case` (lower case); `possessive` for a word in
/// the 3rd-person possessive.
fn ending(word: &str, case: KkCase, possessive: bool) -> &'static str {
    let front = is_front(word);
    let pick = |back: &'static str, fr: &'static str| if front { fr } else { back };
    if possessive {
        return match case {
            KkCase::Nominative => "",
            KkCase::Genitive => pick("ның", "нің"),
            KkCase::Dative => pick("на", "не"),
            KkCase::Accusative => "н",
            KkCase::Locative => pick("нда", "нде"),
            KkCase::Ablative => pick("нан", "нен"),
            KkCase::Instrumental => "мен",
        };
    }
    let sound = last_sound(word);
    match case {
        KkCase::Nominative => "",
        KkCase::Genitive => match sound {
            Sound::Vowel | Sound::Nasal => pick("ның", "нің"),
            Sound::Sonorant | Sound::Voiced => pick("дың", "дің"),
            Sound::Voiceless => pick("тың", "тің"),
        },
        KkCase::Dative => match sound {
            Sound::Voiceless => pick("қа", "ке"),
            _ => pick("ға", "ге"),
        },
        KkCase::Accusative => match sound {
            Sound::Vowel => pick("ны", "ні"),
            Sound::Sonorant | Sound::Voiced | Sound::Nasal => pick("ды", "ді"),
            Sound::Voiceless => pick("ты", "ті"),
        },
        KkCase::Locative => match sound {
            Sound::Voiceless => pick("та", "те"),
            _ => pick("да", "де"),
        },
        KkCase::Ablative => match sound {
            Sound::Nasal => pick("нан", "нен"),
            Sound::Voiceless => pick("тан", "тен"),
            _ => pick("дан", "ден"),
        },
        KkCase::Instrumental => match sound {
            Sound::Voiceless => "пен",
            Sound::Voiced => "бен",
            _ => "мен",
        },
    }
}

/// `word` in `case`. The ending is written in capitals after a word in
/// capitals («ИВАНОВҚА»). A hyphenated word inflects its last part.
pub fn kk_word(word: &str, case: KkCase) -> String {
    inflect(word, case, None)
}

/// `word`, a noun in the 3rd-person possessive («үйірмесі», «іс-шарасы»), in
/// `case`: «іс-шарасына», «үйірмесінде».
pub fn kk_possessive(word: &str, case: KkCase) -> String {
    inflect(word, case, Some(true))
}

fn inflect(word: &str, case: KkCase, possessive: Option<bool>) -> String {
    if case == KkCase::Nominative || word.is_empty() {
        return word.to_owned();
    }
    let lower = word.to_lowercase();
    let base = lower.rsplit('-').next().unwrap_or(&lower);
    if !base.chars().any(char::is_alphabetic) {
        return word.to_owned();
    }
    let end = ending(
        base,
        case,
        possessive.unwrap_or_else(|| is_possessive(base)),
    );
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    if caps {
        format!("{word}{}", end.to_uppercase())
    } else {
        format!("{word}{end}")
    }
}

/// `phrase` in `case`: its last word inflected, the rest as written; trailing
/// punctuation stays after the ending.
pub fn kk_phrase(phrase: &str, case: KkCase) -> String {
    let phrase = phrase.trim();
    let cut = phrase
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphabetic())
        .map(|(i, c)| i + c.len_utf8());
    let Some(cut) = cut else {
        return phrase.to_owned();
    };
    let (head, tail) = phrase.split_at(cut);
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let (before, last) = head.split_at(start);
    format!("{before}{}{tail}", kk_word(last, case))
}

#[cfg(test)]
mod tests {
    use super::KkCase::*;
    use super::*;

    #[test]
    fn the_examples_of_the_issue() {
        assert_eq!(kk_word("Серікұлы", Genitive), "Серікұлының");
        assert_eq!(kk_word("Айгерім", Dative), "Айгерімге");
        assert_eq!(kk_word("Иванова", Dative), "Ивановаға");
        assert_eq!(
            kk_phrase("Әбдірахманов Асқар Дарханұлы", Genitive),
            "Әбдірахманов Асқар Дарханұлының"
        );
    }

    #[test]
    fn every_class_of_last_sound_in_every_case() {
        let table: &[(&str, [&str; 6])] = &[
            (
                "Алма",
                [
                    "Алманың",
                    "Алмаға",
                    "Алманы",
                    "Алмада",
                    "Алмадан",
                    "Алмамен",
                ],
            ),
            (
                "Әсел",
                [
                    "Әселдің",
                    "Әселге",
                    "Әселді",
                    "Әселде",
                    "Әселден",
                    "Әселмен",
                ],
            ),
            (
                "Нұрлан",
                [
                    "Нұрланның",
                    "Нұрланға",
                    "Нұрланды",
                    "Нұрланда",
                    "Нұрланнан",
                    "Нұрланмен",
                ],
            ),
            (
                "Гүлназ",
                [
                    "Гүлназдың",
                    "Гүлназға",
                    "Гүлназды",
                    "Гүлназда",
                    "Гүлназдан",
                    "Гүлназбен",
                ],
            ),
            (
                "Серік",
                [
                    "Серіктің",
                    "Серікке",
                    "Серікті",
                    "Серікте",
                    "Серіктен",
                    "Серікпен",
                ],
            ),
            (
                "Қанат",
                [
                    "Қанаттың",
                    "Қанатқа",
                    "Қанатты",
                    "Қанатта",
                    "Қанаттан",
                    "Қанатпен",
                ],
            ),
            (
                "Иванов",
                [
                    "Ивановтың",
                    "Ивановқа",
                    "Ивановты",
                    "Ивановта",
                    "Ивановтан",
                    "Ивановпен",
                ],
            ),
            (
                "Игорь",
                [
                    "Игорьдің",
                    "Игорьге",
                    "Игорьді",
                    "Игорьде",
                    "Игорьден",
                    "Игорьмен",
                ],
            ),
            (
                "Әли",
                ["Әлидің", "Әлиге", "Әлиді", "Әлиде", "Әлиден", "Әлимен"],
            ),
            (
                "Дарханұлы",
                [
                    "Дарханұлының",
                    "Дарханұлына",
                    "Дарханұлын",
                    "Дарханұлында",
                    "Дарханұлынан",
                    "Дарханұлымен",
                ],
            ),
            (
                "Серікқызы",
                [
                    "Серікқызының",
                    "Серікқызына",
                    "Серікқызын",
                    "Серікқызында",
                    "Серікқызынан",
                    "Серікқызымен",
                ],
            ),
            (
                "Төлегенқызы",
                [
                    "Төлегенқызының",
                    "Төлегенқызына",
                    "Төлегенқызын",
                    "Төлегенқызында",
                    "Төлегенқызынан",
                    "Төлегенқызымен",
                ],
            ),
        ];
        for (word, forms) in table {
            for (case, want) in [
                Genitive,
                Dative,
                Accusative,
                Locative,
                Ablative,
                Instrumental,
            ]
            .into_iter()
            .zip(forms)
            {
                assert_eq!(kk_word(word, case), *want, "{word} {case:?}");
            }
        }
    }

    #[test]
    fn capitals_hyphens_and_punctuation() {
        assert_eq!(kk_word("ИВАНОВ", Dative), "ИВАНОВҚА");
        assert_eq!(
            kk_word("Сейітқұлова-Өтегенова", Genitive),
            "Сейітқұлова-Өтегенованың"
        );
        assert_eq!(kk_phrase("«Заң үйірмесі»", Genitive), "«Заң үйірмесінің»");
        assert_eq!(kk_possessive("үйірмесі", Locative), "үйірмесінде");
        assert_eq!(kk_possessive("іс-шарасы", Dative), "іс-шарасына");
        assert_eq!(kk_phrase("  ", Genitive), "");
        assert_eq!(kk_phrase("Асқар", Nominative), "Асқар");
    }
}
