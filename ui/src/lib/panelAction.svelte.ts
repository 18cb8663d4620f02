// One action at a time for a settings panel's buttons: busy while it runs
// (the buttons are disabled), the line it returns when done, its error when
// it failed. Each run clears what the last one said.
import { toIpcError } from "./ipc/errors";
import type { IpcError } from "./ipc/generated";

export class PanelAction {
  /** True while an action runs. */
  busy = $state(false);
  /** What the last action did, for the line under the buttons. */
  done = $state<string | null>(null);
  /** Why the last action (or the panel's loading) failed. */
  error = $state<IpcError | null>(null);

  /** Runs `action` unless one is running; its result is `done`. */
  async run(action: () => Promise<string | null>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.done = null;
    try {
      this.done = await action();
    } catch (e) {
      this.error = toIpcError(e);
    } finally {
      this.busy = false;
    }
  }

  /** Shows `e` as the panel's error (a failed load). */
  fail(e: unknown): void {
    this.error = toIpcError(e);
  }
}
