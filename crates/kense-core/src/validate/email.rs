//! E-mail addresses: a plausible shape, not a full RFC 5322 parser.

/// Longest accepted e-mail address, in characters.
pub const MAX_EMAIL: usize = 254;

/// True when `s` looks like one e-mail address: something, `@`, a domain
/// with a dot inside, no spaces, no second `@`, at most [`MAX_EMAIL`]
/// characters.
pub fn is_email(s: &str) -> bool {
    if s.chars().count() > MAX_EMAIL || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains([',', ';', '(', ')', '<', '>', '[', ']', '"', '\\'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_pass() {
        for ok in [
            "aliev@mail.kz",
            "a.aliev+kense@prokuror.gov.kz",
            "Әлібек@пошта.қаз",
            "o'brien@example.com",
        ] {
            assert!(is_email(ok), "{ok}");
        }
    }

    #[test]
    fn other_shapes_fail() {
        for bad in [
            "",
            "aliev",
            "aliev@",
            "@mail.kz",
            "aliev@mail",
            "aliev@.kz",
            "aliev@mail.kz.",
            "aliev@mail..kz",
            "ali ev@mail.kz",
            "a@b.kz; c@d.kz",
            "a@b.kz, c@d.kz",
            "a@b@c.kz",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(!is_email(&format!("{}@mail.kz", "a".repeat(250))));
    }
}
