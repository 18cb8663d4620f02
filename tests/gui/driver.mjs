// Shared by the GUI test files: start the app through tauri-driver, find
// elements by test id, type, take screenshots.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, By, Capabilities, until } from "selenium-webdriver";

const APP = process.env.KENSE_APP;
const SERVER = process.env.TAURI_DRIVER_URL ?? "http://127.0.0.1:4444/";
export const ARTIFACTS = process.env.KENSE_GUI_ARTIFACTS ?? ".";
export const WAIT = 15_000;

let workDir;
before(() => {
  assert.ok(APP, "KENSE_APP must point at the kense-app binary");
  workDir = mkdtempSync(join(tmpdir(), "kense-gui-"));
});
after(() => rmSync(workDir, { recursive: true, force: true }));

/** A path for a database (or any file) in this test run's temporary folder. */
export function tempPath(name) {
  return join(workDir, name);
}

/**
 * Starts the app on `db` and returns a WebDriver session. On a first run the
 * app asks whether to start with the demo office: `firstRun` answers
 * ("demo" or "empty"); the question must not appear on later runs.
 */
export async function launch(db, firstRun = null) {
  await previousAppGone();
  const caps = new Capabilities();
  caps.setBrowserName("wry");
  caps.set("tauri:options", { application: APP, args: ["--db", db] });
  const driver = await withinMs(
    60_000,
    new Builder().usingServer(SERVER).withCapabilities(caps).build(),
    "the app's WebDriver session did not start",
  );
  await driver.wait(until.elementLocated(By.css("[data-testid=screen-title]")), WAIT);
  if (firstRun) {
    const choice = await driver.wait(until.elementLocated(byId(`first-run-${firstRun}`)), WAIT);
    await choice.click();
    await driver.wait(async () => (await driver.findElements(byId("first-run"))).length === 0, WAIT);
  } else {
    assert.equal((await driver.findElements(byId("first-run"))).length, 0, "no first-run question");
  }
  return driver;
}

/** The ids of running (not zombie) processes of the app binary. */
function appProcesses() {
  const pids = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const state = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "")[0];
      if (cmdline[0] === APP && state !== "Z") pids.push(pid);
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

/**
 * Waits (up to 20 s) until the app a previous test quit has exited: the app
 * is single-instance, so one started while the last still shuts down hands
 * over to it and exits, and its WebDriver session never starts.
 */
async function previousAppGone() {
  const until = Date.now() + 20_000;
  while (appProcesses().length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const left = appProcesses();
  assert.deepEqual(left, [], "the previous test's app is still running");
}

/** `promise`, or an error saying `what` after `ms` milliseconds. */
function withinMs(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const byId = (id) => By.css(`[data-testid="${id}"]`);

/** The text of the element with `id`; found again when the page re-rendered
 *  it between finding and reading (Svelte replaces nodes on updates). */
export async function textOf(driver, id) {
  for (let attempt = 0; ; attempt++) {
    const el = await driver.wait(until.elementLocated(byId(id)), WAIT);
    try {
      return (await el.getText()).trim();
    } catch (error) {
      if (error?.name !== "StaleElementReferenceError" || attempt >= 5) throw error;
    }
  }
}

export async function screenshot(driver, name) {
  await driver.sleep(1000);
  writeFileSync(join(ARTIFACTS, `${name}.png`), await driver.takeScreenshot(), "base64");
}

export async function setInput(driver, id, value) {
  const input = await driver.wait(until.elementLocated(byId(id)), WAIT);
  await input.clear();
  await input.sendKeys(value);
}

/** Waits for an element with `id` whose text contains `text`, and returns it. */
export async function findWithText(driver, id, text) {
  let found = null;
  await driver.wait(async () => {
    for (const el of await driver.findElements(byId(id))) {
      if ((await el.getText()).includes(text)) {
        found = el;
        return true;
      }
    }
    return false;
  }, WAIT);
  return found;
}


/**
 * Answers the app's next file dialog with `path` (the tests cannot click
 * through a native dialog). Calls the `gui_test_answer_dialog` command,
 * which exists only in an app built with `--features gui-test`; the path
 * then goes through the same registry as a real pick.
 */
export async function answerNextDialog(driver, path) {
  const error = await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke("gui_test_answer_dialog", { path: arguments[0] })
       .then(() => done(null), (e) => done(JSON.stringify(e)));`,
    path,
  );
  assert.equal(error, null, "gui_test_answer_dialog failed (is the app built with --features gui-test?)");
}

/**
 * Drops `paths` on the window as the operating system would (a test cannot
 * drag from a file manager): the `gui_test_drop_files` command of a
 * `--features gui-test` build hands them to the app's own drop handler.
 */
export async function dropFiles(driver, paths) {
  const error = await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke("gui_test_drop_files", { paths: arguments[0] })
       .then(() => done(null), (e) => done(JSON.stringify(e)));`,
    paths,
  );
  assert.equal(error, null, "gui_test_drop_files failed (is the app built with --features gui-test?)");
}
