//! `{placeholders}` in template texts: the known names, checking a text for
//! unknown ones, and filling them in.
//!
//! Forms a placeholder may take:
//! - `{name}`: the value as stored;
//! - `{name:case}`: a name or title in a grammatical case — `genitive`,
//!   `dative`, `accusative`, `locative`, `ablative`, `instrumental`,
//!   `prepositional` (Kazakh inflects the last word, Russian each part of a
//!   person's name; `{event_held:genitive}` is «прошедшего»); on a date, `words` («2026 жылғы 8 қараша», «8 ноября
//!   2026 г.») or a case of the words («2026 жылғы 8 қарашада»);
//! - `{for a man|for a woman|when not known}`: wording chosen by the
//!   recipient's gender; the third part is required, so nothing is ever
//!   printed as «принял(а)». The parts may hold placeholders themselves.
//!
//! In a subtitle, a line holding only a name placeholder (`{full_name:genitive}`)
//! is where the recipient's name is printed, in that form (see
//! [`split_recipient_line`]).

use crate::grammar::quotes::{is_fully_quoted, nest};
use crate::kinds::Gender;
use std::collections::HashMap;

/// Every placeholder a template text may use, in the order the editor lists them.
pub const PLACEHOLDERS: &[&str] = &[
    "full_name",
    "surname",
    "name",
    "patronymic",
    "name_patronymic",
    "dear",
    "position",
    "organisation",
    "role",
    "nomination",
    "event",
    "event_date",
    "event_held",
    "place",
    "campaign",
    "office",
    "city",
    "signatory",
    "signatory_position",
    "number",
    "date",
    "year",
];

/// The case modifiers a name or title placeholder takes.
pub const CASES: &[&str] = &[
    "nominative",
    "genitive",
    "dative",
    "accusative",
    "locative",
    "ablative",
    "instrumental",
    "prepositional",
];

/// Placeholders that take a case.
const INFLECTED: &[&str] = &[
    "full_name",
    "surname",
    "name",
    "patronymic",
    "name_patronymic",
    "event",
    "event_held",
];

/// Placeholders that are dates (`words`, `numeric`, or a case of the words).
const DATES: &[&str] = &["event_date", "date"];

/// What fills placeholders in: a value per name and modifier, and the gender
/// that picks between `{…|…|…}` alternatives.
pub trait Values {
    /// The value of `{name}` or `{name:modifier}`; `None` for a name it does
    /// not know.
    fn value(&self, name: &str, modifier: Option<&str>) -> Option<String>;
    /// The recipient's gender, if known.
    fn gender(&self) -> Option<Gender> {
        None
    }
}

impl Values for HashMap<&str, String> {
    fn value(&self, name: &str, _modifier: Option<&str>) -> Option<String> {
        self.get(name).cloned()
    }
}

/// A piece of a template text.
enum Piece<'a> {
    /// Plain text (braces already unescaped).
    Text(String),
    /// `{name}` or `{name:modifier}`.
    Name(&'a str, Option<&'a str>, &'a str),
    /// `{a|b|c}`.
    Choice(Vec<&'a str>, &'a str),
}

/// The end (exclusive, after `}`) of the brace group opening at `open`.
fn matching_brace(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits `inner` at `|` outside nested braces.
fn alternatives(inner: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '|' if depth == 0 => {
                parts.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[from..]);
    parts
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with("{{") || rest.starts_with("}}") {
            plain.push_str(&rest[..1]);
            i += 2;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if c == '{'
            && let Some(end) = matching_brace(text, i)
        {
            if !plain.is_empty() {
                out.push(Piece::Text(std::mem::take(&mut plain)));
            }
            let raw = &text[i..end];
            let inner = &text[i + 1..end - 1];
            let alts = alternatives(inner);
            if alts.len() > 1 {
                out.push(Piece::Choice(alts, raw));
            } else {
                let (name, modifier) = match inner.split_once(':') {
                    Some((n, m)) => (n.trim(), Some(m.trim())),
                    None => (inner.trim(), None),
                };
                out.push(Piece::Name(name, modifier, raw));
            }
            i = end;
            continue;
        }
        plain.push(c);
        i += c.len_utf8();
    }
    if !plain.is_empty() {
        out.push(Piece::Text(plain));
    }
    out
}

/// The `{names}` in `text` (with their modifiers, as written), each once, in
/// order of appearance, those inside `{…|…}` alternatives included. `{{` and
/// `}}` stand for literal braces and are not placeholders.
pub fn placeholders_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    collect(text, &mut found);
    found
}

