// Calls that wait for the typing to pause.

/** `fn` after `ms` of quiet; `.now()` runs it at once, `.cancel()` drops it. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): ((...args: A) => void) & { now: (...args: A) => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const debounced = (...args: A) => {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  return Object.assign(debounced, {
    now: (...args: A) => {
      cancel();
      fn(...args);
    },
    cancel,
  });
}

/** The search pause: fast enough to feel live, slow enough to skip keystrokes. */
export const SEARCH_DELAY_MS = 150;

/**
 * Keeps only the latest of overlapping requests: `const ticket = latest.next()`
 * before a call, `latest.isCurrent(ticket)` after it.
 */
export function latestOnly(): { next: () => number; isCurrent: (ticket: number) => boolean } {
  let counter = 0;
  return {
    next: () => ++counter,
    isCurrent: (ticket) => ticket === counter,
  };
}
