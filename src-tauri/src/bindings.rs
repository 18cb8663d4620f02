//! TypeScript bindings for the UI, generated from the Rust types and the
//! command list: `ui/src/lib/ipc/generated.ts`.
//!
//! `cargo test -p kense-app bindings` fails when the committed file differs
//! from what the code generates; run it with `KENSE_UPDATE_BINDINGS=1` to
//! rewrite the file.

use crate::IpcError;
use crate::commands::AppInfo;
use kense_core::campaigns::Campaign;
use kense_core::office::{OfficeProfile, OfficeProfileInput};
use kense_core::signatories::{Signatory, SignatoryInput};
use kense_core::{ErrorCode, Invalid, Lang};
use ts_rs::{Config, TS};

/// Where the generated file lives, relative to the workspace root.
pub const OUTPUT: &str = "ui/src/lib/ipc/generated.ts";

/// One command as the UI sees it.
struct Command {
    /// The Rust function name (what `invoke` sends).
    name: &'static str,
    /// Arguments: (name as sent, TypeScript type).
    args: Vec<(&'static str, String)>,
    /// The TypeScript type of the value on success.
    returns: String,
    /// One line for the JSDoc.
    doc: &'static str,
}

fn ts<T: TS>(cfg: &Config) -> String {
    T::name(cfg)
}

fn decl<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

/// Every command of [`crate::with_commands`], with its argument and return
/// types. The `every_command_is_registered` test keeps the two in step.
fn commands(cfg: &Config) -> Vec<Command> {
    vec![
        Command {
            name: "app_info",
            args: vec![],
            returns: ts::<AppInfo>(cfg),
            doc: "Version, database path, language and any error opening the database.",
        },
        Command {
            name: "set_language",
            args: vec![("language", ts::<Lang>(cfg))],
            returns: "null".into(),
            doc: "Remembers the UI language.",
        },
        Command {
            name: "get_office_profile",
            args: vec![],
            returns: ts::<OfficeProfile>(cfg),
            doc: "The office profile.",
        },
        Command {
            name: "update_office_profile",
            args: vec![("profile", ts::<OfficeProfileInput>(cfg))],
            returns: ts::<OfficeProfile>(cfg),
            doc: "Saves the office profile.",
        },
        Command {
            name: "list_signatories",
            args: vec![],
            returns: format!("{}[]", ts::<Signatory>(cfg)),
            doc: "The signatories.",
        },
        Command {
            name: "save_signatory",
            args: vec![("signatory", ts::<SignatoryInput>(cfg))],
            returns: ts::<Signatory>(cfg),
            doc: "Adds or edits a signatory.",
        },
        Command {
            name: "delete_signatory",
            args: vec![("id", "number".into())],
            returns: "null".into(),
            doc: "Deletes a signatory.",
        },
        Command {
            name: "list_campaigns",
            args: vec![],
            returns: format!("{}[]", ts::<Campaign>(cfg)),
            doc: "The campaigns and initiatives.",
        },
    ]
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The full text of the generated TypeScript file.
pub fn generate() -> String {
    // Row ids and counts fit in a JavaScript number.
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings`.\n\
         // Do not edit: CI fails when this file differs from what the code generates.\n\n\
         import { invoke } from \"@tauri-apps/api/core\";\n\n",
    );
    for declaration in [
        decl::<Lang>(&cfg),
        decl::<ErrorCode>(&cfg),
        decl::<Invalid>(&cfg),
        decl::<IpcError>(&cfg),
        decl::<AppInfo>(&cfg),
        decl::<OfficeProfile>(&cfg),
        decl::<OfficeProfileInput>(&cfg),
        decl::<Signatory>(&cfg),
        decl::<SignatoryInput>(&cfg),
        decl::<Campaign>(&cfg),
    ] {
        out.push_str(&declaration);
        out.push('\n');
    }
    out.push_str("/** Every command, typed. A failed call rejects with an {@link IpcError}. */\n");
    out.push_str("export const commands = {\n");
    for command in commands(&cfg) {
        let params: Vec<String> = command
            .args
            .iter()
            .map(|(name, ty)| format!("{}: {ty}", camel(name)))
            .collect();
        let payload = if command.args.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = command.args.iter().map(|(n, _)| camel(n)).collect();
            format!(", {{ {} }}", names.join(", "))
        };
        out.push_str(&format!(
            "  /** {} */\n  {}: ({}): Promise<{}> => invoke(\"{}\"{}),\n",
            command.doc,
            camel(command.name),
            params.join(", "),
            command.returns,
            command.name,
            payload
        ));
    }
    out.push_str("};\n\n/** The command names, for tests. */\nexport const commandNames = [\n");
    for command in commands(&cfg) {
        out.push_str(&format!("  \"{}\",\n", command.name));
    }
    out.push_str("] as const;\n");
    out
}

/// The command names listed for the UI.
pub fn command_names() -> Vec<&'static str> {
    commands(&Config::new())
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn output_path() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(OUTPUT)
    }

    #[test]
    fn bindings_match_the_committed_file() {
        let generated = generate();
        let path = output_path();
        if std::env::var_os("KENSE_UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date: run `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings` and commit it",
            path.display()
        );
    }

    #[test]
    fn large_ints_are_numbers_not_bigints() {
        let text = generate();
        assert!(!text.contains("bigint"), "{text}");
        assert!(
            text.contains("export type Lang = \"kk\" | \"ru\";"),
            "{text}"
        );
    }

    #[test]
    fn camel_case_names() {
        assert_eq!(camel("get_office_profile"), "getOfficeProfile");
        assert_eq!(camel("id"), "id");
    }
}
