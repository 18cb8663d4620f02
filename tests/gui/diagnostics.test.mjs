// GUI test of Settings > About's folders: the log and backup folders beside
// the version and the database, in Kazakh and Russian; the log file the run
// wrote names the commands it ran and nobody's data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { until } from "selenium-webdriver";
import { ARTIFACTS, WAIT, byId, launch, screenshot, tempPath, textOf } from "./driver.mjs";

const LOG_DIR = process.env.KENSE_LOG_DIR ?? join(ARTIFACTS, "logs");

async function showAbout(driver) {
  await driver.findElement(byId("nav-settings")).click();
  const about = await driver.wait(until.elementLocated(byId("about-log-dir")), WAIT);
  await driver.executeScript(
    "document.querySelector('[data-testid=about]').scrollIntoView({block: 'start'})",
  );
  return about;
}

test("About shows the log and backup folders in both languages", async () => {
  const db = tempPath("about.db");
  const driver = await launch(db, "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await showAbout(driver);
    assert.equal(await textOf(driver, "about-log-dir"), LOG_DIR);
    assert.equal(await textOf(driver, "about-backup-dir"), tempPath("about-backups"));
    assert.equal(await textOf(driver, "about-open-log-folder"), "Журнал қалтасын ашу");
    await screenshot(driver, "about-kk");

    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(
      async () => (await textOf(driver, "about-open-log-folder")) === "Открыть папку журнала",
      WAIT,
    );
    await showAbout(driver);
    await screenshot(driver, "about-ru");
  } finally {
    await driver.quit();
  }

  const log = readdirSync(LOG_DIR)
    .filter((name) => name.startsWith("kense") && name.endsWith(".log"))
    .map((name) => readFileSync(join(LOG_DIR, name), "utf8"))
    .join("");
  assert.match(log, /command="?about_info"?/);
  assert.match(log, /demo office filled/);
  // The demo office's signatory and the database's folder are not in it.
  assert.ok(!log.includes("Сейітқазы"), "a name is in the log");
  assert.ok(!log.includes(tempPath("")), "a path is in the log");
});
