// The calendar through the real app: the month grid with the demo office's
// events and a public holiday, a chip dragged to another day, the week view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { By, until } from "selenium-webdriver";
import { WAIT, byId, launch, screenshot, tempPath, textOf } from "./driver.mjs";

/** How many elements with test id `id` are on the page. */
async function count(driver, id) {
  return (await driver.findElements(byId(id))).length;
}

/** Waits until the calendar has answered for the period shown. */
async function settled(driver) {
  await driver.wait(until.elementLocated(By.css("[data-testid=calendar-month], [data-testid=calendar-week-grid]")), WAIT);
  await driver.sleep(400);
}

test("calendar: demo events and a holiday in the month, a drag to another day, the week", async () => {
  const db = tempPath("calendar.db");
  const driver = await launch(db, "demo");
  try {
    // The first-run notice would cover the bottom of the grid.
    for (const close of await driver.findElements(By.css('[data-testid="notice"] .close'))) await close.click();
    await driver.findElement(byId("nav-calendar")).click();
    assert.equal(await textOf(driver, "screen-title"), "Күнтізбе");
    await settled(driver);

    // The demo events are in the last months up to this one: go back to a
    // month wholly past (a held event is not moved to a day still to come)
    // that also has a public holiday.
    await driver.findElement(byId("calendar-prev")).click();
    await settled(driver);
    for (let i = 0; i < 12; i++) {
      if ((await count(driver, "calendar-event")) > 0 && (await count(driver, "calendar-holiday")) > 0) break;
      await driver.findElement(byId("calendar-prev")).click();
      await settled(driver);
    }
    assert.ok((await count(driver, "calendar-event")) > 0, "the month shows demo events");
    // (WebKitWebDriver's getText gives "" for the line-clamped box: read innerText.)
    const holiday = await driver.executeScript(
      `return document.querySelector('[data-testid="calendar-holiday"]').innerText`,
    );
    assert.ok(await driver.findElement(byId("calendar-holiday")).isDisplayed());
    assert.match(holiday, /күні|мейрамы|Наурыз|айт/, `a holiday name is shown: ${holiday}`);
    assert.match(await textOf(driver, "calendar-title"), /^(Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз|Қыркүйек|Қазан|Қараша|Желтоқсан) \d{4}$/);
    const weeks = await driver.findElements(byId("calendar-week"));
    assert.ok(weeks.length >= 4 && weeks.length <= 6);
    const firstDays = await driver.executeScript(
      `return [...document.querySelectorAll('[data-testid="calendar-week"]')].map((w) => w.querySelector('[data-day]').dataset.day)`,
    );
    for (const day of firstDays) {
      assert.equal(new Date(`${day}T12:00:00Z`).getUTCDay(), 1, `${day} is a Monday`);
    }
    await screenshot(driver, "calendar-month-kk");

    // Drag the first event of the month to a free day of the same week row
    // (or the next one): pointer events, not HTML5 drag-and-drop.
    const plan = await driver.executeScript(`
      const chip = [...document.querySelectorAll('[data-testid="calendar-event"]')]
        .find((c) => !c.closest('.outside'));
      const from = chip.closest('[data-day]');
      const days = [...document.querySelectorAll('[data-testid="calendar-day"]:not(.outside)')];
      const target = days.find((d) => d.dataset.day > from.dataset.day && !d.querySelector('[data-testid="calendar-event"]'))
        ?? days.find((d) => d !== from);
      return { id: chip.dataset.eventId, from: from.dataset.day, to: target.dataset.day };
    `);
    const chip = await driver.findElement(By.css(`[data-testid="calendar-event"][data-event-id="${plan.id}"]`));
    const target = await driver.findElement(By.css(`[data-testid="calendar-day"][data-day="${plan.to}"] [data-testid="calendar-day-add"]`));
    let dragged = false;
    try {
      await driver
        .actions({ async: true })
        .move({ origin: chip })
        .press()
        .move({ origin: chip, x: 12, y: 8, duration: 100 })
        .move({ origin: target, duration: 300 })
        .release()
        .perform();
      await driver.wait(
        async () =>
          (await driver.findElements(
            By.css(`[data-testid="calendar-day"][data-day="${plan.to}"] [data-testid="calendar-event"][data-event-id="${plan.id}"]`),
          )).length === 1,
        WAIT,
      );
      dragged = true;
    } catch (error) {
      console.log(`# the WebDriver drag did not move the event: ${error.message}`);
    }
    if (dragged) {
      assert.match(await textOf(driver, "calendar-moved"), /^Жылжытылды: /);
      assert.equal(await driver.executeScript("return location.hash"), "#/calendar", "the drag opened nothing");
    } else {
      // Fall back on the keyboard path so the move itself is still checked.
      await chip.sendKeys(await altRight());
      await driver.wait(async () => (await textOf(driver, "calendar-moved")).startsWith("Жылжытылды"), WAIT);
    }

    // In Russian.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "screen-title")) === "Календарь", WAIT);
    assert.match(await textOf(driver, "calendar-moved"), /^Перенесено: /);
    assert.match(await textOf(driver, "calendar-title"), /^(Январь|Февраль|Март|Апрель|Май|Июнь|Июль|Август|Сентябрь|Октябрь|Ноябрь|Декабрь) \d{4}$/);
    await screenshot(driver, "calendar-month-ru");

    // The week of the moved event.
    const movedDay = dragged ? plan.to : null;
    await driver.findElement(byId("calendar-mode-week")).click();
    await driver.wait(until.elementLocated(byId("calendar-week-grid")), WAIT);
    await settled(driver);
    if (movedDay) {
      for (let i = 0; i < 6; i++) {
        const shown = await driver.executeScript(
          `return [...document.querySelectorAll('[data-testid="calendar-week-day"]')].map((d) => d.dataset.day)`,
        );
        if (shown.includes(movedDay)) break;
        await driver.findElement(byId(shown[0] > movedDay ? "calendar-prev" : "calendar-next")).click();
        await settled(driver);
      }
    }
    for (let i = 0; i < 5 && (await count(driver, "calendar-week-event")) === 0; i++) {
      await driver.findElement(byId("calendar-next")).click();
      await settled(driver);
    }
    assert.ok((await count(driver, "calendar-week-event")) > 0, "the week shows events");
    assert.equal(await count(driver, "calendar-week-day"), 7);
    await screenshot(driver, "calendar-week-ru");

    // Settings: the holidays of this year, built-in list with its markers.
    await driver.findElement(byId("nav-settings")).click();
    const section = await driver.wait(until.elementLocated(byId("holidays")), WAIT);
    await driver.wait(async () => (await driver.findElements(byId("holiday-row"))).length > 5, WAIT);
    assert.match(await section.getText(), /Наурыз/);
    assert.match(await section.getText(), /Курбан айт/);
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'start' })", section);
    await screenshot(driver, "settings-holidays-ru");
  } finally {
    await driver.quit();
  }
});

/** Alt + → as WebDriver keys. */
async function altRight() {
  const { Key } = await import("selenium-webdriver");
  return Key.chord(Key.ALT, Key.ARROW_RIGHT);
}
