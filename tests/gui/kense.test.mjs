// GUI tests through the real app: WebDriver → tauri-driver → WebKitWebDriver → kense-app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { By, Key, until } from "selenium-webdriver";
import { WAIT, answerNextDialog, byId, findWithText, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

test("language switch, office name edit, restart: the Dashboard shows the new name", async () => {
  const db = tempPath("office.db");
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
  const db = tempPath("errors.db");
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
  const db = tempPath("report.db");
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

test("a person with Kazakh letters is found in lower case and added to an event", async () => {
  const db = tempPath("registry.db");
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
    // Leaving the edited form by the sidebar asks first; staying keeps the edits.
    await driver.findElement(byId("nav-people")).click();
    const question = await driver.wait(until.elementLocated(byId("confirm-dialog")), WAIT);
    assert.equal(await textOf(driver, "confirm-message"), "Бұл формадағы өзгерістер сақталмаған. Сақтамай шығасыз ба?");
    await screenshot(driver, "unsaved-question-kk");
    await question.findElement(byId("confirm-cancel")).click();
    await driver.wait(async () => (await driver.findElements(byId("confirm-dialog"))).length === 0, WAIT);
    assert.equal(await driver.findElement(byId("event-title-kk")).getAttribute("value"), "Құқықтық сауаттылық дәрісі");
    await driver.findElement(byId("event-save")).click();
    assert.match(await textOf(driver, "event-title"), /Құқықтық сауаттылық дәрісі/);

    // Add the person from a search and see them on the event's page.
    await setInput(driver, "attendance-search", "әлібек");
    const result = await findWithText(driver, "attendance-result", "ӘЛДЕНЕЙ Әлібек");
    await result.click();
    await findWithText(driver, "attendance-row", "ӘЛДЕНЕЙ Әлібек Серікұлы");
    await screenshot(driver, "event-attendance-kk");

    // A publication dated by typing «03.12.2026», day first, whatever the
    // webview's locale; the month grid of the field is in Kazakh.
    await driver.findElement(byId("media-add")).click();
    await setInput(driver, "media-outlet", "Kazinform");
    await setInput(driver, "media-published-on", "03.12.2026");
    await driver.findElement(byId("media-published-on-pick")).click();
    assert.equal(await textOf(driver, "media-published-on-month"), "Желтоқсан 2026");
    await screenshot(driver, "date-picker-kk");
    await driver.findElement(byId("media-published-on-pick")).click();
    await driver.findElement(byId("media-save")).click();
    const publication = await findWithText(driver, "media-row", "Kazinform");
    assert.match(await publication.getText(), /03\.12\.2026/);

    // A memorandum deleted by mistake comes back with Undo, and both are in
    // the event's history.
    await driver.findElement(byId("memo-add")).click();
    await setInput(driver, "memo-parties-kk", "Прокуратура және «Жастар орталығы»");
    await driver.findElement(byId("memo-save")).click();
    const memo = await findWithText(driver, "memo-row", "Жастар орталығы");
    await memo.findElement(byId("memo-delete")).click();
    await driver.wait(async () => (await driver.findElements(byId("memo-row"))).length === 0, WAIT);
    const notice = await findWithText(driver, "notice", "меморандумы жойылды");
    await notice.findElement(byId("undo")).click();
    await findWithText(driver, "memo-row", "Жастар орталығы");
    const history = await driver.findElement(byId("history"));
    await driver.executeScript("arguments[0].open = true; arguments[0].dispatchEvent(new Event('toggle'));", history);
    await driver.wait(async () => {
      const rows = await driver.executeScript(
        `return [...document.querySelectorAll('[data-testid="history-row"]')].map((r) => r.textContent)`,
      );
      return rows.filter((r) => r.includes("Меморандум: Прокуратура және")).length === 2;
    }, WAIT);

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
  const db = tempPath("documents.db");
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

/** Sets an input's value as the user's typing would (for time inputs WebDriver cannot type into). */
async function setValue(driver, element, value) {
  await driver.executeScript(
    `arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event("input", { bubbles: true }));`,
    element,
    value,
  );
}

test("planning: an open-door visit with stops, a warning, a delegation, the programme PDF, then held", async () => {
  const db = tempPath("planning.db");
  const pdf = tempPath("programme.pdf");
  const driver = await launch(db, "demo");
  try {
    await driver.manage().window().setRect({ width: 1366, height: 900 });

    // A new open-door visit (today, 10:00–12:00 by default).
    await driver.findElement(byId("nav-events")).click();
    await driver.wait(until.elementLocated(byId("event-new")), WAIT).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="event-kind"] option[value="open_door_visit"]')), WAIT).click();
    await setInput(driver, "event-title-kk", "Ашық есік күні: прокуратура");
    await setInput(driver, "event-title-ru", "День открытых дверей в прокуратуре");
    await driver.findElement(byId("event-save")).click();
    assert.match(await textOf(driver, "event-title"), /Ашық есік күні/);
    await driver.wait(until.elementLocated(byId("plan-section")), WAIT);

    await setInput(driver, "plan-meeting-point-kk", "Прокуратура ғимаратының алды");
    await setInput(driver, "plan-meeting-point-ru", "У здания прокуратуры");
    await setInput(driver, "plan-transport-kk", "Автобус");
    await setInput(driver, "plan-transport-ru", "Автобус");
    await driver.findElement(byId("plan-details-save")).click();
    await driver.wait(until.elementLocated(byId("plan-details-saved")), WAIT);

    // Three stops; the third overlaps the second.
    const stops = [
      ["Қабылдау бөлмесі", "10:00", "10:45"],
      ["Прокурорлық қадағалау музейі", "10:45", "11:30"],
      ["Жедел басқару орталығы", "11:15", "12:00"],
    ];
    for (const [index, [site, arrives, departs]] of stops.entries()) {
      await driver.findElement(byId("stop-add")).click();
      const form = await driver.wait(until.elementLocated(byId("stop-form")), WAIT);
      await setInput(driver, "stop-form-site-kk", site);
      await setValue(driver, await form.findElement(byId("stop-form-arrives")), arrives);
      await setValue(driver, await form.findElement(byId("stop-form-departs")), departs);
      if (index === 2) await screenshot(driver, "plan-stop-form-kk");
      await form.findElement(byId("stop-save")).click();
      await driver.wait(async () => (await driver.findElements(byId("stop-row"))).length === index + 1, WAIT);
    }
    const overlap = await driver.wait(until.elementLocated(By.css('[data-testid="plan-warning"][data-kind="stopsOverlap"]')), WAIT);
    assert.match(await overlap.getText(), /№2 .*№3/);

    // Invite two people of the demo office.
    await setInput(driver, "delegation-search", "а");
    await driver.wait(async () => (await driver.findElements(byId("delegation-add"))).length >= 2, WAIT);
    for (let invited = 1; invited <= 2; invited += 1) {
      // The first result not invited yet (the list stays, invitees ticked).
      await driver.wait(async () => {
        for (const button of await driver.findElements(byId("delegation-add"))) {
          if (await button.isEnabled()) {
            await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].click()", button);
            return true;
          }
        }
        return false;
      }, WAIT);
      await driver.wait(async () => (await driver.findElements(byId("delegation-row"))).length === invited, WAIT);
    }
    await setValue(driver, await driver.findElement(byId("delegation-search")), "");
    await driver.executeScript(`document.querySelector('[data-testid="plan-section"]').scrollIntoView()`);
    await screenshot(driver, "plan-kk");

    // The programme: preview, then save (the native dialog is answered by the test).
    await driver.findElement(byId("plan-print")).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="plan-print-preview"] canvas')), WAIT);
    assert.match(await textOf(driver, "pdf-pages"), /\d/);
    await answerNextDialog(driver, pdf);
    await driver.findElement(byId("plan-print-save")).click();
    assert.equal(await textOf(driver, "saved-path"), pdf);
    assert.ok(existsSync(pdf), "the programme PDF was written");
    assert.equal(readFileSync(pdf).subarray(0, 4).toString("latin1"), "%PDF");
    await screenshot(driver, "plan-print-kk");
    await driver.findElement(byId("plan-print-close")).click();

    // In Russian, for the look.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Настройки", WAIT);
    await driver.executeScript(`document.querySelector('[data-testid="plan-section"]').scrollIntoView()`);
    await screenshot(driver, "plan-ru");

    // Held: exactly one of the two came.
    await driver.findElement(byId("event-mark-held")).click();
    const dialog = await driver.wait(until.elementLocated(byId("held-dialog")), WAIT);
    const boxes = await dialog.findElements(byId("held-present-checkbox"));
    assert.equal(boxes.length, 2);
    for (const box of boxes) assert.equal(await box.isSelected(), false);
    await boxes[0].click();
    await screenshot(driver, "plan-held-ru");
    await dialog.findElement(byId("held-save")).click();
    // The visit is tomorrow: recording it held asks first, saying when it
    // begins; «Cancel» records nothing and leaves the dialog as it was.
    let question = await driver.wait(until.elementLocated(byId("confirm-dialog")), WAIT);
    assert.match(
      await textOf(driver, "confirm-message"),
      /^Мероприятие ещё не началось: начало \d\d\.\d\d\.\d{4} 10:00\. Всё равно отметить его проведённым\?$/,
    );
    await screenshot(driver, "plan-held-future-ru");
    await question.findElement(byId("confirm-cancel")).click();
    await driver.wait(async () => (await driver.findElements(byId("confirm-dialog"))).length === 0, WAIT);
    assert.equal((await driver.findElements(byId("held-dialog"))).length, 1);
    assert.equal(await textOf(driver, "status-badge"), "Запланировано");
    await dialog.findElement(byId("held-save")).click();
    question = await driver.wait(until.elementLocated(byId("confirm-dialog")), WAIT);
    await question.findElement(byId("confirm-yes")).click();
    await driver.wait(async () => (await driver.findElements(byId("held-dialog"))).length === 0, WAIT);
    assert.equal(await textOf(driver, "status-badge"), "Проведено");
    assert.equal((await driver.findElements(byId("event-mark-held"))).length, 0);
    await driver.wait(async () => (await driver.findElements(byId("attendance-row"))).length === 2, WAIT);
    const present = [];
    for (const box of await driver.findElements(byId("attendance-present"))) present.push(await box.isSelected());
    assert.deepEqual(present.filter((p) => p).length, 1);

    // The signed sheet says the other one came too: key line n in, by number.
    const absent = present.indexOf(false) + 1;
    await driver.findElement(byId("sheet-keyin")).click();
    const keyIn = await driver.wait(until.elementLocated(byId("sheet-keyin-dialog")), WAIT);
    assert.equal(await textOf(driver, "sheet-keyin-count"), "Отмечено: 1 из 2");
    const number = await keyIn.findElement(byId("sheet-keyin-number"));
    await number.sendKeys(String(absent), Key.ENTER);
    await driver.wait(async () => (await textOf(driver, "sheet-keyin-count")) === "Отмечено: 2 из 2", WAIT);
    assert.equal(await number.getAttribute("value"), "");
    await screenshot(driver, "plan-keyin-ru");
    await keyIn.findElement(byId("sheet-keyin-close")).click();
    await driver.wait(async () => {
      let ticked = 0;
      for (const box of await driver.findElements(byId("attendance-present"))) ticked += (await box.isSelected()) ? 1 : 0;
      return ticked === 2;
    }, WAIT);
  } catch (e) {
    await screenshot(driver, "plan-failure");
    throw e;
  } finally {
    await driver.quit();
  }
});
