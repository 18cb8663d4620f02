// Both languages in every printed field, through the real app: a Russian
// sign-in sheet lists a position written only in Kazakh, «Fill in» opens the
// person's form with Kazakh and Russian side by side, and once filled the
// sheet has nothing to list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { By, until } from "selenium-webdriver";
import { WAIT, byId, launch, screenshot, setInput, tempPath } from "./driver.mjs";

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

/** Opens the event's sign-in sheet in Russian; returns the dialog. */
async function openRussianSheet(driver, eventId) {
  await driver.executeScript(`location.hash = arguments[0]`, `#/events/${eventId}`);
  await driver.wait(until.elementLocated(byId("sheet-open")), WAIT);
  await driver.findElement(byId("sheet-open")).click();
  const dialog = await driver.wait(until.elementLocated(byId("sheet-dialog")), WAIT);
  await dialog.findElement(By.css('#sheet-lang option[value="ru"]')).click();
  return dialog;
}

test("a Russian sheet lists a position only in Kazakh, «Fill in» opens the form, and the filled one is not listed", async () => {
  const driver = await launch(tempPath("bilingual.db"), "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 820 });
    await dismissNotice(driver);
    await driver.findElement(byId("lang-ru")).click();
    const events = await invoke(driver, "list_events", { filter: {} });
    const event = events.find((e) => e.status === "held" && e.attendanceCount > 0);
    assert.ok(event, "a held demo event with people");
    const [row] = await invoke(driver, "list_event_attendance", { eventId: event.id });
    const person = await invoke(driver, "get_person", { id: row.personId });
    assert.ok(person.positionKk && person.positionRu, "the demo office has positions in both languages");
    // The Russian position taken away: Kazakh only.
    const input = {
      surname: person.surname,
      name: person.name,
      patronymic: person.patronymic,
      gender: person.gender ?? null,
      organisationId: person.organisationId ?? null,
      positionKk: person.positionKk,
      positionRu: "",
      phone: person.phone,
      email: person.email,
      categoryIds: person.categoryIds,
      iin: "",
      consent: person.consent,
      consentDate: person.consentDate ?? null,
      notes: person.notes,
    };
    await invoke(driver, "update_person", { id: person.id, person: input });

    let dialog = await openRussianSheet(driver, event.id);
    const missing = await driver.wait(until.elementLocated(byId("missing-translations")), WAIT);
    const item = await missing.findElement(byId("missing-translation"));
    const text = (await item.getText()).replace(/\s+/g, " ");
    assert.ok(text.includes(row.fullName), text);
    assert.ok(text.includes("нет текста поля «Должность» на русском"), text);
    assert.ok(text.includes(`«${person.positionKk}»`), text);
    // Saving and printing wait for «Print anyway».
    assert.equal(await dialog.findElement(byId("sheet-save")).isEnabled(), false);
    await missing.findElement(byId("missing-translations-print-anyway")).click();
    await driver.wait(async () => await dialog.findElement(byId("sheet-save")).isEnabled(), WAIT);
    await screenshot(driver, "sheet-missing-translation-ru");

    // «Fill in»: the person's form, Kazakh and Russian side by side.
    await item.findElement(byId("missing-translation-fill")).click();
    await driver.wait(until.elementLocated(byId("person-position-ru")), WAIT);
    const kk = await driver.findElement(byId("person-position-kk"));
    await driver.wait(async () => (await kk.getAttribute("value")) === person.positionKk, WAIT);
    const ru = await driver.findElement(byId("person-position-ru"));
    assert.ok((await kk.getRect()).x < (await ru.getRect()).x, "Kazakh first, Russian beside it");
    await setInput(driver, "person-position-ru", "Главный специалист");
    await screenshot(driver, "person-positions-ru");
    await driver.findElement(byId("person-save")).click();
    await driver.wait(until.elementLocated(byId("person-title")), WAIT);
    await driver.wait(async () => (await driver.findElement(byId("person-position-ru-value")).getText()) === "Главный специалист", WAIT);

    // Filled: the sheet has nothing to list.
    dialog = await openRussianSheet(driver, event.id);
    // The preview and the check run 300 ms after the last change.
    await driver.sleep(2000);
    const still = await driver.findElements(byId("missing-translation"));
    for (const node of still) assert.ok(!(await node.getText()).includes(row.fullName), await node.getText());
  } finally {
    await driver.quit();
  }
});
