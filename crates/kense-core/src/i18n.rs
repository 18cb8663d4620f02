//! Translations: the same Fluent `.ftl` files the UI uses, for documents,
//! the CLI and error messages.

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
                "language",
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
                let key = format!("invalid-{}", reason.as_str());
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
}