fn collect(text: &str, found: &mut Vec<String>) {
    for piece in pieces(text) {
        match piece {
            Piece::Text(_) => {}
            Piece::Name(name, modifier, _) => {
                let key = match modifier {
                    Some(m) => format!("{name}:{m}"),
                    None => name.to_owned(),
                };
                if !found.contains(&key) {
                    found.push(key);
                }
            }
            Piece::Choice(alts, raw) => {
                if alts.len() != 3 {
                    let key = raw.to_owned();
                    if !found.contains(&key) {
                        found.push(key);
                    }
                }
                for alt in alts {
                    collect(alt, found);
                }
            }
        }
    }
}

/// True when Kense knows `{name}` or `{name:modifier}`.
fn is_known(placeholder: &str) -> bool {
    let (name, modifier) = match placeholder.split_once(':') {
        Some((n, m)) => (n, Some(m)),
        None => (placeholder, None),
    };
    if !PLACEHOLDERS.contains(&name) {
        return false;
    }
    match modifier {
        None => true,
        Some(m) if INFLECTED.contains(&name) => CASES.contains(&m),
        Some(m) if DATES.contains(&name) => m == "words" || m == "numeric" || CASES.contains(&m),
        Some(_) => false,
    }
}

/// The placeholders in `text` that Kense does not know: unknown names,
/// modifiers a name does not take, and `{…|…}` choices without exactly three
/// parts (for a man, for a woman, when not known).
pub fn unknown_placeholders(text: &str) -> Vec<String> {
    placeholders_in(text)
        .into_iter()
        .filter(|p| !is_known(p))
        .collect()
}

/// Replaces every known placeholder in `text` with its value (empty when the
/// value is missing); `{{` and `}}` become single braces; whitespace runs
/// within a line collapse so that an empty value leaves no double space. A
/// value set in the template's «» has its own quotes nested (`„…“`) and is not
/// quoted twice.
pub fn fill<V: Values + ?Sized>(text: &str, values: &V) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    fill_into(text, values, &mut out);
    tidy(&out)
}

fn fill_into<V: Values + ?Sized>(text: &str, values: &V, out: &mut String) {
    let all = pieces(text);
    let mut skip_close = false;
    for (i, piece) in all.iter().enumerate() {
        match piece {
            Piece::Text(t) => {
                let t = if skip_close {
                    skip_close = false;
                    t.strip_prefix('»').unwrap_or(t)
                } else {
                    t.as_str()
                };
                out.push_str(t);
            }
            Piece::Choice(alts, raw) => {
                if alts.len() != 3 {
                    out.push_str(raw);
                    continue;
                }
                let pick = match values.gender() {
                    Some(Gender::Male) => alts[0],
                    Some(Gender::Female) => alts[1],
                    None => alts[2],
                };
                fill_into(pick, values, out);
            }
            Piece::Name(name, modifier, raw) => {
                if !is_known(&match modifier {
                    Some(m) => format!("{name}:{m}"),
                    None => (*name).to_owned(),
                }) {
                    // Unknown placeholders are refused before printing; keep
                    // them visible in a preview.
                    out.push_str(raw);
                    continue;
                }
                let value = values.value(name, *modifier).unwrap_or_default();
                let next_closes =
                    matches!(all.get(i + 1), Some(Piece::Text(t)) if t.starts_with('»'));
                if out.ends_with('«') && next_closes && value.contains(['«', '»', '"']) {
                    if is_fully_quoted(&value) {
                        // «{event}» with «Заң үйірмесі»: one pair, not two.
                        out.pop();
                        out.push_str(value.trim());
                        skip_close = true;
                    } else {
                        out.push_str(&nest(&value));
                    }
                } else {
                    out.push_str(&value);
                }
            }
        }
    }
}

/// Splits a subtitle into the text printed as the subtitle and the line that
/// stands for the recipient's name: a line holding only `{full_name}` or
/// `{full_name:case}` (or another name placeholder). Without such a line, the
/// name line is `None` and the name is printed as stored.
pub fn split_recipient_line(subtitle: &str) -> (String, Option<String>) {
    let mut kept = Vec::new();
    let mut line = None;
    for l in subtitle.lines() {
        let t = l.trim();
        let is_name = t.starts_with('{')
            && t.ends_with('}')
            && matching_brace(t, 0) == Some(t.len())
            && pieces(t)
                .iter()
                .all(|p| matches!(p, Piece::Name(n, _, _) if INFLECTED[..5].contains(n)));
        if is_name && line.is_none() {
            line = Some(t.to_owned());
        } else {
            kept.push(l);
        }
    }
    (kept.join("\n"), line)
}

