//! `{placeholders}` in template texts: the known names, checking a text for
//! unknown ones, and filling them in.

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
    "event",
    "event_date",
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

/// The `{names}` in `text`, each once, in order of appearance. `{{` and `}}`
/// stand for literal braces and are not placeholders.
pub fn placeholders_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        if let Some(stripped) = after.strip_prefix('{') {
            rest = stripped;
            continue;
        }
        match after.find('}') {
            Some(end) => {
                let name = after[..end].trim().to_owned();
                if !found.contains(&name) {
                    found.push(name);
                }
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// The placeholders in `text` that are not in [`PLACEHOLDERS`].
pub fn unknown_placeholders(text: &str) -> Vec<String> {
    placeholders_in(text)
        .into_iter()
        .filter(|p| !PLACEHOLDERS.contains(&p.as_str()))
        .collect()
}

/// Replaces every known `{name}` in `text` with its value (empty when the value
/// is missing); `{{` and `}}` become single braces; whitespace runs within a
/// line collapse so that an empty value leaves no double space.
pub fn fill(text: &str, values: &HashMap<&str, String>) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(start) = rest.find(['{', '}']) {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        if let Some(t) = tail.strip_prefix("{{") {
            out.push('{');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("}}") {
            out.push('}');
            rest = t;
        } else if let Some(t) = tail.strip_prefix('}') {
            out.push('}');
            rest = t;
        } else {
            let after = &tail[1..];
            match after.find('}') {
                Some(end) => {
                    let name = after[..end].trim();
                    let mut next = &after[end + 1..];
                    if let Some(value) = values.get(name) {
                        // «{event}» with a value that has its own «quotes»: the
                        // template's pair would double them.
                        if value.contains(['«', '»']) && out.ends_with('«') && next.starts_with('»')
                        {
                            out.pop();
                            next = &next['»'.len_utf8()..];
                        }
                        out.push_str(value);
                        rest = next;
                        continue;
                    } else if !PLACEHOLDERS.contains(&name) {
                        // Unknown placeholders are refused before printing; keep
                        // them visible in a preview.
                        out.push_str(&tail[..end + 2]);
                    }
                    rest = next;
                }
                None => {
                    out.push_str(tail);
                    rest = "";
                }
            }
        }
    }
    out.push_str(rest);
    tidy(&out)
}

/// Collapses runs of spaces within lines and trims each line, keeping blank
/// lines (paragraph breaks).
fn tidy(text: &str) -> String {
    text.lines()
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
        // A value with quotes of its own is not quoted twice.
        let quoted = HashMap::from([("event", "«Заң Үйірмесі» жастар байқауы".to_owned())]);
        assert_eq!(
            fill("«{event}» іс-шарасы", &quoted),
            "«Заң Үйірмесі» жастар байқауы іс-шарасы"
        );
        let plain = HashMap::from([("event", "Ашық есік күні".to_owned())]);
        assert_eq!(fill("«{event}»", &plain), "«Ашық есік күні»");
        // A known placeholder with no value becomes empty.
        assert_eq!(fill("«{campaign}»", &values), "«»");
    }
}
