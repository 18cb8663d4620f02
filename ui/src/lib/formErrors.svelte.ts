// A form's validation error, cleared field by field as the user corrects it.

import { errorFor, refusedFields, withoutCorrected } from "./fieldErrors";
import type { FieldName, IpcError } from "./ipc/generated";

/** The backend's field names → the form's current value of each. */
export type FieldValues = () => Partial<Record<FieldName, unknown>>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Holds the last error of a form. `values` gives the form's current value
 * per backend field name: a refused field whose value changed since the
 * refusal is no longer marked (`for(field)` is null) and drops out of
 * `summary`; the backend checks it again on the next save.
 */
export function formErrors(values: FieldValues) {
  let error = $state<IpcError | null>(null);
  /** The values of the refused fields when they were refused. */
  let refusedValues = $state<Partial<Record<FieldName, unknown>>>({});

  const corrected = $derived.by(() => {
    const now = values();
    const changed = new Set<FieldName>();
    for (const field of refusedFields(error)) {
      if (field in now && !same(now[field], refusedValues[field])) changed.add(field);
    }
    return changed;
  });

  return {
    /** The error as received (null after `clear`). */
    get error(): IpcError | null {
      return error;
    },
    /** Records a refusal (or any error) with the values it refused. */
    set(next: IpcError | null) {
      const now = values();
      const snapshot: Partial<Record<FieldName, unknown>> = {};
      for (const field of refusedFields(next)) {
        if (field in now) snapshot[field] = JSON.parse(JSON.stringify(now[field] ?? null));
      }
      refusedValues = snapshot;
      error = next;
    },
    clear() {
      error = null;
    },
    /** The error about `field`, until the user changes that field. */
    for(field: FieldName): IpcError | null {
      return corrected.has(field) ? null : errorFor(error, field);
    },
    /** The error for the form's message line: the fields still refused. */
    get summary(): IpcError | null {
      return withoutCorrected(error, corrected);
    },
  };
}
