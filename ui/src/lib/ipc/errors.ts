// Whatever a command rejects with, as an IpcError.

import type { IpcError } from "./generated";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** True for an `{ code, message }` object as the backend sends. */
export function isIpcError(value: unknown): value is IpcError {
  return isRecord(value) && typeof value.code === "string" && typeof value.message === "string";
}

/**
 * A rejection as an IpcError: the backend's own errors pass through;
 * anything else (a string from Tauri, a JavaScript Error) is `internal`.
 */
export function toIpcError(value: unknown): IpcError {
  if (isIpcError(value)) {
    return {
      code: value.code,
      message: value.message,
      field: typeof value.field === "string" ? value.field : null,
      reason: typeof value.reason === "string" ? (value.reason as IpcError["reason"]) : null,
      limit: typeof value.limit === "number" ? value.limit : null,
      ...(Array.isArray(value.fields) ? { fields: value.fields as IpcError["fields"] } : {}),
      ...(Array.isArray(value.glyphs) ? { glyphs: value.glyphs as IpcError["glyphs"] } : {}),
    };
  }
  let message: string;
  if (value instanceof Error) {
    message = value.message;
  } else if (typeof value === "string") {
    message = value;
  } else {
    try {
      message = JSON.stringify(value) ?? String(value);
    } catch {
      message = String(value);
    }
  }
  return { code: "internal", message, field: null, reason: null, limit: null };
}
