// GUI test of the sidebar's global search over events: a word of a demo
// event's Kazakh title finds it under «Іс-шаралар», Enter opens it; the
// Russian title's word finds it in Russian.
import { test } from "node:test";
import assert from "node:assert/strict";
import { until } from "selenium-webdriver";
import { WAIT, byId, launch, screenshot, setInput, tempPath, textOf } from "./driver.mjs";

/**
 * The texts of the elements with `id`, once one holds `text`. Read as
 * textContent: WebKitWebDriver's getText gives "" for the results, the popup
 * reaching out of the sidebar counts as not displayed for it.
 */
async function resultsWith(driver, id, text) {
  let texts = [];
  await driver.wait(async () => {
    texts = [];
    for (const el of await driver.findElements(byId(id))) {
      try {
        texts.push((await el.getAttribute("textContent")).replace(/\s+/g, " ").trim());
      } catch (error) {
        if (error?.name !== "StaleElementReferenceError") throw error;
        return false;
      }
    }
    return texts.some((t) => t.includes(text));
  }, WAIT);
  return texts;
}

async function contentOf(driver, id) {
  const el = await driver.wait(until.elementLocated(byId(id)), WAIT);
  return (await el.getAttribute("textContent")).trim();
}

test("the global search finds an event by a word of its Kazakh title and opens it", async () => {
  const driver = await launch(tempPath("search.db"), "demo");
  try {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await setInput(driver, "global-search", "әліппесі");
    const events = await resultsWith(driver, "global-result-event", "әліппесі");
    assert.ok(events.every((t) => t.includes("әліппесі")), events.join("\n"));
    assert.match(await contentOf(driver, "global-search-total-events"), /^Барлығы: \d+$/);
    // The first result is highlighted.
    const first = await driver.findElement(byId("global-result-event"));
    assert.equal(await first.getAttribute("aria-selected"), "true");
    await screenshot(driver, "global-search-events-kk");

    await driver.findElement(byId("global-search")).sendKeys("\uE007");
    await driver.wait(async () => (await textOf(driver, "event-title")).includes("әліппесі"), WAIT);
    assert.match(await driver.executeScript("return location.hash"), /^#\/events\/\d+$/);
    assert.equal((await driver.findElements(byId("global-result-event"))).length, 0);

    // The Russian title's word, in Russian.
    await driver.findElement(byId("lang-ru")).click();
    await driver.wait(async () => (await textOf(driver, "nav-settings")) === "Настройки", WAIT);
    await setInput(driver, "global-search", "азбука");
    await resultsWith(driver, "global-result-event", "Азбука");
    assert.match(await contentOf(driver, "global-search-total-events"), /^Всего: \d+$/);
    await screenshot(driver, "global-search-events-ru");
  } finally {
    await driver.quit();
  }
});
