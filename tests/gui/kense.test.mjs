// GUI tests through the real app: WebDriver → tauri-driver → WebKitWebDriver → kense-app.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, By, Capabilities, until } from "selenium-webdriver";

const APP = process.env.KENSE_APP;
const SERVER = process.env.TAURI_DRIVER_URL ?? "http://127.0.0.1:4444/";
const ARTIFACTS = process.env.KENSE_GUI_ARTIFACTS ?? ".";
const WAIT = 15_000;

let workDir;
before(() => {
  assert.ok(APP, "KENSE_APP must point at the kense-app binary");
  workDir = mkdtempSync(join(tmpdir(), "kense-gui-"));
});
after(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * Starts the app on `db` and returns a WebDriver session. On a first run the
 * app asks whether to start with the demo office: `firstRun` answers
 * ("demo" or "empty"); the question must not appear on later runs.
 */
async function launch(db, firstRun = null) {
  const caps = new Capabilities();
  caps.setBrowserName("wry");
  caps.set("tauri:options", { application: APP, args: ["--db", db] });
  const driver = await new Builder().usingServer(SERVER).withCapabilities(caps).build();
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

const byId = (id) => By.css(`[data-testid="${id}"]`);

async function textOf(driver, id) {
  const el = await driver.wait(until.elementLocated(byId(id)), WAIT);
  return (await el.getText()).trim();
}

async function screenshot(driver, name) {
  await driver.sleep(1000);
  writeFileSync(join(ARTIFACTS, `${name}.png`), await driver.takeScreenshot(), "base64");
}

async function setInput(driver, id, value) {
  const input = await driver.wait(until.elementLocated(byId(id)), WAIT);
  await input.clear();
  await input.sendKeys(value);
}

test("language switch, office name edit, restart: the Dashboard shows the new name", async () => {
  const db = join(workDir, "office.db");
  const nameKk = "Жетісу облысы прокуратурасының жобалық кеңсесі";
  const nameRu = "Проектный офис прокуратуры области Жетісу";

  let driver = await launch(db, "demo");
  try {
    // First run, demo office chosen: in Kazakh.
    assert.equal(await driver.executeScript("return document.documentElement.lang"), "kk");
    assert.equal(await textOf(driver, "nav-settings"), "Баптаулар");
    assert.match(await textOf(driver, "dashboard-office-name"), /жобалық кеңсесі/);
    await screenshot(driver, "dashboard-kk");

    // Switch to Russian at run time.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Настройки", WAIT);
    assert.equal(await driver.executeScript("return document.documentElement.lang"), "ru");
    await screenshot(driver, "dashboard-ru");

    // Edit the office name in Settings.
    await driver.findElement(byId("nav-settings")).click();
    await setInput(driver, "office-name-kk", nameKk);
    await setInput(driver, "office-name-ru", nameRu);
    await driver.findElement(byId("office-save")).click();
    await driver.wait(until.elementLocated(byId("office-saved")), WAIT);
    await screenshot(driver, "settings-ru");
  } finally {
    await driver.quit();
  }

  // Restart: the language and the new name are remembered.
  driver = await launch(db);
  try {
    assert.equal(await textOf(driver, "nav-settings"), "Настройки");
    assert.equal(await textOf(driver, "dashboard-office-name"), nameRu);
    await driver.findElement(byId("lang-kk")).click();
    await driver.wait(async () => (await textOf(driver, "dashboard-office-name")) === nameKk, WAIT);
  } finally {
    await driver.quit();
  }
});

test("a bad e-mail is refused with a translated message naming the field", async () => {
  const db = join(workDir, "errors.db");
  const driver = await launch(db, "empty");
  try {
    await driver.findElement(byId("lang-ru")).click();
    await driver.findElement(byId("nav-settings")).click();
    await setInput(driver, "office-email", "не почта");
    await driver.findElement(byId("office-save")).click();
    const message = await textOf(driver, "error-message");
    assert.match(message, /Электронная почта/);
    await screenshot(driver, "settings-error-ru");
  } finally {
    await driver.quit();
  }
});

test("the report screen shows the demo office's indicators", async () => {
  const db = join(workDir, "report.db");
  const driver = await launch(db, "demo");
  try {
    await driver.findElement(byId("nav-reports")).click();
    const held = await textOf(driver, "report-indicator-events_held");
    assert.match(held, /Өткізілген іс-шаралар/);
    assert.match(held, /\d/);
    assert.match(await textOf(driver, "report-indicator-unique_people"), /Бірегей қатысушылар\s*\d+/);
    assert.match(await textOf(driver, "report-categories"), /Мәслихат депутаты/);
    await screenshot(driver, "report-kk");
  } finally {
    await driver.quit();
  }
});

/** Waits for an element with `id` whose text contains `text`, and returns it. */
async function findWithText(driver, id, text) {
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

test("a person with Kazakh letters is found in lower case and added to an event", async () => {
  const db = join(workDir, "registry.db");
  const driver = await launch(db, "empty");
  try {
    // Create the person.
    await driver.findElement(byId("nav-people")).click();
    await driver.wait(until.elementLocated(byId("person-new")), WAIT).click();
    await setInput(driver, "person-surname", "ӘЛДЕНЕЙ");
    await setInput(driver, "person-name", "Әлібек");
    await setInput(driver, "person-patronymic", "Серікұлы");
    await setInput(driver, "person-phone", "8 701 123 45 67");
    await driver.findElement(byId("person-save")).click();
    assert.match(await textOf(driver, "person-title"), /ӘЛДЕНЕЙ Әлібек Серікұлы/);

    // Find them by typing in lower case.
    await driver.findElement(byId("nav-people")).click();
    await setInput(driver, "people-search", "әлденей");
    await findWithText(driver, "people-row", "ӘЛДЕНЕЙ Әлібек Серікұлы");
    await screenshot(driver, "people-search-kk");

    // Plan an event.
    await driver.findElement(byId("nav-events")).click();
    await driver.wait(until.elementLocated(byId("event-new")), WAIT).click();
    await setInput(driver, "event-title-kk", "Құқықтық сауаттылық дәрісі");
    await setInput(driver, "event-title-ru", "Лекция по правовой грамотности");
    await driver.findElement(byId("event-save")).click();
    assert.match(await textOf(driver, "event-title"), /Құқықтық сауаттылық дәрісі/);

    // Add the person from a search and see them on the event's page.
    await setInput(driver, "attendance-search", "әлібек");
    const result = await findWithText(driver, "attendance-result", "ӘЛДЕНЕЙ Әлібек");
    await result.click();
    await findWithText(driver, "attendance-row", "ӘЛДЕНЕЙ Әлібек Серікұлы");
    await screenshot(driver, "event-attendance-kk");

    // Switch to Russian: the page stays, in Russian.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-events")) === "Мероприятия", WAIT);
    await screenshot(driver, "event-attendance-ru");
  } finally {
    await driver.quit();
  }

  // After a restart: no first-run question, the person is still on the event.
  const again = await launch(db);
  try {
    await again.findElement(byId("nav-events")).click();
    const row = await findWithText(again, "event-row", "Лекция по правовой грамотности");
    await row.click();
    await findWithText(again, "attendance-row", "ӘЛДЕНЕЙ Әлібек Серікұлы");
  } finally {
    await again.quit();
  }
});

/** Opens the first demo event (by id) with people on it; returns their count. */
async function openEventWithAttendees(driver) {
  for (let id = 1; id <= 60; id += 1) {
    await driver.executeScript(`location.hash = "#/events/${id}"`);
    await driver.wait(until.elementLocated(byId("attendance-counts")), WAIT).catch(() => null);
    await driver.sleep(300);
    const rows = await driver.findElements(byId("attendance-row"));
    if (rows.length >= 3) return rows.length;
  }
  throw new Error("no demo event with attendees");
}

test("documents: the issue dialog previews the recipients; an unknown code is not found", async () => {
  const db = join(workDir, "documents.db");
  const driver = await launch(db, "demo");
  try {
    await driver.manage().window().setRect({ width: 1366, height: 900 });
    const count = await openEventWithAttendees(driver);
    // Everyone on the list was there.
    for (const box of await driver.findElements(byId("attendance-present"))) {
      if (!(await box.isSelected())) await box.click();
    }
    await driver.wait(until.elementLocated(byId("event-documents")), WAIT);

    await driver.findElement(byId("issue-open")).click();
    const dialog = await driver.wait(until.elementLocated(byId("issue-dialog")), WAIT);
    // The gratitude letter template (the first group), all present, both languages.
    await driver.wait(async () => (await dialog.findElements(By.css("#issue-template option"))).length > 0, WAIT);
    const gratitude = await dialog.findElement(By.css("#issue-template optgroup:first-child option"));
    await gratitude.click();
    await dialog.findElement(byId("issue-who-present")).click();
    await dialog.findElement(By.css('#issue-lang option[value="both"]')).click();
    await screenshot(driver, "issue-setup-kk");
    await dialog.findElement(byId("issue-preview-button")).click();

    await driver.wait(until.elementLocated(byId("issue-preview")), WAIT);
    const recipients = await driver.findElements(byId("issue-recipient"));
    assert.equal(recipients.length, count);
    assert.match(await textOf(driver, "issue-preview"), /Алушылар саны/);
    await screenshot(driver, "issue-preview-kk");

    // Russian, for the look.
    await driver.findElement(byId("issue-back")).click();
    await driver.executeScript(`document.querySelector('[data-testid="issue-dialog"] .actions .btn:last-child').click()`);
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Настройки", WAIT);
    await driver.findElement(byId("issue-open")).click();
    await driver.wait(until.elementLocated(byId("issue-template")), WAIT);
    await driver.sleep(500);
    await driver.findElement(byId("issue-preview-button")).click();
    await driver.wait(until.elementLocated(byId("issue-preview")), WAIT);
    await screenshot(driver, "issue-preview-ru");
    await driver.actions().sendKeys("\uE00C").perform();

    // The template editor with its live preview (pdf.js in the real webview).
    await driver.executeScript(`location.hash = "#/documents/templates"`);
    await driver.wait(until.elementLocated(byId("template-editor")), WAIT);
    await driver.wait(until.elementLocated(By.css('[data-testid="template-preview"] canvas')), WAIT);
    assert.match(await textOf(driver, "pdf-pages"), /Страниц: \d/);
    await screenshot(driver, "template-editor-ru");

    // Back in Kazakh: the register and the check of a made-up code.
    await driver.findElement(byId("lang-kk")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Баптаулар", WAIT);
    await driver.findElement(byId("nav-documents")).click();
    await driver.wait(until.elementLocated(byId("documents-tab-register")), WAIT);
    await driver.sleep(500);
    await screenshot(driver, "register-kk");
    await driver.findElement(byId("documents-tab-verify")).click();
    await setInput(driver, "verify-code", "26-9999-ZZZZ");
    await driver.findElement(byId("verify-check")).click();
    assert.match(await textOf(driver, "verify-unknown"), /журналда жоқ/);
    await screenshot(driver, "verify-unknown-kk");
  } finally {
    await driver.quit();
  }
});
