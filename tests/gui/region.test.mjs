// GUI test of the regional hub through the real app and a real PostgreSQL
// (KENSE_HUB_TEST_URL, a superuser URL that scripts/test.sh's throwaway
// cluster sets): the office sets its code and hub address in Settings,
// sends with a password typed once, and the Region screen shows the
// office's row; a hub that cannot be reached is said so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { until } from "selenium-webdriver";
import { WAIT, byId, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

const ADMIN = process.env.KENSE_HUB_TEST_URL;
// The headless CLI built beside the app (cargo test builds it), for the
// region's own set-up: `kense hub init` and `kense hub add-office`.
const KENSE = process.env.KENSE_CLI ?? join(dirname(process.env.KENSE_APP ?? "."), "kense");

function psql(url, sql) {
  return execFileSync("psql", ["-v", "ON_ERROR_STOP=1", "-q", url, "-c", sql], { encoding: "utf8" });
}

function withDb(url, db) {
  return `${url.slice(0, url.lastIndexOf("/"))}/${db}`;
}

/** A fresh hub database with the Kense schema; its superuser URL. */
function freshHub() {
  const name = `kense_gui_${randomBytes(3).toString("hex")}`;
  psql(ADMIN, `CREATE DATABASE ${name}`);
  const url = withDb(ADMIN, name);
  execFileSync(KENSE, ["--db", tempPath("region-admin.db"), "hub", "init", "--url", url], { encoding: "utf8" });
  return url;
}

/** Registers an office as the region does; the office role's URL (no password) and its password. */
function registerOffice(hubUrl, code, officeId) {
  const sql = execFileSync(KENSE, ["--db", tempPath("region-admin.db"), "hub", "add-office", code, "--office-id", officeId], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((line) => !line.startsWith("\\"))
    .join("\n");
  psql(hubUrl, sql);
  const role = `kense_office_${code.toLowerCase().replaceAll("-", "_")}`;
  const password = `pw${randomBytes(4).toString("hex")}`;
  psql(hubUrl, `ALTER ROLE ${role} PASSWORD '${password}'`);
  const db = hubUrl.slice(hubUrl.lastIndexOf("/") + 1);
  psql(hubUrl, `GRANT CONNECT, TEMP ON DATABASE ${db} TO ${role}`);
  const host = hubUrl.slice(hubUrl.indexOf("@") + 1);
  return { url: `postgres://${role}@${host}`, password };
}

async function openSend(driver) {
  await driver.findElement(byId("nav-settings")).click();
  const section = await driver.wait(until.elementLocated(byId("send-to-region")), WAIT);
  await driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
  return section;
}

test("an office sends to the hub from Settings and the Region screen shows it", { skip: ADMIN ? false : "KENSE_HUB_TEST_URL is not set (scripts/test.sh starts a PostgreSQL cluster)" }, async () => {
  const hub = freshHub();
  const driver = await launch(tempPath("region.db"), "demo");
  try {
    await openSend(driver);
    // A demo office has no code and no hub: no warning yet.
    assert.equal((await driver.findElements(byId("region-send-due"))).length, 0);
    const officeId = await driver.wait(until.elementLocated(byId("region-send-last")), WAIT).findElement({ css: "code" }).getText();
    const code = `GUI-${randomBytes(2).toString("hex").toUpperCase()}`;
    const login = registerOffice(hub, code, officeId);

    // A password in the address is refused, naming the field.
    await setInput(driver, "region-office-code", code);
    await setInput(driver, "region-hub-url", login.url.replace("@", `:${login.password}@`));
    await driver.findElement(byId("region-send-save")).click();
    const refused = await driver.wait(until.elementLocated(byId("error-message")), WAIT);
    assert.match(await refused.getText(), /Хаб мекенжайы/);
    assert.match(await refused.getText(), /пароль болмауы керек/);

    // The address without it, the password typed for this send only.
    await setInput(driver, "region-hub-url", login.url);
    await setInput(driver, "region-hub-password", login.password);
    await driver.findElement(byId("region-push")).click();
    const done = await driver.wait(until.elementLocated(byId("region-send-done")), 60_000);
    assert.match(await done.getText(), /Жіберілді: № 1 топтама/);
    assert.match(await textOf(driver, "region-send-last"), /Соңғы жіберілгені: № 1/);
    assert.equal(await driver.findElement(byId("region-hub-password")).getAttribute("value"), "");
    await screenshot(driver, "settings-send-to-region-kk");

    // The Region screen, as the region's manager (here the superuser).
    await driver.findElement(byId("nav-region")).click();
    await setInput(driver, "region-url", hub);
    await driver.findElement(byId("region-load")).click();
    const row = await driver.wait(until.elementLocated(byId("region-office-row")), 60_000);
    assert.match(await row.getText(), new RegExp(code));
    assert.match(await textOf(driver, "region-total"), /Барлық кеңселер бойынша \(1\)/);
    // Last month (the demo's held events) is the default: the office's row has held events.
    const held = await row.findElements({ css: "td.num" });
    assert.notEqual(await held[0].getText(), "0", "held events of last month");
    await screenshot(driver, "region-kk");
    await driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
    await screenshot(driver, "region-offices-kk");
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "screen-title")) === "Регион", WAIT);
    await screenshot(driver, "region-offices-ru");

    // A hub that cannot be reached: said so, and the app goes on.
    await setInput(driver, "region-url", "postgres://nobody@127.0.0.1:1/kense_region");
    await driver.findElement(byId("region-load")).click();
    const error = await driver.wait(until.elementLocated(byId("region-error")), 60_000);
    assert.match(await error.getText(), /Не удалось подключиться к хабу/);
    assert.equal((await driver.findElements(byId("region-total"))).length, 0);
    await driver.findElement(byId("nav-people")).click();
    await driver.wait(until.elementLocated(byId("people-search")), WAIT);
  } finally {
    await driver.quit();
  }
});
