// GUI tests of personal data kept in: the people list shows IINs masked,
// the person's page reveals one on a click.
import { test } from "node:test";
import assert from "node:assert/strict";
import { until } from "selenium-webdriver";
import { WAIT, byId, findWithText, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

const IIN = "850315300128";

test("the people list shows IINs masked; the person's page reveals one on a click", async () => {
  const db = tempPath("privacy.db");
  const driver = await launch(db, "empty");
  try {
    await driver.findElement(byId("nav-people")).click();
    await driver.wait(until.elementLocated(byId("person-new")), WAIT).click();
    await setInput(driver, "person-surname", "Сейітова");
    await setInput(driver, "person-name", "Ақмарал");
    await setInput(driver, "person-iin", IIN);
    await driver.findElement(byId("person-save")).click();
    assert.match(await textOf(driver, "person-title"), /Сейітова Ақмарал/);

    // The page shows it masked until asked.
    assert.equal(await textOf(driver, "person-iin-value"), "•••••••••128");
    await driver.findElement(byId("person-iin-reveal")).click();
    await driver.wait(async () => (await textOf(driver, "person-iin-value")) === IIN, WAIT);

    // The list: masked, and nowhere the digits.
    await driver.findElement(byId("nav-people")).click();
    const row = await findWithText(driver, "people-row", "Сейітова Ақмарал");
    assert.equal(await textOf(driver, "people-iin"), "•••••••••128");
    assert.ok(!(await row.getText()).includes(IIN));
    const page = await driver.executeScript("return document.body.innerText");
    assert.ok(!page.includes(IIN), "the list carries no IIN digits");
    // A whole IIN still finds the person.
    await setInput(driver, "people-search", IIN);
    await findWithText(driver, "people-row", "Сейітова Ақмарал");
    await screenshot(driver, "people-masked-iin-kk");
  } finally {
    await driver.quit();
  }
});
