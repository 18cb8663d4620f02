// What the import screen shows about a file: field and format names, the
// columns a kind needs, problems in words. Translations: `import-field-<field>`,
// `import-format-<format>`, and `invalid-<code>` for problems.

import { t } from "../../lib/i18n";
import type { Field, ImportKind, Problem, TableFormat } from "../../lib/ipc/generated";

// Written as records so that a value added in Rust fails the type check here.
const FIELDS: Record<Field, true> = {
  surname: true,
  name: true,
  patronymic: true,
  full_name: true,
  gender: true,
  organisation: true,
  position: true,
  position_kk: true,
  position_ru: true,
  phone: true,
  email: true,
  categories: true,
  iin: true,
  consent: true,
  consent_date: true,
  notes: true,
  role: true,
  name_kk: true,
  name_ru: true,
  kind: true,
  district: true,
  address: true,
  contact: true,
};

const FORMATS: Record<TableFormat, true> = {
  xlsx: true,
  xlsb: true,
  xls: true,
  ods: true,
  csv_utf8: true,
  csv_utf16: true,
  csv_windows1251: true,
};

/** Every field a column can be imported into. */
export const IMPORT_FIELDS = Object.keys(FIELDS) as Field[];

/** Every kind of file the backend reads. */
export const TABLE_FORMATS = Object.keys(FORMATS) as TableFormat[];

export const IMPORT_KINDS: readonly ImportKind[] = ["people", "organisations"];

export function isImportKind(value: unknown): value is ImportKind {
  return (IMPORT_KINDS as readonly unknown[]).includes(value);
}

/** «Фамилия», «Наименование (на русском)»… */
export function fieldLabel(field: Field): string {
  return t(`import-field-${field}`);
}

/** «Excel (.xlsx)», «CSV (Windows-1251)»… */
export function formatLabel(format: TableFormat): string {
  return t(`import-format-${format}`);
}

/** Why a value was refused, translated (`invalid-<reason>`, the forms' vocabulary). */
export function problemReason(problem: Problem): string {
  return t(`invalid-${problem.reason}`, { limit: problem.limit ?? 0 });
}

/** A column's letter as Excel names it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return letter;
}

/**
 * The required fields not mapped to any column: people need a surname and
 * a name (or one full-name column), organisations a name in either language.
 */
export function missingFields(kind: ImportKind, mapping: readonly (Field | null)[]): Field[] {
  const has = (field: Field) => mapping.includes(field);
  if (kind === "people") {
    if (has("full_name")) return [];
    return (["surname", "name"] as Field[]).filter((field) => !has(field));
  }
  return has("name_kk") || has("name_ru") ? [] : ["name_kk", "name_ru"];
}

/** The first non-empty value of column `index` in the sample rows. */
export function sampleValue(sample: readonly (readonly string[])[], index: number): string {
  for (const row of sample) {
    const value = row[index]?.trim();
    if (value) return value;
  }
  return "";
}
