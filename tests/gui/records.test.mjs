// GUI test of an event as it is reported, on the demo office: the records
// of its latest held council meeting (speakers … IDs handed over), a photo
// attached through the file dialog and its thumbnail, another dropped on the window, the press-release
// draft generated, copied (read back from the system clipboard by pasting)
// and switched to Russian, and the person page listing the ID with its number.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { Key, until } from "selenium-webdriver";
import { WAIT, answerNextDialog, byId, dropFiles, launch, screenshot, tempPath, textOf } from "./driver.mjs";

/** CRC-32 of PNG chunks (Node 20 has no zlib.crc32). */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A `width`×`height` RGB PNG: a blue sky over green ground, a yellow sun. */
function png(width, height) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const sun = (x - width * 0.75) ** 2 + (y - height * 0.3) ** 2 < (height * 0.12) ** 2;
      const [r, g, b] = sun ? [250, 210, 60] : y < height * 0.6 ? [90, 150, 220] : [70, 150, 80];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Calls a command the UI itself calls (to find the demo's event to open). */
async function call(driver, cmd, args) {
  const [error, value] = await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
       .then((v) => done([null, v]), (e) => done([JSON.stringify(e), null]));`,
    cmd,
    args,
  );
  assert.equal(error, null, `${cmd} failed`);
  return value;
}

/** Brings the element with `id` to the top of the window at once (no smooth scroll). */
async function scrollTo(driver, id) {
  await driver.executeScript(`document.querySelector('[data-testid="${id}"]').scrollIntoView({ block: "start" })`);
}

/** Closes the notice at the bottom (the demo office's «ready»), so screenshots show what it covered. */
async function closeNotice(driver) {
  await driver.executeScript(`document.querySelector('[data-testid="notice"] .close')?.click()`);
}

async function count(driver, id) {
  return (await driver.findElements(byId(id))).length;
}

test("an event's records, a photo attached with its thumbnail, the press release copied, and the person's ID", async () => {
  const db = tempPath("records.db");
  const driver = await launch(db, "demo");
  try {
    // The demo's latest held council meeting has IDs handed over.
    const events = await call(driver, "list_events", {
      filter: { from: null, to: null, campaignId: null, status: "held", district: null },
    });
    const councils = events.filter((e) => e.kind === "council_meeting");
    let council = null;
    for (const e of councils.reverse()) {
      if ((await call(driver, "list_event_handovers", { eventId: e.id })).length > 0) {
        council = e;
        break;
      }
    }
    assert.ok(council, "the demo office has a council meeting with IDs handed over");
    await driver.executeScript(`location.hash = "#/events/${council.id}"`);
    await driver.wait(until.elementLocated(byId("records")), WAIT);
    await closeNotice(driver);
    await screenshot(driver, "event-head-kk");

    // One click from the head of the page: the records, on the IDs tab.
    await driver.findElement(byId("event-part-records")).click();
    await driver.findElement(byId("records-tab-ids")).click();
    await driver.wait(async () => (await count(driver, "records-id-number")) > 0, WAIT);
    const firstNumber = await textOf(driver, "records-id-number");
    assert.match(firstNumber, /^№ \S+/);
    assert.equal(await textOf(driver, "records-count-ids"), String(await count(driver, "records-row")));
    await closeNotice(driver);
    await scrollTo(driver, "records");
    await screenshot(driver, "event-records-ids-kk");

    // A photo through the file dialog: its thumbnail shows (decoded, not a broken image).
    const before = await count(driver, "photo-thumb");
    const file = tempPath("кеңес-отырысы.png");
    writeFileSync(file, png(640, 400));
    await driver.findElement(byId("event-part-photos")).click();
    await answerNextDialog(driver, file);
    await driver.findElement(byId("photos-add")).click();
    await driver.wait(async () => (await count(driver, "photo-thumb")) === before + 1, WAIT);
    await driver.wait(until.elementLocated(byId("photo-caption")), WAIT).sendKeys("Кеңес отырысы");
    await driver.findElement(byId("photo-credit")).sendKeys("Б. Сейітов");
    await driver.findElement(byId("photo-save")).click();
    await driver.wait(async () => (await count(driver, "photo-form")) === 0, WAIT);
    const widths = await driver.executeScript(
      `return [...document.querySelectorAll('[data-testid="photo-thumb"]')].map((img) => img.naturalWidth);`,
    );
    assert.equal(widths.length, before + 1);
    assert.ok(widths.every((w) => w > 0), `every thumbnail decoded: ${widths}`);
    assert.equal(widths.at(-1), 320, "the new photo's thumbnail is 320 pixels wide");
    const credits = await driver.findElements(byId("photo-credit-text"));
    assert.equal(await credits.at(-1).getText(), "Фото: Б. Сейітов");
    // Two files dropped on the window: the PNG is added, the spreadsheet named as not added.
    const dropped = tempPath("залда.png");
    writeFileSync(dropped, png(400, 300));
    const sheet = tempPath("тізім.xlsx");
    writeFileSync(sheet, "not a photo");
    await dropFiles(driver, [dropped, sheet]);
    await driver.wait(async () => (await count(driver, "photo-thumb")) === before + 2, WAIT);
    assert.match(await textOf(driver, "photos-dropped"), /Қосылған фото: 1/);
    assert.equal(await textOf(driver, "photos-not-added"), "Қосылмағаны: тізім.xlsx — JPEG немесе PNG сурет емес");
    await scrollTo(driver, "photos");
    await screenshot(driver, "event-photos-kk");

    // The press-release draft in Kazakh: it names the event.
    await driver.findElement(byId("press-open")).click();
    const text = await driver.wait(until.elementLocated(byId("press-text")), WAIT);
    await driver.wait(async () => (await text.getAttribute("value")).length > 200, WAIT);
    const draft = await text.getAttribute("value");
    assert.ok(draft.startsWith(council.titleKk), `the headline is the event's title:\n${draft.slice(0, 200)}`);
    assert.match(draft, /жылғы \d+ [а-яәғқңөұүһі]+/u, "the date in words");
    await screenshot(driver, "press-release-kk");

    // Copied: read back from the system clipboard by pasting it over the text.
    await driver.findElement(byId("press-copy")).click();
    await driver.wait(until.elementLocated(byId("press-status")), WAIT);
    await text.click();
    await text.sendKeys(Key.chord(Key.CONTROL, "a"), Key.DELETE);
    assert.equal(await text.getAttribute("value"), "");
    await text.sendKeys(Key.chord(Key.CONTROL, "v"));
    await driver.wait(async () => (await text.getAttribute("value")) !== "", WAIT);
    assert.equal((await text.getAttribute("value")).trim(), draft.trim(), "the clipboard holds the draft");

    // In Russian (the text is the draft again, unedited: no question).
    await driver.findElement(byId("press-lang-ru")).click();
    await driver.wait(async () => (await text.getAttribute("value")).startsWith(council.titleRu), WAIT);
    assert.match(await text.getAttribute("value"), /\d+ [а-яё]+ \d{4} года/u, "the date in words");
    await screenshot(driver, "press-release-ru");
    await driver.findElement(byId("press-close")).click();

    // The records in Russian, then the person who received the first ID.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "records-tab-ids")).startsWith("Удостоверения"), WAIT);
    await scrollTo(driver, "records");
    await screenshot(driver, "event-records-ids-ru");
    await driver.findElement(byId("records-tab-speakers")).click();
    await driver.wait(async () => (await count(driver, "records-row")) > 0, WAIT);
    await screenshot(driver, "event-records-speakers-ru");
    await driver.findElement(byId("records-tab-ids")).click();
    const person = await driver.wait(until.elementLocated(byId("records-id-person")), WAIT);
    const name = await person.getText();
    await person.click();
    await driver.wait(until.elementLocated(byId("person-id")), WAIT);
    assert.match(await textOf(driver, "person-title"), new RegExp(name.split(" ")[0]));
    assert.equal(await textOf(driver, "person-id-number"), firstNumber);
    assert.match(await textOf(driver, "person-id"), /Общественный помощник полиции/);
    await driver.executeScript(`document.querySelector('[data-testid="person-ids"]').scrollIntoView()`);
    await screenshot(driver, "person-ids-ru");
  } finally {
    await driver.quit();
  }
});
