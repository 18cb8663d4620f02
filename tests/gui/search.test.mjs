// GUI test of the sidebar's global search over events: a word of a demo
// event's Kazakh title finds it under «Іс-шаралар», Enter opens it; the
// Russian title's word finds it in Russian.
import { test } from "node:test";
import assert from "node:assert/strict";
import { until } from "selenium-webdriver";
import { WAIT, byId, findWithText, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

test("the global search finds an event by a word of its Kazakh title and opens it", async () => {
  const driver = await launch(tempPath("search.db"), "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await setInput(driver, "global-search", "әліппесі");
    const first = await findWithText(driver, "global-result-event", "әліппесі");
    assert.match(await textOf(driver, "global-search-total-events"), /^Барлығы: \d+$/);
    assert.equal(await first.getAttribute("aria-selected"), "true");
    await screenshot(driver, "global-search-events-kk");

    await driver.findElement(byId("global-search")).sendKeys("\uE007");
    const title = await driver.wait(until.elementLocated(byId("event-title")), WAIT);
    await driver.wait(async () => (await title.getText()).includes("әліппесі"), WAIT);
    assert.match(await driver.executeScript("return location.hash"), /^#\/events\/\d+$/);
    assert.equal((await driver.findElements(byId("global-result-event"))).length, 0);

    // The Russian title's word, in Russian.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Настройки", WAIT);
    await setInput(driver, "global-search", "азбука");
    await findWithText(driver, "global-result-event", "Азбука");
    assert.match(await textOf(driver, "global-search-total-events"), /^Всего: \d+$/);
    await screenshot(driver, "global-search-events-ru");
  } finally {
    await driver.quit();
  }
});

