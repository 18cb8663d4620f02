// A contest's winners in one batch, through the real app: a clerk sets a
// winner's place on the event page (Kazakh and Russian side by side), the
// issue dialog's picker shows it, and the issued diploma prints it in both
// languages (read back with pdftotext).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { By, until } from "selenium-webdriver";
import { ARTIFACTS, WAIT, answerNextDialog, byId, findWithText, launch, screenshot, setInput, tempPath } from "./driver.mjs";

/** Calls a Kense command from the page, as the UI does. */
async function invoke(driver, command, args) {
  const result = await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
       .then((value) => done({ value }), (error) => done({ error: JSON.stringify(error) }));`,
    command,
    args,
  );
  assert.equal(result.error, undefined, `${command}: ${result.error}`);
  return result.value;
}

/** Closes the «demo office ready» notice. */
async function dismissNotice(driver) {
  for (const close of await driver.findElements(By.css('[data-testid="notice"] .close'))) await close.click();
  await driver.wait(async () => (await driver.findElements(byId("notice"))).length === 0, WAIT);
}

test("a nomination set on the event page is printed on the winner's diploma in Kazakh and Russian", async () => {
  const driver = await launch(tempPath("nomination.db"), "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await dismissNotice(driver);
    const events = await invoke(driver, "list_events", { filter: {} });
    const event = events.find((e) => e.status === "held" && e.attendanceCount > 0);
    assert.ok(event, "a held demo event with people");
    const [first] = await invoke(driver, "list_event_attendance", { eventId: event.id });

    await driver.executeScript(`location.hash = arguments[0]`, `#/events/${event.id}`);
    const row = await findWithText(driver, "attendance-row", first.fullName);
    await row.findElement(byId("attendance-nominate")).click();
    const form = await driver.wait(until.elementLocated(byId("nomination-form")), WAIT);
    const kk = await form.findElement(byId("nomination-kk"));
    const ru = await form.findElement(byId("nomination-ru"));
    assert.ok((await kk.getRect()).x < (await ru.getRect()).x, "Kazakh first, Russian beside it");
    await setInput(driver, "nomination-kk", "Бас жүлде");
    await setInput(driver, "nomination-ru", "Гран-при");
    await driver.executeScript(`arguments[0].scrollIntoView({ block: "center" })`, form);
    await screenshot(driver, "nomination-form-kk");
    await form.findElement(byId("nomination-save")).click();
    await driver.wait(async () => (await driver.findElements(byId("nomination-form"))).length === 0, WAIT);
    // The row shows it in the UI's language (Kazakh).
    const saved = await findWithText(driver, "attendance-row", first.fullName);
    assert.equal(await saved.findElement(byId("attendance-nomination")).getText(), "Бас жүлде");
    const stored = await invoke(driver, "list_event_attendance", { eventId: event.id });
    const mine = stored.filter((r) => r.personId === first.personId);
    assert.ok(mine.every((r) => r.nominationKk === "Бас жүлде" && r.nominationRu === "Гран-при"), JSON.stringify(mine));

    // The diploma batch, for that person only, in both languages.
    await driver.findElement(byId("issue-open")).click();
    const dialog = await driver.wait(until.elementLocated(byId("issue-dialog")), WAIT);
    const select = await dialog.findElement(byId("issue-template"));
    await driver.wait(async () => (await select.findElements(By.css("option"))).length > 0, WAIT);
    const diploma = await driver.executeScript(
      `const s = document.querySelector('[data-testid="issue-template"]');
       const group = [...s.querySelectorAll("optgroup")].find((g) => /диплом/i.test(g.label));
       return group ? group.querySelector("option").value : null;`,
    );
    assert.ok(diploma, "a diploma template");
    await driver.executeScript(
      `const s = document.querySelector('[data-testid="issue-template"]');
       s.value = arguments[0]; s.dispatchEvent(new Event("change", { bubbles: true }));`,
      diploma,
    );
    await dialog.findElement(byId("issue-who-selected")).click();
    await setInput(driver, "issue-people-search", first.fullName);
    const picked = await driver.wait(until.elementLocated(By.css('[data-testid="issue-people"] label')), WAIT);
    assert.match(await picked.getText(), /Бас жүлде \/ Гран-при/);
    await picked.findElement(By.css("input[type=checkbox]")).click();
    await dialog.findElement(By.css('#issue-lang option[value="both"]')).click();
    await screenshot(driver, "nomination-issue-pick-kk");
    await driver.findElement(byId("issue-preview-button")).click();
    await driver.wait(until.elementLocated(byId("issue-output-combined")), 60_000);
    await driver.findElement(byId("issue-output-combined")).click();
    const pdf = tempPath("diploma.pdf");
    await answerNextDialog(driver, pdf);
    await driver.executeScript(`document.querySelector('[data-testid="issue-confirm"]').click()`);
    await driver.wait(until.elementLocated(byId("issue-done")), 60_000);
    assert.ok(existsSync(pdf), "the diploma was written");
    copyFileSync(pdf, join(ARTIFACTS, "nomination-diploma.pdf"));

    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    assert.ok(text.includes("Бас жүлде"), text);
    assert.ok(text.includes("Гран-при"), text);
    assert.match(text, /ДИПЛОМ/);
  } finally {
    await driver.quit();
  }
});
