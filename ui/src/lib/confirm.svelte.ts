// One question at a time over the screen («Record it anyway?»), answered
// by a button: `askConfirm` resolves true for the confirming button, false
// for Cancel, Escape or a click outside. ConfirmHost (in App.svelte) shows it.

import { formatDateTime } from "./format";
import { t } from "./i18n";
import { toIpcError } from "./ipc/errors";

export type Question = {
  /** The dialog's heading. */
  title: string;
  /** What is asked, one or two sentences. */
  message: string;
  /** The confirming button's label. */
  confirmLabel: string;
  /** Whether confirming deletes or overwrites something (a red button). */
  danger: boolean;
  answer: (yes: boolean) => void;
};

export const questions: { current: Question | null } = $state({ current: null });

/** The serial of the latest question asked. */
let asked = 0;

/** Asks a question; a question still open is answered «no» first. */
export function askConfirm(options: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}): Promise<boolean> {
  questions.current?.answer(false);
  const serial = ++asked;
  return new Promise((resolve) => {
    questions.current = {
      ...options,
      danger: options.danger ?? false,
      answer: (yes) => {
        // (The state holds a proxy of the question: compare by its serial.)
        if (serial === asked) questions.current = null;
        resolve(yes);
      },
    };
  });
}

/**
 * Runs `record` (which marks an event held or its people present) and,
 * when the backend says the event has not begun (`event_not_begun`), asks
 * whether to record it anyway, saying when it begins; on «yes» runs it
 * again confirmed. Null when the user said no.
 */
export async function recordingBeforeStart<T>(
  event: { title: string; startsAt: string },
  what: "held" | "present",
  record: (confirmFuture: boolean) => Promise<T>,
): Promise<T | null> {
  try {
    return await record(false);
  } catch (e) {
    if (toIpcError(e).reason !== "event_not_begun") throw e;
  }
  const yes = await askConfirm({
    title: event.title,
    message: t(`event-future-${what}`, { date: formatDateTime(event.startsAt) }),
    confirmLabel: t("event-future-confirm"),
  });
  return yes ? record(true) : null;
}
