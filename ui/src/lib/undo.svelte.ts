// The notice after a deletion, with an "Undo" button (soft deletes are
// restored by the backend). One notice at a time; a new one replaces it.

import { toIpcError } from "./ipc/errors";
import type { IpcError } from "./ipc/generated";
import { navigate, type Screen } from "./router.svelte";

export type Notice = {
  /** Changes with every notice, so the component can restart its timer. */
  serial: number;
  /** Translated text: «Әлібеков Асқар» жойылды; a function is translated
   * again when the language changes while the notice shows. */
  text: string | (() => string);
  /** Restores what was deleted; absent for a plain notice. */
  undo: (() => Promise<void>) | null;
  /** Why the undo failed. */
  error: IpcError | null;
  busy: boolean;
};

export const notices: { current: Notice | null } = $state({ current: null });

let serial = 0;

/** Shows `text` with an Undo button that runs `undo`. */
export function showUndo(text: string, undo: () => Promise<void>): void {
  notices.current = { serial: ++serial, text, undo, error: null, busy: false };
}

/**
 * Deletes a registry row from its page: leaves for the list `screen`, and
 * offers Undo, which restores the row and comes back to its page. Throws
 * (and stays on the page) when the delete fails.
 */
export async function deleteWithUndo(options: {
  screen: Screen;
  id: number;
  text: string;
  remove: (id: number) => Promise<unknown>;
  restore: (id: number) => Promise<unknown>;
}): Promise<void> {
  const { screen, id, text, remove, restore } = options;
  await remove(id);
  showUndo(text, async () => {
    await restore(id);
    navigate(screen, id);
  });
  navigate(screen);
}

/** Shows `text` alone (e.g. "Restored"). */
export function showNotice(text: string | (() => string)): void {
  notices.current = { serial: ++serial, text, undo: null, error: null, busy: false };
}

/** The notice's text in the current language. */
export function noticeText(notice: Notice): string {
  return typeof notice.text === "function" ? notice.text() : notice.text;
}

export function dismissNotice(): void {
  notices.current = null;
}

/** Runs the current notice's undo; keeps the notice with the error if it fails. */
export async function runUndo(restoredText: string): Promise<void> {
  const notice = notices.current;
  if (!notice?.undo || notice.busy) return;
  notice.busy = true;
  notice.error = null;
  try {
    await notice.undo();
    if (notices.current?.serial === notice.serial) showNotice(restoredText);
  } catch (error) {
    notice.error = toIpcError(error);
  } finally {
    notice.busy = false;
  }
}