/// Collapses runs of spaces within lines and trims each line, keeping blank
/// lines (paragraph breaks); a full stop after a value that ends in one
/// («… 2026 г.» + «.») is written once (an ellipsis «...» stays).
fn tidy(text: &str) -> String {
    let mut single = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '.' {
            let run = chars[i..].iter().take_while(|c| **c == '.').count();
            let keep = if run == 2 { 1 } else { run };
            single.extend(std::iter::repeat_n('.', keep));
            i += run;
            continue;
        }
        single.push(chars[i]);
        i += 1;
    }
    single
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_known_and_unknown_placeholders() {
        let text = "Құрметті {name_patronymic}! {event} {fullname} {{literal}} {event}";
        assert_eq!(
            placeholders_in(text),
            vec!["name_patronymic", "event", "fullname"]
        );
        assert_eq!(unknown_placeholders(text), vec!["fullname"]);
        assert!(unknown_placeholders("{full_name}, {date}").is_empty());
        assert!(
            unknown_placeholders("{full_name:genitive} {event_date:words} {date:locative} {принял|приняла|является участником}")
                .is_empty()
        );
        assert_eq!(
            unknown_placeholders(
                "{full_name:genitiv} {city:dative} {принял|приняла} {a|b|{bogus}}"
            ),
            vec![
                "full_name:genitiv",
                "city:dative",
                "{принял|приняла}",
                "bogus"
            ]
        );
    }

    #[test]
    fn fills_values_and_leaves_no_double_spaces() {
        let values = HashMap::from([
            ("dear", "Уважаемая".to_owned()),
            ("name_patronymic", "Әлия Серікқызы".to_owned()),
            ("position", String::new()),
        ]);
        assert_eq!(
            fill("{dear} {name_patronymic}!", &values),
            "Уважаемая Әлия Серікқызы!"
        );
        assert_eq!(fill("a {position} b", &values), "a b");
        assert_eq!(fill("{{x}} {bogus}", &values), "{x} {bogus}");
        assert_eq!(
            fill("line one\n\n  line  two ", &values),
            "line one\n\nline two"
        );
        assert_eq!(fill("unclosed {name", &values), "unclosed {name");
        let dated = HashMap::from([("date", "8 ноября 2026 г.".to_owned())]);
        assert_eq!(
            fill("прошедшем {date}. И...", &dated),
            "прошедшем 8 ноября 2026 г. И..."
        );
        // A value with quotes of its own is not quoted twice.
        // A value with quotes of its own is nested, not quoted twice.
        let quoted = HashMap::from([("event", "«Заң Үйірмесі» жастар байқауы".to_owned())]);
        assert_eq!(
            fill("«{event}» іс-шарасы", &quoted),
            "«„Заң Үйірмесі“ жастар байқауы» іс-шарасы"
        );
        let inner = HashMap::from([("event", "Молодёжный конкурс «Заң үйірмесі»".to_owned())]);
        assert_eq!(
            fill("в мероприятии «{event}».", &inner),
            "в мероприятии «Молодёжный конкурс „Заң үйірмесі“»."
        );
        let whole = HashMap::from([("event", "«Заң үйірмесі»".to_owned())]);
        assert_eq!(fill("«{event}» байқауы", &whole), "«Заң үйірмесі» байқауы");
        let plain = HashMap::from([("event", "Ашық есік күні".to_owned())]);
        assert_eq!(fill("«{event}»", &plain), "«Ашық есік күні»");
        // A known placeholder with no value becomes empty.
        assert_eq!(fill("«{campaign}»", &values), "«»");
    }

    struct Woman;
    impl Values for Woman {
        fn value(&self, name: &str, modifier: Option<&str>) -> Option<String> {
            Some(format!(
                "<{name}{}>",
                modifier.map(|m| format!(":{m}")).unwrap_or_default()
            ))
        }
        fn gender(&self) -> Option<Gender> {
            Some(Gender::Female)
        }
    }

    #[test]
    fn modifiers_and_gendered_choices() {
        assert_eq!(
            fill(
                "{принял|приняла|является участником} участие {full_name:dative}",
                &Woman
            ),
            "приняла участие <full_name:dative>"
        );
        assert_eq!(
            fill("{x|{event}, {event_held}|y}", &Woman),
            "<event>, <event_held>"
        );
        let unknown = HashMap::from([("event", "Е".to_owned())]);
        assert_eq!(
            fill(
                "{принял участие в|приняла участие в|является участником} «{event}»",
                &unknown
            ),
            "является участником «Е»"
        );
    }

    #[test]
    fn the_recipient_line_in_a_subtitle() {
        assert_eq!(
            split_recipient_line("Осы сертификат\n{full_name:genitive}"),
            (
                "Осы сертификат".to_owned(),
                Some("{full_name:genitive}".to_owned())
            )
        );
        assert_eq!(
            split_recipient_line("марапатталады"),
            ("марапатталады".to_owned(), None)
        );
        assert_eq!(
            split_recipient_line("{event}\n{full_name}"),
            ("{event}".to_owned(), Some("{full_name}".to_owned()))
        );
    }
}
