//! Where a word may be broken at a line's end, with a hyphen.
//!
//! Russian words are hyphenated with the TeX patterns of `hyph-ru` (the
//! `hypher` crate embeds them). TeX has no Kazakh patterns (hyph-utf8 holds
//! none), so a word with a Kazakh letter (ә ғ қ ң ө ұ ү һ і) is broken at its
//! syllable boundaries, the rule of Kazakh orthography for carrying a word
//! over («буын жігі бойынша»): one consonant between vowels starts the next
//! syllable (Се-рік), of two or more the last one does (Дар-хан, Айт-жан);
//! у and и after a vowel are consonants (та-уы); ь and ъ stay with the
//! letter before them. Either way no line ends or starts with a single
//! letter of the word, and a word's own hyphen is a break point too
//! (Сейітқұлова-|Әлденейқызы), without a second hyphen. A web address
//! breaks after a `/`, `.`, `?`, `&` or `=` (no hyphen is added: it would
//! read as part of the address).

/// Letters only Kazakh uses among the Cyrillic ones.
const KAZAKH_LETTERS: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
/// Kazakh vowels (и and у are vowels unless they follow one).
const VOWELS: &str = "аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ";
/// Fewest letters of a word on either side of a break.
const MIN_PART: usize = 2;

/// A place a word may break: after `at` bytes, adding a hyphen unless the
/// word already has one there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakPoint {
    /// Byte offset into the word.
    pub at: usize,
    /// Whether a hyphen is printed at the line's end.
    pub hyphen: bool,
}

/// The places `word` (one word, maybe with punctuation round it) may break
/// at a line's end, in order.
pub fn break_points(word: &str) -> Vec<BreakPoint> {
    if word.contains("://") || word.starts_with("www.") {
        return address_points(word);
    }
    let mut points = Vec::new();
    // A compound's own hyphens first; each part is hyphenated on its own.
    let mut start = 0;
    for (i, part) in word.split('-').enumerate() {
        if i > 0 {
            let at = start - 1 + '-'.len_utf8();
            if at > MIN_PART && at + MIN_PART < word.len() {
                points.push(BreakPoint { at, hyphen: false });
            }
        }
        points.extend(part_points(part).into_iter().map(|at| BreakPoint {
            at: start + at,
            hyphen: true,
        }));
        start += part.len() + 1;
    }
    points.sort_by_key(|p| p.at);
    points
}

/// Break points of a web address: after each separator, never inside the
/// scheme (`https://`) and never leaving fewer than two characters on a side.
fn address_points(word: &str) -> Vec<BreakPoint> {
    let after_scheme = word.find("://").map_or(0, |i| i + 3);
    word.char_indices()
        .filter(|&(i, c)| i >= after_scheme && matches!(c, '/' | '.' | '?' | '&' | '=' | '_' | '-'))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&at| at >= MIN_PART && word.len() - at >= MIN_PART)
        .map(|at| BreakPoint { at, hyphen: false })
        .collect()
}

/// Break offsets inside one part of a word (no hyphen in it).
fn part_points(part: &str) -> Vec<usize> {
    // The letters between any leading and trailing punctuation.
    let Some(first) = part.char_indices().find(|(_, c)| is_letter(*c)) else {
        return Vec::new();
    };
    let last = part
        .char_indices()
        .rev()
        .find(|(_, c)| is_letter(*c))
        .map_or(part.len(), |(i, c)| i + c.len_utf8());
    let core = &part[first.0..last];
    let chars: Vec<(usize, char)> = core.char_indices().collect();
    if chars.len() < 2 * MIN_PART || !chars.iter().all(|(_, c)| is_letter(*c)) {
        return Vec::new();
    }
    let cuts: Vec<usize> = if core.chars().any(|c| KAZAKH_LETTERS.contains(c)) {
        kazakh_syllables(&chars)
    } else if core.chars().all(is_cyrillic) {
        russian_syllables(core)
    } else {
        Vec::new()
    };
    cuts.into_iter()
        .filter(|&n| n >= MIN_PART && n + MIN_PART <= chars.len())
        .map(|n| first.0 + chars[n].0)
        .collect()
}

