// Validation errors next to the field they concern.

import type { IpcError } from "./ipc/generated";

/** The error when it is a validation error about `field`, else null. */
export function errorFor(error: IpcError | null, field: string): IpcError | null {
  return error?.code === "validation" && error.field === field ? error : null;
}

/** A validation error made in the UI (e.g. a count that is not a number). */
export function localValidation(
  field: string,
  reason: NonNullable<IpcError["reason"]>,
  detail: string,
): IpcError {
  return { code: "validation", field, reason, limit: null, message: `${field}: ${detail}` };
}
