//! Translations: the same Fluent `.ftl` files the UI uses, for documents,
//! the CLI and error messages.

use crate::FieldName;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

/// The Kazakh strings (`assets/i18n/kk.ftl`).
pub const KK_FTL: &str = include_str!("../../../assets/i18n/kk.ftl");
/// The Russian strings (`assets/i18n/ru.ftl`).
pub const RU_FTL: &str = include_str!("../../../assets/i18n/ru.ftl");

/// A language of the UI and of documents. Kazakh comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
pub enum Lang {
    /// Kazakh.
    #[default]
    #[serde(rename = "kk")]
    Kk,
    /// Russian.
    #[serde(rename = "ru")]
    Ru,
}

impl Lang {
    /// Both languages, Kazakh first.
    pub const ALL: [Lang; 2] = [Lang::Kk, Lang::Ru];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
        }
    }

    fn ftl(self) -> &'static str {
        match self {
            Lang::Kk => KK_FTL,
            Lang::Ru => RU_FTL,
        }
    }
}

/// The text of a field kept in both languages (`position_kk` /
/// `position_ru`, `place_kk` / `place_ru`…) for a page in `lang`: the text in
/// that language, or the other language's when it is empty. Printing falls
/// back only after [`crate::documents::missing_translations`] listed the
/// empty field and the user chose to print anyway.
pub fn in_lang<'a>(kk: &'a str, ru: &'a str, lang: Lang) -> &'a str {
    let (own, other) = match lang {
        Lang::Kk => (kk, ru),
        Lang::Ru => (ru, kk),
    };
    if own.trim().is_empty() { other } else { own }
}

/// The text of a field kept in both languages for a page in `langs`: one
/// language's text ([`in_lang`]), or on a page of both «Kazakh / Russian»
/// when the two differ.
pub fn in_langs(kk: &str, ru: &str, langs: &[Lang]) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for &lang in langs {
        let text = in_lang(kk, ru, lang).trim();
        if !text.is_empty() && !parts.contains(&text) {
            parts.push(text);
        }
    }
    parts.join(" / ")
}

/// The letters only Kazakh has among the Cyrillic ones.
const KAZAKH_LETTERS: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

/// Letters rare in Kazakh words and common in Russian ones.
const RUSSIAN_LETTERS: &str = "ЁёЪъЬьЭэЩщЦцФфВвЧч";

/// Word endings of Russian (adjectives, -ция, -ние, -сть…), not of Kazakh.
const RUSSIAN_ENDINGS: &[&str] = &[
    "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ых", "их", "ция", "ние", "сть",
];

/// Which column a text of one language only goes to, when the language is
/// not said (a single «Должность» column of an import, the data before
/// schema 11): `(kk, ru)`.
/// - a letter only Kazakh has: Kazakh;
/// - else a mark of Russian ([`RUSSIAN_LETTERS`], a word ending in
///   [`RUSSIAN_ENDINGS`]): Russian («Главный специалист»);
/// - else Kazakh, the first language of the office («Бас маман»,
///   «Директор»), the check before printing listing the Russian side;
/// - no Cyrillic letter («IT Park», «101»): the same text in both.
pub fn split_by_language(text: &str) -> (String, String) {
    let text = text.trim();
    let cyrillic = |c: char| matches!(c, 'Ѐ'..='ӿ');
    if !text.chars().any(cyrillic) {
        return (text.to_owned(), text.to_owned());
    }
    if text.chars().any(|c| KAZAKH_LETTERS.contains(c)) {
        return (text.to_owned(), String::new());
    }
    let lower = text.to_lowercase();
    let russian = lower.chars().any(|c| RUSSIAN_LETTERS.contains(c))
        || lower.split(|c: char| !c.is_alphabetic()).any(|word| {
            RUSSIAN_ENDINGS
                .iter()
                .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
        });
    if russian {
        (String::new(), text.to_owned())
    } else {
        (text.to_owned(), String::new())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = crate::Error;

    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_lowercase().as_str() {
            "kk" | "kz" | "kaz" => Ok(Lang::Kk),
            "ru" | "rus" => Ok(Lang::Ru),
            _ => Err(crate::Error::validation(
                FieldName::Language,
                crate::Invalid::UnknownLanguage,
                format!("unknown language {s:?}; use kk or ru"),
            )),
        }
    }
}

/// A loaded set of strings for one language.
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Translator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translator")
            .field("locales", &self.bundle.locales)
            .finish()
    }
}