/// `char::is_alphabetic`, answered at once for the Russian and Latin
/// letters (the slow table lookup is for the rest): every word of every
/// page is asked.
fn is_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'a'..='z' | 'A'..='Z') || c.is_alphabetic()
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Character indices where a new syllable starts, by the Kazakh rule.
fn kazakh_syllables(chars: &[(usize, char)]) -> Vec<usize> {
    let mut vowel = vec![false; chars.len()];
    for (i, (_, c)) in chars.iter().enumerate() {
        let glide = matches!(c, 'у' | 'и' | 'У' | 'И') && i > 0 && vowel[i - 1];
        vowel[i] = VOWELS.contains(*c) && !glide;
    }
    let nuclei: Vec<usize> = (0..chars.len()).filter(|&i| vowel[i]).collect();
    let mut cuts = Vec::new();
    for pair in nuclei.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let consonants = b - a - 1;
        let mut cut = match consonants {
            0 | 1 => a + 1,
            _ => b - 1,
        };
        // ь and ъ never start a syllable.
        while cut < b && matches!(chars[cut].1, 'ь' | 'ъ' | 'Ь' | 'Ъ') {
            cut += 1;
        }
        cuts.push(cut);
    }
    cuts
}

/// Character indices where a new syllable starts, by the Russian patterns.
fn russian_syllables(core: &str) -> Vec<usize> {
    let lower = core.to_lowercase();
    // Cyrillic lower-casing keeps one character for one.
    if lower.chars().count() != core.chars().count() {
        return Vec::new();
    }
    let mut cuts = Vec::new();
    let mut n = 0;
    for syllable in hypher::hyphenate(&lower, hypher::Lang::Russian) {
        if n > 0 {
            cuts.push(n);
        }
        n += syllable.chars().count();
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word with `-` at every break point (`|` where its own hyphen breaks).
    fn shown(word: &str) -> String {
        let mut out = String::new();
        let mut from = 0;
        for p in break_points(word) {
            out.push_str(&word[from..p.at]);
            out.push(if p.hyphen { '·' } else { '|' });
            from = p.at;
        }
        out.push_str(&word[from..]);
        out
    }

    #[test]
    fn kazakh_words_break_at_their_syllables() {
        for (word, expected) in [
            ("Серікқызы", "Се·рік·қы·зы"),
            ("Дарханұлы", "Дар·ха·нұ·лы"),
            ("құқықтық", "құ·қық·тық"),
            ("қатысқаныңыз", "қа·тыс·қа·ны·ңыз"),
            // A single letter is never left at a line's end.
            ("азаматтардың", "аза·мат·тар·дың"),
            ("тауы", "та·уы"),
            ("Әлденейқызы", "Әл·де·ней·қы·зы"),
            ("прокуратурасының", "про·ку·ра·ту·ра·сы·ның"),
        ] {
            assert_eq!(shown(word), expected, "{word}");
        }
    }

    #[test]
    fn russian_words_break_by_the_tex_patterns() {
        let s = shown("благодарность");
        assert!(s.contains('·'), "{s}");
        assert_eq!(s.replace('·', ""), "благодарность");
        // Never one letter alone at either end.
        for word in ["правопорядка", "Профилактическая", "участие"]
        {
            let points = break_points(word);
            assert!(!points.is_empty(), "{word}");
            for p in points {
                assert!(word[..p.at].chars().count() >= 2, "{word}");
                assert!(word[p.at..].chars().count() >= 2, "{word}");
            }
        }
    }

    #[test]
    fn a_compound_breaks_at_its_own_hyphen_and_punctuation_stays_put() {
        let s = shown("Сейітқұлова-Әлденейқызы");
        assert!(s.contains("ва-|Әл"), "{s}");
        assert_eq!(shown("«Құқық»,"), "«Құ·қық»,");
        assert_eq!(shown("2026"), "2026");
        assert_eq!(shown("Ой"), "Ой");
    }

    #[test]
    fn a_web_address_breaks_after_its_separators_without_a_hyphen() {
        assert_eq!(
            shown("https://news.example.kz/2026/11/34"),
            "https://news.|example.|kz/|2026/|11/|34"
        );
    }
}
