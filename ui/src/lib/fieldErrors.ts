// Validation errors next to the field they concern.

import type { FieldName, IpcError } from "./ipc/generated";

/**
 * The error about `field` when `error` is a validation error that refused
 * it: one of its `fields` (the backend lists every refused field of a
 * form), or the error itself when it names that one field. Else null.
 */
export function errorFor(error: IpcError | null, field: FieldName): IpcError | null {
  if (error?.code !== "validation") return null;
  const problem = error.fields?.find((f) => f.field === field);
  if (problem) {
    return {
      code: "validation",
      field,
      reason: problem.reason,
      limit: problem.limit ?? null,
      message: `${field}: ${problem.message}`,
    };
  }
  return error.field === field ? error : null;
}

/** The fields a validation error refused, in the form's order. */
export function refusedFields(error: IpcError | null): FieldName[] {
  if (error?.code !== "validation") return [];
  if (error.fields?.length) return error.fields.map((f) => f.field);
  return error.field ? [error.field] : [];
}

/**
 * What is left of a validation error once the fields in `corrected` were
 * changed: null when none is left, the one field's error, or the error
 * narrowed to the remaining fields. Other errors stay as they are.
 */
export function withoutCorrected(
  error: IpcError | null,
  corrected: ReadonlySet<FieldName>,
): IpcError | null {
  if (error?.code !== "validation" || corrected.size === 0) return error;
  const left = refusedFields(error).filter((f) => !corrected.has(f));
  if (left.length === 0) return null;
  if (left.length === 1) return errorFor(error, left[0]!);
  return {
    ...error,
    field: left[0]!,
    fields: (error.fields ?? []).filter((f) => !corrected.has(f.field)),
  };
}

/** A validation error made in the UI (e.g. a count that is not a number). */
export function localValidation(
  field: FieldName,
  reason: NonNullable<IpcError["reason"]>,
  detail: string,
): IpcError {
  return { code: "validation", field, reason, limit: null, message: `${field}: ${detail}` };
}
