//! Search folding for Kazakh and Russian text.
//!
//! [`fold`] turns what is stored and what the user types into the same
//! comparable form: lower case, `ё` as `е`, Latin diacritics dropped,
//! punctuation as spaces. The Kazakh letters stay distinct from their
//! Russian look-alikes (`ә` ≠ `а`, `і` ≠ `и`, `ү` ≠ `у`, `ұ` ≠ `у`, `қ` ≠ `к`,
//! `ғ` ≠ `г`, `ң` ≠ `н`, `ө` ≠ `о`, `һ` ≠ `х`): they are different letters, and
//! folding them together would make «Әлібек» match «Алибек».
//!
//! Text typed on keyboards without the Kazakh layout often carries Latin
//! look-alikes inside Cyrillic words (Latin `i` for `і`, `ə` for `ә`, `h` for
//! `һ`, `a`/`o`/`e`/`c`…). In a word that also has Cyrillic letters they are
//! folded to the Cyrillic letter, so «Әлiбек» (Latin i) finds «Әлібек».

/// Most tokens [`fts_prefix_query`] keeps; longer input is cut there.
pub const MAX_QUERY_TOKENS: usize = 16;

/// Folds `s` for searching and comparing: Unicode lower case, `ё` → `е`,
/// Latin diacritics removed, Latin look-alikes inside Cyrillic words made
/// Cyrillic, anything that is not a letter or digit turned into a space, and
/// whitespace collapsed and trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    for c in s.chars() {
        // Fast path: ASCII and Cyrillic letters and digits, nearly all of the
        // text we fold, without the general Unicode tables.
        if let Some(lower) = simple_lower(c) {
            word.push(if lower == 'ё' { 'е' } else { lower });
            continue;
        }
        if is_combining_mark(c) {
            combine(&mut word, c);
            continue;
        }
        for lower in c.to_lowercase() {
            if is_combining_mark(lower) {
                // 'İ' lowers to 'i' + U+0307.
                continue;
            }
            if !push_folded(&mut word, lower) {
                finish_word(&mut out, &mut word);
            }
        }
    }
    finish_word(&mut out, &mut word);
    out
}

/// Builds an SQLite FTS5 `MATCH` expression from what the user typed: each
/// folded token as a quoted FTS5 string with a trailing `*` (prefix search),
/// AND-ed together. `None` when nothing searchable remains (only spaces,
/// punctuation or emoji). At most [`MAX_QUERY_TOKENS`] tokens are kept.
///
/// The searched column must hold [`fold`]ed text.
pub fn fts_prefix_query(user_text: &str) -> Option<String> {
    let folded = fold(user_text);
    let terms: Vec<String> = folded
        .split(' ')
        .filter(|t| !t.is_empty())
        .take(MAX_QUERY_TOKENS)
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" AND "))
    }
}

/// The lower case of an ASCII letter or digit or a Cyrillic letter
/// (U+0400–U+052F, the Kazakh letters included); `None` for anything else.
fn simple_lower(c: char) -> Option<char> {
    let code = c as u32;
    match c {
        'a'..='z' | '0'..='9' | '\u{430}'..='\u{45F}' => Some(c),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\u{410}'..='\u{42F}' => char::from_u32(code + 0x20),
        '\u{400}'..='\u{40F}' => char::from_u32(code + 0x50),
        // Upper and lower case alternate (even, odd) in these blocks.
        '\u{460}'..='\u{481}' | '\u{48A}'..='\u{4BF}' | '\u{4D0}'..='\u{52F}' => {
            char::from_u32(code | 1)
        }
        _ => None,
    }
}

/// Appends the folded form of the lower-case `c` to `word`; false when `c`
/// separates words.
fn push_folded(word: &mut String, c: char) -> bool {
    let mapped: &str = match c {
        'ё' => "е",
        // Latin schwa, typed for the Kazakh ә.
        'ə' => "ә",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ľ' | 'ł' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ if c.is_alphanumeric() => {
            word.push(c);
            return true;
        }
        _ => return false,
    };
    word.push_str(mapped);
    true
}

/// Applies a combining mark to the last letter of `word` where it makes a
/// distinct Cyrillic letter (`и` + breve = `й`); drops it otherwise.
fn combine(word: &mut String, mark: char) {
    if mark == '\u{306}' && word.ends_with('и') {
        word.pop();
        word.push('й');
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{483}'..='\u{489}')
}

/// Moves the finished `word` into `out` (space-separated), making Latin
/// look-alikes Cyrillic when the word is mainly Cyrillic.
fn finish_word(out: &mut String, word: &mut String) {
    if word.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    if word.chars().any(is_cyrillic) {
        out.extend(word.chars().map(cyrillic_look_alike));
    } else {
        out.push_str(word);
    }
    word.clear();
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52F}')
}

