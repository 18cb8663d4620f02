import { describe, expect, it } from "vitest";
import { secondsLeft, type Job } from "./jobs.svelte";

function job(extra: Partial<Job>): Job {
  return {
    id: 1,
    label: "",
    unit: "items",
    done: 0,
    total: 1000,
    startedAt: 0,
    firstAt: null,
    firstDone: 0,
    lastAt: null,
    cancelling: false,
    ...extra,
  };
}

describe("the time left of a job", () => {
  it("goes by the pace since the first step with work done", () => {
    // 300 documents in 6 s after the first 12: 0.02 s each, 688 left.
    expect(secondsLeft(job({ firstAt: 1000, firstDone: 12, lastAt: 7000, done: 312 }), 7000)).toBe(14);
  });

  it("is unknown before a second of steps, and when done or of no size", () => {
    expect(secondsLeft(job({}), 5000)).toBeNull();
    expect(secondsLeft(job({ firstAt: 1000, firstDone: 1, lastAt: 1500, done: 40 }), 1500)).toBeNull();
    expect(secondsLeft(job({ firstAt: 1000, firstDone: 1, lastAt: 9000, done: 1000 }), 9000)).toBeNull();
    expect(secondsLeft(job({ total: 0, firstAt: 1000, lastAt: 9000, done: 5 }), 9000)).toBeNull();
  });

  it("never says zero while work is left", () => {
    expect(secondsLeft(job({ firstAt: 0, firstDone: 1, lastAt: 2000, done: 999 }), 2000)).toBe(1);
  });
});
