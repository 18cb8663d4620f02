import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
});

describe("dashboard", () => {
  it("on the 2nd compares 1–2 December with 1–2 November, without alarm colours (Kazakh)", async () => {
    backend.info.language = "kk";
    backend.dashboardToday = "2026-12-02";
    await openApp(backend, "#/dashboard");

    const held = await screen.findByTestId("indicator-events_held");
    expect(within(held).getByTestId("indicator-spans").textContent).toBe("1–2 желтоқсан / 1–2 қараша");
    const change = within(held).getByTestId("indicator-change");
    expect(change.classList.contains("flat")).toBe(true);
    expect(change.classList.contains("up") || change.classList.contains("down")).toBe(false);
  });

  it("says the compared days in Russian and colours the change after the first week", async () => {
    backend.info.language = "ru";
    backend.dashboardToday = "2026-12-09";
    await openApp(backend, "#/dashboard");

    const held = await screen.findByTestId("indicator-events_held");
    expect(within(held).getByTestId("indicator-spans").textContent).toBe("1–9 декабря / 1–9 ноября");
    expect(within(held).getByTestId("indicator-change").classList.contains("up")).toBe(true);
  });

  it("reads the figures again once the demo office is filled on first run", async () => {
    backend.info.firstRun = true;
    const user = await openApp(backend, "#/dashboard");
    await screen.findByTestId("indicator-events_held");
    expect(backend.callsTo("get_dashboard")).toHaveLength(1);

    await user.click(within(await screen.findByTestId("first-run")).getByTestId("first-run-demo"));

    await waitFor(() => expect(backend.callsTo("get_dashboard")).toHaveLength(2));
    expect(screen.getByTestId("indicator-events_held")).toBeTruthy();
  });
});
