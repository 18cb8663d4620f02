// GUI tests of backups: back up and restore from Settings; a large
// database's backup shows its progress in megabytes and a cancel leaves no
// file; start on a damaged database and restore the backup the start screen
// offers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, openSync, writeSync, closeSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { until } from "selenium-webdriver";
import { WAIT, byId, findWithText, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

async function addPerson(driver, surname) {
  await driver.findElement(byId("nav-people")).click();
  await driver.wait(until.elementLocated(byId("person-new")), WAIT).click();
  await setInput(driver, "person-surname", surname);
  await setInput(driver, "person-name", "Әлия");
  await driver.findElement(byId("person-save")).click();
  await driver.wait(async () => (await textOf(driver, "person-title")).includes(surname), WAIT);
}

/** The surnames in the people list. */
async function peopleListed(driver) {
  await driver.findElement(byId("nav-people")).click();
  await driver.wait(until.elementLocated(byId("people-search")), WAIT);
  await driver.sleep(500);
  return driver.executeScript("return document.body.innerText");
}

async function openBackups(driver) {
  await driver.findElement(byId("nav-settings")).click();
  const section = await driver.wait(until.elementLocated(byId("backups")), WAIT);
  await driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
  await driver.wait(until.elementLocated(byId("backups-list")), WAIT);
  return section;
}

async function backUpNow(driver) {
  await driver.findElement(byId("backups-now")).click();
  await driver.wait(until.elementLocated(byId("backups-done")), WAIT);
}

/** Confirms the open restore dialog and waits for the reloaded window. */
async function confirmRestore(driver) {
  const dialog = await driver.wait(until.elementLocated(byId("restore-dialog")), WAIT);
  const confirm = await dialog.findElement(byId("restore-confirm"));
  await driver.wait(until.elementIsEnabled(confirm), WAIT);
  await confirm.click();
  try {
    await driver.wait(until.stalenessOf(dialog), WAIT);
  } catch (e) {
    // The window reloads after a restore: a staleness check that lands in
    // the middle of the reload can fail with another error. The restore
    // finished when the reloaded window has no restore dialog.
    await driver.wait(until.elementLocated(byId("nav-people")), WAIT);
    if ((await driver.findElements(byId("restore-dialog"))).length > 0) {
      await screenshot(driver, "restore-failed");
      throw new Error(`the restore did not finish: ${e}`);
    }
  }
  await driver.wait(until.elementLocated(byId("nav-people")), WAIT);
}

test("back up, change, restore from Settings: the first state is back", async () => {
  const db = tempPath("backups.db");
  const driver = await launch(db, "empty");
  try {
    await addPerson(driver, "Бірінші");
    await openBackups(driver);
    await backUpNow(driver);
    await addPerson(driver, "Екінші");
    assert.match(await peopleListed(driver), /Екінші/);

    await openBackups(driver);
    const row = await findWithText(driver, "backup-row", "қолмен");
    assert.match(await row.getText(), /✓/);
    await screenshot(driver, "settings-backups-kk");
    await row.findElement(byId("backup-restore")).click();
    const dialog = await driver.wait(until.elementLocated(byId("restore-dialog")), WAIT);
    assert.match(await dialog.getText(), /адамдар — 2/, "what will be replaced");
    assert.match(await dialog.getText(), /адамдар — 1/, "what comes back");
    await confirmRestore(driver);

    const page = await peopleListed(driver);
    assert.match(page, /Бірінші/);
    assert.doesNotMatch(page, /Екінші/);
    // The state that was replaced was backed up first.
    await openBackups(driver);
    await findWithText(driver, "backup-row", "қалпына келтірудің алдында");
    await driver.findElement(byId("lang-ru")).click();
    await findWithText(driver, "backup-row", "перед восстановлением");
    const section = await driver.findElement(byId("backups"));
    await driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
    await screenshot(driver, "settings-backups-ru");
  } finally {
    await driver.quit();
  }
});

/** The progress bar's done and total (bytes, for a backup), or nulls. */
async function bar(driver) {
  return driver.executeScript(
    `const bar = document.querySelector('[data-testid="progress-bar"]');
     return bar ? { done: Number(bar.dataset.done), total: Number(bar.dataset.total) } : { done: null, total: null };`,
  );
}

/** Waits for `condition`, asking every 200 ms (not in a tight loop). */
async function politely(driver, condition, timeout) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`not within ${timeout} ms`);
    await driver.sleep(200);
  }
}

