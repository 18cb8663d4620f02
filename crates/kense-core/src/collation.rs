//! Kazakh alphabetical order.
//!
//! The Kazakh Cyrillic alphabet, in order: А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М
//! Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я. Russian words sort as in
//! Russian, since the Russian letters keep their relative order.
//!
//! Comparison is case-insensitive first: each character gets a primary
//! weight from its class (spaces and punctuation, then digits, then Latin,
//! then Cyrillic, then other scripts) and its place in that class. Strings
//! equal under that order are then ordered by their code points, so the
//! order is total and deterministic (`Ordering::Equal` only for equal
//! strings). [`sort_key`] encodes the same order as bytes, for an index.

use std::cmp::Ordering;

/// The SQLite collation name registered by [`register_collation`]:
/// `ORDER BY name COLLATE KAZAKH`.
pub const COLLATION: &str = "KAZAKH";

/// The Kazakh Cyrillic alphabet in lower case, in alphabetical order.
const ALPHABET: [char; 42] = [
    'а', 'ә', 'б', 'в', 'г', 'ғ', 'д', 'е', 'ё', 'ж', 'з', 'и', 'й', 'к', 'қ', 'л', 'м', 'н', 'ң',
    'о', 'ө', 'п', 'р', 'с', 'т', 'у', 'ұ', 'ү', 'ф', 'х', 'һ', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'і',
    'ь', 'э', 'ю', 'я',
];

/// Character classes, in sort order. Never 0: 0 ends a key's primary part.
const SEPARATOR: u8 = 1;
const DIGIT: u8 = 2;
const LATIN: u8 = 3;
const CYRILLIC: u8 = 4;
const OTHER_LETTER: u8 = 5;

/// Weights above the special ones leave room for the alphabet and digits.
const OFFSET: u32 = 0x100;

/// Compares two strings in Kazakh alphabetical order (see the module docs).
pub fn kazakh_cmp(a: &str, b: &str) -> Ordering {
    a.chars()
        .map(primary)
        .cmp(b.chars().map(primary))
        .then_with(|| a.cmp(b))
}

/// Registers [`kazakh_cmp`] as the SQLite collation [`COLLATION`] on `conn`.
pub fn register_collation(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.create_collation(COLLATION, kazakh_cmp)
}

/// A byte string whose bytewise order equals [`kazakh_cmp`]: store it in a
/// BLOB column and `ORDER BY` it through an index.
pub fn sort_key(s: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(s.len() * 5 + 1);
    for c in s.chars() {
        let (class, weight) = primary(c);
        key.push(class);
        key.extend_from_slice(&weight.to_be_bytes()[1..]);
    }
    key.push(0);
    key.extend_from_slice(s.as_bytes());
    key
}

/// The primary (case-insensitive) weight of `c`: its class and a weight
/// below 2^24 within it.
fn primary(c: char) -> (u8, u32) {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let lower = if lower == 'ə' { 'ә' } else { lower };
    if let Some(place) = ALPHABET.iter().position(|&l| l == lower) {
        return (CYRILLIC, place as u32 + 1);
    }
    if ('\u{400}'..='\u{52F}').contains(&lower) {
        return (CYRILLIC, OFFSET + lower as u32);
    }
    if let Some(base) = latin_base(lower) {
        return (LATIN, base as u32);
    }
    if let Some(digit) = lower.to_digit(10) {
        return (DIGIT, digit);
    }
    if lower.is_numeric() {
        return (DIGIT, OFFSET + lower as u32);
    }
    if lower.is_alphabetic() {
        let class = if is_latin_script(lower) {
            LATIN
        } else {
            OTHER_LETTER
        };
        return (class, OFFSET + lower as u32);
    }
    let weight = if lower.is_whitespace() { ' ' } else { lower };
    (SEPARATOR, weight as u32)
}

/// The ASCII letter a lower-case Latin letter is written with, diacritics
/// aside.
fn latin_base(c: char) -> Option<char> {
    let base = match c {
        'a'..='z' => c,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'æ' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ľ' | 'ł' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'œ' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' | 'ß' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return None,
    };
    Some(base)
}

