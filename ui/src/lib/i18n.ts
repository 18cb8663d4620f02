// Translations: the same Fluent files the Rust side uses
// (assets/i18n/kk.ftl and ru.ftl), loaded at build time with `?raw`.
//
// `t(key, args)` reads the current language from Svelte state, so any
// template or `$derived` that calls it updates when the language changes.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import kkSource from "../../../assets/i18n/kk.ftl?raw";
import ruSource from "../../../assets/i18n/ru.ftl?raw";
import type { ErrorCode, FieldName, IpcError, Lang } from "./ipc/generated";
import { LANGS, locale } from "./locale.svelte";

export { LANGS };

export type Args = Record<string, FluentVariable>;

/** The raw Fluent sources, by language. */
export const SOURCES: Readonly<Record<Lang, string>> = { kk: kkSource, ru: ruSource };

/** Every error code the backend sends, each `true`: a code added to
 * `ErrorCode` and missing here fails the type check (two were shown as
 * «unexpected error» for want of it). */
const KNOWN_CODES: Record<ErrorCode, true> = {
  db_newer_schema: true,
  db_not_kense: true,
  db_damaged: true,
  db_io: true,
  disk_full: true,
  validation: true,
  not_found: true,
  render: true,
  missing_glyphs: true,
  internal: true,
  db_locked: true,
  db_read_only: true,
  db_empty_file: true,
  backup_failed: true,
  wrong_passphrase: true,
  not_a_regular_file: true,
  file_in_use: true,
  permission_denied: true,
  read_only_folder: true,
  path_too_long: true,
  file_io: true,
  file_not_picked: true,
  file_not_openable: true,
  hub_unreachable: true,
  hub_schema: true,
  hub_refused: true,
  cancelled: true,
};

/** Every error code the backend sends (`error-<code>` exists for each). */
export const ERROR_CODES: readonly ErrorCode[] = Object.keys(KNOWN_CODES) as ErrorCode[];

function createBundle(lang: Lang, source: string): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  for (const error of errors) {
    console.error(`i18n: ${lang}.ftl:`, error);
  }
  return bundle;
}

const bundles: Record<Lang, FluentBundle> = {
  kk: createBundle("kk", kkSource),
  ru: createBundle("ru", ruSource),
};

/** True when `lang` has a message `key` with a value. */
export function hasMessage(lang: Lang, key: string): boolean {
  return Boolean(bundles[lang].getMessage(key)?.value);
}

/** `key` formatted in `lang`; the key itself when it is missing. */
export function translate(lang: Lang, key: string, args?: Args): string {
  const bundle = bundles[lang];
  const message = bundle.getMessage(key);
  if (!message?.value) {
    console.warn(`i18n: missing ${lang} message "${key}"`);
    return key;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args ?? null, errors);
  for (const error of errors) {
    console.warn(`i18n: ${lang} "${key}":`, error);
  }
  return text;
}

/** The current UI language. Reactive. */
export function currentLang(): Lang {
  return locale.current;
}

/** The language that is not `lang`. */
export function otherLang(lang: Lang): Lang {
  return lang === "kk" ? "ru" : "kk";
}

/** True for "kk" and "ru". */
export function isLang(value: unknown): value is Lang {
  return value === "kk" || value === "ru";
}

/** Switches the UI language at once (and the document's `lang`). */
export function setLang(lang: Lang): void {
  locale.current = lang;
  if (typeof document !== "undefined") {
    document.documentElement.lang = lang;
  }
}

/** `key` in the current language. Reactive. */
export function t(key: string, args?: Args): string {
  return translate(locale.current, key, args);
}

/** The English detail of a validation error without its leading `field: `. */
export function validationDetail(error: IpcError): string {
  const prefix = error.field ? `${error.field}: ` : "";
  return prefix && error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
}

/** The translated label of a field (`field-<field>`: every `FieldName`
 * has one in both languages, i18n.test.ts checks it). */
export function fieldName(field: FieldName, lang: Lang = locale.current): string {
  return translate(lang, `field-${field}`);
}

/** Why a field was refused, translated (`invalid-<reason>`: every `Invalid`
 * has one in both languages), else the English detail. */
export function reasonText(error: IpcError, lang: Lang = locale.current): string {
  return error.reason
    ? translate(lang, `invalid-${error.reason}`, { limit: error.limit ?? 0 })
    : validationDetail(error);
}

/**
 * An error as the user reads it: `error-<code>` in `lang`; for validation
 * errors with the field's translated name and the translated reason.
 */
export function errorText(error: IpcError, lang: Lang = locale.current): string {
  const code = ERROR_CODES.includes(error.code) ? error.code : "internal";
  if (code === "validation" && (error.fields?.length ?? 0) > 1) {
    const names = (error.fields ?? []).map((f) => `«${fieldName(f.field, lang)}»`);
    return translate(lang, "error-validation-fields", { fields: names.join(", ") });
  }
  if (code === "validation") {
    return translate(lang, "error-validation", {
      field: error.field ? fieldName(error.field, lang) : "",
      reason: reasonText(error, lang),
    });
  }
  return translate(lang, `error-${code}`);
}
