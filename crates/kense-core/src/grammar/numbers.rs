//! Numbers as printed: thousands grouped by a no-break space («12 345»).
//!
//! The typographic thin space (U+2009, U+202F) is not in PT Serif or PT Sans,
//! the fonts documents are set in; U+00A0, which they have, keeps the groups
//! on one line the same way.

/// The space between groups of thousands.
pub const GROUP_SPACE: char = '\u{a0}';

/// `n` with its thousands grouped: «1 000», «-12 345 678»; four-digit numbers
/// too, as official tables write them.
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(GROUP_SPACE);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_three_from_the_right() {
        let s = |n| group_thousands(n).replace(GROUP_SPACE, "_");
        assert_eq!(s(0), "0");
        assert_eq!(s(999), "999");
        assert_eq!(s(1000), "1_000");
        assert_eq!(s(12345), "12_345");
        assert_eq!(s(-1234567), "-1_234_567");
        assert_eq!(s(100000), "100_000");
    }
}