fn is_latin_script(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| (*s).to_owned()).collect();
        v.sort_by(|a, b| kazakh_cmp(a, b));
        v
    }

    #[test]
    fn kazakh_letters_follow_their_base_letters() {
        for (before, after, next) in [
            ("А", "Ә", "Б"),
            ("Г", "Ғ", "Д"),
            ("К", "Қ", "Л"),
            ("Н", "Ң", "О"),
            ("О", "Ө", "П"),
            ("У", "Ұ", "Ү"),
            ("Ұ", "Ү", "Ф"),
            ("Х", "Һ", "Ц"),
            ("Ы", "І", "Ь"),
            ("Е", "Ё", "Ж"),
        ] {
            assert_eq!(
                kazakh_cmp(before, after),
                Ordering::Less,
                "{before} < {after}"
            );
            assert_eq!(kazakh_cmp(after, next), Ordering::Less, "{after} < {next}");
            let (b, a) = (before.to_lowercase(), after.to_lowercase());
            assert_eq!(kazakh_cmp(&b, &a), Ordering::Less, "{b} < {a}");
        }
        // Ә is after А and before Б, not after Я as code points would put it.
        assert_eq!(kazakh_cmp("Әлібеков", "Яковлев"), Ordering::Less);
        assert_eq!(kazakh_cmp("Әлібеков", "Бекова"), Ordering::Less);
        assert_eq!(kazakh_cmp("Әлібеков", "Абаев"), Ordering::Greater);
    }

    #[test]
    fn a_list_of_surnames_sorts_as_in_a_kazakh_dictionary() {
        let input = [
            "Яковлев",
            "Һасанов",
            "Үсенов",
            "Умаров",
            "Ұлықбеков",
            "Өмірзақов",
            "Оспанов",
            "Іскаков",
            "Ыбыраев",
            "Қасымов",
            "Кенжебаев",
            "Ғалымов",
            "Гусев",
            "Бекова",
            "Әлібеков",
            "Абаев",
            "Нұрланов",
            "Ңұрланов",
            "Хасенов",
            "Ёлкин",
            "Ермеков",
            "Жұмабаев",
        ];
        let expected = [
            "Абаев",
            "Әлібеков",
            "Бекова",
            "Гусев",
            "Ғалымов",
            "Ермеков",
            "Ёлкин",
            "Жұмабаев",
            "Кенжебаев",
            "Қасымов",
            "Нұрланов",
            "Ңұрланов",
            "Оспанов",
            "Өмірзақов",
            "Умаров",
            "Ұлықбеков",
            "Үсенов",
            "Хасенов",
            "Һасанов",
            "Ыбыраев",
            "Іскаков",
            "Яковлев",
        ];
        assert_eq!(sorted(&input), expected);
    }

    #[test]
    fn case_is_ignored_first_then_breaks_ties_deterministically() {
        assert_eq!(kazakh_cmp("әлібеков", "Бекова"), Ordering::Less);
        assert_eq!(kazakh_cmp("ӘЛІБЕКОВ", "бекова"), Ordering::Less);
        assert_ne!(kazakh_cmp("Абаев", "абаев"), Ordering::Equal);
        assert_eq!(
            kazakh_cmp("Абаев", "абаев"),
            kazakh_cmp("абаев", "Абаев").reverse()
        );
        assert_eq!(kazakh_cmp("абаев", "абаев"), Ordering::Equal);
        // A shorter name before a longer one with the same start.
        assert_eq!(kazakh_cmp("Абаев", "Абаева"), Ordering::Less);
        assert_eq!(kazakh_cmp("Абаев Б", "Абаева А"), Ordering::Less);
    }

    #[test]
    fn digits_and_latin_come_before_cyrillic() {
        assert_eq!(
            sorted(&[
                "Әлем",
                "Zeta",
                "alpha",
                "2-мектеп",
                "10-мектеп",
                "Абай",
                "Éclair"
            ]),
            [
                "10-мектеп",
                "2-мектеп",
                "alpha",
                "Éclair",
                "Zeta",
                "Абай",
                "Әлем"
            ]
        );
    }

    #[test]
    fn sqlite_collation_orders_like_kazakh_cmp() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        register_collation(&conn).unwrap();
        conn.execute("CREATE TABLE p (surname TEXT)", []).unwrap();
        let names = [
            "Яковлев",
            "Һасанов",
            "Үсенов",
            "Умаров",
            "Ұлықбеков",
            "Өмірзақов",
            "Оспанов",
            "Іскаков",
            "Ыбыраев",
            "Қасымов",
            "Кенжебаев",
            "Ғалымов",
            "Гусев",
            "Бекова",
            "Әлібеков",
            "абаев",
            "Абаев",
            "Zhukov",
            "007",
        ];
        for n in names {
            conn.execute("INSERT INTO p (surname) VALUES (?1)", [n])
                .unwrap();
        }
        let mut stmt = conn
            .prepare("SELECT surname FROM p ORDER BY surname COLLATE KAZAKH")
            .unwrap();
        let from_sql: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(from_sql, sorted(&names));
        assert_eq!(from_sql.first().map(String::as_str), Some("007"));
        assert_eq!(from_sql.last().map(String::as_str), Some("Яковлев"));
    }

    #[test]
    fn sort_key_order_is_kazakh_cmp_order() {
        let alphabet: Vec<char> = "аАәӘбБгГғҒкКқҚиИіІйЙуУұҰүҮхХһҺёЁеЕяЯaAzZéÉ09 -.😀ǅ\u{0}"
            .chars()
            .collect();
        // A small deterministic generator: no extra crates needed.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut words = Vec::new();
        for _ in 0..400 {
            let len = (next() % 6) as usize;
            let word: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            words.push(word);
        }
        words.extend(["Әлібеков", "Абаев", "абаев", "Абаева", ""].map(String::from));
        for a in &words {
            for b in &words {
                assert_eq!(
                    sort_key(a).cmp(&sort_key(b)),
                    kazakh_cmp(a, b),
                    "{a:?} vs {b:?}"
                );
            }
        }
    }

    #[test]
    fn sqlite_blob_order_of_sort_keys_matches() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute("CREATE TABLE p (name TEXT, k BLOB)", [])
            .unwrap();
        let names = [
            "Яковлев",
            "Ғалымов",
            "Гусев",
            "Әлібеков",
            "Абаев",
            "Іскаков",
            "Ыбыраев",
        ];
        for n in names {
            conn.execute(
                "INSERT INTO p (name, k) VALUES (?1, ?2)",
                rusqlite::params![n, sort_key(n)],
            )
            .unwrap();
        }
        let mut stmt = conn.prepare("SELECT name FROM p ORDER BY k").unwrap();
        let got: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(got, sorted(&names));
    }
}
