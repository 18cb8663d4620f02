//! Splitting «Surname Name Patronymic» written in one cell.

use crate::fold::fold;

/// A full name split into its parts; any part may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameParts {
    /// Surname.
    pub surname: String,
    /// Given name (may be two words: «Ен Су», «Анна Мария»).
    pub name: String,
    /// Patronymic.
    pub patronymic: String,
}

/// Kazakh patronymic endings (written together or as a separate word:
/// «Серікұлы», «Серік ұлы»), Russian ones, and the Turkic «оглы/кызы».
const PATRONYMIC_WORDS: &[&str] = &["ұлы", "улы", "қызы", "кызы", "оглы", "оғлы", "кизи"];
const PATRONYMIC_ENDINGS: &[&str] = &[
    "ұлы", "улы", "қызы", "кызы", "ович", "евич", "овна", "евна", "ична", "оглы",
];

/// Splits a full name. Usual order is surname, name, patronymic:
/// «Әлібек Нұрлан Серікұлы», «Иванов Иван Иванович», «Сидорова Анна»
/// (no patronymic), «Ким Ен Су» (surname and a two-word name), «Ли Анна
/// Мария Сергеевна» (four words: the middle ones are the name). A
/// patronymic written as two words («Серік ұлы») stays one part; «Иван
/// Иванович Иванов» (name first) is recognised by the patronymic in the
/// middle; initials «Иванов И.И.» give name «И.» and patronymic «И.».
pub fn split_full_name(full: &str) -> NameParts {
    let mut words: Vec<String> = full
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    // «Серік ұлы» → one word.
    let mut i = 1;
    while i < words.len() {
        if PATRONYMIC_WORDS.contains(&fold(&words[i]).as_str()) {
            let joined = format!("{} {}", words[i - 1], words[i]);
            words[i - 1] = joined;
            words.remove(i);
        } else {
            i += 1;
        }
    }
    // «И.И.» → «И.» «И.»
    if words.len() == 2
        && let Some(initials) = split_initials(&words[1])
    {
        words.pop();
        words.extend(initials);
    }
    let is_patronymic = |w: &str| {
        let folded = fold(w);
        (folded.chars().count() > 4 && PATRONYMIC_ENDINGS.iter().any(|e| folded.ends_with(e)))
            || (folded.contains(' ') && PATRONYMIC_WORDS.iter().any(|e| folded.ends_with(e)))
    };
    match words.as_slice() {
        [] => NameParts::default(),
        [surname] => NameParts {
            surname: surname.clone(),
            ..NameParts::default()
        },
        [surname, name] => NameParts {
            surname: surname.clone(),
            name: name.clone(),
            patronymic: String::new(),
        },
        [name, patronymic, surname] if is_patronymic(patronymic) && !is_patronymic(surname) => {
            NameParts {
                surname: surname.clone(),
                name: name.clone(),
                patronymic: patronymic.clone(),
            }
        }
        [surname, middle @ .., last] if is_patronymic(last) || is_initial(last) => NameParts {
            surname: surname.clone(),
            name: middle.join(" "),
            patronymic: last.clone(),
        },
        [surname, rest @ ..] => NameParts {
            surname: surname.clone(),
            name: rest.join(" "),
            patronymic: String::new(),
        },
    }
}

/// «И.И.» or «И.С.» → [«И.», «С.»].
fn split_initials(word: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = word.chars().collect();
    match chars.as_slice() {
        [a, '.', b, '.'] | [a, '.', b] if a.is_alphabetic() && b.is_alphabetic() => {
            Some(vec![format!("{a}."), format!("{b}.")])
        }
        _ => None,
    }
}

fn is_initial(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    matches!(chars.as_slice(), [a, '.'] if a.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(full: &str) -> (String, String, String) {
        let p = split_full_name(full);
        (p.surname, p.name, p.patronymic)
    }

    fn owned(s: &str, n: &str, p: &str) -> (String, String, String) {
        (s.to_owned(), n.to_owned(), p.to_owned())
    }

    #[test]
    fn three_words_are_surname_name_patronymic() {
        assert_eq!(
            parts("Әлібек Нұрлан Серікұлы"),
            owned("Әлібек", "Нұрлан", "Серікұлы")
        );
        assert_eq!(
            parts("  Иванов   Иван\tИванович "),
            owned("Иванов", "Иван", "Иванович")
        );
        assert_eq!(
            parts("ОСПАНОВА Айгүл Маратқызы"),
            owned("ОСПАНОВА", "Айгүл", "Маратқызы")
        );
    }

    #[test]
    fn two_words_are_surname_and_name() {
        assert_eq!(parts("Сидорова Анна"), owned("Сидорова", "Анна", ""));
        assert_eq!(parts("Иванов, Иван"), owned("Иванов", "Иван", ""));
    }

    #[test]
    fn a_two_word_kazakh_patronymic_stays_together() {
        assert_eq!(
            parts("Әлібек Нұрлан Серік ұлы"),
            owned("Әлібек", "Нұрлан", "Серік ұлы")
        );
        assert_eq!(
            parts("Сейітова Әсем Болат қызы"),
            owned("Сейітова", "Әсем", "Болат қызы")
        );
    }

    #[test]
    fn names_without_patronymic_keep_the_rest_as_name() {
        assert_eq!(parts("Ким Ен Су"), owned("Ким", "Ен Су", ""));
        assert_eq!(
            parts("Ли Анна Мария Сергеевна"),
            owned("Ли", "Анна Мария", "Сергеевна")
        );
        assert_eq!(
            parts("Пак Мария Анна Юлия"),
            owned("Пак", "Мария Анна Юлия", "")
        );
    }

    #[test]
    fn name_first_order_and_initials() {
        assert_eq!(
            parts("Иван Иванович Иванов"),
            owned("Иванов", "Иван", "Иванович")
        );
        assert_eq!(parts("Иванов И.И."), owned("Иванов", "И.", "И."));
        assert_eq!(parts("Иванов И. И."), owned("Иванов", "И.", "И."));
    }

    #[test]
    fn one_or_no_words() {
        assert_eq!(parts("Мадонна"), owned("Мадонна", "", ""));
        assert_eq!(parts("   "), owned("", "", ""));
    }
}
