// Long commands with progress and cancel (a document batch, an import).
//
// `runJob(label, (job, channel) => commands.x(…, job, channel))` gives the
// command a job id and a Tauri `Channel` for its steps, and shows the job in
// the shared progress panel (`ProgressDialog`, shown by App.svelte) with a
// bar, «312 / 1 000», the time left and «Cancel». The panel is not modal:
// the rest of the window stays usable while the job runs. Cancel calls
// `cancel_job`; the command then rejects with the code `cancelled` and has
// written nothing (`isCancelled` tells that error apart).

import { Channel } from "@tauri-apps/api/core";
import { commands, type Step } from "./ipc/generated";
import { toIpcError } from "./ipc/errors";

/** What a job's steps count: things («312 / 1 000») or bytes («120,5 / 300 МБ»). */
export type JobUnit = "items" | "bytes";

/** One running job as the panel shows it. */
export type Job = {
  id: number;
  /** What runs, already translated («Құжаттар берілуде»). */
  label: string;
  unit: JobUnit;
  done: number;
  total: number;
  /** When it started (ms, `performance.now()`-like clock of `now`). */
  startedAt: number;
  /** When the first step with work done arrived, and how much was done then. */
  firstAt: number | null;
  firstDone: number;
  /** The latest step's time. */
  lastAt: number | null;
  cancelling: boolean;
};

/** The jobs running now, oldest first. */
export const jobs = $state<{ list: Job[] }>({ list: [] });

// Ids unique within this window (a reload starts a new random block).
let nextId = Math.floor(Math.random() * 1_000_000) * 1000;

/** The clock; tests replace it. */
export const clock = { now: () => Date.now() };

/**
 * Runs a long command as a job: `run` gets the job id and the channel to pass
 * on; `unit` says what its steps count. Resolves or rejects as the command
 * does; the job leaves the panel then.
 */
export async function runJob<T>(
  label: string,
  run: (job: number, channel: Channel<Step>) => Promise<T>,
  unit: JobUnit = "items",
): Promise<T> {
  const id = ++nextId;
  jobs.list.push({
    id,
    label,
    unit,
    done: 0,
    total: 0,
    startedAt: clock.now(),
    firstAt: null,
    firstDone: 0,
    lastAt: null,
    cancelling: false,
  });
  const channel = new Channel<Step>();
  channel.onmessage = (step: Step) => {
    const job = jobs.list.find((j) => j.id === id);
    if (!job) return;
    const at = clock.now();
    if (job.firstAt === null && step.done > 0) {
      job.firstAt = at;
      job.firstDone = step.done;
    }
    job.lastAt = at;
    job.done = step.done;
    job.total = step.total;
  };
  try {
    return await run(id, channel);
  } finally {
    jobs.list = jobs.list.filter((j) => j.id !== id);
  }
}

/** Asks job `id` to stop (its command then rejects with `cancelled`). */
export async function cancelJob(id: number): Promise<void> {
  const job = jobs.list.find((j) => j.id === id);
  if (!job || job.cancelling) return;
  job.cancelling = true;
  await commands.cancelJob(id);
}

/** True for the error a cancelled job's command rejects with. */
export function isCancelled(error: unknown): boolean {
  return toIpcError(error).code === "cancelled";
}

/**
 * Seconds left for `job` at `now`, from its pace since the first step with
 * work done; null until there is a pace to go by (two steps, a second apart).
 */
export function secondsLeft(job: Job, now: number = clock.now()): number | null {
  if (job.firstAt === null || job.total <= 0 || job.done >= job.total) return null;
  const units = job.done - job.firstDone;
  const elapsed = (job.lastAt ?? now) - job.firstAt;
  if (units <= 0 || elapsed < 1000) return null;
  const perUnit = elapsed / units;
  return Math.max(1, Math.round(((job.total - job.done) * perUnit) / 1000));
}