impl Translator {
    /// Loads the strings of `lang`. The files are embedded and checked by
    /// tests, so a parse error here is a bug; the entries that did parse are
    /// still used.
    pub fn new(lang: Lang) -> Self {
        let resource = match FluentResource::try_new(lang.ftl().to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                tracing::error!(?errors, "translation file has errors");
                resource
            }
        };
        let langid = match lang {
            Lang::Kk => unic_langid::langid!("kk"),
            Lang::Ru => unic_langid::langid!("ru"),
        };
        let mut bundle = FluentBundle::new(vec![langid]);
        // No Unicode isolation marks around arguments: the text goes to
        // terminals and PDFs, where they would show up as stray characters.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(?errors, "translation file has duplicate keys");
        }
        Self { lang, bundle }
    }

    /// The language of this translator.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `key` with `args`; the key itself when it is missing.
    pub fn tr(&self, key: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        text.into_owned()
    }

    /// True when the message `key` exists.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

/// The message ids (with `.attribute` suffixes) defined in an `.ftl` text.
pub fn message_ids(ftl: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(ftl.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            ids.push(message.id.name.to_owned());
            for attribute in &message.attributes {
                ids.push(format!("{}.{}", message.id.name, attribute.id.name));
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn both_files_parse_without_errors() {
        for lang in Lang::ALL {
            if let Err((_, errors)) = FluentResource::try_new(lang.ftl().to_owned()) {
                panic!("{lang}.ftl has errors: {errors:?}");
            }
        }
    }

    #[test]
    fn every_key_exists_in_both_languages() {
        let kk: BTreeSet<_> = message_ids(KK_FTL).into_iter().collect();
        let ru: BTreeSet<_> = message_ids(RU_FTL).into_iter().collect();
        let only_kk: Vec<_> = kk.difference(&ru).collect();
        let only_ru: Vec<_> = ru.difference(&kk).collect();
        assert!(
            only_kk.is_empty() && only_ru.is_empty(),
            "keys only in kk.ftl: {only_kk:?}; keys only in ru.ftl: {only_ru:?}"
        );
        assert!(kk.len() > 20, "the files look empty");
    }

    #[test]
    fn every_error_code_has_a_translation() {
        for lang in Lang::ALL {
            let t = Translator::new(lang);
            for code in crate::ErrorCode::ALL {
                let key = format!("error-{}", code.as_str());
                assert!(t.has(&key), "{lang}.ftl lacks {key}");
            }
            for reason in crate::Invalid::ALL {
                let key = format!("invalid-{reason}");
                assert!(t.has(&key), "{lang}.ftl lacks {key}");
            }
            for field in crate::FieldName::ALL {
                let key = format!("field-{field}");
                assert!(t.has(&key), "{lang}.ftl lacks {key}");
            }
            for reason in crate::backup::BackupReason::ALL {
                let key = format!("backup-reason-{}", reason.as_str());
                assert!(t.has(&key), "{lang}.ftl lacks {key}");
            }
        }
    }

    #[test]
    fn arguments_are_substituted_in_kazakh() {
        let t = Translator::new(Lang::Kk);
        let text = t.tr(
            "cli-schema-version",
            &[("version", "1"), ("supported", "2")],
        );
        assert!(text.contains('1') && !text.contains('{'), "{text}");
        assert_eq!(t.tr("no-such-key", &[]), "no-such-key");
    }

    #[test]
    fn lang_parses_codes() {
        assert_eq!("kk".parse::<Lang>().unwrap(), Lang::Kk);
        assert_eq!("RU".parse::<Lang>().unwrap(), Lang::Ru);
        assert!("en".parse::<Lang>().is_err());
    }

    #[test]
    fn a_text_goes_to_the_language_it_is_written_in() {
        let split = |t: &str| split_by_language(t);
        assert_eq!(split("Бас маман"), ("Бас маман".into(), String::new()));
        assert_eq!(split("Іле ауданы"), ("Іле ауданы".into(), String::new()));
        assert_eq!(
            split(" Главный специалист "),
            (String::new(), "Главный специалист".into())
        );
        assert_eq!(split("IT Park"), ("IT Park".into(), "IT Park".into()));
        assert_eq!(split("Директор"), ("Директор".into(), String::new()));
        for ru in [
            "Учитель",
            "Зал заседаний",
            "Актовый зал",
            "Главный специалист",
        ] {
            assert_eq!(split(ru), (String::new(), ru.into()), "{ru}");
        }
        for kk in [
            "Студент",
            "Мәслихат депутаты",
            "Бөлім басшысы",
            "Мектеп акт залы",
        ] {
            assert_eq!(split(kk), (kk.into(), String::new()), "{kk}");
        }
        assert_eq!(in_lang("Бас маман", "", Lang::Ru), "Бас маман");
        assert_eq!(
            in_lang("Бас маман", "Главный специалист", Lang::Ru),
            "Главный специалист"
        );
        assert_eq!(
            in_lang("Бас маман", "Главный специалист", Lang::Kk),
            "Бас маман"
        );
        assert_eq!(
            in_langs("Бас маман", "Главный специалист", &Lang::ALL),
            "Бас маман / Главный специалист"
        );
        assert_eq!(in_langs("Директор", "Директор", &Lang::ALL), "Директор");
    }
}
