//! Quotation marks: «ёлочки» outside, „лапки“ inside. A title that already
//! carries «» is not wrapped a second time, and quotes within it are nested.

/// True when `text` is one «…» pair from its first to its last character.
pub fn is_fully_quoted(text: &str) -> bool {
    let text = text.trim();
    if !(text.starts_with('«') && text.ends_with('»')) {
        return false;
    }
    let mut depth = 0i32;
    let last = text.chars().count() - 1;
    for (i, c) in text.chars().enumerate() {
        match c {
            '«' => depth += 1,
            '»' => {
                depth -= 1;
                if depth == 0 && i != last {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Straight quotes `"…"` as «…»: one before a letter or digit (or at the start)
/// opens, any other closes.
fn curl(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c == '"' {
            let opens = prev.is_none_or(|p| p.is_whitespace() || "(«„[".contains(p));
            out.push(if opens { '«' } else { '»' });
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// `text` to be placed inside «…»: its own «» become „“.
pub fn nest(text: &str) -> String {
    curl(text).replace('«', "„").replace('»', "“")
}

/// `text` in quotes: «Ашық есік күні»; «Молодёжный конкурс „Заң үйірмесі“»
/// for `Молодёжный конкурс «Заң үйірмесі»`; a text already in one pair of «»
/// keeps it («Заң үйірмесі» stays).
pub fn quote(text: &str) -> String {
    let text = curl(text.trim());
    if is_fully_quoted(&text) {
        let inner: String = {
            let mut cs = text.chars();
            cs.next();
            cs.next_back();
            cs.collect()
        };
        return format!("«{}»", nest(&inner));
    }
    format!("«{}»", nest(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_quotes_and_no_double_wrapping() {
        assert_eq!(quote("Ашық есік күні"), "«Ашық есік күні»");
        assert_eq!(quote("«Заң үйірмесі»"), "«Заң үйірмесі»");
        assert_eq!(
            quote("Молодёжный конкурс «Заң Үйірмесі»"),
            "«Молодёжный конкурс „Заң Үйірмесі“»"
        );
        assert_eq!(
            quote("«Заң Үйірмесі» жастар байқауы"),
            "«„Заң Үйірмесі“ жастар байқауы»"
        );
        assert_eq!(quote("«Жас «Өркен» клубы»"), "«Жас „Өркен“ клубы»");
        assert_eq!(quote("Конкурс \"Лидер\""), "«Конкурс „Лидер“»");
        assert!(!is_fully_quoted("«А» и «Б»"));
        assert!(is_fully_quoted(" «А „Б“» "));
    }
}
