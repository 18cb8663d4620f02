// Closing the window (its ×, Alt+F4, the taskbar) with edits not saved asks
// first, as leaving a form does: Tauri's close-requested event waits for
// this handler, and the window closes unless it calls `preventDefault`.

import { getCurrentWindow } from "@tauri-apps/api/window";
import { confirmLeaving } from "./unsaved.svelte";

/** Starts asking before the window closes; resolves with the way to stop. */
export async function guardWindowClose(): Promise<() => void> {
  return getCurrentWindow().onCloseRequested(async (event) => {
    if (!(await confirmLeaving())) event.preventDefault();
  });
}
