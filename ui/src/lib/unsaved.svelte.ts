// Edits are not lost without a word: a form registers what it edits
// (`guardUnsaved`), and leaving its screen while that differs from what was
// loaded or last saved asks first (`confirmLeaving`, called by the router
// for every navigation: links, the sidebar, Back, the global search).

import { onDestroy } from "svelte";
import { askConfirm } from "./confirm.svelte";
import { t } from "./i18n";

type Guard = { dirty: () => boolean };

/** The form on screen, if it registered. */
let current: Guard | null = null;

/**
 * Registers the form being initialised: `snapshot` gives what it edits (a
 * plain value, compared as JSON). Call `reset()` once the record is loaded
 * (what was loaded is the baseline) and `release()` just before leaving
 * after a save.
 */
export function guardUnsaved(snapshot: () => unknown): { reset: () => void; release: () => void } {
  let baseline = JSON.stringify(snapshot());
  let released = false;
  const guard: Guard = { dirty: () => !released && JSON.stringify(snapshot()) !== baseline };
  current = guard;
  onDestroy(() => {
    if (current === guard) current = null;
  });
  return {
    reset: () => {
      baseline = JSON.stringify(snapshot());
      released = false;
    },
    release: () => {
      released = true;
    },
  };
}

/** Whether the form on screen holds edits not saved. */
export function hasUnsavedChanges(): boolean {
  return current?.dirty() ?? false;
}

/**
 * True when the screen may be left: nothing unsaved, or the user chose to
 * discard the edits (then the form no longer holds the way).
 */
export async function confirmLeaving(): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  const guard = current;
  const leave = await askConfirm({
    title: t("unsaved-title"),
    message: t("unsaved-message"),
    confirmLabel: t("unsaved-leave"),
    danger: true,
  });
  if (leave && current === guard) current = null;
  return leave;
}
