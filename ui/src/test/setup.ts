// Runs before every test file: no real Tauri, a known language, route and
// app state.
//
// `invoke` is mocked here, before anything imports `ipc/generated.ts`
// (the imports below do): a test file's own vi.mock would come too late
// for modules this file already loaded. Tests give it a FakeBackend:
//   vi.mocked(invoke).mockImplementation(new FakeBackend().invoke)

import { afterEach, beforeEach, vi } from "vitest";
import { app } from "../lib/app.svelte";
import { setLang } from "../lib/i18n";
import { router } from "../lib/router.svelte";
import { dismissNotice } from "../lib/undo.svelte";
import { resetEventsView } from "../screens/events/state.svelte";

vi.mock("@tauri-apps/api/core", () => ({
  invoke: vi.fn(async (command: string) => {
    throw { code: "internal", message: `no backend in this test for ${command}`, field: null };
  }),
  // A command's progress channel: the FakeBackend calls `onmessage` with
  // the steps it makes up.
  // (The handler is private, so the calls the backend records clone.)
  Channel: class<T> {
    #handler: (message: T) => void = () => {};
    constructor(onmessage?: (message: T) => void) {
      if (onmessage) this.#handler = onmessage;
    }
    set onmessage(handler: (message: T) => void) {
      this.#handler = handler;
    }
    get onmessage(): (message: T) => void {
      return this.#handler;
    }
  },
}));

// pdf.js needs a real canvas and workers: the tests see one blank page
// (a print gets one small PNG per page).
vi.mock("../lib/pdf", () => ({
  openPdf: vi.fn(async () => ({
    pages: 1,
    draw: async () => {},
    printImage: async () => new Blob(["png"], { type: "image/png" }),
    close: () => {},
  })),
}));

beforeEach(() => {
  setLang("kk");
  history.replaceState(null, "", "#/dashboard");
  router.screen = "dashboard";
  router.rest = [];
  app.info = null;
  app.profile = null;
  app.signatories = [];
  app.campaigns = [];
  app.notice = null;
  dismissNotice();
  resetEventsView();
});

// A message that is missing, or that Fluent cannot format (a variable not
// given, a bad selector), shows the user a key or a broken sentence: any
// test that makes one fails, unless it expects it (`expectI18nProblems`).
const i18nProblems: string[] = [];
let i18nProblemsExpected = false;
for (const level of ["warn", "error"] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith("i18n:")) {
      i18nProblems.push(args.map(String).join(" "));
    }
    original(...args);
  };
}

/** The running test makes translation problems on purpose (tests of i18n). */
export function expectI18nProblems(): void {
  i18nProblemsExpected = true;
}

beforeEach(() => {
  i18nProblems.length = 0;
  i18nProblemsExpected = false;
});

afterEach(() => {
  if (i18nProblems.length > 0 && !i18nProblemsExpected) {
    const problems = [...new Set(i18nProblems)];
    throw new Error(`translation problems:\n${problems.join("\n")}`);
  }
});