pub(crate) fn cyrillic_look_alike(c: char) -> char {
    match c {
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'h' => 'һ',
        'i' => 'і',
        'k' => 'к',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fast_lower_case_agrees_with_unicode() {
        for code in (0x20..0x7F).chain(0x400..0x530) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if let Some(fast) = super::simple_lower(c) {
                let unicode: String = c.to_lowercase().collect();
                assert_eq!(fast.to_string(), unicode, "U+{code:04X}");
                assert!(c.is_alphanumeric(), "U+{code:04X}");
            }
        }
    }

    use super::*;

    #[test]
    fn kazakh_capitals_fold_to_their_lower_case() {
        assert_eq!(fold("ӘЛІБЕК"), "әлібек");
        assert_eq!(fold("ҒАЛЫМ"), "ғалым");
        assert_eq!(fold("ҚАСЫМ ҢҰҮӨҺ"), "қасым ңұүөһ");
        assert_eq!(fold("ӘЛІБЕК"), fold("әлібек"));
    }

    #[test]
    fn kazakh_letters_stay_distinct_from_russian_look_alikes() {
        for (kazakh, russian) in [
            ("ә", "а"),
            ("і", "и"),
            ("ү", "у"),
            ("ұ", "у"),
            ("қ", "к"),
            ("ғ", "г"),
            ("ң", "н"),
            ("ө", "о"),
            ("һ", "х"),
        ] {
            assert_ne!(fold(kazakh), fold(russian), "{kazakh} vs {russian}");
            assert_ne!(fold(&kazakh.to_uppercase()), fold(&russian.to_uppercase()));
        }
        assert_ne!(fold("Әлібек"), fold("Алибек"));
    }

    #[test]
    fn yo_is_ye_and_latin_diacritics_go() {
        assert_eq!(fold("Алёна ЁЛКИН"), "алена елкин");
        assert_eq!(fold("Café Zürich Ñandú"), "cafe zurich nandu");
        assert_eq!(fold("Straße"), "strasse");
        // й stays й, also when written with a combining breve.
        assert_eq!(fold("Бақытжан Сайлау"), "бақытжан сайлау");
        assert_eq!(fold("Саи\u{306}лау"), "сайлау");
        assert_eq!(fold("Сайлау"), "сайлау");
        assert_ne!(fold("й"), fold("и"));
        assert_eq!(fold("Е\u{308}лкин"), "елкин");
    }

    #[test]
    fn latin_look_alikes_inside_cyrillic_words_are_cyrillic() {
        // Latin i and schwa, as typed without a Kazakh layout.
        assert_eq!(fold("Әлiбек"), fold("Әлібек"));
        assert_eq!(fold("ƏЛІБЕК"), "әлібек");
        assert_eq!(fold("Ocпaнoв"), "оспанов");
        // Latin words are left alone.
        assert_eq!(fold("Kim Pak"), "kim pak");
    }

    #[test]
    fn punctuation_becomes_spaces_and_whitespace_collapses() {
        assert_eq!(fold("  Ф.И.О.  "), "ф и о");
        assert_eq!(
            fold("Иванов,\tИван\n«Нұр-Сұлтан»"),
            "иванов иван нұр сұлтан"
        );
        assert_eq!(fold("ivanov@mail.kz"), "ivanov mail kz");
        assert_eq!(fold("№ 12"), "12");
        assert_eq!(fold(""), "");
        assert_eq!(fold(" \u{a0} ... "), "");
    }

    #[test]
    fn prefix_query_ands_quoted_prefixes() {
        assert_eq!(
            fts_prefix_query("ӘЛІБЕК Нұр").as_deref(),
            Some("\"әлібек\"* AND \"нұр\"*")
        );
        assert_eq!(fts_prefix_query("Алёна").as_deref(), Some("\"алена\"*"));
    }

    #[test]
    fn prefix_query_is_none_without_searchable_text() {
        assert_eq!(fts_prefix_query(""), None);
        assert_eq!(fts_prefix_query("   "), None);
        assert_eq!(fts_prefix_query("\"\"*()-:^"), None);
        assert_eq!(fts_prefix_query("😀🎉"), None);
    }

    #[test]
    fn hostile_input_gives_a_query_sqlite_accepts() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 0');
             INSERT INTO t (x) VALUES ('әлібек нұрлан серікұлы'), ('o brien drop table');",
        )
        .unwrap();
        let long = "Ә".repeat(10_000);
        let inputs = [
            "\"",
            "\"Әлібек\"",
            "'; DROP TABLE t; --",
            "Robert'); DROP TABLE students;--",
            "x OR y NOT z NEAR(a b)",
            "col:value ^start",
            "😀 әлібек 🎉",
            "O'Brien",
            long.as_str(),
            "a AND",
            "*",
        ];
        for input in inputs {
            if let Some(q) = fts_prefix_query(input) {
                let count: i64 = conn
                    .query_row("SELECT count(*) FROM t WHERE t MATCH ?1", [&q], |r| {
                        r.get(0)
                    })
                    .unwrap_or_else(|e| panic!("{input:?} → {q:?}: {e}"));
                assert!(count <= 2);
            }
        }
        let q = fts_prefix_query("😀 ӘЛІБ 🎉").unwrap();
        let count: i64 = conn
            .query_row("SELECT count(*) FROM t WHERE t MATCH ?1", [&q], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(count, 1);
        let q = fts_prefix_query("O'Brien drop").unwrap();
        let count: i64 = conn
            .query_row("SELECT count(*) FROM t WHERE t MATCH ?1", [&q], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(count, 1);
    }

    #[test]
    fn long_input_keeps_a_bounded_number_of_tokens() {
        let input = "сөз ".repeat(5_000);
        let q = fts_prefix_query(&input).unwrap();
        assert_eq!(q.matches(" AND ").count(), MAX_QUERY_TOKENS - 1);
    }
}