test("a large database: the backup shows its megabytes, a cancel leaves no file, the next one completes", async () => {
  const db = tempPath("large-backup.db");
  let driver = await launch(db, "empty");
  await driver.quit();
  // ≈400 MB of records the office's tables do not need to be valid for: a
  // table of its own, as a database grown over years would weigh.
  execFileSync("sqlite3", [
    db,
    `CREATE TABLE filler (b BLOB);
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
     INSERT INTO filler SELECT randomblob(4000) FROM n;`,
  ]);
  const megabytes = statSync(db).size / 1_048_576;
  driver = await launch(db);
  try {
    await openBackups(driver);
    const folder = await textOf(driver, "backups-folder");
    const filesBefore = readdirSync(folder).sort();
    const rowsBefore = (await driver.findElements(byId("backup-row"))).length;

    // (a) Cancelled half way: the folder holds what it held.
    await driver.findElement(byId("backups-now")).click();
    await politely(driver, async () => (await bar(driver)).done > 0, WAIT);
    const first = await bar(driver);
    const count = await textOf(driver, "progress-count");
    assert.match(count, /^[\d\s\u00a0]+,\d \/ [\d\s\u00a0]+,\d МБ$/, `in megabytes: ${count}`);
    const totalShown = Number(count.split("/")[1].replace(/[^\d,]/g, "").replace(",", "."));
    assert.ok(Math.abs(totalShown - megabytes) < megabytes * 0.05, `${totalShown} MB of a ${megabytes.toFixed(1)} MB file`);
    // Cancelled as soon as the bar has moved: a fast disk copies 400 MB in
    // a few seconds.
    await politely(driver, async () => (await bar(driver)).done > first.done, WAIT);
    const atCancel = await bar(driver);
    assert.ok(atCancel.done < atCancel.total, `cancelled before the end: ${JSON.stringify(atCancel)}`);
    await driver.findElement(byId("progress-cancel")).click();
    const done = await driver.wait(until.elementLocated(byId("backups-done")), 60_000);
    assert.equal(await done.getText(), "Тоқтатылды: ештеңе жазылған жоқ.");
    assert.equal((await driver.findElements(byId("progress-dialog"))).length, 0);
    assert.deepEqual(readdirSync(folder).sort(), filesBefore, "no backup and no temporary file");
    assert.equal((await driver.findElements(byId("backup-row"))).length, rowsBefore);

    // (b) In Russian, the next one runs to the end and is listed, checked.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Настройки", WAIT);
    await openBackups(driver);
    const started = Date.now();
    await driver.findElement(byId("backups-now")).click();
    await politely(driver, async () => (await bar(driver)).done > 0, WAIT);
    // The time left, once the pace is known (two steps a second apart).
    await politely(driver, async () => {
      const left = await driver.findElements(byId("progress-left"));
      return left.length === 0 || /Осталось/.test(await left[0].getText());
    }, WAIT);
    if ((await driver.findElements(byId("progress-left"))).length > 0) await screenshot(driver, "backup-progress-ru");
    await driver.wait(async () => (await textOf(driver, "backups-done")).startsWith("Копия создана и проверена"), 300_000);
    console.log(`a ${megabytes.toFixed(0)} MB backup took ${((Date.now() - started) / 1000).toFixed(1)} s through the app`);
    await driver.wait(async () => (await driver.findElements(byId("backup-row"))).length === rowsBefore + 1, WAIT);
    const taken = readdirSync(folder).filter((name) => !filesBefore.includes(name));
    assert.equal(taken.length, 1, `one new file: ${taken}`);
    assert.ok(statSync(join(folder, taken[0])).size > megabytes * 0.95 * 1_048_576, "the copy is whole");
  } catch (error) {
    await screenshot(driver, "backup-progress-failure");
    throw error;
  } finally {
    await driver.quit();
  }
});

test("a damaged database: the start screen offers the latest good backup and restores it", async () => {
  const db = tempPath("office.db");
  let driver = await launch(db, "empty");
  let backupFile;
  try {
    await addPerson(driver, "Сақталған");
    await openBackups(driver);
    await backUpNow(driver);
    const folder = join(dirname(db), "office-backups");
    backupFile = readdirSync(folder).find((n) => n.endsWith("-manual.db"));
    assert.ok(backupFile, "a manual backup in office-backups");
  } finally {
    await driver.quit();
  }

  // A copy of that database, with its backups, and a page in the middle
  // of the copy overwritten.
  const damaged = tempPath("damaged.db");
  cpSync(join(dirname(db), "office-backups", backupFile), damaged);
  cpSync(join(dirname(db), "office-backups"), tempPath("damaged-backups"), { recursive: true });
  const pageSize = 4096;
  const pages = statSync(damaged).size / pageSize;
  const page = Math.floor(pages / 2);
  const fd = openSync(damaged, "r+");
  writeSync(fd, randomBytes(pageSize), 0, pageSize, page * pageSize);
  closeSync(fd);
  const damagedBytes = readFileSync(damaged);

  driver = await launch(damaged);
  try {
    const panel = await driver.wait(until.elementLocated(byId("open-error")), WAIT);
    assert.equal(await textOf(driver, "screen-title"), "Дерекқор зақымдалған");
    const latest = await driver.wait(until.elementLocated(byId("recovery-latest")), WAIT);
    assert.match(await latest.getText(), /қолмен/);
    assert.match(await panel.getText(), /Барлық сақтық көшірмелер/);
    await screenshot(driver, "damaged-database-kk");
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "screen-title")) === "База данных повреждена", WAIT);
    await screenshot(driver, "damaged-database-ru");

    await latest.findElement(byId("recovery-restore-latest")).click();
    const dialog = await driver.wait(until.elementLocated(byId("restore-dialog")), WAIT);
    assert.match(await dialog.getText(), /не читается/);
    await confirmRestore(driver);
    assert.match(await peopleListed(driver), /Сақталған/);
  } finally {
    await driver.quit();
  }
  // The damaged file was kept aside, byte for byte.
  const aside = readdirSync(dirname(damaged)).find((n) => n.startsWith(`${basename(damaged)}.damaged-`));
  assert.ok(aside, "the damaged file is kept aside");
  assert.ok(readFileSync(join(dirname(damaged), aside)).equals(damagedBytes));
});
