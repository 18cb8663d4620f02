// GUI tests of what a newcomer met (issue 17) through the real app: a form
// names every refused field at once and unmarks each one corrected; «Print»
// hands a register entry's pages to the system's print dialog; and the
// acceptance screenshots — Dashboard, People, an event page and the issue
// dialog at 1280×820 and 960×600, in Kazakh and Russian.
import { test } from "node:test";
import assert from "node:assert/strict";
import { By, until } from "selenium-webdriver";
import { WAIT, byId, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

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

async function go(driver, hash, testid) {
  await driver.executeScript(`location.hash = arguments[0]`, hash);
  await driver.wait(until.elementLocated(byId(testid)), WAIT);
}

/** Closes the «demo office ready» notice, which would stand over the shots. */
async function dismissNotice(driver) {
  for (const close of await driver.findElements(By.css('[data-testid="notice"] .close'))) await close.click();
  await driver.wait(async () => (await driver.findElements(byId("notice"))).length === 0, WAIT);
}

async function invalid(driver, id) {
  return (await driver.findElement(byId(id)).getAttribute("aria-invalid")) === "true";
}

test("a person form names every refused field at once and unmarks the one corrected", async () => {
  const driver = await launch(tempPath("fields.db"), "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 820 });
    await dismissNotice(driver);
    await driver.findElement(byId("lang-ru")).click();
    await go(driver, "#/people/new", "person-form");
    await setInput(driver, "person-name", "Ерлан");
    await setInput(driver, "person-phone", "12345");
    await setInput(driver, "person-email", "erlan.mail.kz");
    await setInput(driver, "person-iin", "123456789012");
    await driver.findElement(byId("person-save")).click();
    await driver.wait(async () => invalid(driver, "person-surname"), WAIT);
    for (const id of ["person-phone", "person-email", "person-iin"]) {
      assert.ok(await invalid(driver, id), `${id} is marked`);
    }
    assert.equal(await invalid(driver, "person-name"), false);
    assert.equal(
      await textOf(driver, "error-message"),
      "Проверьте поля: «Фамилия», «Телефон», «Электронная почта», «ИИН»",
    );
    await screenshot(driver, "person-form-every-field-ru");

    await driver.findElement(byId("person-email")).sendKeys("@");
    await driver.wait(async () => !(await invalid(driver, "person-email")), WAIT);
    assert.ok(await invalid(driver, "person-phone"));
    assert.equal(await textOf(driver, "error-message"), "Проверьте поля: «Фамилия», «Телефон», «ИИН»");
  } finally {
    await driver.quit();
  }
});

test("Print draws a register entry's pages for the print dialog, A4 portrait at 150 dpi", async () => {
  const driver = await launch(tempPath("print.db"), "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 820 });
    // The print dialog itself is the system's (GTK): the test records the
    // call and looks at what the dialog would print.
    await driver.executeScript(`
      window.__printed = [];
      window.print = () => {
        const pages = [...document.querySelectorAll("#print-pages img.print-page")];
        window.__printed.push({
          marked: document.body.classList.contains("printing-pdf"),
          sizes: pages.map((img) => [img.naturalWidth, img.naturalHeight]),
        });
      };`);
    await go(driver, "#/documents", "register-open");
    // A diploma (landscape) and a letter (portrait) both print upright.
    const docs = await invoke(driver, "list_documents", { filter: { query: "" } });
    const kinds = new Map();
    for (const doc of docs) if (!kinds.has(doc.kind)) kinds.set(doc.kind, doc);
    assert.ok(kinds.has("diploma") && kinds.has("gratitude"), [...kinds.keys()].join(","));
    for (const kind of ["diploma", "gratitude"]) {
      const doc = kinds.get(kind);
      await setInput(driver, "register-search", doc.number);
      // The list of this search, not the one before it.
      await driver.wait(async () => {
        const rows = await driver.findElements(byId("register-row"));
        return rows.length === 1 && (await rows[0].getAttribute("textContent")).includes(doc.number);
      }, WAIT);
      await driver.findElement(byId("register-row")).findElement(byId("register-open")).click();
      const print = await driver.wait(until.elementLocated(byId("doc-print")), WAIT);
      await driver.wait(async () => (await driver.findElements(byId("pdf-pages"))).length === 1, WAIT);
      await driver.wait(until.elementIsEnabled(print), WAIT);
      assert.equal((await print.getText()).trim(), "Басып шығару");
      await print.click();
      await driver.wait(async () => (await driver.executeScript("return window.__printed.length")) > 0, WAIT);
      const [printed] = await driver.executeScript("return window.__printed.splice(0)");
      assert.equal(printed.marked, true);
      // One page, 1240 px across, upright A4 (297 / 210 = 1.414).
      assert.equal(printed.sizes.length, 1, kind);
      const [[w, h]] = printed.sizes;
      assert.equal(w, 1240, kind);
      assert.ok(Math.abs(h / w - 297 / 210) < 0.003, `${kind}: ${w}×${h}`);
      await driver.findElement(byId("document-dialog")).sendKeys("\uE00C");
      await driver.wait(async () => (await driver.findElements(byId("document-dialog"))).length === 0, WAIT);
    }
  } finally {
    await driver.quit();
  }
});

test("acceptance screenshots: Dashboard, People, an event and the issue dialog, kk and ru, two sizes", async () => {
  const driver = await launch(tempPath("shots.db"), "demo");
  try {
    await dismissNotice(driver);
    const events = await invoke(driver, "list_events", { filter: {} });
    const event = events
      .filter((e) => e.status === "held")
      .sort((a, b) => b.attendanceCount - a.attendanceCount)[0];
    assert.ok(event, "a held demo event");
    // The demo office holds no two events at one start and district.
    const slots = events.map((e) => `${e.startsAt} ${e.districtKk}`);
    assert.equal(new Set(slots).size, slots.length, "two demo events at one time and place");
    // The picker's search: the surname of one who was there.
    const rows = await invoke(driver, "list_event_attendance", { eventId: event.id });
    const surname = rows[Math.floor(rows.length / 2)].fullName.split(" ")[0];
    for (const [width, height] of [
      [1280, 820],
      [960, 600],
    ]) {
      await driver.manage().window().setRect({ width, height });
      for (const lang of ["kk", "ru"]) {
        await driver.findElement(byId(`lang-${lang}`)).click();
        const settings = lang === "kk" ? "Баптаулар" : "Настройки";
        await driver.wait(async () => (await textOf(driver, "nav-settings")) === settings, WAIT);
        const size = `${width}x${height}`;
        // Nothing reaches past the window's right edge.
        const overflow = () => driver.executeScript("return document.documentElement.scrollWidth - innerWidth");

        await go(driver, "#/dashboard", "screen-title");
        await driver.sleep(500);
        assert.ok((await overflow()) <= 0, `dashboard ${lang} ${size}`);
        await screenshot(driver, `dashboard-${lang}-${size}`);

        await go(driver, "#/people", "people-row");
        assert.ok((await overflow()) <= 0, `people ${lang} ${size}`);
        await screenshot(driver, `people-${lang}-${size}`);

        await go(driver, `#/events/${event.id}`, "attendance-row");
        assert.ok((await overflow()) <= 0, `event ${lang} ${size}`);
        await screenshot(driver, `event-${lang}-${size}`);

        await driver.findElement(byId("issue-open")).click();
        const dialog = await driver.wait(until.elementLocated(byId("issue-dialog")), WAIT);
        await driver.findElement(byId("issue-who-selected")).click();
        await setInput(driver, "issue-people-search", surname.slice(0, 4).toLocaleLowerCase("kk"));
        await driver.wait(async () => {
          const count = await driver.findElement(byId("issue-people-count")).getAttribute("textContent");
          return /(Табылды|Найдено): [1-9]/.test(count);
        }, WAIT);
        await screenshot(driver, `issue-${lang}-${size}`);
        await dialog.sendKeys("\uE00C");
        await driver.wait(async () => (await driver.findElements(byId("issue-dialog"))).length === 0, WAIT);
      }
    }
  } finally {
    await driver.quit();
  }
});
