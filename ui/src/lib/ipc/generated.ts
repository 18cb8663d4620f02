// Generated from the Rust types by `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings`.
// Do not edit: CI fails when this file differs from what the code generates.

import { invoke } from "@tauri-apps/api/core";

/**
 * A language of the UI and of documents. Kazakh comes first.
 */
export type Lang = "kk" | "ru";

/**
 * Stable machine-readable error codes. They are part of the IPC contract:
 * the UI translates each one (`error-<code>` in the `.ftl` files), so a code
 * is never renamed, only added.
 */
export type ErrorCode = "db_newer_schema" | "db_not_kense" | "db_damaged" | "db_io" | "disk_full" | "validation" | "not_found" | "render" | "internal";

/**
 * Why a field was refused: stable codes the UI and CLI translate
 * (`invalid-<reason>` in the `.ftl` files, with `$limit` where it applies).
 */
export type Invalid = "required" | "too_long" | "control_characters" | "not_an_email" | "not_a_kazakhstan_time_zone" | "unknown_language" | "not_an_image" | "too_large" | "unknown_setting";

/**
 * An error as the UI receives it. `code` is stable and translated by the
 * UI (`error-<code>`); `message` is the English detail for logs and the
 * "details" line; `field` names the input at fault for validation errors.
 */
export type IpcError = { 
/**
 * Stable machine-readable code.
 */
code: ErrorCode, 
/**
 * Human-readable detail (English).
 */
message: string, 
/**
 * The field at fault, for validation errors.
 */
field?: string | null, 
/**
 * Why the field was refused (translated as `invalid-<reason>`).
 */
reason?: Invalid | null, 
/**
 * The limit broken (characters for `too_long`, bytes for `too_large`).
 */
limit?: number | null, };

/**
 * What the UI needs to start: version, database and language.
 */
export type AppInfo = { 
/**
 * Kense version.
 */
version: string, 
/**
 * The database file.
 */
dbPath: string, 
/**
 * Its schema version, when it is open.
 */
schemaVersion?: number | null, 
/**
 * The remembered UI language.
 */
language: Lang, 
/**
 * Why the database could not be opened, if it could not.
 */
openError?: IpcError | null, };

/**
 * The office as stored.
 */
export type OfficeProfile = { 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Region (oblast) in Kazakh.
 */
regionKk: string, 
/**
 * Region in Russian.
 */
regionRu: string, 
/**
 * City in Kazakh.
 */
cityKk: string, 
/**
 * City in Russian.
 */
cityRu: string, 
/**
 * Postal address in Kazakh.
 */
addressKk: string, 
/**
 * Postal address in Russian.
 */
addressRu: string, 
/**
 * Phone.
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * IANA time zone, one of [`TIME_ZONES`].
 */
timeZone: string, 
/**
 * True when a logo is stored.
 */
hasLogo: boolean, 
/**
 * Last change, UTC RFC 3339.
 */
updatedAt: string, };

/**
 * The editable fields of the office profile.
 */
export type OfficeProfileInput = { 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Region in Kazakh.
 */
regionKk: string, 
/**
 * Region in Russian.
 */
regionRu: string, 
/**
 * City in Kazakh.
 */
cityKk: string, 
/**
 * City in Russian.
 */
cityRu: string, 
/**
 * Address in Kazakh.
 */
addressKk: string, 
/**
 * Address in Russian.
 */
addressRu: string, 
/**
 * Phone.
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * IANA time zone.
 */
timeZone: string, };

/**
 * A signatory as stored.
 */
export type Signatory = { 
/**
 * Row id.
 */
id: number, 
/**
 * Full name as written in Kazakh documents.
 */
fullNameKk: string, 
/**
 * Full name as written in Russian documents.
 */
fullNameRu: string, 
/**
 * Position in Kazakh.
 */
positionKk: string, 
/**
 * Position in Russian.
 */
positionRu: string, 
/**
 * The signatory proposed by default on new documents.
 */
isDefault: boolean, };

/**
 * A new or edited signatory.
 */
export type SignatoryInput = { 
/**
 * The row to update; `None` creates a new signatory.
 */
id?: number | null, 
/**
 * Full name in Kazakh.
 */
fullNameKk: string, 
/**
 * Full name in Russian.
 */
fullNameRu: string, 
/**
 * Position in Kazakh.
 */
positionKk: string, 
/**
 * Position in Russian.
 */
positionRu: string, 
/**
 * Make this the default signatory (clears the flag on the others).
 */
isDefault: boolean, };

/**
 * A campaign or initiative.
 */
export type Campaign = { 
/**
 * Row id.
 */
id: number, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Free text.
 */
description: string, };

/** Every command, typed. A failed call rejects with an {@link IpcError}. */
export const commands = {
  /** Version, database path, language and any error opening the database. */
  appInfo: (): Promise<AppInfo> => invoke("app_info"),
  /** Remembers the UI language. */
  setLanguage: (language: Lang): Promise<null> => invoke("set_language", { language }),
  /** The office profile. */
  getOfficeProfile: (): Promise<OfficeProfile> => invoke("get_office_profile"),
  /** Saves the office profile. */
  updateOfficeProfile: (profile: OfficeProfileInput): Promise<OfficeProfile> => invoke("update_office_profile", { profile }),
  /** The signatories. */
  listSignatories: (): Promise<Signatory[]> => invoke("list_signatories"),
  /** Adds or edits a signatory. */
  saveSignatory: (signatory: SignatoryInput): Promise<Signatory> => invoke("save_signatory", { signatory }),
  /** Deletes a signatory. */
  deleteSignatory: (id: number): Promise<null> => invoke("delete_signatory", { id }),
  /** The campaigns and initiatives. */
  listCampaigns: (): Promise<Campaign[]> => invoke("list_campaigns"),
};

/** The command names, for tests. */
export const commandNames = [
  "app_info",
  "set_language",
  "get_office_profile",
  "update_office_profile",
  "list_signatories",
  "save_signatory",
  "delete_signatory",
  "list_campaigns",
] as const;
