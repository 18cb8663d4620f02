//! The one error type every command returns: `{code, message, field}`.

use kense_core::error::{FieldProblem, GlyphProblem};
use kense_core::{ErrorCode, FieldName, Invalid};
use serde::Serialize;
use ts_rs::TS;

/// An error as the UI receives it. `code` is stable and translated by the
/// UI (`error-<code>`); `message` is the English detail for logs and the
/// "details" line; `field` names the input at fault for validation errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// Human-readable detail (English).
    pub message: String,
    /// The field at fault, for validation errors (the first of the form
    /// when several are refused).
    #[ts(optional = nullable)]
    pub field: Option<FieldName>,
    /// Every field refused, in the form's order (validation errors only):
    /// a form marks each of them at once.
    #[ts(optional = nullable)]
    pub fields: Option<Vec<FieldProblem>>,
    /// Why the field was refused (translated as `invalid-<reason>`).
    #[ts(optional = nullable)]
    pub reason: Option<Invalid>,
    /// The limit broken (characters for `too_long`, bytes for `too_large`).
    #[ts(optional = nullable)]
    pub limit: Option<u64>,
    /// The characters the fonts lack, per recipient (`missing_glyphs`).
    #[ts(optional = nullable)]
    pub glyphs: Option<Vec<GlyphProblem>>,
}

impl IpcError {
    /// An internal error with a message.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, message)
    }

    /// An error with its code and an English message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            fields: None,
            reason: None,
            limit: None,
            glyphs: None,
        }
    }
}

impl From<kense_core::Error> for IpcError {
    fn from(err: kense_core::Error) -> Self {
        let code = err.code();
        if code == ErrorCode::Internal {
            tracing::error!(detail = %kense_core::logs::error_detail(&err), "internal error");
        }
        let (reason, limit) = match err.invalid() {
            Some((reason, limit)) => (Some(reason), limit),
            None => (None, None),
        };
        let glyphs = match &err {
            kense_core::Error::MissingGlyphs(problems) => Some(problems.clone()),
            _ => None,
        };
        let fields = Some(err.field_problems()).filter(|list| !list.is_empty());
        Self {
            code,
            glyphs,
            fields,
            field: err.field(),
            reason,
            limit,
            message: err.to_string(),
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]
mod tests {
    use super::*;

    #[test]
    fn validation_error_serialises_with_code_and_field() {
        let err = IpcError::from(kense_core::Error::over_limit(
            FieldName::NameKk,
            Invalid::TooLong,
            300,
            "is too long",
        ));
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "validation", "message": "name_kk: is too long", "field": "name_kk",
                "fields": [{"field": "name_kk", "reason": "too_long", "limit": 300, "message": "is too long"}],
                "reason": "too_long", "limit": 300, "glyphs": null
            })
        );
    }

    #[test]
    fn several_refused_fields_are_listed_in_order() {
        let input = kense_core::organisations::OrganisationInput {
            name_kk: String::new(),
            name_ru: String::new(),
            phone: "12".to_owned(),
            email: "no-at-sign".to_owned(),
            ..Default::default()
        };
        let store = kense_core::Store::open_in_memory().unwrap();
        let err = IpcError::from(
            kense_core::organisations::insert_organisation(store.conn(), &input).unwrap_err(),
        );
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "validation");
        assert_eq!(json["field"], "name_ru");
        let fields: Vec<(&str, &str)> = json["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["field"].as_str().unwrap(), f["reason"].as_str().unwrap()))
            .collect();
        assert_eq!(
            fields,
            [
                ("name_ru", "required"),
                ("phone", "not_a_phone"),
                ("email", "not_an_email")
            ]
        );
    }

    /// What the backend answers to forms with several bad fields, recorded
    /// for the UI's tests (`ui/src/test/recorded/refused-forms.json`), which
    /// replay it instead of re-implementing the rules. Rewritten with
    /// `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings`.
    #[test]
    fn ui_fixture_bindings_of_refused_forms() {
        use kense_core::{events, kinds, organisations, people};
        let store = kense_core::Store::open_in_memory().unwrap();
        let c = store.conn();
        let person = people::PersonInput {
            name: "Ерлан".to_owned(),
            phone: "12345".to_owned(),
            email: "erlan.mail.kz".to_owned(),
            iin: "123456789012".to_owned(),
            ..Default::default()
        };
        let organisation = organisations::OrganisationInput {
            phone: "12".to_owned(),
            email: "info@".to_owned(),
            ..Default::default()
        };
        let event = events::EventInput {
            kind: kinds::EventKind::Lecture,
            campaign_id: None,
            title_kk: String::new(),
            title_ru: String::new(),
            starts_at: "2026-11-21T10:00".to_owned(),
            ends_at: "2026-11-21T09:00".to_owned(),
            place_kk: String::new(),
            place_ru: String::new(),
            district_kk: String::new(),
            district_ru: String::new(),
            status: kinds::EventStatus::Planned,
            confirm_future: None,
            headcount: Some(-3),
            outcomes: String::new(),
            proposals_count: 0,
        };
        let too_long = "Үздік ".repeat(kense_core::attendance::MAX_NOMINATION / 5);
        let recorded = serde_json::json!({
            "createPerson": IpcError::from(people::insert_person(c, &person).unwrap_err()),
            "createOrganisation": IpcError::from(
                organisations::insert_organisation(c, &organisation).unwrap_err()
            ),
            "createEvent": IpcError::from(events::insert_event(c, &event).unwrap_err()),
            "setNomination": IpcError::from(
                kense_core::attendance::set_nomination(c, 1, 1, &too_long, &too_long).unwrap_err()
            ),
        });
        let text = serde_json::to_string_pretty(&recorded).unwrap() + "\n";
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ui/src/test/recorded/refused-forms.json");
        if std::env::var_os("KENSE_UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} is out of date: run `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings` and commit it",
            path.display()
        );
        for form in [
            "createPerson",
            "createOrganisation",
            "createEvent",
            "setNomination",
        ] {
            assert!(
                recorded[form]["fields"].as_array().unwrap().len() >= 2,
                "{form}"
            );
        }
    }

    #[test]
    fn missing_glyphs_carry_the_list() {
        let err = IpcError::from(kense_core::Error::MissingGlyphs(vec![GlyphProblem {
            what: "Ли 李".to_owned(),
            chars: vec!["«李» U+674E".to_owned()],
        }]));
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "missing_glyphs");
        assert_eq!(json["glyphs"][0]["what"], "Ли 李");
        assert_eq!(json["glyphs"][0]["chars"][0], "«李» U+674E");
    }

    #[test]
    fn other_errors_have_a_null_field() {
        let err = IpcError::from(kense_core::Error::NotFound {
            what: "signatory",
            id: 7,
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["field"], serde_json::Value::Null);
    }
}
