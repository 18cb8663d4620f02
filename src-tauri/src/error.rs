//! The one error type every command returns: `{code, message, field}`.

use kense_core::error::GlyphProblem;
use kense_core::{ErrorCode, Invalid};
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
    /// The field at fault, for validation errors.
    #[ts(optional = nullable)]
    pub field: Option<String>,
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
        Self {
            code,
            glyphs,
            field: err.field().map(str::to_owned),
            reason,
            limit,
            message: err.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_error_serialises_with_code_and_field() {
        let err = IpcError::from(kense_core::Error::over_limit(
            "name_kk",
            Invalid::TooLong,
            300,
            "is too long",
        ));
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "validation", "message": "name_kk: is too long", "field": "name_kk",
                "reason": "too_long", "limit": 300, "glyphs": null
            })
        );
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
